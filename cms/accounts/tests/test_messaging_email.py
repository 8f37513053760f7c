"""O2: email through Django's SMTP backend, delivered to a real SMTP server on loopback (aiosmtpd)."""

import time

import pytest
from django.utils import translation

from cms.accounts.messaging.email import EmailError, email_send
from tests.plugins.external_services import _free_port


def test_a_chinese_message_arrives_intact_at_the_smtp_server(smtp_sink, settings):
    # given
    settings.DEFAULT_FROM_EMAIL = "noreply@zyk.example.org"
    # when
    email_send(to="learner@example.org", subject="职教资源库邮箱验证码", body="您的验证码是 482913，10 分钟内有效。")
    # then
    received = smtp_sink.last_to("Learner@Example.org")
    assert received is not None
    assert received.subject == "职教资源库邮箱验证码"
    assert received.body.strip() == "您的验证码是 482913，10 分钟内有效。"
    assert received.mail_from == "noreply@zyk.example.org"
    assert received.to == "learner@example.org"


def test_a_refused_recipient_becomes_a_translated_email_error(smtp_sink):
    # given
    smtp_sink.refused_recipients.add("nobody@example.org")
    # when
    with translation.override("en"), pytest.raises(EmailError) as error:
        email_send(to="nobody@example.org", subject="Code", body="123456")
    # then
    assert str(error.value) == "The email could not be sent; please try again later."
    assert smtp_sink.messages == []


def test_a_mail_server_that_is_down_fails_fast(settings):
    # given: nothing listens on the port
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _free_port()
    started = time.monotonic()
    # when
    with pytest.raises(EmailError):
        email_send(to="learner@example.org", subject="Code", body="123456")
    # then
    assert time.monotonic() - started < 3
