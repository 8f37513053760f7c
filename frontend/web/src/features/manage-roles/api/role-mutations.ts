import { personalDataViewMutation, roleAssignMutation, roleRevokeMutation } from '@zyk/shared';
import { useInvalidateAdmin } from '@/hooks/use-admin-query';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** Refetch the role holders (and every other console read) once the change is done. */
function useRefreshOnSuccess() {
  const invalidate = useInvalidateAdmin();
  return { onSuccess: () => void invalidate() };
}

/** Give a person (by account name, phone number or email, or by user id) a role in an organisation. */
export function useRoleAssign() {
  return useApiMutation(roleAssignMutation, (result) => result.roleAssign, useRefreshOnSuccess());
}

/** Take that role from them again. */
export function useRoleRevoke() {
  return useApiMutation(roleRevokeMutation, (result) => result.roleRevoke, useRefreshOnSuccess());
}

/**
 * One member's unmasked phone and real name. Each call is written to the audit log, so it is made
 * only when the administrator asks for it, and the answer is never cached.
 */
export function usePersonalDataView() {
  return useApiMutation(personalDataViewMutation, (result) => result.personalDataView);
}
