import { useRef, useState } from 'react';
import { Alert, Button, Progress } from 'antd';
import { CameraOutlined, DeleteOutlined, FileOutlined, PaperClipOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { csrfToken } from '@/lib/graphql-client';
import { apiLanguage } from '@/lib/i18n';
import { KIND_ACCEPT, MAX_FILES, filesUrl, handInUrl, type HandInFile } from './practical-response';

const KIND_ICON: Record<string, React.ReactNode> = {
  photo: <CameraOutlined aria-hidden />,
  video: <VideoCameraOutlined aria-hidden />,
  file: <FileOutlined aria-hidden />,
};

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

interface ServerAnswer {
  ok?: boolean;
  file?: HandInFile;
  files?: HandInFile[];
  errors?: { message: string }[];
}

function send(method: string, url: string, language: string, body: FormData | null, onProgress?: (percent: number) => void) {
  return new Promise<{ status: number; answer: ServerAnswer | null }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', apiLanguage(language));
    request.setRequestHeader('X-CSRFToken', csrfToken());
    request.withCredentials = true;
    if (onProgress) request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      let answer: ServerAnswer | null = null;
      try {
        answer = JSON.parse(request.responseText) as ServerAnswer;
      } catch {
        answer = null;
      }
      resolve({ status: request.status, answer });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(body);
  });
}

/** The hand-ins of a practical item: download links, and while answering an upload button per allowed kind. */
export function PracticalFiles({
  attemptId,
  questionId,
  kinds,
  files,
  readOnly,
  onFiles,
}: {
  attemptId: string;
  questionId: string;
  kinds: string[];
  files: HandInFile[];
  readOnly: boolean;
  onFiles: (files: HandInFile[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const uploadKinds = kinds.filter((k) => k in KIND_ACCEPT);
  const current = useRef(files);
  current.current = files;

  const problem = (status: number, answer: ServerAnswer | null) =>
    answer?.errors?.[0]?.message ?? (status ? t('questionView.files.http', { status }) : t('questionView.files.network'));

  const upload = async (file: File) => {
    setError(null);
    if (current.current.length >= MAX_FILES) {
      setError(t('questionView.files.tooMany', { n: MAX_FILES }));
      return;
    }
    const body = new FormData();
    body.append('file', file, file.name);
    setProgress(0);
    try {
      const { status, answer } = await send('POST', filesUrl(attemptId, questionId), i18n.language, body, setProgress);
      if (status === 200 && answer?.file) onFiles([...current.current, answer.file]);
      else setError(problem(status, answer));
    } catch {
      setError(t('questionView.files.network'));
    } finally {
      setProgress(null);
    }
  };

  const remove = async (file: HandInFile) => {
    setError(null);
    setRemoving(file.id);
    try {
      const { status, answer } = await send('DELETE', handInUrl(attemptId, questionId, file.id), i18n.language, null);
      if (status === 200 && answer?.files) onFiles(answer.files);
      else setError(problem(status, answer));
    } catch {
      setError(t('questionView.files.network'));
    } finally {
      setRemoving(null);
    }
  };

  if (readOnly && !files.length) return null;
  return (
    <div className="zyk-qv__files" data-testid="qv-files">
      <span className="zyk-qv__label">{t('questionView.files.title')}</span>
      {files.length ? (
        <ul className="zyk-qv__file-list">
          {files.map((file) => (
            <li key={file.id} data-testid="qv-file">
              {KIND_ICON[file.kind] ?? <PaperClipOutlined aria-hidden />}{' '}
              <a href={handInUrl(attemptId, questionId, file.id)} download={file.name} data-testid="qv-file-link">
                {file.name}
              </a>{' '}
              <span className="zyk-muted">{sizeText(file.size)}</span>
              {readOnly ? null : (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  loading={removing === file.id}
                  aria-label={t('questionView.files.remove', { name: file.name })}
                  data-testid="qv-file-remove"
                  onClick={() => void remove(file)}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <div className="zyk-qv__upload">
          {uploadKinds.map((kind) => (
            <span key={kind}>
              <input
                ref={(node) => {
                  inputs.current[kind] = node;
                }}
                type="file"
                hidden
                accept={KIND_ACCEPT[kind]}
                {...(kind === 'file' ? {} : { capture: 'environment' })}
                data-testid={`qv-upload-input-${kind}`}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void upload(file);
                }}
              />
              <Button
                icon={KIND_ICON[kind]}
                disabled={progress !== null || files.length >= MAX_FILES}
                onClick={() => inputs.current[kind]?.click()}
                data-testid={`qv-upload-${kind}`}
              >
                {t(`questionView.files.add.${kind}`)}
              </Button>
            </span>
          ))}
          <span className="zyk-muted zyk-qv__upload-hint">{t('questionView.files.hint', { n: MAX_FILES })}</span>
        </div>
      )}
      {progress !== null ? <Progress percent={progress} size="small" data-testid="qv-upload-progress" /> : null}
      {error ? <Alert type="error" showIcon message={error} data-testid="qv-upload-error" closable onClose={() => setError(null)} /> : null}
    </div>
  );
}

/** The teacher's attachments of a practical task (`content.attachments: [{name, url}]`), as download links. */
export function TeacherAttachments({ content }: { content: Record<string, unknown> }) {
  const { t } = useTranslation();
  const rows = Array.isArray(content.attachments)
    ? (content.attachments as unknown[]).filter(
        (row): row is { name?: unknown; url: string } =>
          Boolean(row) && typeof row === 'object' && typeof (row as { url?: unknown }).url === 'string' && /^(\/[^/]|https:\/\/)/.test((row as { url: string }).url),
      )
    : [];
  if (!rows.length) return null;
  return (
    <div className="zyk-qv__attachments" data-testid="qv-attachments">
      <span className="zyk-qv__label">{t('questionView.files.attachments')}</span>
      <ul className="zyk-qv__file-list">
        {rows.map((row, i) => {
          const name = typeof row.name === 'string' && row.name ? row.name : row.url.split('/').pop() || row.url;
          return (
            <li key={`${row.url}-${i}`}>
              <PaperClipOutlined aria-hidden />{' '}
              <a href={row.url} download={name} target="_blank" rel="noopener noreferrer" data-testid="qv-attachment">
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
