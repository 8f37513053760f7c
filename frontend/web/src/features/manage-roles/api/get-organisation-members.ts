import { organisationMembersQuery, type OrganisationMembersQuery } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';

export type OrganisationMember = OrganisationMembersQuery['organisationMembers']['items'][number];

export const MEMBERS_PAGE_SIZE = 10;

/**
 * Who holds which role in one organisation, a page at a time, names and phones masked (its
 * administrators and the security administrator). `search`: an account name fragment, or a full
 * phone number or real name.
 */
export function useOrganisationMembers(organisationId: string | undefined, search: string, page: number, pageSize = MEMBERS_PAGE_SIZE) {
  return useAdminQuery(
    'organisation-members',
    organisationMembersQuery,
    { organisationId: organisationId ?? '', search: search || null, limit: pageSize, offset: (page - 1) * pageSize },
    { enabled: Boolean(organisationId) },
  );
}
