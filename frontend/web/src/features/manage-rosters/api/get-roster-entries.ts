import { rosterEntriesQuery, type RosterEntriesQuery } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';

export type RosterEntryRow = RosterEntriesQuery['rosterEntries']['items'][number];

export const ROSTER_PAGE_SIZE = 20;

/** One page of an organisation's roster (names masked unless one may see personal data). */
export function useRosterEntries(organisationId: string | undefined, search: string, page: number) {
  return useAdminQuery(
    'roster-entries',
    rosterEntriesQuery,
    { organisationId: organisationId ?? '', search, page, pageSize: ROSTER_PAGE_SIZE },
    { enabled: Boolean(organisationId) },
  );
}
