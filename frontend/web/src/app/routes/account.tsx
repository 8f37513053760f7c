import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { ACCOUNT_TABS, AccountPage, type AccountTab } from '@/features/account/components/account-page';

const isTab = (value: string): value is AccountTab => (ACCOUNT_TABS as readonly string[]).includes(value);

/** `/me` and `/me/:tab`: the personal space (O3); logged-out visitors are sent to log in first. */
export function AccountRoute() {
  const { tab = 'profile' } = useParams();
  if (!isTab(tab)) return <NotFoundView />;
  return <RequireLogin>{(me) => <AccountPage me={me} tab={tab} />}</RequireLogin>;
}
