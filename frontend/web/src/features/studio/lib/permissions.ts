import type { Me } from '@/hooks/use-me';

/**
 * Whether the API lets this person empty the recycle bin: the system administrator and organisation
 * administrators (cms.resources.permissions.can_purge). Others never see 彻底删除.
 */
export function canPurge(me: Me): boolean {
  return me.platformRole === 'SYSTEM_ADMIN' || me.roles.some((r) => r.role === 'ORGANISATION_ADMIN');
}
