import { GuestOnly } from '@/features/auth/components/guest-only';
import { RegisterPanel } from '@/features/auth/components/register-panel';

/** `/register?next=…` and the email link `/register?email=…&code=…` (O2). */
export function RegisterRoute() {
  return (
    <GuestOnly fallback="/me">
      <RegisterPanel />
    </GuestOnly>
  );
}
