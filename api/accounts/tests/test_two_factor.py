"""Administrators must pass TOTP before the admin or any administrative action (O2, S)."""

import pytest
from django.test import Client
from django_otp.oath import totp

from api.accounts.tests.documents import AUDIT_EVENTS, ENROL_CONFIRM, ENROL_START, LOGIN, ME, VERIFY
from cms.accounts.roles import PlatformRole
from cms.accounts.services import platform_role_set
from cms.accounts.tests.factories import UserFactory
from cms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


def _code(secret_b32: str, offset: int = 0) -> str:
    import base64

    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    return f"{totp(key, t0=0, step=30, digits=6, drift=offset):06d}"


@pytest.fixture
def auditor(groups):
    return platform_role_set(user=UserFactory(username="auditor"), role=PlatformRole.AUDIT_ADMIN)


def test_an_administrator_enrols_then_verifies_on_every_login(new_browser, auditor):
    # given
    browser = new_browser()
    answer = browser.mutate(LOGIN, {"account": "auditor", "password": PASSWORD})
    assert answer["ok"] is True and answer["twoFactorRequired"] is True
    assert browser.gql(ME)["data"]["me"]["twoFactor"] == {"required": True, "enrolled": False, "verified": False}
    # the admin and administrative queries are closed until TOTP
    assert browser.client.get("/admin/").url.startswith("/two-factor?next=/admin/")
    refused = browser.gql(AUDIT_EVENTS)
    assert refused["errors"][0]["extensions"]["code"] == "TWO_FACTOR_REQUIRED"
    # when enrolling with the authenticator app
    enrol = browser.mutate(ENROL_START)
    assert enrol["otpauthUrl"].startswith("otpauth://totp/")
    assert browser.mutate(ENROL_CONFIRM, {"code": _code(enrol["secret"])})["ok"] is True
    # then the session is verified
    assert browser.gql(ME)["data"]["me"]["twoFactor"] == {"required": True, "enrolled": True, "verified": True}
    assert browser.client.get("/admin/").status_code == 200
    assert browser.gql(AUDIT_EVENTS)["data"]["auditEvents"]["totalCount"] > 0
    # and a new login needs a new code (this window's code is spent: replays are refused, so use the next one)
    second = new_browser()
    second.mutate(LOGIN, {"account": "auditor", "password": PASSWORD})
    assert second.client.get("/admin/").status_code == 302
    assert second.mutate(VERIFY, {"code": _code(enrol["secret"], 1)})["ok"] is True
    assert second.client.get("/admin/").status_code == 200
    # a wrong code is refused and audited
    third = new_browser()
    third.mutate(LOGIN, {"account": "auditor", "password": PASSWORD})
    wrong = third.mutate(VERIFY, {"code": "000000" if _code(enrol["secret"], 1) != "000000" else "111111"})
    assert wrong["errors"][0]["code"] == "INVALID_CODE"
    assert third.client.get("/admin/").status_code == 302
    assert AuditEvent.objects.filter(action="two_factor.verified.failed", actor_id=auditor.pk).exists()


def test_the_wagtail_login_form_also_leads_to_the_two_factor_step(auditor):
    client = Client()
    response = client.post("/admin/login/", {"username": "auditor", "password": PASSWORD}, follow=False)
    assert response.status_code == 302
    assert client.get("/admin/").url.startswith("/two-factor")


def test_editors_are_not_administrators_and_need_no_code(browser, groups):
    from cms.accounts.roles import Role
    from cms.accounts.services import role_grant
    from cms.accounts.tests.factories import OrganisationFactory

    editor = UserFactory(username="editor1")
    role_grant(user=editor, role=Role.EDITOR, organisation=OrganisationFactory())
    answer = browser.mutate(LOGIN, {"account": "editor1", "password": PASSWORD})
    assert answer["twoFactorRequired"] is False
    assert browser.client.get("/admin/").status_code == 200


def test_a_token_never_counts_as_two_factor_verified(browser, auditor):
    token = browser.mutate(LOGIN, {"account": "auditor", "password": PASSWORD, "issueToken": True})["token"]
    body = (
        Client()
        .post(
            "/graphql/", {"query": AUDIT_EVENTS}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
        )
        .json()
    )
    assert body["errors"][0]["extensions"]["code"] == "TWO_FACTOR_REQUIRED"


def test_the_security_administrator_edits_role_groups_in_the_admin(admin_browser, groups):
    security = platform_role_set(user=UserFactory(), role=PlatformRole.SECURITY_ADMIN)
    auditor = platform_role_set(user=UserFactory(), role=PlatformRole.AUDIT_ADMIN)
    assert admin_browser(security).client.get("/admin/groups/").status_code == 200
    assert admin_browser(auditor).client.get("/admin/groups/").status_code in (302, 403)
