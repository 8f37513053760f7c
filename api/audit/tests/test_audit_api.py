"""The audit administrator searches and exports the audit log; nobody else can (S)."""

import csv
import io

import pytest

from cms.accounts.roles import PlatformRole
from cms.accounts.services import platform_role_set
from cms.accounts.tests.factories import UserFactory
from cms.audit.models import AuditEvent
from cms.audit.services import audit_record

pytestmark = pytest.mark.django_db

SEARCH = """
query($action: String, $actor: String, $limit: Int) {
  auditEvents(action: $action, actor: $actor, limit: $limit) {
    totalCount items { action result actorName actorRoles ip objectType detail }
  }
}"""


@pytest.fixture
def admins(groups):
    return {
        role: platform_role_set(user=UserFactory(username=role.value), role=role)
        for role in (PlatformRole.SYSTEM_ADMIN, PlatformRole.SECURITY_ADMIN, PlatformRole.AUDIT_ADMIN)
    }


def test_the_audit_administrator_searches_by_action_and_user(admins, admin_browser, new_browser):
    # given failed logins of someone
    victim = UserFactory(username="li.lei")
    for _ in range(2):
        new_browser().gql('mutation { loginWithPassword(account: "li.lei", password: "x") { ok } }')
    browser = admin_browser(admins[PlatformRole.AUDIT_ADMIN])
    # when
    found = browser.gql(SEARCH, {"action": "login.failed", "actor": "li.lei"})["data"]["auditEvents"]
    # then
    assert found["totalCount"] == 2
    assert {item["actorName"] for item in found["items"]} == {victim.username}
    assert all(item["result"] == "failure" and item["ip"] for item in found["items"])


@pytest.mark.parametrize("role", [PlatformRole.SYSTEM_ADMIN, PlatformRole.SECURITY_ADMIN])
def test_other_administrators_cannot_read_the_audit_log(admins, admin_browser, role):
    browser = admin_browser(admins[role])
    body = browser.gql(SEARCH, {})
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert AuditEvent.objects.filter(action="denied:audit.read", actor_id=admins[role].pk).exists()
    assert browser.client.get("/audit/export.csv").status_code == 403


def test_anonymous_users_cannot_read_it(browser):
    assert browser.gql(SEARCH, {})["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert browser.client.get("/audit/export.csv").status_code == 403


def test_export_is_a_csv_excel_opens_and_is_itself_audited(admins, admin_browser):
    # given
    audit_record(action="roster.import", detail={"created": 3})
    browser = admin_browser(admins[PlatformRole.AUDIT_ADMIN])
    # when
    response = browser.client.get("/audit/export.csv", {"action": "roster"})
    body = b"".join(response.streaming_content).decode("utf-8")
    # then
    assert response["Content-Type"].startswith("text/csv") and body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert len(rows) == 2 and rows[1][5] == "roster.import"
    exported = AuditEvent.objects.get(action="audit.export")
    assert exported.actor_id == admins[PlatformRole.AUDIT_ADMIN].pk and exported.detail == {"action": "roster"}


def test_the_search_pages_and_caps_page_size(admins, admin_browser):
    for i in range(5):
        audit_record(action=f"test.{i}")
    browser = admin_browser(admins[PlatformRole.AUDIT_ADMIN])
    page = browser.gql(SEARCH, {"action": "test.", "limit": 2})["data"]["auditEvents"]
    assert page["totalCount"] == 5 and len(page["items"]) == 2
    too_big = browser.gql(SEARCH, {"limit": 1000})
    assert too_big["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
