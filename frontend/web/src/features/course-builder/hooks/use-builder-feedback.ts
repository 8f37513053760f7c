import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/graphql-client';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

/**
 * Where a refusal is shown: next to the action that was refused (a module, a unit, an item, a library
 * row, the publish bar). Each place shows its latest problem until the next try there succeeds.
 */
export type Scope = string;

export interface Feedback {
  problems: ReadonlyMap<Scope, MutationProblem>;
  /** Runs `action`; a refusal or failure becomes the scope's problem (and is swallowed), success clears it. */
  run: <T>(scope: Scope, action: () => Promise<T>) => Promise<T | undefined>;
  clear: (scope: Scope) => void;
}

export const FeedbackContext = createContext<Feedback | null>(null);

/** The server's translated reasons of a refusal, or the request's own failure. */
export function toProblem(error: unknown, fallback: string): MutationProblem {
  if (error instanceof MutationFailed)
    return { code: error.code, message: error.problems.map((p) => p.message).join(' '), field: error.problems[0].field };
  if (error instanceof ApiError) return { code: String(error.code), message: error.message || fallback };
  return { code: 'INTERNAL', message: error instanceof Error && error.message ? error.message : fallback };
}

/** The state behind BuilderFeedbackProvider. */
export function useFeedbackState(): Feedback {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ReadonlyMap<Scope, MutationProblem>>(new Map());

  const set = useCallback((scope: Scope, problem: MutationProblem | null) => {
    setProblems((current) => {
      if (!problem && !current.has(scope)) return current;
      const next = new Map(current);
      if (problem) next.set(scope, problem);
      else next.delete(scope);
      return next;
    });
  }, []);

  const run = useCallback(
    async <T,>(scope: Scope, action: () => Promise<T>): Promise<T | undefined> => {
      set(scope, null);
      try {
        return await action();
      } catch (error) {
        set(scope, toProblem(error, t('errors.unknown')));
        return undefined;
      }
    },
    [set, t],
  );
  const clear = useCallback((scope: Scope) => set(scope, null), [set]);
  return useMemo(() => ({ problems, run, clear }), [problems, run, clear]);
}

export function useBuilderFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useBuilderFeedback needs a BuilderFeedbackProvider');
  return feedback;
}
