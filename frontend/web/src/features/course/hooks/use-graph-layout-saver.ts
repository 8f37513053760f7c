import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledgeGraphLayoutSave } from '../api/knowledge-graph';
import type { PointPosition } from '../utils/point-graph';

export type LayoutSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** The server takes at most this many positions a call. */
const BATCH = 100;

/**
 * Positions dragged in the graph editor, saved together once dragging pauses (`delay` ms) through
 * knowledgeGraphLayoutSave. `moved` keeps them on screen meanwhile (and after a refusal, which is
 * shown with a retry); a page left with unsaved positions still sends them.
 */
export function useGraphLayoutSaver(courseId: string, delay = 800) {
  const { t } = useTranslation();
  const { mutateAsync } = useKnowledgeGraphLayoutSave(courseId);
  const [moved, setMoved] = useState<ReadonlyMap<string, PointPosition>>(() => new Map());
  const [state, setState] = useState<LayoutSaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef(new Map<string, PointPosition>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const batch = [...pending.current];
    pending.current = new Map();
    if (!batch.length) return;
    if (mounted.current) setState('saving');
    try {
      for (let start = 0; start < batch.length; start += BATCH) {
        const positions = batch.slice(start, start + BATCH).map(([pointId, p]) => ({ pointId, x: p.x, y: p.y }));
        await mutateAsync({ courseId, positions });
      }
      if (!mounted.current) return;
      setProblem(null);
      setState(pending.current.size ? 'pending' : 'saved');
    } catch (error) {
      // Keep what was not stored for a retry, unless a newer drag of the same point replaced it.
      for (const [id, position] of batch) if (!pending.current.has(id)) pending.current.set(id, position);
      if (!mounted.current) return;
      setProblem(error instanceof Error && error.message ? error.message : t('errors.unknown'));
      setState('error');
    }
  }, [courseId, mutateAsync, t]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const move = useCallback(
    (positions: ReadonlyMap<string, PointPosition>) => {
      setMoved((previous) => new Map([...previous, ...positions]));
      for (const [id, position] of positions) pending.current.set(id, position);
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), delay);
    },
    [delay],
  );

  /** A removed point: nothing to keep or send for it any more. */
  const forget = useCallback((id: string) => {
    pending.current.delete(id);
    setMoved((previous) => {
      if (!previous.has(id)) return previous;
      const next = new Map(previous);
      next.delete(id);
      return next;
    });
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (pending.current.size) void flushRef.current();
    };
  }, []);

  const retry = useCallback(() => void flushRef.current(), []);
  return { moved, move, forget, state, problem, retry };
}
