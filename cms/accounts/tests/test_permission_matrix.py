"""Every administrator role × every administrative action: allowed or refused (O1, O2, S 三权分立)."""

import pytest
from django.contrib.auth.models import Group, Permission

from cms.accounts.models import LibraryRole
from cms.accounts.permissions import Action, can, permission_codename
from cms.accounts.roles import ROLE_GROUP_NAMES, PlatformRole, Role
from cms.accounts.services import platform_role_set, role_grant, role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

A = Action
SYSTEM = {A.USER_MANAGE, A.SETTINGS_CHANGE, A.BACKUP_RUN, A.ORGANISATION_MANAGE}
SECURITY = {A.ROLE_PERMISSIONS_EDIT, A.ROLE_ASSIGN, A.POLICY_EDIT}
AUDIT = {A.AUDIT_READ, A.AUDIT_EXPORT}
ORG_ADMIN = {
    A.ORGANISATION_MANAGE,
    A.ROLE_ASSIGN,
    A.TASK_REPORT,
    A.ROSTER_IMPORT,
    A.REALNAME_DECIDE,
    A.PERSONAL_DATA_VIEW,
}
HOST_ADMIN = ORG_ADMIN | {A.ORGANISATION_INVITE, A.TASK_ASSIGN}


@pytest.fixture
def world():
    role_groups_ensure()
    host = OrganisationFactory(library_role=LibraryRole.HOST, host_slot=1)
    school = OrganisationFactory(parent=host)
    department = OrganisationFactory(parent=school)
    elsewhere = OrganisationFactory()

    def platform(role):
        return platform_role_set(user=UserFactory(), role=role)

    def org_admin(organisation):
        user = UserFactory()
        role_grant(user=user, role=Role.ORGANISATION_ADMIN, organisation=organisation)
        return user

    teacher = UserFactory()
    role_grant(user=teacher, role=Role.TEACHER, organisation=school)
    return {
        "orgs": {"host": host, "school": school, "department": department, "elsewhere": elsewhere},
        "users": {
            "system": platform(PlatformRole.SYSTEM_ADMIN),
            "security": platform(PlatformRole.SECURITY_ADMIN),
            "audit": platform(PlatformRole.AUDIT_ADMIN),
            "host_admin": org_admin(host),
            "school_admin": org_admin(school),
            "teacher": teacher,
        },
    }


# role → organisation → allowed actions (None: the platform-wide form of the action)
EXPECTED = {
    "system": {None: SYSTEM, "host": SYSTEM, "school": SYSTEM, "department": SYSTEM, "elsewhere": SYSTEM},
    "security": {None: SECURITY, "host": SECURITY, "school": SECURITY, "department": SECURITY, "elsewhere": SECURITY},
    "audit": {None: AUDIT, "host": AUDIT, "school": AUDIT, "department": AUDIT, "elsewhere": AUDIT},
    "host_admin": {None: set(), "host": HOST_ADMIN, "school": HOST_ADMIN, "department": HOST_ADMIN, "elsewhere": set()},
    "school_admin": {None: set(), "host": set(), "school": ORG_ADMIN, "department": ORG_ADMIN, "elsewhere": set()},
    "teacher": {None: set(), "host": set(), "school": set(), "department": set(), "elsewhere": set()},
}


@pytest.mark.parametrize("role", list(EXPECTED))
@pytest.mark.parametrize("where", [None, "host", "school", "department", "elsewhere"])
def test_matrix(world, role, where):
    user = world["users"][role]
    organisation = world["orgs"][where] if where else None
    allowed = {action for action in Action if can(user, action, organisation)}
    assert allowed == EXPECTED[role][where]


def test_the_security_administrator_edits_the_mapping_in_groups(world):
    # given the audit group loses "read the audit log"
    auditor = world["users"]["audit"]
    group = Group.objects.get(name=ROLE_GROUP_NAMES[PlatformRole.AUDIT_ADMIN])
    group.permissions.remove(Permission.objects.get(codename=permission_codename(A.AUDIT_READ)))
    auditor = type(auditor).objects.get(pk=auditor.pk)  # fresh permission cache
    # then it is refused, export still allowed
    assert not can(auditor, A.AUDIT_READ)
    assert can(auditor, A.AUDIT_EXPORT)


def test_separation_of_duties_survives_a_careless_mapping(world):
    # given someone grants user management to the audit administrators' group
    group = Group.objects.get(name=ROLE_GROUP_NAMES[PlatformRole.AUDIT_ADMIN])
    group.permissions.add(Permission.objects.get(codename=permission_codename(A.USER_MANAGE)))
    auditor = type(world["users"]["audit"]).objects.get(pk=world["users"]["audit"].pk)
    # then the audit administrator still cannot manage users
    assert not can(auditor, A.USER_MANAGE)


def test_disabled_accounts_can_do_nothing(world):
    system = world["users"]["system"]
    system.is_active = False
    system.save()
    assert not any(can(system, action) for action in Action)


def test_one_person_holds_at_most_one_platform_role(world):
    user = world["users"]["system"]
    platform_role_set(user=user, role=PlatformRole.AUDIT_ADMIN)
    user = type(user).objects.get(pk=user.pk)
    assert {action for action in Action if can(user, action)} == AUDIT
