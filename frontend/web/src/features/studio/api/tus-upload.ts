import { Upload, type DetailedError } from 'tus-js-client';
import { csrfToken } from '@/lib/graphql-client';

/** The tus 1.0.0 server of media_pipeline (creation, termination, expiration). */
export const UPLOAD_ENDPOINT = '/uploads/';

/** Chunks of a few MiB: each PATCH holds a row lock and must pass nginx's body limit. */
export const CHUNK_SIZE = 5 * 1024 * 1024;

/** Retry a dropped connection at once, then with growing pauses (tus continues from the server's offset). */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000];

export interface UploadProblem {
  /** The server's translated text (empty for network failures). */
  message: string;
  /** Its Zyk-Error-Code header (TOO_LARGE, EMPTY_FILE, UNSUPPORTED_TYPE …), or HTTP / NETWORK. */
  code: string;
  status: number;
}

export interface UploadCallbacks {
  /** Bytes the server has, of all. */
  onProgress: (sent: number, total: number) => void;
  /** The upload continues an earlier one of this file (after a reload or a dropped connection). */
  onResume: (offset: number) => void;
  /** Every byte arrived; `uploadId` goes to resourceCreate / resourceBatchPrepare. */
  onSuccess: (uploadId: string) => void;
  onError: (problem: UploadProblem) => void;
}

export interface UploadHandle {
  /** Start, or continue after pause(): the server is asked where it stopped (HEAD) first. */
  start: () => void;
  /** Stop sending; the server keeps what it has. */
  pause: () => void;
  /** Stop and delete the upload on the server. */
  cancel: () => Promise<void>;
}

/** The upload id in the URL the server answered (`/uploads/<uuid>`). */
export function uploadIdOf(url: string | null): string {
  return (url ?? '').replace(/\/+$/, '').split('/').pop() ?? '';
}

/**
 * One resumable upload. The fingerprint names the person, the path in the batch and the file itself, so
 * picking the same file again after a reload finds the stored upload URL (tus-js-client keeps it in
 * localStorage), asks the server for its offset with HEAD and sends only the rest.
 */
export function createUpload(
  file: File,
  { relativePath, ownerId, callbacks }: { relativePath: string; ownerId: string; callbacks: UploadCallbacks },
): UploadHandle {
  const upload = new Upload(file, {
    endpoint: UPLOAD_ENDPOINT,
    chunkSize: CHUNK_SIZE,
    retryDelays: RETRY_DELAYS,
    metadata: { filename: file.name, relativePath: relativePath || file.name },
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    fingerprint: () =>
      Promise.resolve(
        ['zyk', ownerId, relativePath || file.name, file.size, file.lastModified, file.type, UPLOAD_ENDPOINT].join('|'),
      ),
    // A fresh CSRF token on every request: a login in another tab may have rotated it.
    onBeforeRequest: (request) => request.setHeader('X-CSRFToken', csrfToken()),
    onAfterResponse: (request, response) => {
      if (request.getMethod() === 'HEAD' && response.getStatus() === 200) {
        const offset = Number(response.getHeader('Upload-Offset') ?? 0);
        const total = Number(response.getHeader('Upload-Length') ?? file.size);
        if (offset > 0) {
          callbacks.onResume(offset);
          callbacks.onProgress(offset, total);
        }
      }
    },
    onProgress: (sent, total) => callbacks.onProgress(sent, total),
    onSuccess: () => callbacks.onSuccess(uploadIdOf(upload.url)),
    onError: (error) => {
      const response = (error as DetailedError).originalResponse ?? null;
      const status = response?.getStatus() ?? 0;
      const body = status ? (response?.getBody() ?? '').trim() : '';
      callbacks.onError({
        message: body && body.length < 500 && !body.startsWith('<') ? body : '',
        code: response?.getHeader('Zyk-Error-Code') || (status ? 'HTTP' : 'NETWORK'),
        status,
      });
    },
  });

  const begin = async () => {
    if (!upload.url) {
      const previous = await upload.findPreviousUploads();
      const latest = [...previous].sort((a, b) => String(b.creationTime).localeCompare(String(a.creationTime)))[0];
      if (latest) upload.resumeFromPreviousUpload(latest);
    }
    upload.start();
  };

  return {
    start: () => void begin(),
    pause: () => void upload.abort(false),
    cancel: () => upload.abort(true).catch(() => undefined),
  };
}
