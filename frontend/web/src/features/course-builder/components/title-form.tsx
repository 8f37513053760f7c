import { Button, Input, Space } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const TITLE_MAX = 128;

/**
 * A one-line title form (add or rename a module or unit). It keeps what was typed until the server
 * accepts it; a refusal is shown by the caller next to it.
 */
export function TitleForm({
  initial = '',
  label,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  initial?: string;
  label: string;
  submitLabel: string;
  /** Resolves true when the server accepted it. */
  onSubmit: (title: string) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const title = value.trim();
    if (!title) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    const accepted = await onSubmit(title);
    setBusy(false);
    if (accepted) setValue(initial ? title : '');
  };

  return (
    <form className="zyk-cb-title-form" onSubmit={(event) => void submit(event)} data-testid={testId}>
      <Space.Compact className="zyk-cb-title-form__row">
        <Input
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setEmpty(false);
          }}
          maxLength={TITLE_MAX}
          aria-label={label}
          placeholder={label}
          status={empty ? 'error' : undefined}
          autoFocus={Boolean(onCancel)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
          data-testid={`${testId}-input`}
        />
        <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </Space.Compact>
      {empty ? (
        <div className="zyk-cb-title-form__error" role="alert">
          {t('courseBuilder.titleRequired')}
        </div>
      ) : null}
    </form>
  );
}
