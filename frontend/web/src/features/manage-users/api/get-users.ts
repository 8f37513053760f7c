import { managedUsersQuery, type ManagedUserFieldsFragment } from '@zyk/shared';
import { useAdminQuery } from '@/hooks/use-admin-query';

export type ManagedUser = ManagedUserFieldsFragment;

export const USERS_PAGE_SIZE = 20;

/**
 * One page of accounts, newest first, personal data masked (system administrator, two-factor verified).
 * `search`: an account name or email fragment, or an exact full phone number or real name.
 */
export function useManagedUsers(search: string, page: number, pageSize = USERS_PAGE_SIZE) {
  return useAdminQuery('users', managedUsersQuery, {
    search: search || null,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}
