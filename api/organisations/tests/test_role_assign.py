"""O2: roleAssign inside one's subtree."""

import pytest

from api.organisations.tests.helpers import mutate
from cms.accounts.models import RoleAssignment
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.accounts.tests.support import organisation_admin, verified_client

pytestmark = pytest.mark.django_db

ASSIGN = """
mutation Assign($userId: ID, $account: String, $role: RoleCode!, $organisationId: ID!) {
  roleAssign(userId: $userId, account: $account, role: $role, organisationId: $organisationId) {
    ok errors { code message field }
    assignment { role label organisation { id } }
  }
}
"""


def test_an_administrator_gives_a_role_by_user_id_or_account():
    # given
    school = OrganisationFactory()
    client = verified_client(organisation_admin(school))
    teacher, editor = UserFactory(), UserFactory(username="editor1")
    # when
    by_id = mutate(client, ASSIGN, {"userId": teacher.pk, "role": "TEACHER", "organisationId": school.pk})
    by_account = mutate(client, ASSIGN, {"account": "editor1", "role": "EDITOR", "organisationId": school.pk})
    # then
    assert by_id["ok"] is True and by_id["assignment"]["role"] == "TEACHER"
    assert by_account["ok"] is True and by_account["assignment"]["organisation"]["id"] == str(school.pk)
    assert RoleAssignment.objects.filter(user=editor, role=Role.EDITOR, organisation=school).exists()


def test_refusals():
    # given
    school = OrganisationFactory()
    admin = organisation_admin(school)
    client = verified_client(admin)
    someone = UserFactory()
    # when
    learner = mutate(client, ASSIGN, {"userId": someone.pk, "role": "SOCIAL_LEARNER", "organisationId": school.pk})
    elsewhere = mutate(
        client, ASSIGN, {"userId": someone.pk, "role": "TEACHER", "organisationId": OrganisationFactory().pk}
    )
    myself = mutate(client, ASSIGN, {"userId": admin.pk, "role": "EDITOR", "organisationId": school.pk})
    nobody = mutate(client, ASSIGN, {"account": "nobody-here", "role": "EDITOR", "organisationId": school.pk})
    both = mutate(client, ASSIGN, {"role": "EDITOR", "organisationId": school.pk})
    # then
    assert (learner["errors"][0]["code"], learner["errors"][0]["field"]) == ("INVALID_INPUT", "role")
    assert elsewhere["errors"][0]["code"] == "PERMISSION_DENIED"
    assert myself["errors"][0]["code"] == "CONFLICT"
    assert (nobody["errors"][0]["code"], nobody["errors"][0]["field"]) == ("NOT_FOUND", "account")
    assert both["errors"][0]["field"] == "userId"
    assert not RoleAssignment.objects.filter(user=someone).exists()
