import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useMe, type Me } from '@/hooks/use-me';
import { loginPath } from '@/lib/next-path';

/**
 * Pages for the signed-in person only: anonymous visitors go to /login (and come back here after),
 * administrators who still owe the two-factor step go there first.
 */
export function RequireLogin({ children }: { children: (me: Me) => ReactNode }) {
  const { me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  const here = location.pathname + location.search + location.hash;
  if (isPending) return <PageSkeleton cards={2} />;
  if (isError && !me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) return <Navigate to={loginPath(here)} replace />;
  if (me.twoFactor.required && !me.twoFactor.verified) return <Navigate to={loginPath(here, '/two-factor')} replace />;
  return <>{children(me)}</>;
}
