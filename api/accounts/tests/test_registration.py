"""Registration by SMS or email code; accounts stay inactive until verified; no account enumeration (O2)."""

import re

import pytest

from api.accounts.tests.documents import ME, REGISTER_START, REGISTER_VERIFY
from cms.accounts.models import RoleAssignment, User
from cms.accounts.tests.factories import UserFactory
from cms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
PASSWORD = "Lathe-2024-cnc"


def test_register_by_phone_stays_inactive_until_the_sms_code_is_confirmed(browser, fake_sms):
    # given
    phone = "13712345678"
    # when
    started = browser.mutate(REGISTER_START, {"channel": "SMS", "target": phone, "password": PASSWORD})
    # then
    assert started == {"ok": True, "errors": []}
    user = User.objects.get(phone_digest__isnull=False, is_active=False)
    assert user.phone == phone and user.check_password(PASSWORD)
    assert browser.gql(ME)["data"]["me"] is None
    # when
    verified = browser.mutate(REGISTER_VERIFY, {"channel": "SMS", "target": phone, "code": fake_sms.last_code(phone)})
    # then
    assert verified["ok"] is True
    assert verified["me"]["phoneMasked"] == "137****5678" and verified["me"]["phoneVerified"] is True
    user.refresh_from_db()
    assert user.is_active and user.phone_verified_at is not None
    assert RoleAssignment.objects.filter(user=user, role="social_learner").exists()
    assert browser.gql(ME)["data"]["me"]["username"] == user.username
    assert AuditEvent.objects.filter(action="register.verified", actor_id=user.pk).exists()


def test_register_by_email_goes_through_a_real_smtp_server(browser, smtp_sink):
    # given
    email = "wang.fang@example.edu.cn"
    # when
    browser.mutate(REGISTER_START, {"channel": "EMAIL", "target": email, "password": PASSWORD})
    message = smtp_sink.last_to(email)
    code = re.search(r"\b(\d{6})\b", message.body).group(1)
    verified = browser.mutate(REGISTER_VERIFY, {"channel": "EMAIL", "target": email, "code": code})
    # then
    assert verified["ok"] is True and verified["me"]["emailVerified"] is True
    assert User.objects.get(email=email).is_active


def test_a_wrong_code_leaves_the_account_inactive(browser, fake_sms):
    phone = "13712340000"
    browser.mutate(REGISTER_START, {"channel": "SMS", "target": phone, "password": PASSWORD})
    wrong = f"{(int(fake_sms.last_code(phone)) + 1) % 1_000_000:06d}"
    answer = browser.mutate(REGISTER_VERIFY, {"channel": "SMS", "target": phone, "code": wrong})
    assert answer["ok"] is False and answer["errors"][0]["code"] == "INVALID_CODE"
    assert not User.objects.get(is_active=False).is_active


def test_registering_a_taken_phone_answers_the_same_and_sends_nothing(new_browser, fake_sms):
    # given an existing account
    phone = "13712349999"
    existing = UserFactory(phone=phone)
    # when someone registers with its phone
    answer = new_browser().mutate(REGISTER_START, {"channel": "SMS", "target": phone, "password": PASSWORD})
    fresh = new_browser().mutate(REGISTER_START, {"channel": "SMS", "target": "13712348888", "password": PASSWORD})
    # then the answers are identical, no code was sent, the account is untouched
    assert answer == fresh == {"ok": True, "errors": []}
    assert fake_sms.messages(phone) == []
    existing.refresh_from_db()
    assert existing.check_password("correct horse battery staple")
    # and a guessed code cannot take it over
    taken = new_browser().mutate(REGISTER_VERIFY, {"channel": "SMS", "target": phone, "code": "123456"})
    assert taken["errors"][0]["code"] == "INVALID_CODE"


@pytest.mark.parametrize(
    ("password", "words"),
    [
        ("short1A", "at least 8"),
        ("alllowercaseletters", "at least 3 of"),
        ("13712341111", "at least 3 of"),
    ],
)
def test_weak_passwords_are_refused_before_any_code_is_sent(browser, fake_sms, password, words):
    answer = browser.mutate(REGISTER_START, {"channel": "SMS", "target": "13712341111", "password": password})
    assert answer["ok"] is False
    assert answer["errors"][0]["field"] == "password" and words in answer["errors"][0]["message"]
    assert fake_sms.messages("13712341111") == []
    assert not User.objects.exists()


def test_the_password_may_not_be_the_account_name(browser, fake_sms):
    answer = browser.mutate(
        REGISTER_START, {"channel": "EMAIL", "target": "Teacher.Li@Example.cn", "password": "teacher.li@example.cn"}
    )
    assert answer["ok"] is False and answer["errors"][0]["field"] == "password"


@pytest.mark.parametrize(("channel", "target", "field"), [("SMS", "12345", "phone"), ("EMAIL", "nobody@", "email")])
def test_malformed_targets_get_a_translated_message(new_browser, channel, target, field):
    body = (
        new_browser()
        .client.post(
            "/graphql/",
            {"query": REGISTER_START, "variables": {"channel": channel, "target": target, "password": PASSWORD}},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="zh-hans",
        )
        .json()
    )
    error = body["data"]["registerStart"]["errors"][0]
    assert error["field"] == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error["message"]), error["message"]
