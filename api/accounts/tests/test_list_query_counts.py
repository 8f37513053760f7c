"""List fields of accounts and audit stay flat in SQL query count as rows grow (non-negotiable 5)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.accounts.tests.documents import LOGIN
from cms.accounts.roles import PlatformRole
from cms.accounts.services import platform_role_set
from cms.accounts.tests.factories import UserFactory
from cms.audit.services import audit_record

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


def _count(browser, query: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        body = browser.gql(query)
    assert "errors" not in body, body
    return len(queries)


def test_users_list_is_flat(admin_browser, groups):
    browser = admin_browser(platform_role_set(user=UserFactory(), role=PlatformRole.SYSTEM_ADMIN))
    fields = "username nameMasked phoneMasked platformRole lockedUntil twoFactorEnrolled"
    query = "{ users(limit: 100) { totalCount items { " + fields + " } } }"
    UserFactory.create_batch(3)
    few = _count(browser, query)
    UserFactory.create_batch(30)
    assert _count(browser, query) == few


def test_audit_events_list_is_flat(admin_browser, groups):
    browser = admin_browser(platform_role_set(user=UserFactory(), role=PlatformRole.AUDIT_ADMIN))
    query = "{ auditEvents(limit: 100) { totalCount items { action actorName actorRoles ip detail } } }"
    for i in range(3):
        audit_record(action=f"x.{i}")
    few = _count(browser, query)
    for i in range(30):
        audit_record(action=f"y.{i}")
    assert _count(browser, query) == few


def test_my_sessions_and_history_are_flat(new_browser):
    UserFactory(username="many")
    main = new_browser()
    main.mutate(LOGIN, {"account": "many", "password": PASSWORD})
    query = "{ mySessions { items { device current } } myLoginHistory { items { action device place } } }"
    few = _count(main, query)
    for _ in range(10):
        new_browser().mutate(LOGIN, {"account": "many", "password": PASSWORD})
    assert _count(main, query) == few
