import { ForgotPasswordPanel } from '@/features/auth/components/forgot-password-panel';

/** `/forgot-password` and the email link `/forgot-password?email=…&code=…` (O2). */
export function ForgotPasswordRoute() {
  return <ForgotPasswordPanel />;
}
