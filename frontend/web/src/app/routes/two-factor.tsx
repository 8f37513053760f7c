import { TwoFactorPanel } from '@/features/auth/components/two-factor-panel';

/** `/two-factor?next=…`: administrators' TOTP step, set up on first use (O2, S). */
export function TwoFactorRoute() {
  return <TwoFactorPanel />;
}
