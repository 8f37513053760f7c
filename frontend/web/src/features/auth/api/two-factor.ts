import { twoFactorEnrolConfirmMutation, twoFactorEnrolStartMutation, twoFactorVerifyMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';

export const useTwoFactorEnrolStart = () => useApiMutation(twoFactorEnrolStartMutation, (r) => r.twoFactorEnrolStart);

export const useTwoFactorEnrolConfirm = () =>
  useApiMutation(twoFactorEnrolConfirmMutation, (r) => r.twoFactorEnrolConfirm);

export const useTwoFactorVerify = () => useApiMutation(twoFactorVerifyMutation, (r) => r.twoFactorVerify);
