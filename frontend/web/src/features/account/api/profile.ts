import { useQueryClient } from '@tanstack/react-query';
import {
  contactChangeConfirmMutation,
  contactChangeStartMutation,
  logoutEverywhereMutation,
  passwordChangeMutation,
  profileUpdateMutation,
  sessionRevokeMutation,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useSessionCache } from '@/hooks/use-me';

/** Title, and the real name until it is verified. */
export function useProfileUpdate() {
  const session = useSessionCache();
  return useApiMutation(profileUpdateMutation, (r) => r.profileUpdate, { onSuccess: (p) => session.updated(p.me) });
}

/** Every other session and token of the person ends. */
export function usePasswordChange() {
  const client = useQueryClient();
  return useApiMutation(passwordChangeMutation, (r) => r.passwordChange, {
    onSuccess: () => void client.invalidateQueries({ queryKey: ['my-sessions'] }),
  });
}

/** Sends a code to the new phone number or email address (needs the current password). */
export const useContactChangeStart = () => useApiMutation(contactChangeStartMutation, (r) => r.contactChangeStart);

export function useContactChangeConfirm() {
  const session = useSessionCache();
  return useApiMutation(contactChangeConfirmMutation, (r) => r.contactChangeConfirm, {
    onSuccess: (p) => session.updated(p.me),
  });
}

export function useSessionRevoke() {
  const client = useQueryClient();
  return useApiMutation(sessionRevokeMutation, (r) => r.sessionRevoke, {
    onSuccess: () => void client.invalidateQueries({ queryKey: ['my-sessions'] }),
  });
}

/** Ends every session, this one included: the person is logged out here too. */
export function useLogoutEverywhere() {
  const session = useSessionCache();
  return useApiMutation(logoutEverywhereMutation, (r) => r.logoutEverywhere, { onSuccess: () => session.signedOut() });
}
