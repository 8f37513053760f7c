import { loginCodeSendMutation, loginWithPasswordMutation, loginWithSmsCodeMutation } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** Account name, phone or email + password. Five failures lock the account for 30 minutes. */
export const useLoginWithPassword = () => useApiMutation(loginWithPasswordMutation, (r) => r.loginWithPassword);

/** Sends an SMS login code (the answer is the same whether or not the number has an account). */
export const useLoginCodeSend = () => useApiMutation(loginCodeSendMutation, (r) => r.loginCodeSend);

export const useLoginWithSmsCode = () => useApiMutation(loginWithSmsCodeMutation, (r) => r.loginWithSmsCode);
