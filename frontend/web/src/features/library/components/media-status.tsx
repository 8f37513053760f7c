import { ExclamationCircleOutlined, LoadingOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMediaRetry } from '../api/media';
import type { ResourceMedia } from '../utils/media-plan';

const percent = (media: Pick<ResourceMedia, 'progress'>) => Math.max(0, Math.min(100, Math.round(media.progress)));

/**
 * In place of the viewer while the file is being converted and nothing shows yet: queued (waiting for a
 * worker) or running with its percentage. The page asks again by itself; nothing else on it waits.
 */
export function MediaProgressPanel({ media, compact = false }: { media: ResourceMedia; compact?: boolean }) {
  const { t } = useTranslation();
  const queued = media.state === 'QUEUED';
  return (
    <div className={`zyk-media-progress${compact ? ' zyk-media-progress--compact' : ''}`} role="status" data-testid="media-progress" data-state={media.state}>
      {compact ? null : <LoadingOutlined className="zyk-media-progress__icon" aria-hidden />}
      <div className="zyk-media-progress__body">
        <p className="zyk-media-progress__title">{queued ? t('library.media.queuedTitle') : t('library.media.runningTitle')}</p>
        <Progress
          percent={queued ? 0 : percent(media)}
          status="active"
          size={compact ? 'small' : 'default'}
          aria-label={t('library.media.progressLabel')}
          data-testid="media-progress-bar"
        />
        <p className="zyk-muted zyk-media-progress__hint">{queued ? t('library.media.queuedHint') : t('library.media.runningHint')}</p>
      </div>
    </div>
  );
}

/** Over a first result shown while the rest is still being made (early preview). */
export function MediaProgressNote({ media }: { media: ResourceMedia }) {
  const { t } = useTranslation();
  return (
    <p className="zyk-media-note" role="status" data-testid="media-progress-note" data-state={media.state}>
      <LoadingOutlined aria-hidden /> {t('library.media.stillConverting', { percent: percent(media) })}
    </p>
  );
}

/**
 * The conversion failed or was cancelled: why, in words (the server translated it), and for the
 * resource's editors a button starting it again (then the page follows the new conversion).
 */
export function MediaFailedPanel({ resourceId, media }: { resourceId: string; media: ResourceMedia }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retry = useMediaRetry();
  const cancelled = media.state === 'CANCELLED';
  const onRetry = async () => {
    try {
      await retry.mutateAsync({ id: resourceId });
      void message.success(t('library.media.retryStarted'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };
  return (
    <Alert
      type={cancelled ? 'warning' : 'error'}
      showIcon
      icon={<ExclamationCircleOutlined />}
      className="zyk-media-failed"
      data-testid="media-failed"
      data-state={media.state}
      message={cancelled ? t('library.media.cancelledTitle') : t('library.media.failedTitle')}
      description={
        <>
          <p data-testid="media-failed-reason">{media.errorMessage || (cancelled ? t('library.media.cancelledHint') : t('library.media.failedHint'))}</p>
          {media.canRetry ? null : <p className="zyk-muted">{t('library.media.failedFallback')}</p>}
        </>
      }
      action={
        media.canRetry ? (
          <Button size="small" type="primary" icon={<ReloadOutlined />} loading={retry.isPending} onClick={() => void onRetry()} data-testid="media-retry">
            {t('library.media.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
