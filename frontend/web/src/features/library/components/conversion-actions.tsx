import { FilePdfOutlined, LoadingOutlined, VideoCameraOutlined, WarningOutlined } from '@ant-design/icons';
import type { ConversionKind } from '@zyk/shared';
import { App, Button, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/hooks/use-me';
import { useConversionRequest } from '../api/media';
import { isBusy, type ResourceMedia } from '../utils/media-plan';

const ICONS: Record<ConversionKind, React.ReactNode> = { PDF: <FilePdfOutlined />, MP4: <VideoCameraOutlined /> };

/**
 * 另存为 PDF (office documents) / 转为 MP4 (videos, animations) for signed-in visitors who may download
 * the file: a button asks for the conversion, its progress shows while it runs (the page polls), and a
 * link takes the result when done. A PDF or MP4 the standard conversion already made is linked directly.
 */
export function ConversionActions({
  resourceId,
  kind,
  media,
  canDownload,
  standardUrl,
}: {
  resourceId: string;
  kind: ConversionKind;
  media: ResourceMedia;
  canDownload: boolean;
  /** The standard conversion's PDF or MP4, when it made one: no need to ask. */
  standardUrl: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useMe();
  const request = useConversionRequest();
  const conversion = media.conversions.find((c) => c.kind === kind);
  const label = (key: string, options?: Record<string, unknown>) => t(`library.media.conversion.${kind}.${key}`, options);

  if (!canDownload) return null;
  let body: React.ReactNode = null;
  if (standardUrl) {
    body = (
      <a href={standardUrl} target="_blank" rel="noopener noreferrer" data-testid="conversion-link" data-kind={kind}>
        {ICONS[kind]} {label('download')}
      </a>
    );
  } else if (conversion && conversion.state === 'SUCCEEDED' && conversion.url) {
    body = (
      <a href={conversion.url} target="_blank" rel="noopener noreferrer" data-testid="conversion-link" data-kind={kind}>
        {ICONS[kind]} {label('download')}
      </a>
    );
  } else if (conversion && isBusy(conversion.state)) {
    const percent = conversion.state === 'QUEUED' ? 0 : Math.round(conversion.progress);
    body = (
      <span className="zyk-conversion__running" role="status" data-testid="conversion-progress" data-kind={kind} data-state={conversion.state}>
        <LoadingOutlined aria-hidden /> {conversion.state === 'QUEUED' ? label('queued') : label('running', { percent })}
        <Progress percent={percent} size="small" showInfo={false} className="zyk-conversion__bar" aria-label={label('running', { percent })} />
      </span>
    );
  } else if (me) {
    const failed = conversion && (conversion.state === 'FAILED' || conversion.state === 'CANCELLED');
    const onRequest = async () => {
      try {
        await request.mutateAsync({ id: resourceId, kind });
      } catch (error) {
        void message.error(error instanceof Error ? error.message : t('errors.unknown'));
      }
    };
    body = (
      <>
        {failed ? (
          <span className="zyk-conversion__failed" data-testid="conversion-failed">
            <WarningOutlined aria-hidden /> {conversion.errorMessage || label('failed')}
          </span>
        ) : null}
        <Button icon={ICONS[kind]} loading={request.isPending} onClick={() => void onRequest()} data-testid="conversion-request" data-kind={kind}>
          {failed ? label('again') : label('request')}
        </Button>
      </>
    );
  }
  if (!body) return null;
  return (
    <div className="zyk-conversion" data-testid="conversion-actions">
      {body}
    </div>
  );
}
