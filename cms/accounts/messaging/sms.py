"""Verification-code SMS through the provider named by ``settings.SMS_PROVIDER`` (O2).

Providers are looked up at call time (not import time) so ``override_settings`` and the ``fake_sms``
fixture can switch them. Every failure reaches callers as one ``SmsError`` whose message is safe to show;
the provider's own code and message go to the log only, with the phone number masked.
"""

import base64
import hashlib
import hmac
import json
import logging
import uuid
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import quote

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

logger = logging.getLogger("zyk.sms")

HTTP_TIMEOUT_SECONDS = 5


class SmsError(Exception):
    """The SMS was not accepted by the provider. ``str(error)`` is a translated message for users."""

    def __init__(self, provider_code: str = "") -> None:
        super().__init__(_("The SMS could not be sent; please try again later."))
        # Not user-facing: lets callers tell e.g. "isv.MOBILE_NUMBER_ILLEGAL" from a rate limit.
        self.provider_code = provider_code


class SmsProvider(Protocol):
    def send(self, *, phone: str, template_code: str, params: dict[str, str]) -> None: ...


def mask_phone(phone: str) -> str:
    """138****1234: enough to correlate log lines, not enough to identify the person."""
    if len(phone) < 7:
        return "*" * len(phone)
    return f"{phone[:3]}****{phone[-4:]}"


def sms_send(*, phone: str, params: dict[str, str]) -> None:
    """Send the verification-code template (``settings.SMS_TEMPLATE_CODE``, variable ``code``) to ``phone``."""
    _provider().send(phone=phone, template_code=settings.SMS_TEMPLATE_CODE, params=params)


def _provider() -> SmsProvider:
    name = settings.SMS_PROVIDER
    if name == "console":
        return ConsoleSmsProvider()
    if name == "aliyun":
        return AliyunSmsProvider(
            endpoint=settings.SMS_ALIYUN_ENDPOINT,
            access_key_id=settings.SMS_ALIYUN_ACCESS_KEY_ID,
            access_key_secret=settings.SMS_ALIYUN_ACCESS_KEY_SECRET,
            sign_name=settings.SMS_SIGN_NAME,
        )
    raise ImproperlyConfigured(f"Unknown SMS_PROVIDER {name!r}")


class ConsoleSmsProvider:
    """For ``make run``: the message (code included) goes to the log instead of a phone. Never in production."""

    def send(self, *, phone: str, template_code: str, params: dict[str, str]) -> None:
        logger.info("SMS (console provider) to %s, template %r, params %s", phone, template_code, params)


class AliyunSmsProvider:
    """Alibaba Cloud SMS ``SendSms`` (dysmsapi, RPC style, version 2017-05-25, signature v1.0 HMAC-SHA1)."""

    API_VERSION = "2017-05-25"
    REGION_ID = "cn-hangzhou"

    def __init__(self, *, endpoint: str, access_key_id: str, access_key_secret: str, sign_name: str) -> None:
        if not (endpoint and access_key_id and access_key_secret and sign_name):
            raise ImproperlyConfigured(
                "SMS_PROVIDER=aliyun needs SMS_ALIYUN_ENDPOINT, SMS_ALIYUN_ACCESS_KEY_ID, "
                "SMS_ALIYUN_ACCESS_KEY_SECRET and SMS_SIGN_NAME"
            )
        self.endpoint = endpoint
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.sign_name = sign_name

    def send(self, *, phone: str, template_code: str, params: dict[str, str]) -> None:
        if not template_code:
            raise ImproperlyConfigured("SMS_TEMPLATE_CODE must be set for SMS_PROVIDER=aliyun")
        query = {
            "AccessKeyId": self.access_key_id,
            "Action": "SendSms",
            "Format": "JSON",
            "PhoneNumbers": phone,
            "RegionId": self.REGION_ID,
            "SignName": self.sign_name,
            "SignatureMethod": "HMAC-SHA1",
            "SignatureNonce": str(uuid.uuid4()),
            "SignatureVersion": "1.0",
            "TemplateCode": template_code,
            "TemplateParam": json.dumps(params, ensure_ascii=False, separators=(",", ":")),
            "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": self.API_VERSION,
        }
        query["Signature"] = aliyun_rpc_signature("POST", query, self.access_key_secret)
        masked = mask_phone(phone)
        try:
            response = requests.post(self.endpoint, data=query, timeout=HTTP_TIMEOUT_SECONDS)
        except requests.RequestException as error:
            logger.warning("SMS to %s failed: %s: %s", masked, type(error).__name__, error)
            raise SmsError("network") from error
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        code = str(answer.get("Code", "")) if isinstance(answer, dict) else ""
        if response.status_code != 200 or code != "OK":
            message = str(answer.get("Message", "")) if isinstance(answer, dict) else ""
            # SignatureDoesNotMatch echoes the string to sign, which holds the number and the code.
            message = message.split("string to sign", 1)[0][:200]
            logger.warning(
                "SMS to %s refused: HTTP %s, Code %r, Message %r, RequestId %r",
                masked,
                response.status_code,
                code,
                message,
                answer.get("RequestId", "") if isinstance(answer, dict) else "",
            )
            raise SmsError(code or f"HTTP {response.status_code}")
        logger.info("SMS to %s accepted, BizId %s", masked, answer.get("BizId", ""))


def aliyun_percent_encode(value: str) -> str:
    """Alibaba's rule: RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes.

    So a space is %20 (not +), ``*`` is %2A and ``~`` stays; exactly ``quote`` with nothing extra safe.
    """
    return quote(value, safe="~")


def aliyun_rpc_signature(method: str, params: dict[str, str], access_key_secret: str) -> str:
    """Signature v1.0 as Alibaba Cloud documents it for RPC APIs (also used by tests/fakes/aliyun_sms.py).

    StringToSign = METHOD & %2F & encode(canonicalized query); key = secret + "&"; base64(HMAC-SHA1).
    """
    canonical = "&".join(
        f"{aliyun_percent_encode(key)}={aliyun_percent_encode(value)}"
        for key, value in sorted(params.items())
        if key != "Signature"
    )
    string_to_sign = f"{method.upper()}&{aliyun_percent_encode('/')}&{aliyun_percent_encode(canonical)}"
    digest = hmac.new(f"{access_key_secret}&".encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()
