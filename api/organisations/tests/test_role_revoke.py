"""O2: roleRevoke inside one's subtree."""

import pytest

from api.organisations.tests.helpers import mutate
from cms.accounts.models import RoleAssignment
from cms.accounts.roles import Role
from cms.accounts.services import role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.accounts.tests.support import organisation_admin, verified_client

pytestmark = pytest.mark.django_db

REVOKE = """
mutation Revoke($userId: ID, $account: String, $role: RoleCode!, $organisationId: ID!) {
  roleRevoke(userId: $userId, account: $account, role: $role, organisationId: $organisationId) {
    ok errors { code message field }
  }
}
"""


def test_an_administrator_takes_a_role_back():
    # given
    school = OrganisationFactory()
    teacher = UserFactory()
    role_grant(user=teacher, role=Role.TEACHER, organisation=school)
    # when
    payload = mutate(
        verified_client(organisation_admin(school)),
        REVOKE,
        {"userId": teacher.pk, "role": "TEACHER", "organisationId": school.pk},
    )
    # then
    assert payload == {"ok": True, "errors": []}
    assert not RoleAssignment.objects.filter(user=teacher).exists()


def test_a_role_not_held_and_outsiders_are_refused():
    # given
    school = OrganisationFactory()
    teacher = UserFactory()
    role_grant(user=teacher, role=Role.TEACHER, organisation=school)
    variables = {"userId": teacher.pk, "role": "TEACHER", "organisationId": school.pk}
    # when
    not_held = mutate(verified_client(organisation_admin(school)), REVOKE, {**variables, "role": "REVIEWER"})
    outsider = mutate(verified_client(organisation_admin(OrganisationFactory())), REVOKE, variables)
    # then
    assert (not_held["errors"][0]["code"], not_held["errors"][0]["field"]) == ("NOT_FOUND", "role")
    assert outsider["errors"][0]["code"] == "PERMISSION_DENIED"
    assert RoleAssignment.objects.filter(user=teacher, role=Role.TEACHER).exists()
