"""Role holders of an organisation, masked, for its administrators and the security administrator (O2, S)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import platform_role_set, role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
MEMBERS = """
query($id: ID!, $search: String) {
  organisationMembers(organisationId: $id, search: $search, limit: 100) {
    totalCount items { username name phone role roleLabel }
  }
}"""


@pytest.fixture
def school():
    school = OrganisationFactory()
    teacher = UserFactory(username="t1", real_name="刘德华", phone="13900001111")
    role_grant(user=teacher, role=Role.TEACHER, organisation=school)
    return school


def _members(browser, school, search=""):
    return browser.gql(MEMBERS, {"id": str(school.pk), "search": search})


def test_the_schools_administrator_sees_masked_members(admin_browser, school):
    admin = UserFactory()
    role_grant(user=admin, role=Role.ORGANISATION_ADMIN, organisation=school)
    body = _members(admin_browser(admin), school, search="13900001111")
    assert body["data"]["organisationMembers"]["items"] == [
        {"username": "t1", "name": "刘*华", "phone": "139****1111", "role": "TEACHER", "roleLabel": "Teacher"}
    ]


def test_the_security_administrator_sees_them_too(admin_browser, school):
    security = platform_role_set(user=UserFactory(), role=PlatformRole.SECURITY_ADMIN)
    assert _members(admin_browser(security), school)["data"]["organisationMembers"]["totalCount"] == 1


@pytest.mark.parametrize("role", [PlatformRole.AUDIT_ADMIN, PlatformRole.SYSTEM_ADMIN])
def test_others_are_refused(admin_browser, school, role):
    body = _members(admin_browser(platform_role_set(user=UserFactory(), role=role)), school)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


def test_the_list_is_flat_in_queries(admin_browser, school):
    security = admin_browser(platform_role_set(user=UserFactory(), role=PlatformRole.SECURITY_ADMIN))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert "errors" not in _members(security, school)
        return len(queries)

    few = count()
    for user in UserFactory.create_batch(20):
        role_grant(user=user, role=Role.TEACHER, organisation=school)
    assert count() == few
