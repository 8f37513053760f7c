import type { Me } from '@/hooks/use-me';
import type { FormOptions } from '../api/form-options';
import type { AttributeValues } from './resource-input';

const CREATOR_ROLES = new Set(['TEACHER', 'EDITOR']);

/** Where the person works as teacher or editor (their first such organisation), for the author line. */
export function creatorOrganisation(me: Me | null, options?: FormOptions) {
  const role = me?.roles.find((r) => CREATOR_ROLES.has(r.role) && r.organisation);
  if (role?.organisation) return role.organisation;
  return options?.organisations[0] ?? null;
}

/**
 * A new upload's attributes: the person's institution (when there is one choice, or their own), the only
 * major when there is one, the library's usual defaults, and the person as the first author.
 */
export function attributeDefaults(me: Me | null, options: FormOptions | undefined): AttributeValues {
  const own = creatorOrganisation(me, options);
  const organisations = options?.organisations ?? [];
  const organisationId =
    organisations.length === 1 ? organisations[0].id : organisations.find((o) => o.id === own?.id)?.id;
  return {
    organisationId,
    majorId: options?.majors.length === 1 ? options.majors[0].id : undefined,
    knowledgePointIds: [],
    keywords: [],
    source: 'ORIGINAL',
    licence: 'ALL_RIGHTS_RESERVED',
    audienceLevel: 'HIGHER',
    visibility: 'PUBLIC',
    downloadRequiresLogin: true,
    authors: me ? [{ name: me.displayName, organisationName: own?.name ?? '' }] : [],
  };
}
