"""O1: organisationInvite by a host."""

import pytest
from django.core import mail

from api.organisations.tests.helpers import mutate
from cms.accounts.models import OrganisationInvitation
from cms.accounts.tests.factories import OrganisationFactory
from cms.accounts.tests.support import host_organisation, organisation_admin, verified_client

pytestmark = pytest.mark.django_db

INVITE = """
mutation Invite($hostId: ID!, $name: String!, $kind: OrganisationKind!, $email: String!) {
  organisationInvite(hostId: $hostId, name: $name, kind: $kind, email: $email) {
    ok errors { code message field }
    invitation { id email expiresAt acceptedAt organisation { id name kind } }
  }
}
"""


def test_a_host_invites_and_the_link_goes_by_email(settings):
    # given
    settings.ZYK_PUBLIC_URL = "https://zyk.example.cn"
    host = host_organisation()
    # when
    payload = mutate(
        verified_client(organisation_admin(host)),
        INVITE,
        {"hostId": host.pk, "name": "参建企业", "kind": "ENTERPRISE", "email": "Boss@Company.example.cn"},
    )
    # then
    assert payload["ok"] is True, payload
    invitation = payload["invitation"]
    assert invitation["email"] == "boss@company.example.cn" and invitation["acceptedAt"] is None
    assert invitation["organisation"]["name"] == "参建企业" and invitation["organisation"]["kind"] == "ENTERPRISE"
    assert "https://zyk.example.cn/invitations/accept?token=" in mail.outbox[-1].body


def test_participating_organisations_cannot_invite_and_addresses_are_checked():
    # given
    school = OrganisationFactory()
    host = host_organisation()
    # when
    refused = mutate(
        verified_client(organisation_admin(school)),
        INVITE,
        {"hostId": school.pk, "name": "x", "kind": "SCHOOL", "email": "a@b.cn"},
    )
    bad_email = mutate(
        verified_client(organisation_admin(host)),
        INVITE,
        {"hostId": host.pk, "name": "x", "kind": "SCHOOL", "email": "nope"},
    )
    # then
    assert refused["errors"][0]["code"] == "PERMISSION_DENIED"
    assert (bad_email["errors"][0]["code"], bad_email["errors"][0]["field"]) == ("INVALID_INPUT", "email")
    assert not OrganisationInvitation.objects.exists()
