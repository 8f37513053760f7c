import { roleAssignMutation, roleRevokeMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** Give a person (by account name, phone number or email) a role in an organisation. */
export function useRoleAssign() {
  return useApiMutation(roleAssignMutation, (result) => result.roleAssign);
}

/** Take that role from them again. */
export function useRoleRevoke() {
  return useApiMutation(roleRevokeMutation, (result) => result.roleRevoke);
}
