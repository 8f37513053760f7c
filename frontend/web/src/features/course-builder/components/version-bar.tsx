import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format-date';
import { useLanguage } from '@/hooks/use-language';
import { useStructureVersions } from '../api/course-structure';
import { useStructurePublish } from '../api/structure-mutations';
import { useBuilderFeedback } from '../hooks/use-builder-feedback';
import { scopes } from '../hooks/use-structure-actions';
import { ActionProblem } from './action-problem';

const WORKING = 'working';

/**
 * 版本: which structure is shown (the working copy, or a published version read-only) and 发布新版本,
 * which freezes the working copy as the next version learners see.
 */
export function VersionBar({
  courseId,
  version,
  onVersionChange,
  itemTotal,
}: {
  courseId: string;
  version: number | null;
  onVersionChange: (version: number | null) => void;
  itemTotal: number;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message } = App.useApp();
  const { run } = useBuilderFeedback();
  const versions = useStructureVersions(courseId);
  const publish = useStructurePublish(courseId);
  const list = versions.data ?? [];
  const latest = list[0]?.number ?? null;

  const onPublish = async () => {
    const payload = await run(scopes.publish, () => publish.mutateAsync({ courseId }));
    if (payload?.version) void message.success(t('courseBuilder.versions.published', { number: payload.version }));
  };

  return (
    <div className="zyk-cb-versions" data-testid="version-bar">
      <div className="zyk-cb-versions__row">
        <label htmlFor="cb-version" className="zyk-cb-versions__label">
          {t('courseBuilder.versions.label')}
        </label>
        <Select
          id="cb-version"
          className="zyk-cb-versions__select"
          value={version === null ? WORKING : String(version)}
          onChange={(value: string) => onVersionChange(value === WORKING ? null : Number(value))}
          loading={versions.isPending}
          popupMatchSelectWidth={false}
          options={[
            { value: WORKING, label: t('courseBuilder.versions.working') },
            ...list.map((v) => ({
              value: String(v.number),
              label: t(v.number === latest ? 'courseBuilder.versions.optionLatest' : 'courseBuilder.versions.option', {
                number: v.number,
                date: formatDateTime(v.publishedAt, language),
                count: v.itemCount,
              }),
            })),
          ]}
          data-testid="version-select"
        />
        {version === null ? (
          <Popconfirm
            title={t('courseBuilder.versions.publishConfirm', { number: (latest ?? 0) + 1 })}
            description={t('courseBuilder.versions.publishHint', { count: itemTotal })}
            okText={t('courseBuilder.versions.publish')}
            cancelText={t('common.cancel')}
            onConfirm={() => onPublish()}
          >
            <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} data-testid="publish">
              {t('courseBuilder.versions.publish')}
            </Button>
          </Popconfirm>
        ) : (
          <Button onClick={() => onVersionChange(null)} data-testid="back-to-working">
            {t('courseBuilder.versions.backToWorking')}
          </Button>
        )}
      </div>
      {versions.isError ? (
        <p className="zyk-cb-versions__error" role="alert" data-testid="versions-error">
          {t('courseBuilder.versions.loadFailed', { reason: versions.error.message })}{' '}
          <Button size="small" type="link" onClick={() => void versions.refetch()}>
            {t('common.retry')}
          </Button>
        </p>
      ) : null}
      <p className="zyk-muted zyk-cb-versions__hint" data-testid="version-hint">
        {version === null
          ? versions.isPending || versions.isError
            ? null
            : latest === null
            ? t('courseBuilder.versions.neverPublished')
            : t('courseBuilder.versions.latestIs', { number: latest })
          : t('courseBuilder.versions.readOnly', { number: version })}
      </p>
      <ActionProblem scope={scopes.publish} />
    </div>
  );
}
