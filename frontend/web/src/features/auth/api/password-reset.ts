import { passwordResetCompleteMutation, passwordResetStartMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';

export const usePasswordResetStart = () => useApiMutation(passwordResetStartMutation, (r) => r.passwordResetStart);

/** Sets the new password; also unlocks the account and ends all its sessions. */
export const usePasswordResetComplete = () =>
  useApiMutation(passwordResetCompleteMutation, (r) => r.passwordResetComplete);
