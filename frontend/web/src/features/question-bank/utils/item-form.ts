import type { QuestionInput, QuestionSource, QuestionType } from '@zyk/shared';
import { QUESTION_TYPES } from '@/lib/question-types';
import type { BankItem, BankPart } from '../api/question-bank';

export const SUB_QUESTION_TYPES = QUESTION_TYPES.filter((type) => type !== 'CASE');
export const QUESTION_SOURCES: QuestionSource[] = ['ORIGINAL', 'ENTERPRISE_CASE', 'ADAPTED', 'CERTIFICATE', 'IMPORTED'];
export const PARTIAL_RULES = ['none', 'half', 'proportional'] as const;
export const SUBMISSION_KINDS = ['file', 'photo', 'video', 'text'] as const;
export type PartialRule = (typeof PARTIAL_RULES)[number];

export interface Keyed {
  key: string;
  text: string;
}
export interface Blank {
  answers: string[];
  ignore_case: boolean;
  ignore_spaces: boolean;
  ignore_width: boolean;
}
export interface RubricRow {
  criterion: string;
  points: number;
}
/** A file handed to the learner with a practical task (uploaded to `/questions/attachments/…`). */
export interface Attachment {
  name: string;
  url: string;
}
export const MAX_ATTACHMENTS = 10;

/** The answer key in the server's shape (content.py); each type reads its own fields. */
export interface Content {
  options?: Keyed[];
  answer?: string | string[] | boolean | Record<string, string> | null;
  partial?: PartialRule;
  blanks?: Blank[];
  any_order?: boolean;
  left?: Keyed[];
  right?: Keyed[];
  items?: Keyed[];
  instructions?: string;
  submission?: string[];
  rubric?: RubricRow[];
  attachments?: Attachment[];
}

/** What the editor holds for one item (a case's parts nest). `uid` keys React lists only. */
export interface ItemDraft {
  uid: string;
  questionType: QuestionType;
  stem: string;
  content: Content;
  referenceAnswer: string;
  explanation: string;
  difficulty: number;
  score: number;
  knowledgePointIds: string[];
  moduleId: string | null;
  tags: string[];
  source: QuestionSource;
  subQuestions: ItemDraft[];
}

let counter = 0;
export const newUid = () => `d${(counter += 1)}`;

export const letter = (index: number) => String.fromCharCode(65 + index);

const keyed = (count: number, prefix = ''): Keyed[] => Array.from({ length: count }, (_, i) => ({ key: prefix ? `${prefix}${i + 1}` : letter(i), text: '' }));

export const newBlank = (): Blank => ({ answers: [''], ignore_case: true, ignore_spaces: true, ignore_width: true });

/** A fresh answer key of `type` (the shape content_clean expects, left empty for the teacher to fill). */
export function defaultContent(type: QuestionType): Content {
  switch (type) {
    case 'SINGLE':
      return { options: keyed(4), answer: null };
    case 'MULTIPLE':
      return { options: keyed(4), answer: [], partial: 'half' };
    case 'TRUE_FALSE':
      return { answer: null };
    case 'FILL_BLANK':
      return { blanks: [newBlank()], any_order: false, partial: 'proportional' };
    case 'MATCHING':
      return { left: keyed(3, 'L'), right: keyed(3), answer: {}, partial: 'proportional' };
    case 'ORDERING': {
      const items = keyed(3);
      return { items, answer: items.map((i) => i.key), partial: 'none' };
    }
    case 'PRACTICAL':
      return { instructions: '', submission: ['file'], rubric: [{ criterion: '', points: 10 }] };
    default:
      return {};
  }
}

export function newDraft(type: QuestionType = 'SINGLE'): ItemDraft {
  return {
    uid: newUid(),
    questionType: type,
    stem: '',
    content: defaultContent(type),
    referenceAnswer: '',
    explanation: '',
    difficulty: 3,
    score: type === 'CASE' ? 0 : 2,
    knowledgePointIds: [],
    moduleId: null,
    tags: [],
    source: 'ORIGINAL',
    subQuestions: type === 'CASE' ? [newDraft('SINGLE')] : [],
  };
}

/** Change the type, keeping what both types share (stem, texts, metadata). */
export function withType(draft: ItemDraft, type: QuestionType): ItemDraft {
  if (draft.questionType === type) return draft;
  const sameChoice = ['SINGLE', 'MULTIPLE'].includes(type) && ['SINGLE', 'MULTIPLE'].includes(draft.questionType);
  let content = defaultContent(type);
  if (sameChoice) {
    const answer = draft.content.answer;
    const keys = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
    content = type === 'SINGLE' ? { options: draft.content.options, answer: keys[0] ?? null } : { options: draft.content.options, answer: keys, partial: 'half' };
  }
  return {
    ...draft,
    questionType: type,
    content,
    subQuestions: type === 'CASE' ? (draft.subQuestions.length ? draft.subQuestions : [newDraft('SINGLE')]) : [],
  };
}

function fromPart(part: BankPart, subs: BankPart[] = []): ItemDraft {
  return {
    uid: newUid(),
    questionType: part.questionType,
    stem: part.stem,
    content: (part.content ?? {}) as Content,
    referenceAnswer: part.referenceAnswer,
    explanation: part.explanation,
    difficulty: part.difficulty,
    score: part.score,
    knowledgePointIds: part.knowledgePoints.map((p) => p.id),
    moduleId: part.module?.id ?? null,
    tags: [...part.tags],
    source: part.source,
    subQuestions: subs.map((sub) => fromPart(sub)),
  };
}

export const draftFromItem = (item: BankItem): ItemDraft => fromPart(item, item.subQuestions);

/** The part of the answer key the server reads for this type (nothing else is sent). */
export function contentFor(draft: ItemDraft): Content {
  const c = draft.content;
  switch (draft.questionType) {
    case 'SINGLE':
      return { options: c.options, answer: c.answer ?? null };
    case 'MULTIPLE':
      return { options: c.options, answer: c.answer ?? [], partial: c.partial };
    case 'TRUE_FALSE':
      return { answer: c.answer ?? null };
    case 'FILL_BLANK':
      return { blanks: c.blanks, any_order: c.any_order, partial: c.partial };
    case 'MATCHING':
      return { left: c.left, right: c.right, answer: c.answer ?? {}, partial: c.partial };
    case 'ORDERING':
      return { items: c.items, answer: c.answer ?? [], partial: c.partial };
    case 'PRACTICAL':
      return { instructions: c.instructions, submission: c.submission, rubric: c.rubric, attachments: c.attachments ?? [] };
    default:
      return {};
  }
}

export function toInput(draft: ItemDraft): QuestionInput {
  return {
    questionType: draft.questionType,
    stem: draft.stem,
    content: contentFor(draft),
    referenceAnswer: draft.referenceAnswer,
    explanation: draft.explanation,
    difficulty: draft.difficulty,
    score: draft.score,
    knowledgePointIds: draft.knowledgePointIds,
    moduleId: draft.moduleId ?? '',
    tags: draft.tags,
    source: draft.source,
    subQuestions: draft.questionType === 'CASE' ? draft.subQuestions.map(toInput) : [],
  };
}

/** A case analysis scores the sum of its parts (the server computes the same). */
export const caseScore = (draft: ItemDraft) => draft.subQuestions.reduce((sum, sub) => sum + (Number(sub.score) || 0), 0);

/** The server's field names (camelCase, `subQuestions.1.content`) → errors of this item or of one part. */
export function errorsFor(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field.startsWith(prefix)) out[field.slice(prefix.length)] = message;
  }
  return out;
}

const PART = /\b(answer|options|blanks|left|right|items|rubric|partial|instructions|submission|attachments)(?:\[(\d+)\])?((?:\.[a-z_]+(?:\[\d+\])?)*): /;

/**
 * The server names the failing part of an answer key in code ("options[2].text: Text is missing."); say it in
 * words of the form ("选项 C：…"). `label(name, n)` translates `questionBank.part.<name>` with the 1-based n.
 */
export function describeContentError(message: string, label: (name: string, index: number | null) => string): string {
  const match = PART.exec(message);
  if (!match) return message;
  const index = match[2] === undefined ? null : Number(match[2]);
  return message.replace(match[0], `${label(match[1], index)}：`);
}
