import type { ReactNode } from 'react';
import { FeedbackContext, useFeedbackState } from '../hooks/use-builder-feedback';

/** Holds the refusals of the builder's actions, each shown where its action was tried (ActionProblem). */
export function BuilderFeedbackProvider({ children }: { children: ReactNode }) {
  return <FeedbackContext.Provider value={useFeedbackState()}>{children}</FeedbackContext.Provider>;
}
