import { BulbOutlined } from '@ant-design/icons';
import type { ResourceType } from '@zyk/shared';
import { App, Button, Form, Input, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitleSuggestion, type FormOptions } from '../api/form-options';
import { useCascade } from '../hooks/use-cascade';
import type { AttributeValues } from '../lib/resource-input';
import { RichTextEditor } from './rich-text-editor';

/**
 * Title (with the major's naming rule as a hint and a 建议标题 button asking the server for the next
 * title by that rule), description, and the text of a text resource or the address of a link.
 */
export function ContentFields({
  form,
  options,
  type,
  titleRequired = false,
}: {
  form: FormInstance<AttributeValues>;
  options: FormOptions | undefined;
  /** TEXT shows the rich-text editor, LINK the address; the type of a file (guessed or real) for the title. */
  type: ResourceType | undefined;
  titleRequired?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { major } = useCascade(form, options);
  const suggest = useTitleSuggestion();
  const [suggesting, setSuggesting] = useState(false);

  const onSuggest = async () => {
    const values = form.getFieldsValue(['majorId', 'courseId', 'moduleId', 'knowledgePointIds']) as AttributeValues;
    if (!values.majorId) {
      form.setFields([{ name: 'majorId', errors: [t('studio.fields.majorRequired')] }]);
      return;
    }
    setSuggesting(true);
    try {
      const title = await suggest({
        majorId: values.majorId,
        courseId: values.courseId,
        moduleId: values.moduleId,
        knowledgePointId: values.knowledgePointIds?.[0],
        type,
      });
      if (title) {
        form.setFieldsValue({ title });
        form.setFields([{ name: 'title', errors: [] }]);
      } else {
        void message.info(t('studio.fields.noSuggestion'));
      }
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    } finally {
      setSuggesting(false);
    }
  };

  const rule = major?.namingPattern;
  return (
    <>
      <Form.Item
        label={t('studio.fields.title')}
        required={titleRequired}
        extra={
          rule ? (
            <span data-testid="naming-hint">
              {t(major?.namingEnforced ? 'studio.fields.namingRuleEnforced' : 'studio.fields.namingRule', { pattern: rule })}
            </span>
          ) : (
            t('studio.fields.titleHint')
          )
        }
      >
        <Space.Compact className="zyk-studio__title-row">
          <Form.Item
            name="title"
            noStyle
            rules={titleRequired ? [{ required: true, whitespace: true, message: t('studio.fields.titleRequired') }] : undefined}
          >
            <Input maxLength={200} placeholder={t('studio.fields.titlePlaceholder')} aria-label={t('studio.fields.title')} data-testid="field-title" />
          </Form.Item>
          <Button icon={<BulbOutlined />} loading={suggesting} onClick={() => void onSuggest()} data-testid="suggest-title">
            {t('studio.fields.suggestTitle')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {type === 'LINK' ? (
        <Form.Item
          name="url"
          label={t('studio.fields.url')}
          rules={[
            { required: true, message: t('studio.fields.urlRequired') },
            { type: 'url', message: t('studio.fields.urlInvalid') },
          ]}
        >
          <Input type="url" placeholder="https://" maxLength={500} data-testid="field-url" />
        </Form.Item>
      ) : null}
      {type === 'TEXT' ? (
        <Form.Item
          name="body"
          label={t('studio.fields.body')}
          rules={[{ required: true, message: t('studio.fields.bodyRequired') }]}
        >
          <RichTextEditor aria-label={t('studio.fields.body')} />
        </Form.Item>
      ) : null}
      <Form.Item name="description" label={t('studio.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('studio.fields.descriptionPlaceholder')} data-testid="field-description" />
      </Form.Item>
    </>
  );
}
