import { NotFoundView } from '@/components/feedback/not-found-view';

/** Every path no other route matches. */
export function NotFoundRoute() {
  return <NotFoundView />;
}
