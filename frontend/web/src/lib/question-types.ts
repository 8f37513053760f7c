import type { QuestionType } from '@zyk/shared';

/**
 * The ten item types of the question bank in the order the SPA offers and lists them (issue 7: C4), one list
 * for the bank's editor and filters, the coverage matrix and the paper editor (cms/questions/content.py QuestionType).
 */
export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE',
  'MULTIPLE',
  'TRUE_FALSE',
  'FILL_BLANK',
  'SHORT_ANSWER',
  'ESSAY',
  'MATCHING',
  'ORDERING',
  'CASE',
  'PRACTICAL',
];
