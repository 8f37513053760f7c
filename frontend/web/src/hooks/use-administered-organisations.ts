import { administeredOrganisationsQuery, type ManagedOrganisationFieldsFragment } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';

export type ManagedOrganisation = ManagedOrganisationFieldsFragment;

/** Organisations the signed-in person administers, in tree order (all of them for platform administrators). */
export function useAdministeredOrganisations() {
  const query = useAdminQuery('administered-organisations', administeredOrganisationsQuery, {});
  return { ...query, organisations: query.data?.administeredOrganisations ?? [] };
}
