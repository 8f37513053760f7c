import {
  CaretRightOutlined,
  CheckCircleFilled,
  CloseOutlined,
  ExclamationCircleFilled,
  PauseOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Button, Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from '../hooks/use-upload-queue';
import { formatBytes } from '../lib/choices';

function splitPath(path: string) {
  const parts = path.split('/');
  const name = parts.pop() ?? path;
  return { folders: parts.join('/'), name };
}

/** One file: where it is in the picked folders, a progress bar with bytes and speed, and its buttons. */
function UploadRow({
  item,
  onPause,
  onResume,
  onCancel,
}: {
  item: UploadItem;
  onPause: (key: string) => void;
  onResume: (key: string) => void;
  onCancel: (key: string) => void;
}) {
  const { t } = useTranslation();
  const { folders, name } = splitPath(item.relativePath);
  const percent = item.total ? Math.floor((item.sent / item.total) * 100) : 0;
  const failed = item.status === 'error' || item.status === 'refused';
  const status = failed ? 'exception' : item.status === 'done' ? 'success' : item.status === 'uploading' ? 'active' : 'normal';
  return (
    <li
      className={`zyk-studio__upload zyk-studio__upload--${item.status}`}
      data-testid="upload-row"
      data-status={item.status}
      data-name={name}
      data-percent={percent}
      data-resumed-from={item.resumedFrom ?? ''}
      data-upload-id={item.uploadId ?? ''}
    >
      <div className="zyk-studio__upload-head">
        <div className="zyk-studio__upload-name">
          {folders ? <span className="zyk-muted zyk-studio__upload-folders">{folders}/</span> : null}
          <strong>{name}</strong>
        </div>
        <div className="zyk-studio__upload-actions">
          {item.status === 'uploading' || item.status === 'waiting' ? (
            <Tooltip title={t('studio.upload.pause')}>
              <Button
                size="small"
                type="text"
                icon={<PauseOutlined />}
                aria-label={t('studio.upload.pauseFile', { name })}
                onClick={() => onPause(item.key)}
                data-testid="upload-pause"
              />
            </Tooltip>
          ) : null}
          {item.status === 'paused' || item.status === 'error' ? (
            <Tooltip title={item.status === 'error' ? t('studio.upload.retry') : t('studio.upload.resume')}>
              <Button
                size="small"
                type="text"
                icon={item.status === 'error' ? <ReloadOutlined /> : <CaretRightOutlined />}
                aria-label={t('studio.upload.resumeFile', { name })}
                onClick={() => onResume(item.key)}
                data-testid="upload-resume"
              />
            </Tooltip>
          ) : null}
          {item.status !== 'done' ? (
            <Tooltip title={t('studio.upload.cancel')}>
              <Button
                size="small"
                type="text"
                danger
                icon={<CloseOutlined />}
                aria-label={t('studio.upload.cancelFile', { name })}
                onClick={() => onCancel(item.key)}
                data-testid="upload-cancel"
              />
            </Tooltip>
          ) : null}
        </div>
      </div>
      {item.status === 'refused' ? null : (
        <Progress percent={percent} status={status} size="small" aria-label={t('studio.upload.progressOf', { name })} />
      )}
      <div className="zyk-studio__upload-meta zyk-muted">
        {item.status === 'done' ? (
          <span className="zyk-studio__upload-ok">
            <CheckCircleFilled /> {t('studio.upload.done', { size: formatBytes(item.total) })}
          </span>
        ) : failed ? (
          <span className="zyk-studio__upload-error" role="alert" data-testid="upload-error">
            <ExclamationCircleFilled /> {item.error}
          </span>
        ) : (
          <span>
            {t('studio.upload.bytes', { sent: formatBytes(item.sent), total: formatBytes(item.total) })}
            {item.status === 'uploading' && item.speed > 0 ? ` · ${t('studio.upload.speed', { speed: formatBytes(item.speed) })}` : ''}
            {item.status === 'paused' ? ` · ${t('studio.upload.paused')}` : ''}
            {item.status === 'waiting' ? ` · ${t('studio.upload.waiting')}` : ''}
          </span>
        )}
        {item.resumedFrom ? (
          <Tag color="blue" className="zyk-studio__upload-resumed" data-testid="upload-resumed">
            {t('studio.upload.resumed', { offset: formatBytes(item.resumedFrom) })}
          </Tag>
        ) : null}
      </div>
    </li>
  );
}

/** The picked files with their progress (empty: nothing). */
export function UploadList({
  items,
  onPause,
  onResume,
  onCancel,
}: {
  items: UploadItem[];
  onPause: (key: string) => void;
  onResume: (key: string) => void;
  onCancel: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <ul className="zyk-studio__uploads" aria-label={t('studio.upload.listLabel')} data-testid="upload-list">
      {items.map((item) => (
        <UploadRow key={item.key} item={item} onPause={onPause} onResume={onResume} onCancel={onCancel} />
      ))}
    </ul>
  );
}
