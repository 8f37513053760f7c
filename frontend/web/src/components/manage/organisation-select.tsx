import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagedOrganisation } from '@/hooks/use-administered-organisations';

/** Picks one of the organisations I administer; the tree shows as indentation. */
export function OrganisationSelect({
  organisations,
  value,
  onChange,
  loading,
  testId,
  id,
}: {
  organisations: readonly ManagedOrganisation[];
  value?: string;
  onChange?: (id: string) => void;
  loading?: boolean;
  testId?: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const top = Math.min(...organisations.map((o) => o.depth), 1);
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('manage.common.chooseOrganisation')}
      optionFilterProp="label"
      className="zyk-manage__org-select"
      data-testid={testId}
      options={organisations.map((organisation) => ({
        value: organisation.id,
        label: organisation.name,
        title: organisation.name,
        depth: organisation.depth - top,
        kind: organisation.kind,
      }))}
      optionRender={(option) => (
        <span style={{ paddingInlineStart: Number(option.data.depth) * 14 }}>
          {option.data.label}
          <span className="zyk-muted zyk-manage__small"> · {t(`manage.kinds.${String(option.data.kind)}`)}</span>
        </span>
      )}
    />
  );
}
