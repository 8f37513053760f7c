"""Fixtures that run real local stand-ins for SMS, email and WeChat and point Django's settings at them.

- ``fake_sms``: the Alibaba Cloud SMS fake (tests/fakes/aliyun_sms.py); ``fake_sms.last_code(phone)``.
- ``smtp_sink``: a real SMTP server (aiosmtpd) on loopback; ``smtp_sink.last_to(address)``.
- ``fake_wechat``: the WeChat fake (tests/fakes/wechat.py); ``fake_wechat.issue_code(openid)``.

Each is function-scoped and restores the settings afterwards (pytest-django's ``settings`` fixture).
"""

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

from tests.fakes.aliyun_sms import AliyunSmsFake
from tests.fakes.wechat import WechatFake

SMS_ACCESS_KEY_ID = "LTAI-test-access-key-id"
SMS_ACCESS_KEY_SECRET = "test-access-key-secret"
SMS_SIGN_NAME = "职教资源库"
SMS_TEMPLATE_CODE = "SMS_000000001"


@pytest.fixture
def fake_sms(settings) -> Iterator[AliyunSmsFake]:
    fake = AliyunSmsFake(
        access_key_id=SMS_ACCESS_KEY_ID,
        access_key_secret=SMS_ACCESS_KEY_SECRET,
        sign_names={SMS_SIGN_NAME},
        template_codes={SMS_TEMPLATE_CODE},
    ).start()
    settings.SMS_PROVIDER = "aliyun"
    settings.SMS_ALIYUN_ENDPOINT = fake.url + "/"
    settings.SMS_ALIYUN_ACCESS_KEY_ID = SMS_ACCESS_KEY_ID
    settings.SMS_ALIYUN_ACCESS_KEY_SECRET = SMS_ACCESS_KEY_SECRET
    settings.SMS_SIGN_NAME = SMS_SIGN_NAME
    settings.SMS_TEMPLATE_CODE = SMS_TEMPLATE_CODE
    try:
        yield fake
    finally:
        fake.stop()


@dataclass(frozen=True)
class ReceivedEmail:
    mail_from: str
    recipients: list[str]  # the SMTP envelope (RCPT TO)
    to: str  # the To: header
    subject: str
    body: str  # the text/plain part, decoded
    message: EmailMessage


@dataclass
class SmtpSink:
    host: str
    port: int
    messages: list[ReceivedEmail] = field(default_factory=list)
    # RCPT TO for these addresses is refused with 550, as a real server does for an unknown mailbox
    refused_recipients: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def last_to(self, address: str) -> ReceivedEmail | None:
        """The last message whose envelope includes ``address`` (case-insensitive), or None."""
        wanted = address.lower()
        with self._lock:
            for received in reversed(self.messages):
                if wanted in (recipient.lower() for recipient in received.recipients):
                    return received
        return None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address.lower() in {refused.lower() for refused in self.refused_recipients}:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    # aiosmtpd handler hook, called in the server's thread before it answers "250" to DATA
    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        body_part = message.get_body(preferencelist=("plain",))
        received = ReceivedEmail(
            mail_from=envelope.mail_from,
            recipients=list(envelope.rcpt_tos),
            to=str(message.get("To", "")),
            subject=str(message.get("Subject", "")),
            body=body_part.get_content() if body_part is not None else "",
            message=message,
        )
        with self._lock:
            self.messages.append(received)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    # aiosmtpd's Controller connects to its own port to check it is up, so it cannot be given port 0.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_sink(settings) -> Iterator[SmtpSink]:
    sink = SmtpSink(host="127.0.0.1", port=_free_port())
    controller = Controller(sink, hostname=sink.host, port=sink.port, ready_timeout=5)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = sink.host
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def fake_wechat(settings) -> Iterator[WechatFake]:
    fake = WechatFake().start()
    settings.WECHAT_API_BASE = fake.url
    settings.WECHAT_OPEN_BASE = fake.url
    settings.WECHAT_WEB_APPID = fake.web_appid
    settings.WECHAT_WEB_SECRET = fake.web_secret
    settings.WECHAT_MINI_APPID = fake.mini_appid
    settings.WECHAT_MINI_SECRET = fake.mini_secret
    try:
        yield fake
    finally:
        fake.stop()
