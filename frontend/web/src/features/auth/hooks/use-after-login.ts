import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useSessionCache, type Me } from '@/hooks/use-me';
import { isServerPath, loginPath, safeNextPath } from '@/lib/next-path';

/** Where to go after the flow: the sanitised `?next=`, else `fallback`. */
export function useNextPath(fallback = '/'): string {
  const [params] = useSearchParams();
  return safeNextPath(params.get('next'), fallback);
}

/** Goes to a same-origin path: inside the SPA, or by a full page load for pages Django serves (/admin/). */
export function useGoTo() {
  const navigate = useNavigate();
  return useCallback(
    (path: string) => {
      if (isServerPath(path)) window.location.assign(path);
      else void navigate(path, { replace: true });
    },
    [navigate],
  );
}

/**
 * After a successful login or registration: remember the person, then either the two-factor step
 * (administrators) or the `next` page.
 */
export function useAfterLogin(fallback = '/') {
  const session = useSessionCache();
  const next = useNextPath(fallback);
  const goTo = useGoTo();
  const navigate = useNavigate();
  return useCallback(
    ({ me, twoFactorRequired }: { me: Me | null; twoFactorRequired?: boolean | null }) => {
      session.signedIn(me);
      if (twoFactorRequired || (me?.twoFactor.required && !me.twoFactor.verified)) {
        void navigate(loginPath(next, '/two-factor'), { replace: true });
      } else {
        goTo(next);
      }
    },
    [session, next, goTo, navigate],
  );
}
