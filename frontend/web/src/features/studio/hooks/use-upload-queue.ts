import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/hooks/use-me';
import { createUpload, type UploadHandle } from '../api/tus-upload';
import { formatBytes } from '../lib/choices';

export type UploadStatus = 'waiting' | 'uploading' | 'paused' | 'done' | 'error' | 'refused';

export interface UploadItem {
  key: string;
  file: File;
  /** Folders and name as picked (webkitRelativePath), or just the name. */
  relativePath: string;
  status: UploadStatus;
  sent: number;
  total: number;
  /** Bytes per second, smoothed. */
  speed: number;
  uploadId?: string;
  /** Translated reason for `error` / `refused`. */
  error?: string;
  /** The offset the server already had when this upload continued an earlier one. */
  resumedFrom?: number;
}

export interface PickedFile {
  file: File;
  relativePath?: string;
}

/** At most this many files travel at once; the others wait their turn. */
const PARALLEL = 2;

let counter = 0;

/**
 * A list of resumable uploads with progress, speed, pause / resume / cancel. Files over the size limit
 * (and empty ones) are refused here with a translated reason and never sent; the others start as soon
 * as they are picked, PARALLEL at a time.
 */
export function useUploadQueue({ maxBytes, onDone }: { maxBytes: number | undefined; onDone?: (item: UploadItem) => void }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [items, setItems] = useState<UploadItem[]>([]);
  const handles = useRef(new Map<string, UploadHandle>());
  const samples = useRef(new Map<string, { bytes: number; time: number }>());
  const started = useRef(new Set<string>());
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  const patch = useCallback((key: string, change: Partial<UploadItem> | ((item: UploadItem) => Partial<UploadItem>)) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...(typeof change === 'function' ? change(item) : change) } : item)));
  }, []);

  const refusal = useCallback(
    (file: File): string | undefined => {
      if (file.size === 0) return t('studio.upload.empty', { name: file.name });
      if (maxBytes && file.size > maxBytes) {
        return t('studio.upload.tooLarge', { name: file.name, size: formatBytes(file.size), limit: formatBytes(maxBytes) });
      }
      return undefined;
    },
    [maxBytes, t],
  );

  const add = useCallback(
    (picked: PickedFile[]) => {
      const fresh = picked.map(({ file, relativePath }): UploadItem => {
        const error = refusal(file);
        counter += 1;
        return {
          key: `u${counter}`,
          file,
          relativePath: relativePath || file.name,
          status: error ? 'refused' : 'waiting',
          sent: 0,
          total: file.size,
          speed: 0,
          error,
        };
      });
      setItems((list) => [...list, ...fresh]);
      return fresh;
    },
    [refusal],
  );

  const begin = useCallback(
    (item: UploadItem) => {
      if (started.current.has(item.key)) return;
      started.current.add(item.key);
      const handle = createUpload(item.file, {
        relativePath: item.relativePath,
        ownerId: me?.id ?? 'anonymous',
        callbacks: {
          onProgress: (sent, total) => {
            const now = performance.now();
            const last = samples.current.get(item.key);
            samples.current.set(item.key, { bytes: sent, time: now });
            patch(item.key, (current) => {
              let speed = current.speed;
              if (last && now > last.time && sent >= last.bytes) {
                const instant = ((sent - last.bytes) * 1000) / (now - last.time);
                speed = speed ? speed * 0.7 + instant * 0.3 : instant;
              }
              return { sent, total, speed };
            });
          },
          onResume: (offset) => patch(item.key, { resumedFrom: offset }),
          onSuccess: (uploadId) => {
            handles.current.delete(item.key);
            patch(item.key, (current) => ({ status: 'done', uploadId, sent: current.total, speed: 0 }));
            doneRef.current?.({ ...item, status: 'done', uploadId, sent: item.total });
          },
          onError: (problem) => {
            handles.current.delete(item.key);
            const message =
              problem.message ||
              (problem.code === 'NETWORK' ? t('studio.upload.network') : t('studio.upload.failed', { status: problem.status }));
            patch(item.key, { status: 'error', error: message, speed: 0 });
          },
        },
      });
      handles.current.set(item.key, handle);
      patch(item.key, { status: 'uploading', error: undefined });
      handle.start();
    },
    [me?.id, patch, t],
  );

  // The scheduler: keep PARALLEL uploads running while files wait.
  useEffect(() => {
    const running = items.filter((i) => i.status === 'uploading').length;
    const next = items.filter((i) => i.status === 'waiting').slice(0, Math.max(0, PARALLEL - running));
    next.forEach(begin);
  }, [items, begin]);

  // Leaving the page pauses everything (the server keeps what it has; picking the files again resumes).
  useEffect(() => {
    const current = handles.current;
    return () => current.forEach((handle) => handle.pause());
  }, []);

  const pause = useCallback(
    (key: string) => {
      handles.current.get(key)?.pause();
      patch(key, { status: 'paused', speed: 0 });
    },
    [patch],
  );

  const resume = useCallback(
    (key: string) => {
      const handle = handles.current.get(key);
      if (handle) {
        patch(key, { status: 'uploading', error: undefined });
        handle.start();
      } else {
        started.current.delete(key);
        patch(key, { status: 'waiting', error: undefined });
      }
    },
    [patch],
  );

  const cancel = useCallback((key: string) => {
    const handle = handles.current.get(key);
    handles.current.delete(key);
    samples.current.delete(key);
    if (handle) void handle.cancel();
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  /** Upload the same file again (the first upload was consumed, e.g. by a refused create). */
  const again = useCallback(
    (key: string) => {
      handles.current.delete(key);
      started.current.delete(key);
      patch(key, { status: 'waiting', sent: 0, speed: 0, uploadId: undefined, error: undefined, resumedFrom: undefined });
    },
    [patch],
  );

  const clear = useCallback(() => {
    handles.current.forEach((handle) => void handle.cancel());
    handles.current.clear();
    samples.current.clear();
    setItems([]);
  }, []);

  const summary = useMemo(() => {
    const active = items.filter((i) => i.status !== 'refused');
    return {
      total: items.length,
      done: items.filter((i) => i.status === 'done').length,
      busy: items.some((i) => i.status === 'uploading' || i.status === 'waiting'),
      failed: items.filter((i) => i.status === 'error' || i.status === 'refused').length,
      bytes: active.reduce((n, i) => n + i.total, 0),
      sent: active.reduce((n, i) => n + i.sent, 0),
    };
  }, [items]);

  return { items, add, pause, resume, cancel, again, clear, summary };
}
