"""Login by password and SMS, lockout, tokens, sessions, logout everywhere, idle expiry, recovery (O2, O3, S)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from api.accounts.tests.documents import (
    LOGIN,
    LOGIN_CODE_SEND,
    LOGIN_SMS,
    LOGOUT,
    LOGOUT_EVERYWHERE,
    ME,
    MY_HISTORY,
    MY_SESSIONS,
    RESET_COMPLETE,
    RESET_START,
    SESSION_REVOKE,
)
from cms.accounts.models import LoginSession, User
from cms.accounts.tests.factories import UserFactory
from cms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


@pytest.fixture
def teacher():
    return UserFactory(username="zhanght", phone="13800138000", email="zhang@example.edu.cn")


@pytest.mark.parametrize("account", ["zhanght", "13800138000", "ZHANG@example.edu.cn"])
def test_login_with_user_name_phone_or_email(browser, teacher, account):
    answer = browser.mutate(LOGIN, {"account": account, "password": PASSWORD})
    assert answer["ok"] is True and answer["me"]["username"] == "zhanght"
    assert answer["twoFactorRequired"] is False and answer["token"] is None
    assert browser.gql(ME)["data"]["me"]["username"] == "zhanght"
    row = LoginSession.objects.get(user=teacher)
    assert row.kind == "web" and row.method == "password" and row.ended_at is None


def test_wrong_password_and_unknown_account_get_the_same_answer(new_browser, teacher):
    wrong = new_browser().mutate(LOGIN, {"account": "zhanght", "password": "nope"})
    unknown = new_browser().mutate(LOGIN, {"account": "nobody-here", "password": "nope"})
    assert wrong == unknown
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert AuditEvent.objects.filter(action="login.failed").count() == 2


def test_five_failures_lock_the_account_for_thirty_minutes(browser, teacher):
    # given five wrong passwords
    for _ in range(5):
        assert browser.mutate(LOGIN, {"account": "zhanght", "password": "wrong"})["ok"] is False
    # when the right one comes
    answer = browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    # then it is refused as locked, and the lockout is audited
    assert answer["errors"][0]["code"] == "ACCOUNT_LOCKED"
    teacher.refresh_from_db()
    assert timedelta(minutes=29) < teacher.locked_until - timezone.now() <= timedelta(minutes=30)
    assert AuditEvent.objects.filter(action="login.locked", actor_id=teacher.pk, result="denied").exists()
    assert AuditEvent.objects.filter(action="login.refused_locked", actor_id=teacher.pk).exists()
    # and after thirty minutes it opens again
    User.objects.filter(pk=teacher.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    assert browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})["ok"] is True


def test_the_admin_login_form_shares_the_lockout(teacher):
    client = Client()
    for _ in range(5):
        client.post("/admin/login/", {"username": "zhanght", "password": "wrong"})
    teacher.refresh_from_db()
    assert teacher.locked_until is not None


def test_sms_login_and_no_enumeration_of_phones(new_browser, teacher, fake_sms):
    # given
    known, unknown = new_browser(), new_browser()
    # when
    a = known.mutate(LOGIN_CODE_SEND, {"phone": "13800138000"})
    b = unknown.mutate(LOGIN_CODE_SEND, {"phone": "13800138999"})
    # then
    assert a == b == {"ok": True, "errors": []}
    assert fake_sms.messages("13800138999") == []
    answer = known.mutate(LOGIN_SMS, {"phone": "13800138000", "code": fake_sms.last_code("13800138000")})
    assert answer["ok"] is True and answer["me"]["username"] == "zhanght"
    assert LoginSession.objects.get(user=teacher).method == "sms"


def test_a_token_authenticates_api_clients_without_cookies(browser, teacher):
    # given
    token = browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD, "issueToken": True})["token"]
    # when
    api = Client()
    me = api.post("/graphql/", {"query": ME}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    # then
    assert me.json()["data"]["me"]["username"] == "zhanght"
    assert me["Cache-Control"] == "private, no-store"
    assert "sessionid" not in me.cookies
    assert LoginSession.objects.get(user=teacher).kind == "token"
    assert token not in str(LoginSession.objects.values().get())
    bad = api.post("/graphql/", {"query": ME}, content_type="application/json", HTTP_AUTHORIZATION="Bearer zyk_nope")
    assert bad.json()["data"]["me"] is None


def test_logout_everywhere_ends_every_session_and_token(new_browser, teacher):
    # given two browsers and a token
    first, second = new_browser(), new_browser()
    first.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    second.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    token = new_browser().mutate(LOGIN, {"account": "zhanght", "password": PASSWORD, "issueToken": True})["token"]
    # when
    answer = first.mutate(LOGOUT_EVERYWHERE)
    # then
    assert answer["ok"] is True and answer["endedCount"] == 3
    assert first.gql(ME)["data"]["me"] is None
    assert second.gql(ME)["data"]["me"] is None
    with_token = new_browser().gql(ME, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert with_token["data"]["me"] is None
    assert not LoginSession.objects.filter(user=teacher, ended_at__isnull=True).exists()


def test_revoking_one_session_from_the_personal_space(new_browser, teacher):
    # given
    mine, other = new_browser(), new_browser()
    mine.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    other.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    sessions = mine.gql(MY_SESSIONS)["data"]["mySessions"]
    assert sessions["totalCount"] == 2
    other_id = next(s["id"] for s in sessions["items"] if not s["current"])
    # when
    answer = mine.mutate(SESSION_REVOKE, {"id": other_id})
    # then
    assert answer["ok"] is True and answer["session"]["endReason"] == "Revoked"
    assert other.gql(ME)["data"]["me"] is None
    assert mine.gql(ME)["data"]["me"]["username"] == "zhanght"


def test_someone_elses_session_cannot_be_revoked(new_browser, teacher):
    mallory = UserFactory()
    new_browser().mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    attacker = new_browser()
    attacker.mutate(LOGIN, {"account": mallory.username, "password": PASSWORD})
    victim_session = LoginSession.objects.get(user=teacher)
    answer = attacker.mutate(SESSION_REVOKE, {"id": str(victim_session.pk)})
    assert answer["errors"][0]["code"] == "NOT_FOUND"
    victim_session.refresh_from_db()
    assert victim_session.ended_at is None


@pytest.mark.parametrize(("administrator", "minutes"), [(False, 30), (True, 15)])
def test_idle_sessions_expire(browser, teacher, administrator, minutes):
    # given
    if administrator:
        from cms.accounts.roles import PlatformRole
        from cms.accounts.services import platform_role_set

        platform_role_set(user=teacher, role=PlatformRole.AUDIT_ADMIN)
    browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    row = LoginSession.objects.get(user=teacher)
    # when idle just under the limit, the session lives
    LoginSession.objects.filter(pk=row.pk).update(last_seen_at=timezone.now() - timedelta(minutes=minutes - 1))
    assert browser.gql(ME)["data"]["me"] is not None
    # and idle just over it, it ends
    LoginSession.objects.filter(pk=row.pk).update(last_seen_at=timezone.now() - timedelta(minutes=minutes + 1))
    assert browser.gql(ME)["data"]["me"] is None
    row.refresh_from_db()
    assert row.end_reason == "idle"


def test_login_history_shows_device_and_place(new_browser, teacher):
    new_browser().mutate(LOGIN, {"account": "zhanght", "password": "wrong"})
    browser = new_browser()
    browser.client.defaults["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"
    )
    browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    history = browser.gql(MY_HISTORY)["data"]["myLoginHistory"]
    assert [item["action"] for item in history["items"]] == ["login.success", "login.failed"]
    assert "Chrome" in history["items"][0]["device"] and "Windows" in history["items"][0]["device"]
    assert history["items"][0]["place"]


def test_logout_ends_the_session_row(browser, teacher):
    browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    browser.mutate(LOGOUT)
    assert browser.gql(ME)["data"]["me"] is None
    assert LoginSession.objects.get(user=teacher).end_reason == "logout"


def test_password_recovery_by_sms_unlocks_and_ends_all_sessions(new_browser, teacher, fake_sms):
    # given a locked account with an open session elsewhere
    elsewhere = new_browser()
    elsewhere.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    User.objects.filter(pk=teacher.pk).update(locked_until=timezone.now() + timedelta(minutes=20))
    browser = new_browser()
    # when
    browser.mutate(RESET_START, {"channel": "SMS", "target": "13800138000"})
    code = fake_sms.last_code("13800138000")
    new_password = "Spindle#2025x"
    answer = browser.mutate(
        RESET_COMPLETE, {"channel": "SMS", "target": "13800138000", "code": code, "newPassword": new_password}
    )
    # then
    assert answer == {"ok": True, "errors": []}
    assert elsewhere.gql(ME)["data"]["me"] is None
    assert browser.mutate(LOGIN, {"account": "zhanght", "password": new_password})["ok"] is True
    # and the code cannot be used twice
    again = browser.mutate(
        RESET_COMPLETE, {"channel": "SMS", "target": "13800138000", "code": code, "newPassword": "Other#2025xx"}
    )
    assert again["errors"][0]["code"] == "INVALID_CODE"


def test_password_recovery_by_email(new_browser, teacher, smtp_sink):
    import re

    browser = new_browser()
    browser.mutate(RESET_START, {"channel": "EMAIL", "target": "zhang@example.edu.cn"})
    code = re.search(r"\b(\d{6})\b", smtp_sink.last_to("zhang@example.edu.cn").body).group(1)
    answer = browser.mutate(
        RESET_COMPLETE,
        {"channel": "EMAIL", "target": "zhang@example.edu.cn", "code": code, "newPassword": "Spindle#2025x"},
    )
    assert answer["ok"] is True


def test_recovery_refuses_a_weak_new_password_and_keeps_the_old_one(browser, teacher, fake_sms):
    browser.mutate(RESET_START, {"channel": "SMS", "target": "13800138000"})
    code = fake_sms.last_code("13800138000")
    answer = browser.mutate(
        RESET_COMPLETE, {"channel": "SMS", "target": "13800138000", "code": code, "newPassword": "zhanght"}
    )
    assert answer["errors"][0]["field"] == "password"
    teacher.refresh_from_db()
    assert teacher.check_password(PASSWORD)


def test_browser_posts_need_the_csrf_token_even_to_log_in(teacher):
    # given a browser that enforces CSRF like a real one
    client = Client(enforce_csrf_checks=True)
    # when a cross-site form tries to log it in
    forged = client.post(
        "/graphql/",
        {"query": LOGIN, "variables": {"account": "zhanght", "password": PASSWORD}},
        content_type="application/json",
    )
    # then
    assert forged.status_code == 403
    # and with the token from the SPA page it works
    client.get("/")
    token = client.cookies["csrftoken"].value
    ok = client.post(
        "/graphql/",
        {"query": LOGIN, "variables": {"account": "zhanght", "password": PASSWORD}},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert ok.json()["data"]["loginWithPassword"]["ok"] is True


def test_non_browser_clients_identify_themselves_instead_of_csrf(teacher):
    client = Client(enforce_csrf_checks=True)
    answer = client.post(
        "/graphql/",
        {"query": LOGIN, "variables": {"account": "zhanght", "password": PASSWORD, "issueToken": True}},
        content_type="application/json",
        HTTP_X_ZYK_CLIENT="miniprogram",
    )
    assert answer.json()["data"]["loginWithPassword"]["token"].startswith("zyk_")


def test_devices_and_places_are_described_in_the_readers_language(browser, teacher):
    browser.mutate(LOGIN, {"account": "zhanght", "password": PASSWORD})
    query = "{ mySessions { items { place } } }"
    chinese = browser.client.post(
        "/graphql/", {"query": query}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="zh-hans"
    ).json()
    english = browser.gql(query)
    assert chinese["data"]["mySessions"]["items"][0]["place"] != english["data"]["mySessions"]["items"][0]["place"]
