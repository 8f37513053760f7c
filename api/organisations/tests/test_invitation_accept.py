"""O1: invitationAccept grants the organisation administrator role."""

import pytest
from django.core import mail
from django.test import Client

from api.organisations.tests.helpers import mutate
from cms.accounts.organisation_admin import organisation_invite
from cms.accounts.tests.factories import UserFactory
from cms.accounts.tests.support import host_organisation, organisation_admin, request_for

pytestmark = pytest.mark.django_db

ACCEPT = """
mutation Accept($token: String!) {
  invitationAccept(token: $token) {
    ok errors { code message field }
    assignment { role label organisation { id name } }
  }
}
"""


def _token() -> tuple[str, object]:
    host = host_organisation()
    invitation = organisation_invite(
        request=request_for(organisation_admin(host)), host=host, name="参建院校", kind="school", email="a@b.cn"
    )
    link = next(word for word in mail.outbox[-1].body.split() if "token=" in word)
    return link.split("token=", 1)[1], invitation


def test_the_invited_person_becomes_the_organisations_administrator():
    # given
    token, invitation = _token()
    browser = Client()
    browser.force_login(UserFactory())
    # when
    payload = mutate(browser, ACCEPT, {"token": token})
    again = mutate(browser, ACCEPT, {"token": token})
    # then
    assert payload["ok"] is True, payload
    assert payload["assignment"]["role"] == "ORGANISATION_ADMIN"
    assert payload["assignment"]["organisation"]["id"] == str(invitation.organisation_id)
    assert (again["errors"][0]["code"], again["errors"][0]["field"]) == ("INVALID_CODE", "token")


def test_a_wrong_token_or_no_login_is_refused():
    # given
    browser = Client()
    browser.force_login(UserFactory())
    # when
    wrong = mutate(browser, ACCEPT, {"token": "made-up"})
    anonymous = mutate(None, ACCEPT, {"token": "made-up"})
    # then
    assert wrong["errors"][0]["code"] == "INVALID_CODE"
    assert anonymous["errors"][0]["code"] == "UNAUTHENTICATED"
