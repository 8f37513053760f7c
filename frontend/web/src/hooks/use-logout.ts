import { logoutMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useSessionCache } from '@/hooks/use-me';

/** Ends this browser session; the personal data in the cache goes with it, whatever the answer. */
export function useLogout() {
  const session = useSessionCache();
  return useApiMutation(logoutMutation, (result) => result.logout, { onSettled: () => session.signedOut() });
}
