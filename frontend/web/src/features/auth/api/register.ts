import { registerStartMutation, registerVerifyMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** Parks an inactive account with the password and sends the code. */
export const useRegisterStart = () => useApiMutation(registerStartMutation, (r) => r.registerStart);

/** Confirms the code: the account becomes active and this browser is logged in. */
export const useRegisterVerify = () => useApiMutation(registerVerifyMutation, (r) => r.registerVerify);
