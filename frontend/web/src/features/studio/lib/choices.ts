import type { AudienceLevel, Licence, ResourceSource, ResourceType, Visibility } from '@zyk/shared';

/** Enum values in the order forms offer them (labels: `studio.enums.<name>.<VALUE>`). */
export const RESOURCE_TYPES: ResourceType[] = [
  'TEXT',
  'IMAGE',
  'ANIMATION',
  'VIDEO',
  'AUDIO',
  'DOCUMENT',
  'PRESENTATION',
  'SPREADSHEET',
  'SIMULATION',
  'LINK',
];
export const SOURCES: ResourceSource[] = ['ORIGINAL', 'ENTERPRISE_CASE', 'ADAPTED', 'THIRD_PARTY'];
export const LICENCES: Licence[] = [
  'ALL_RIGHTS_RESERVED',
  'CC_BY',
  'CC_BY_SA',
  'CC_BY_NC',
  'CC_BY_NC_SA',
  'CC_BY_ND',
  'CC_BY_NC_ND',
  'CC0',
];
export const AUDIENCES: AudienceLevel[] = ['SECONDARY', 'HIGHER', 'UNDERGRADUATE', 'ENTERPRISE', 'PUBLIC'];
export const VISIBILITIES: Visibility[] = ['PUBLIC', 'LOGGED_IN', 'ORGANISATION'];

/** Server error fields (snake_case) → the attribute form's field names. */
export const ATTRIBUTE_FIELDS: Record<string, string> = {
  title: 'title',
  type: 'type',
  resource_type: 'type',
  major_id: 'majorId',
  course_id: 'courseId',
  module_id: 'moduleId',
  knowledge_point_ids: 'knowledgePointIds',
  keywords: 'keywords',
  description: 'description',
  body: 'body',
  url: 'url',
  source: 'source',
  organisation_id: 'organisationId',
  rights_holder: 'rightsHolder',
  licence: 'licence',
  audience_level: 'audienceLevel',
  visibility: 'visibility',
  download_requires_login: 'downloadRequiresLogin',
  authors: 'authors',
};

/** "1.5 MB" — bytes for people (binary units, one decimal from KB up). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}
