import { twoFactorResetMutation, userSetActiveMutation, userUnlockMutation } from '@zyk/shared';
import { useInvalidateAdmin } from '@/hooks/use-admin-query';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** After every attempt, done or refused, the list shows the accounts as the server now has them. */
function useRefreshAfter() {
  const invalidate = useInvalidateAdmin();
  return { onSettled: () => void invalidate() };
}

/** Disable an account (every session of it ends at once) or enable it again. */
export function useUserSetActive() {
  return useApiMutation(userSetActiveMutation, (result) => result.userSetActive, useRefreshAfter());
}

/** Lift a lockout after too many failed logins. */
export function useUserUnlock() {
  return useApiMutation(userUnlockMutation, (result) => result.userUnlock, useRefreshAfter());
}

/** Remove a person's authenticator (a lost phone): they enrol a new one at their next login. */
export function useTwoFactorReset() {
  return useApiMutation(twoFactorResetMutation, (result) => result.twoFactorReset, useRefreshAfter());
}
