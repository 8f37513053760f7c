import { CheckCircleOutlined, CloseCircleOutlined, EyeOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMediaRetry } from '../api/media';
import { isConverting, mediaPercent, type StudioMedia } from '../lib/media';
import './media-status.css';

const COLORS: Record<string, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
  CANCELLED: 'warning',
};

/** 重新转码 with a message for the outcome; refreshes every studio read. */
function RetryButton({ id, title, size = 'small', type = 'link' }: { id: string; title: string; size?: 'small' | 'middle'; type?: 'link' | 'primary' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retry = useMediaRetry();
  const onRetry = async () => {
    try {
      await retry.mutateAsync({ id });
      void message.success(t('studio.media.retryStarted'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };
  return (
    <Button
      size={size}
      type={type}
      icon={<ReloadOutlined />}
      loading={retry.isPending}
      onClick={() => void onRetry()}
      aria-label={t('studio.media.retryNamed', { title })}
      className="zyk-studio__media-retry"
      data-testid="media-retry"
    >
      {t('studio.media.retry')}
    </Button>
  );
}

/**
 * A row's conversion, compact: a tag, with a small progress bar while queued or running; a red tag whose
 * tooltip says why it failed, and 重新转码 for the resource's editors. Nothing for texts and links, nor for
 * files never sent to conversion.
 */
export function MediaStatusTag({ resource }: { resource: { id: string; title: string; media: StudioMedia | null } }) {
  const { t } = useTranslation();
  const { media } = resource;
  if (!media || media.state === 'NONE') return null;
  const converting = isConverting(media.state);
  const failed = media.state === 'FAILED' || media.state === 'CANCELLED';
  const tag = (
    <Tag
      color={COLORS[media.state]}
      icon={converting ? <SyncOutlined spin /> : failed ? <CloseCircleOutlined /> : <CheckCircleOutlined />}
      className="zyk-studio__media-tag"
      tabIndex={failed ? 0 : undefined}
    >
      {t(`studio.media.state.${media.state}`)}
    </Tag>
  );
  return (
    <div className="zyk-studio__media" data-testid="media-status" data-state={media.state}>
      {failed ? (
        <Tooltip title={media.errorMessage || t('studio.media.failedUnknown')}>
          <span data-testid="media-reason" aria-label={media.errorMessage || t('studio.media.failedUnknown')}>
            {tag}
          </span>
        </Tooltip>
      ) : (
        tag
      )}
      {converting ? (
        <Progress
          percent={mediaPercent(media)}
          size="small"
          status="active"
          className="zyk-studio__media-progress"
          aria-label={t('studio.media.title')}
          data-testid="media-progress"
        />
      ) : null}
      {failed && media.canRetry ? <RetryButton id={resource.id} title={resource.title} /> : null}
    </div>
  );
}

/**
 * The edit page's panel: where the conversion is, its progress or why it failed (with 重新转码), and a
 * link to the preview. The page polls while it runs.
 */
export function MediaPanel({ resource }: { resource: { id: string; title: string; media: StudioMedia | null; publishedAt?: string | null } }) {
  const { t } = useTranslation();
  const { media } = resource;
  if (!media) return null;
  const converting = isConverting(media.state);
  const failed = media.state === 'FAILED' || media.state === 'CANCELLED';
  let hint: string;
  if (converting) hint = media.playable ? t('studio.media.earlyHint') : t(media.state === 'QUEUED' ? 'studio.media.queuedHint' : 'studio.media.runningHint');
  else if (failed) hint = t('studio.media.failedReason', { reason: media.errorMessage || t('studio.media.failedUnknown') });
  else if (media.state === 'SUCCEEDED') hint = t('studio.media.doneHint');
  else hint = t('studio.media.noneHint');
  return (
    <div className="zyk-studio__media-panel" data-testid="media-panel" data-state={media.state}>
      <div className="zyk-studio__status-line">
        <Tag color={COLORS[media.state]} icon={converting ? <SyncOutlined spin /> : undefined} data-testid="media-panel-state">
          {t(`studio.media.state.${media.state}`)}
        </Tag>
      </div>
      {converting ? <Progress percent={mediaPercent(media)} status="active" data-testid="media-panel-progress" aria-label={t('studio.media.title')} /> : null}
      <p className={failed ? 'zyk-studio__media-reason' : 'zyk-muted zyk-studio__small'} data-testid="media-panel-hint">
        {hint}
      </p>
      <div className="zyk-studio__media-actions">
        {failed && media.canRetry ? <RetryButton id={resource.id} title={resource.title} size="middle" type="primary" /> : null}
        {media.playable ? (
          <Link to={`/resources/${resource.id}`} data-testid="media-panel-preview">
            <EyeOutlined /> {t('studio.media.preview')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
