import { useEffect, type ReactNode } from 'react';
import { useMe } from '@/hooks/use-me';
import { loginPath } from '@/lib/next-path';
import { useGoTo, useNextPath } from '../hooks/use-after-login';

/**
 * Login and registration pages for someone already logged in: straight on to `?next=` (or the
 * two-factor step an administrator still owes).
 */
export function GuestOnly({ children, fallback = '/' }: { children: ReactNode; fallback?: string }) {
  const { me } = useMe();
  const next = useNextPath(fallback);
  const goTo = useGoTo();
  const target = me ? (me.twoFactor.required && !me.twoFactor.verified ? loginPath(next, '/two-factor') : next) : null;
  useEffect(() => {
    if (target) goTo(target);
  }, [target, goTo]);
  return target ? null : children;
}
