import { FileOutlined, FileTextOutlined, LinkOutlined } from '@ant-design/icons';
import type { ResourceType } from '@zyk/shared';
import { Alert, App, Button, Form, Result, Segmented, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubSection } from '@/components/section';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import type { Me } from '@/hooks/use-me';
import { MutationFailed } from '@/lib/mutation-result';
import { useResourceCreate } from '../api/drafts';
import type { FormOptions } from '../api/form-options';
import { useResourcesSubmit, type StudioResource } from '../api/my-resources';
import { useUploadQueue } from '../hooks/use-upload-queue';
import { ATTRIBUTE_FIELDS, formatBytes } from '../lib/choices';
import { attributeDefaults } from '../lib/defaults';
import { guessType } from '../lib/file-type';
import { toResourceInput, type AttributeValues } from '../lib/resource-input';
import { AttributeFields } from './attribute-fields';
import { ContentFields } from './content-fields';
import { FilePicker } from './file-picker';
import { ResourceStatusTag } from './resource-status';
import { UploadList } from './upload-list';

type Kind = 'FILE' | 'TEXT' | 'LINK';

/** What was created, and 提交审核 / 编辑 / 再上传一个 from there. */
function CreatedPanel({ resource, onAnother }: { resource: StudioResource; onAnother: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submit = useResourcesSubmit();
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async () => {
    setProblem(null);
    try {
      const payload = await submit.mutateAsync({ ids: [resource.id] });
      const result = payload.results[0];
      if (result?.ok) {
        setSubmitted(true);
        void message.success(t('studio.single.submitted'));
      } else {
        setProblem(result?.message || t('errors.unknown'));
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };

  return (
    <Result
      status="success"
      title={submitted ? t('studio.single.createdAndSubmitted') : t('studio.single.created')}
      subTitle={
        <span data-testid="created-resource" data-resource-id={resource.id}>
          {resource.title} {submitted ? null : <ResourceStatusTag resource={resource} />}
        </span>
      }
      extra={
        <div className="zyk-studio__result">
          {problem ? <Alert type="error" showIcon message={problem} role="alert" data-testid="submit-problem" /> : null}
          <Space wrap>
            {submitted ? null : (
              <Button type="primary" loading={submit.isPending} onClick={() => void onSubmit()} data-testid="created-submit">
                {t('studio.actions.submit')}
              </Button>
            )}
            <Link to={`/my/resources/${resource.id}/edit`} className="zyk-studio__btn-link zyk-studio__btn-link--default">
              {t('studio.actions.edit')}
            </Link>
            <Button onClick={onAnother} data-testid="upload-another">
              {t('studio.single.another')}
            </Button>
            <Link to="/my/resources">{t('studio.nav.mine')}</Link>
          </Space>
        </div>
      }
    />
  );
}

/**
 * One resource: a file (uploaded resumably while the form is filled in), a text written in the
 * rich-text editor, or an external link → resourceCreate. A DUPLICATE file links the resource that
 * already holds it and offers 仍然上传 (the refused upload was consumed, so the file is sent again).
 */
export function SingleUpload({ options, me }: { options: FormOptions; me: Me }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AttributeValues>();
  const [kind, setKind] = useState<Kind>('FILE');
  const [created, setCreated] = useState<StudioResource | null>(null);
  const [duplicate, setDuplicate] = useState<{ id: string; title: string } | null>(null);
  // Save as soon as the upload finishes (clicked while it was still running, or 仍然上传).
  const [pending, setPending] = useState<{ allowDuplicate: boolean } | null>(null);
  const queue = useUploadQueue({ maxBytes: options.maxUploadBytes });
  const item = queue.items[queue.items.length - 1];
  const create = useResourceCreate();
  const feedback = useFormFeedback(form, ATTRIBUTE_FIELDS);
  const [missingFile, setMissingFile] = useState(false);

  const type: ResourceType | undefined = kind === 'FILE' ? guessType(item?.file.name) : kind;

  const save = async (allowDuplicate: boolean) => {
    feedback.clear();
    setDuplicate(null);
    let values: AttributeValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (kind === 'FILE') {
      if (!item || item.status === 'refused') {
        setMissingFile(true);
        return;
      }
      if (item.status !== 'done') {
        setPending({ allowDuplicate });
        if (item.status === 'paused' || item.status === 'error') queue.resume(item.key);
        return;
      }
    }
    setPending(null);
    const input = toResourceInput(values, { complete: true });
    if (kind !== 'FILE') input.type = kind;
    if (kind !== 'TEXT') delete input.body;
    if (kind !== 'LINK') delete input.url;
    try {
      const payload = await create.mutateAsync({
        input,
        uploadId: kind === 'FILE' ? (item?.uploadId ?? null) : null,
        allowDuplicate,
      });
      if (payload.ok && payload.resource) {
        setCreated(payload.resource);
        return;
      }
      // A refused create consumed the upload: send the file again at once, ready for the next try.
      if (kind === 'FILE' && item) queue.again(item.key);
      const others = payload.errors.filter((e) => e.code !== 'DUPLICATE');
      if (others.length < payload.errors.length) setDuplicate(payload.duplicateOf ?? { id: '', title: '' });
      if (others.length || !payload.errors.length) feedback.report(new MutationFailed(others, t('errors.unknown')));
    } catch (error) {
      feedback.report(error);
    }
  };

  useEffect(() => {
    if (pending && item?.status === 'done') void save(pending.allowDuplicate);
    if (pending && (item?.status === 'error' || item?.status === 'refused')) setPending(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the upload finishing (or 仍然上传 after it did) saves
  }, [item?.status, pending]);

  const reset = () => {
    setCreated(null);
    setDuplicate(null);
    setPending(null);
    queue.clear();
    form.resetFields();
  };

  if (created) return <CreatedPanel resource={created} onAnother={reset} />;

  const busy = create.isPending || Boolean(pending);
  return (
    <Form<AttributeValues>
      form={form}
      layout="vertical"
      initialValues={attributeDefaults(me, options)}
      onFinish={() => void save(false)}
      requiredMark
      data-testid="single-upload-form"
    >
      <SubSection title={t('studio.single.contentTitle')}>
        <Segmented<Kind>
          value={kind}
          onChange={(value) => {
            setKind(value);
            setMissingFile(false);
          }}
          options={[
            { value: 'FILE', icon: <FileOutlined />, label: t('studio.single.kindFile') },
            { value: 'TEXT', icon: <FileTextOutlined />, label: t('studio.single.kindText') },
            { value: 'LINK', icon: <LinkOutlined />, label: t('studio.single.kindLink') },
          ]}
          aria-label={t('studio.single.kind')}
          className="zyk-studio__kind"
          data-testid="single-kind"
        />
        {kind === 'FILE' ? (
          <div className="zyk-studio__file">
            <FilePicker
              multiple={false}
              folder={false}
              hint={t('studio.picker.limit', { size: formatBytes(options.maxUploadBytes) })}
              onPick={(files) => {
                queue.clear();
                setDuplicate(null);
                setMissingFile(false);
                queue.add(files.slice(0, 1));
              }}
              testId="single-picker"
            />
            <UploadList items={queue.items} onPause={queue.pause} onResume={queue.resume} onCancel={queue.cancel} />
            {missingFile ? (
              <Alert type="warning" showIcon role="alert" message={t('studio.single.chooseFile')} data-testid="missing-file" />
            ) : null}
          </div>
        ) : null}
        <ContentFields form={form} options={options} type={type} />
      </SubSection>
      <SubSection title={t('studio.single.attributesTitle')}>
        <AttributeFields form={form} options={options} mode="single" />
      </SubSection>
      {duplicate ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="zyk-studio__note"
          data-testid="duplicate-alert"
          message={t('studio.single.duplicateTitle')}
          description={
            <>
              <p>
                {t('studio.single.duplicateText')}{' '}
                {duplicate.id ? (
                  <Link to={`/resources/${duplicate.id}`} data-testid="duplicate-link">
                    {duplicate.title}
                  </Link>
                ) : null}
              </p>
              <Button
                onClick={() => {
                  setDuplicate(null);
                  setPending({ allowDuplicate: true });
                }}
                data-testid="upload-anyway"
              >
                {t('studio.single.uploadAnyway')}
              </Button>
            </>
          }
        />
      ) : null}
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <div className="zyk-studio__actions">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="single-save">
          {pending && item?.status !== 'done' ? t('studio.single.savingAfterUpload') : t('studio.single.save')}
        </Button>
        <span className="zyk-muted zyk-studio__small">{t('studio.single.saveHint')}</span>
      </div>
    </Form>
  );
}
