"""O1: organisationCreate inside one's subtree."""

import pytest
from django.test import Client

from api.organisations.tests.helpers import mutate
from cms.accounts.models import Organisation
from cms.accounts.roles import PlatformRole
from cms.accounts.tests.support import host_organisation, organisation_admin, platform_admin, verified_client

pytestmark = pytest.mark.django_db

CREATE = """
mutation Create($parentId: ID, $name: String!, $kind: OrganisationKind!, $libraryRole: OrganisationRole,
                $shortName: String, $region: String) {
  organisationCreate(parentId: $parentId, name: $name, kind: $kind, libraryRole: $libraryRole,
                     shortName: $shortName, region: $region) {
    ok errors { code message field }
    organisation { id name shortName kind role region depth parent { id } }
  }
}
"""


def test_an_administrator_creates_a_department_under_their_organisation():
    # given
    host = host_organisation()
    # when
    payload = mutate(
        verified_client(organisation_admin(host)),
        CREATE,
        {"parentId": host.pk, "name": "机电工程学院", "kind": "DEPARTMENT", "shortName": "机电", "region": "江苏省"},
    )
    # then
    assert payload["ok"] is True, payload
    created = payload["organisation"]
    assert (created["kind"], created["role"], created["depth"], created["parent"]["id"]) == (
        "DEPARTMENT",
        "PARTICIPATING",
        2,
        str(host.pk),
    )
    assert Organisation.objects.filter(name="机电工程学院", parent=host).exists()


def test_the_system_administrator_creates_a_host_and_others_may_not():
    # given
    host = host_organisation()
    variables = {"name": "新主持院校", "kind": "SCHOOL", "libraryRole": "HOST"}
    # when
    refused = mutate(verified_client(organisation_admin(host)), CREATE, {**variables, "parentId": host.pk})
    created = mutate(verified_client(platform_admin(PlatformRole.SYSTEM_ADMIN)), CREATE, variables)
    # then
    assert refused["errors"][0]["code"] == "PERMISSION_DENIED"
    assert created["ok"] is True and created["organisation"]["role"] == "HOST"


def test_administrators_need_two_factor_login_and_duplicate_names_conflict():
    # given
    host = host_organisation(name="主持院校")
    admin = organisation_admin(host)
    unverified = Client()
    unverified.force_login(admin)
    # when
    no_two_factor = mutate(unverified, CREATE, {"parentId": host.pk, "name": "x", "kind": "SCHOOL"})
    duplicate = mutate(verified_client(admin), CREATE, {"parentId": host.pk, "name": "主持院校", "kind": "SCHOOL"})
    # then
    assert no_two_factor["errors"][0]["code"] == "TWO_FACTOR_REQUIRED"
    assert (duplicate["errors"][0]["code"], duplicate["errors"][0]["field"]) == ("CONFLICT", "name")
