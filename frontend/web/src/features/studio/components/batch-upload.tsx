import { ScanOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '@/components/forms/form-alert';
import { SubSection } from '@/components/section';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import type { Me } from '@/hooks/use-me';
import { useBatchPrepare } from '../api/batches';
import type { FormOptions } from '../api/form-options';
import { useUploadQueue } from '../hooks/use-upload-queue';
import { ATTRIBUTE_FIELDS, formatBytes } from '../lib/choices';
import { attributeDefaults } from '../lib/defaults';
import { toResourceInput, type AttributeValues } from '../lib/resource-input';
import { AttributeFields } from './attribute-fields';
import { FilePicker } from './file-picker';
import { UploadList } from './upload-list';

/** resourceBatchPrepare takes at most this many uploads (a zip counts once, whatever it holds). */
export const MAX_BATCH_UPLOADS = 100;

/**
 * Many files, whole folders or zips: each uploads resumably; the batch attributes are entered once and
 * inherited by every item; 识别并生成报告 → resourceBatchPrepare → the batch report.
 */
export function BatchUpload({ options, me }: { options: FormOptions; me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<AttributeValues>();
  const queue = useUploadQueue({ maxBytes: options.maxUploadBytes });
  const prepare = useBatchPrepare();
  const feedback = useFormFeedback(form, ATTRIBUTE_FIELDS);
  const [tooMany, setTooMany] = useState(false);
  const done = queue.items.filter((i) => i.status === 'done' && i.uploadId);
  const { summary } = queue;

  const onPrepare = async () => {
    feedback.clear();
    let values: AttributeValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (done.length > MAX_BATCH_UPLOADS) {
      setTooMany(true);
      return;
    }
    try {
      const payload = await prepare.mutateAsync({
        uploads: done.map((i) => ({ uploadId: i.uploadId as string, relativePath: i.relativePath })),
        defaults: toResourceInput(values, { complete: false }),
      });
      if (payload.batch) void navigate(`/my/resources/batches/${payload.batch.id}`);
    } catch (error) {
      feedback.report(error);
    }
  };

  const percent = summary.bytes ? Math.floor((summary.sent / summary.bytes) * 100) : 0;
  return (
    <Form<AttributeValues>
      form={form}
      layout="vertical"
      initialValues={attributeDefaults(me, options)}
      onFinish={() => void onPrepare()}
      data-testid="batch-upload-form"
    >
      <SubSection title={t('studio.batch.filesTitle')}>
        <FilePicker
          multiple
          folder
          hint={t('studio.batch.pickHint', { size: formatBytes(options.maxUploadBytes) })}
          onPick={(files) => {
            setTooMany(false);
            queue.add(files);
          }}
          testId="batch-picker"
        />
        {summary.total ? (
          <div className="zyk-studio__batch-summary" data-testid="batch-summary">
            <span>
              {t('studio.batch.summary', {
                done: summary.done,
                total: summary.total,
                sent: formatBytes(summary.sent),
                bytes: formatBytes(summary.bytes),
              })}
              {summary.failed ? ` · ${t('studio.batch.failedCount', { count: summary.failed })}` : ''}
            </span>
            <Progress percent={percent} size="small" status={summary.busy ? 'active' : 'normal'} aria-label={t('studio.batch.overall')} />
            <Button size="small" onClick={queue.clear}>
              {t('studio.batch.clear')}
            </Button>
          </div>
        ) : null}
        <UploadList items={queue.items} onPause={queue.pause} onResume={queue.resume} onCancel={queue.cancel} />
      </SubSection>
      <SubSection title={t('studio.batch.attributesTitle')}>
        <p className="zyk-muted zyk-studio__lead">{t('studio.batch.attributesHint')}</p>
        <AttributeFields form={form} options={options} mode="batch" />
      </SubSection>
      {tooMany ? (
        <Alert type="error" showIcon role="alert" message={t('studio.batch.tooMany', { limit: MAX_BATCH_UPLOADS })} className="zyk-studio__note" />
      ) : null}
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <div className="zyk-studio__actions">
        <Button
          type="primary"
          htmlType="submit"
          icon={<ScanOutlined />}
          disabled={!done.length || summary.busy}
          loading={prepare.isPending}
          data-testid="batch-prepare"
        >
          {t('studio.batch.prepare')}
        </Button>
        <span className="zyk-muted zyk-studio__small">
          {summary.busy ? t('studio.batch.waitUploads') : done.length ? t('studio.batch.prepareHint', { count: done.length }) : t('studio.batch.pickFirst')}
        </span>
      </div>
    </Form>
  );
}
