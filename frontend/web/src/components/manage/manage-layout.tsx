import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { RequireLogin } from '@/components/require-login';
import { manageSections, managePath, type ManageSection } from '@/lib/manage-sections';
import type { Me } from '@/hooks/use-me';
import { useManageContext, type ManageContext } from './manage-context';
import { ManageNav } from './manage-nav';
import { NoAccess } from './manage-problem';
import '@/styles/manage.css';

function ManageFrame({ me }: { me: Me }) {
  const location = useLocation();
  const sections = manageSections(me);
  if (!sections.length) {
    return (
      <div className="zyk-container zyk-state">
        <NoAccess />
      </div>
    );
  }
  // `/manage` itself: the first section the person may use.
  if (/^\/manage\/?$/.test(location.pathname)) return <Navigate to={managePath(sections[0])} replace />;
  const context: ManageContext = { me, sections };
  return (
    <div className="zyk-container zyk-manage" data-testid="manage-page">
      <ManageNav sections={sections} />
      <div className="zyk-manage__content">
        <Outlet context={context} />
      </div>
    </div>
  );
}

/**
 * `/manage/*`: the management console (管理中心). Logged-out visitors go to /login, administrators whose
 * session has not passed two-factor login to /two-factor, both with `?next=` back here.
 */
export function ManageLayout() {
  return <RequireLogin>{(me) => <ManageFrame me={me} />}</RequireLogin>;
}

/** A console page for one section: shown only to those whose duties include it. */
export function ManageSectionGate({ section, children }: { section: ManageSection; children: ReactNode }) {
  const { sections } = useManageContext();
  if (!sections.includes(section)) return <NoAccess />;
  return <>{children}</>;
}
