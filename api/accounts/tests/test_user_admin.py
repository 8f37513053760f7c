"""System administrator's user management; audited personal-data views (O2, S)."""

import pytest
from django.utils import timezone

from api.accounts.tests.documents import LOGIN
from cms.accounts.models import LoginSession
from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import platform_role_set, role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
USERS = """
query($search: String) {
  users(search: $search) { totalCount items { username nameMasked phoneMasked lockedUntil } }
}"""
SET_ACTIVE = """
mutation($id: ID!, $active: Boolean!) {
  userSetActive(userId: $id, active: $active) { ok errors { code message } user { isActive } }
}"""
UNLOCK = "mutation($id: ID!) { userUnlock(userId: $id) { ok errors { code } user { lockedUntil } } }"
REVEAL = "mutation($id: ID!) { personalDataView(userId: $id) { ok errors { code } data { phone realName } } }"


@pytest.fixture
def sysadmin(groups):
    return platform_role_set(user=UserFactory(username="sys"), role=PlatformRole.SYSTEM_ADMIN)


@pytest.fixture
def member():
    return UserFactory(username="wangwu", phone="13500001234", real_name="王五六")


def test_the_list_masks_personal_data_and_finds_a_full_phone_number(admin_browser, sysadmin, member):
    browser = admin_browser(sysadmin)
    found = browser.gql(USERS, {"search": "13500001234"})["data"]["users"]
    assert found["items"] == [
        {"username": "wangwu", "nameMasked": "王*六", "phoneMasked": "135****1234", "lockedUntil": None}
    ]
    assert browser.gql(USERS, {"search": "王五六"})["data"]["users"]["totalCount"] == 1
    assert browser.gql(USERS, {"search": "1350000"})["data"]["users"]["totalCount"] == 0  # no prefix search


def test_disabling_an_account_ends_its_sessions(admin_browser, new_browser, sysadmin, member):
    member_browser = new_browser()
    member_browser.mutate(LOGIN, {"account": "wangwu", "password": "correct horse battery staple"})
    answer = admin_browser(sysadmin).mutate(SET_ACTIVE, {"id": str(member.pk), "active": False})
    assert answer["user"] == {"isActive": False}
    assert member_browser.gql("{ me { username } }")["data"]["me"] is None
    assert not LoginSession.objects.filter(user=member, ended_at__isnull=True).exists()
    assert AuditEvent.objects.filter(action="user.disable", object_id=str(member.pk)).exists()


def test_unlock(admin_browser, sysadmin, member):
    member.locked_until = timezone.now() + timezone.timedelta(minutes=20)
    member.save()
    answer = admin_browser(sysadmin).mutate(UNLOCK, {"id": str(member.pk)})
    assert answer["ok"] is True and answer["user"]["lockedUntil"] is None


@pytest.mark.parametrize("role", [PlatformRole.SECURITY_ADMIN, PlatformRole.AUDIT_ADMIN])
def test_other_administrators_cannot_manage_users(admin_browser, groups, member, role):
    browser = admin_browser(platform_role_set(user=UserFactory(), role=role))
    assert browser.gql(USERS)["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert browser.mutate(SET_ACTIVE, {"id": str(member.pk), "active": False})["errors"][0]["code"] == (
        "PERMISSION_DENIED"
    )
    member.refresh_from_db()
    assert member.is_active


def test_an_organisation_administrator_sees_a_members_data_and_it_is_audited(admin_browser, groups, member):
    # given
    school = OrganisationFactory()
    role_grant(user=member, role=Role.TEACHER, organisation=school)
    admin = UserFactory()
    role_grant(user=admin, role=Role.ORGANISATION_ADMIN, organisation=school)
    # when
    answer = admin_browser(admin).mutate(REVEAL, {"id": str(member.pk)})
    # then
    assert answer["data"] == {"phone": "13500001234", "realName": "王五六"}
    event = AuditEvent.objects.get(action="personal_data.view")
    assert event.actor_id == admin.pk and event.object_id == str(member.pk)


def test_administrators_of_other_organisations_and_the_system_admin_see_nothing(admin_browser, sysadmin, member):
    role_grant(user=member, role=Role.TEACHER, organisation=OrganisationFactory())
    stranger = UserFactory()
    role_grant(user=stranger, role=Role.ORGANISATION_ADMIN, organisation=OrganisationFactory())
    for browser in (admin_browser(stranger), admin_browser(sysadmin)):
        assert browser.mutate(REVEAL, {"id": str(member.pk)})["errors"][0]["code"] == "PERMISSION_DENIED"
    assert not AuditEvent.objects.filter(action="personal_data.view").exists()
