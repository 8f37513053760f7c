import { GuestOnly } from '@/features/auth/components/guest-only';
import { LoginPanel } from '@/features/auth/components/login-panel';

/** `/login?next=…&wechat=bind|failed|unavailable` (O2). */
export function LoginRoute() {
  return (
    <GuestOnly>
      <LoginPanel />
    </GuestOnly>
  );
}
