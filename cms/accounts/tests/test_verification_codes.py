"""Verification codes: 6 digits, 5 minutes, single use, rate-limited per target and per IP (O2)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.accounts.models import Channel, Purpose, VerificationCode
from cms.accounts.verification import code_consume, code_issue
from cms.core.errors import DomainError, ErrorCode

pytestmark = pytest.mark.django_db
PHONE = "13912345678"


def _issue(fake_sms, phone=PHONE, ip="10.0.0.1"):
    code_issue(channel=Channel.SMS, target=phone, purpose=Purpose.LOGIN, ip=ip)
    return fake_sms.last_code(phone)


def test_a_code_is_six_digits_and_works_once(fake_sms):
    # given
    code = _issue(fake_sms)
    assert len(code) == 6 and code.isdigit()
    # when
    code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.LOGIN, code=code)
    # then
    with pytest.raises(DomainError) as reused:
        code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.LOGIN, code=code)
    assert reused.value.code == ErrorCode.INVALID_CODE


def test_a_code_expires_after_five_minutes(fake_sms):
    code = _issue(fake_sms)
    VerificationCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(DomainError) as expired:
        code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.LOGIN, code=code)
    assert expired.value.code == ErrorCode.INVALID_CODE


def test_a_code_is_bound_to_its_purpose(fake_sms):
    code = _issue(fake_sms)
    with pytest.raises(DomainError):
        code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.PASSWORD_RESET, code=code)


def test_five_wrong_guesses_kill_the_code(fake_sms):
    # given
    code = _issue(fake_sms)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    # when
    for _ in range(5):
        with pytest.raises(DomainError):
            code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.LOGIN, code=wrong)
    # then even the right code is refused now
    with pytest.raises(DomainError):
        code_consume(channel=Channel.SMS, target=PHONE, purpose=Purpose.LOGIN, code=code)
    assert VerificationCode.objects.get().failed_attempts == 5


def test_one_code_a_minute_per_phone(fake_sms):
    _issue(fake_sms, ip="10.0.0.1")
    with pytest.raises(DomainError) as limited:
        _issue(fake_sms, ip="10.0.0.2")
    assert limited.value.code == ErrorCode.RATE_LIMITED
    assert len(fake_sms.messages(PHONE)) == 1


def test_ten_codes_a_day_per_phone(fake_sms):
    for i in range(10):
        _issue(fake_sms, ip=f"10.0.1.{i}")
        VerificationCode.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    with pytest.raises(DomainError) as limited:
        _issue(fake_sms, ip="10.0.2.1")
    assert limited.value.code == ErrorCode.RATE_LIMITED
    VerificationCode.objects.update(created_at=timezone.now() - timedelta(days=1, minutes=1))
    assert _issue(fake_sms, ip="10.0.2.1")


def test_one_code_a_minute_and_ten_a_day_per_ip(fake_sms):
    _issue(fake_sms, phone="13900000000", ip="10.9.9.9")
    with pytest.raises(DomainError) as per_minute:
        _issue(fake_sms, phone="13900000001", ip="10.9.9.9")
    assert per_minute.value.code == ErrorCode.RATE_LIMITED
    for i in range(2, 11):
        VerificationCode.objects.update(created_at=timezone.now() - timedelta(minutes=2))
        _issue(fake_sms, phone=f"139000000{i:02d}", ip="10.9.9.9")
    VerificationCode.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    with pytest.raises(DomainError) as per_day:
        _issue(fake_sms, phone="13900000099", ip="10.9.9.9")
    assert per_day.value.code == ErrorCode.RATE_LIMITED


@pytest.mark.parametrize("phone", ["1381234123", "23812341234", "138-1234-12345", "abc", ""])
def test_malformed_phone_numbers_are_refused_with_a_message(phone):
    with pytest.raises(DomainError) as refused:
        code_issue(channel=Channel.SMS, target=phone, purpose=Purpose.LOGIN, ip=None)
    assert refused.value.field == "phone"
    assert VerificationCode.objects.count() == 0


@pytest.mark.parametrize("email", ["not-an-email", "a@", "@b.cn", "a b@c.cn"])
def test_malformed_emails_are_refused(email):
    with pytest.raises(DomainError) as refused:
        code_issue(channel=Channel.EMAIL, target=email, purpose=Purpose.LOGIN, ip=None)
    assert refused.value.field == "email"


def test_the_database_never_holds_the_code_or_the_phone(fake_sms):
    code = _issue(fake_sms)
    row = VerificationCode.objects.values().get()
    assert code not in str(row) and PHONE not in str(row)


def test_a_failed_delivery_is_reported_and_does_not_cost_the_minute(fake_sms):
    fake_sms.fail_next = "isv.BUSINESS_LIMIT_CONTROL"
    with pytest.raises(DomainError) as failed:
        _issue(fake_sms)
    assert failed.value.code == ErrorCode.DELIVERY_FAILED
    assert _issue(fake_sms)  # the user may try again at once
