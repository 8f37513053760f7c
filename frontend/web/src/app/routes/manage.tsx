import { useTranslation } from 'react-i18next';
import { ManageSectionGate } from '@/components/manage/manage-layout';
import { AuditPage } from '@/features/manage-audit/components/audit-page';
import { ConstructionBoard } from '@/features/manage-organisations/components/construction-board';
import { InvitationAcceptPage } from '@/features/manage-organisations/components/invitation-accept-page';
import { RolesPage } from '@/features/manage-roles/components/roles-page';
import { RostersPage } from '@/features/manage-rosters/components/rosters-page';
import { UsersPage } from '@/features/manage-users/components/users-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { ManageSection } from '@/lib/manage-sections';

function useManageTitle(section: ManageSection) {
  const { t } = useTranslation();
  useDocumentTitle(`${t(`manage.nav.${section}`)} · ${t('manage.title')} · ${t('app.libraryName')}`);
}

/** `/manage/organisations`: construction board, invitations, sub-organisations, tasks (O1). */
export function ManageOrganisationsRoute() {
  useManageTitle('organisations');
  return (
    <ManageSectionGate section="organisations">
      <ConstructionBoard />
    </ManageSectionGate>
  );
}

/** `/manage/rosters`: real-name rosters and disputed claims (O2). */
export function ManageRostersRoute() {
  useManageTitle('rosters');
  return (
    <ManageSectionGate section="rosters">
      <RostersPage />
    </ManageSectionGate>
  );
}

/** `/manage/roles`: an organisation's role holders; giving and taking organisational roles (O2). */
export function ManageRolesRoute() {
  useManageTitle('roles');
  return (
    <ManageSectionGate section="roles">
      <RolesPage />
    </ManageSectionGate>
  );
}

/** `/manage/users`: the system administrator disables, enables and unlocks accounts, resets two-factor (O2, S). */
export function ManageUsersRoute() {
  useManageTitle('users');
  return (
    <ManageSectionGate section="users">
      <UsersPage />
    </ManageSectionGate>
  );
}

/** `/manage/audit`: the audit trail and its CSV export (S). */
export function ManageAuditRoute() {
  useManageTitle('audit');
  return (
    <ManageSectionGate section="audit">
      <AuditPage />
    </ManageSectionGate>
  );
}

/** `/invitations/accept?token=…`: accepting a host's emailed invitation (O1). */
export function InvitationAcceptRoute() {
  return <InvitationAcceptPage />;
}
