import type { AudienceLevel, Licence, ResourceInput, ResourceSource, ResourceType, Visibility } from '@zyk/shared';

export interface AuthorValue {
  name?: string;
  organisationName?: string;
}

/** What the attribute forms hold (every field optional: the batch edit sends only what was filled in). */
export interface AttributeValues {
  title?: string;
  type?: ResourceType;
  organisationId?: string;
  majorId?: string;
  courseId?: string;
  moduleId?: string;
  knowledgePointIds?: string[];
  keywords?: string[];
  description?: string;
  body?: string;
  url?: string;
  source?: ResourceSource;
  licence?: Licence;
  audienceLevel?: AudienceLevel;
  visibility?: Visibility;
  downloadRequiresLogin?: boolean;
  rightsHolder?: string;
  authors?: AuthorValue[];
}

const TEXT_KEYS = ['title', 'description', 'body', 'url', 'rightsHolder'] as const;
const CHOICE_KEYS = ['type', 'organisationId', 'majorId', 'source', 'licence', 'audienceLevel', 'visibility'] as const;

/**
 * Form values → ResourceInput. `complete` (create and edit forms): every field is sent, an empty course
 * or module as "" (which clears it). Otherwise (batch defaults, batch edit): only what was filled in.
 */
export function toResourceInput(values: AttributeValues, { complete }: { complete: boolean }): ResourceInput {
  const input: ResourceInput = {};
  for (const key of TEXT_KEYS) {
    const value = values[key];
    if (value !== undefined && (complete || value.trim() !== '')) input[key] = key === 'body' ? value : value.trim();
  }
  for (const key of CHOICE_KEYS) {
    const value = values[key];
    if (value) (input as Record<string, unknown>)[key] = value;
  }
  if (values.courseId) input.courseId = values.courseId;
  else if (complete && 'courseId' in values) input.courseId = '';
  if (values.moduleId) input.moduleId = values.moduleId;
  else if (complete && 'moduleId' in values) input.moduleId = '';
  if (values.knowledgePointIds && (complete || values.knowledgePointIds.length)) input.knowledgePointIds = values.knowledgePointIds;
  const keywords = (values.keywords ?? []).map((k) => k.trim()).filter(Boolean);
  if (values.keywords && (complete || keywords.length)) input.keywords = keywords;
  if (values.downloadRequiresLogin !== undefined && values.downloadRequiresLogin !== null) {
    input.downloadRequiresLogin = values.downloadRequiresLogin;
  }
  const authors = (values.authors ?? [])
    .filter((a) => a?.name?.trim())
    .map((a) => ({ name: (a.name ?? '').trim(), organisationName: (a.organisationName ?? '').trim() }));
  if (values.authors && (complete || authors.length)) input.authors = authors;
  return input;
}
