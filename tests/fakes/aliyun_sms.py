"""Fake Alibaba Cloud SMS (dysmsapi ``SendSms``, RPC style, version 2017-05-25).

Checks what the real service checks before it sends anything: the common parameters, the AccessKeyId, the
timestamp window, the signature (v1.0, HMAC-SHA1, recomputed here with the configured secret), nonce reuse,
the action and version, then the SendSms parameters. Gateway errors are HTTP 4xx; business errors
(``isv.*``) are HTTP 200 with a Code other than "OK", as with the real service. Answers are always JSON.

    python -m tests.fakes.aliyun_sms --port 8025 --access-key-id X --access-key-secret Y

Test controls: ``GET /_fake/messages[?phone=…]`` lists the accepted messages, ``POST /_fake/fail-next``
with ``{"code": "isv.BUSINESS_LIMIT_CONTROL"}`` makes the next valid request fail with that Code.
"""

import base64
import hashlib
import hmac
import json
import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote_plus

from tests.fakes import FakeRequestHandler, FakeServer, cli_logging, cli_parser

DEFAULT_ACCESS_KEY_ID = "fake-access-key-id"
DEFAULT_ACCESS_KEY_SECRET = "fake-access-key-secret"
MAINLAND_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$")
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
TIMESTAMP_WINDOW = timedelta(minutes=15)
COMMON_PARAMETERS = (
    "AccessKeyId",
    "Action",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "Timestamp",
    "Version",
    "Signature",
)


@dataclass(frozen=True)
class SmsRecord:
    phone: str  # the 11-digit national number, without +86
    sign_name: str
    template_code: str
    params: dict[str, str]
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def as_json(self) -> dict:
        return {
            "phone": self.phone,
            "sign_name": self.sign_name,
            "template_code": self.template_code,
            "params": self.params,
            "received_at": self.received_at.isoformat(),
        }


def percent_encode(value: str) -> str:
    """The encoding Alibaba's SDKs use: form-encode, then undo its three departures from RFC 3986."""
    return quote_plus(value.encode("utf-8")).replace("+", "%20").replace("*", "%2A").replace("%7E", "~")


def string_to_sign(method: str, params: dict[str, str]) -> str:
    canonical = "&".join(
        percent_encode(key) + "=" + percent_encode(params[key]) for key in sorted(params) if key != "Signature"
    )
    return method + "&" + percent_encode("/") + "&" + percent_encode(canonical)


def sign(text: str, access_key_secret: str) -> str:
    mac = hmac.new((access_key_secret + "&").encode("utf-8"), text.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


class _ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


class AliyunSmsHandler(FakeRequestHandler):
    fake: "AliyunSmsFake"

    def do_GET(self) -> None:
        if self.path_only == "/_fake/messages":
            phone = self.query_params().get("phone")
            self.send_json(200, [record.as_json() for record in self.fake.messages(phone)])
        elif self.path_only == "/":
            self._api(self.query_params())
        else:
            self.send_json(404, {"Code": "InvalidAction.NotFound", "Message": "Specified api is not found."})

    def do_POST(self) -> None:
        body = self.body_bytes()
        if self.path_only == "/_fake/fail-next":
            self.fake.fail_next = str(self.json_body(body).get("code") or "") or None
            self.send_json(200, {"fail_next": self.fake.fail_next})
        elif self.path_only == "/":
            # POST carries the parameters in the form body; the real gateway also reads the query string.
            self._api({**self.query_params(), **self.form_params(body)})
        else:
            self.send_json(404, {"Code": "InvalidAction.NotFound", "Message": "Specified api is not found."})

    def _api(self, params: dict[str, str]) -> None:
        request_id = str(uuid.uuid4()).upper()
        try:
            answer = self.fake.handle_send_sms(self.command, params)
        except _ApiError as error:
            self.send_json(
                error.status,
                {
                    "RequestId": request_id,
                    "HostId": "dysmsapi.aliyuncs.com",
                    "Code": error.code,
                    "Message": error.message,
                },
            )
            return
        self.send_json(200, {"RequestId": request_id, **answer})


class AliyunSmsFake(FakeServer):
    handler_class = AliyunSmsHandler

    def __init__(
        self,
        *,
        access_key_id: str = DEFAULT_ACCESS_KEY_ID,
        access_key_secret: str = DEFAULT_ACCESS_KEY_SECRET,
        sign_names: set[str] | None = None,
        template_codes: set[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """``sign_names``/``template_codes``: the approved ones (None accepts any, as for a new account)."""
        super().__init__(host=host, port=port)
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.sign_names = sign_names
        self.template_codes = template_codes
        self.fail_next: str | None = None
        self._records: list[SmsRecord] = []
        self._nonces: dict[str, datetime] = {}

    # ---- Python API for tests --------------------------------------------------------------------

    def messages(self, phone: str | None = None) -> list[SmsRecord]:
        """Accepted messages, oldest first; ``phone`` may carry a +86/0086 prefix."""
        wanted = _national(phone) if phone else None
        with self.lock:
            return [record for record in self._records if wanted is None or record.phone == wanted]

    def last_code(self, phone: str) -> str | None:
        """The ``code`` template variable of the last message to ``phone``, or None."""
        records = self.messages(phone)
        return records[-1].params.get("code") if records else None

    def clear(self) -> None:
        with self.lock:
            self._records.clear()

    # ---- the protocol ----------------------------------------------------------------------------

    def handle_send_sms(self, method: str, params: dict[str, str]) -> dict:
        for name in COMMON_PARAMETERS:
            if not params.get(name):
                raise _ApiError(400, f"Missing{name}", f"{name} is mandatory for this action.")
        if params["AccessKeyId"] != self.access_key_id:
            raise _ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
        if params["SignatureMethod"] != "HMAC-SHA1" or params["SignatureVersion"] != "1.0":
            raise _ApiError(400, "UnsupportedSignatureMethod", "Specified signature method is not supported.")
        now = datetime.now(UTC)
        try:
            timestamp = datetime.strptime(params["Timestamp"], TIMESTAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            raise _ApiError(
                400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."
            ) from None
        if abs(now - timestamp) > TIMESTAMP_WINDOW:
            raise _ApiError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
        expected_text = string_to_sign(method, params)
        if not hmac.compare_digest(sign(expected_text, self.access_key_secret), params["Signature"]):
            raise _ApiError(
                400,
                "SignatureDoesNotMatch",
                f"Specified signature is not matched with our calculation. server string to sign is:{expected_text}",
            )
        with self.lock:
            self._nonces = {nonce: at for nonce, at in self._nonces.items() if now - at <= TIMESTAMP_WINDOW}
            if params["SignatureNonce"] in self._nonces:
                raise _ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
            self._nonces[params["SignatureNonce"]] = now
        if params["Action"] != "SendSms":
            raise _ApiError(400, "InvalidAction.NotFound", "Specified api is not found, please check your url.")
        if params["Version"] != "2017-05-25":
            raise _ApiError(400, "InvalidVersion", "Specified parameter Version is not valid.")
        for name in ("PhoneNumbers", "SignName", "TemplateCode"):
            if not params.get(name):
                raise _ApiError(400, f"Missing{name}", f"{name} is mandatory for this action.")
        return self._send_sms(params)

    def _send_sms(self, params: dict[str, str]) -> dict:
        with self.lock:
            forced, self.fail_next = self.fail_next, None
        if forced:
            return {"Code": forced, "Message": f"forced failure ({forced})"}
        phones = [_national(number) for number in params["PhoneNumbers"].split(",")]
        if not all(phones) or len(phones) > 1000:
            return {"Code": "isv.MOBILE_NUMBER_ILLEGAL", "Message": "invalid mobile number"}
        if self.sign_names is not None and params["SignName"] not in self.sign_names:
            return {"Code": "isv.SMS_SIGNATURE_ILLEGAL", "Message": "该账号下找不到对应签名"}
        if self.template_codes is not None and params["TemplateCode"] not in self.template_codes:
            return {"Code": "isv.SMS_TEMPLATE_ILLEGAL", "Message": "该账号下找不到对应模板"}
        try:
            template_params = json.loads(params.get("TemplateParam") or "{}")
        except ValueError:
            template_params = None
        if not isinstance(template_params, dict) or not all(isinstance(v, str) for v in template_params.values()):
            return {"Code": "isv.INVALID_JSON_PARAM", "Message": "JSON参数不合法，只接受字符串值"}
        with self.lock:
            for phone in phones:
                self._records.append(
                    SmsRecord(
                        phone=phone,
                        sign_name=params["SignName"],
                        template_code=params["TemplateCode"],
                        params=dict(template_params),
                    )
                )
        return {"Code": "OK", "Message": "OK", "BizId": f"{secrets.randbelow(10**15):015d}^0"}


def _national(phone: str) -> str:
    match = MAINLAND_MOBILE.match(phone.strip())
    return match.group(1) if match else ""


def main() -> None:
    parser = cli_parser("Fake Alibaba Cloud SMS (dysmsapi SendSms) for local and browser tests", 8025)
    parser.add_argument("--access-key-id", default=DEFAULT_ACCESS_KEY_ID)
    parser.add_argument("--access-key-secret", default=DEFAULT_ACCESS_KEY_SECRET)
    parser.add_argument("--sign-name", action="append", help="approved signature (repeatable; default: any)")
    parser.add_argument("--template-code", action="append", help="approved template (repeatable; default: any)")
    args = parser.parse_args()
    cli_logging(args.verbose)
    AliyunSmsFake(
        access_key_id=args.access_key_id,
        access_key_secret=args.access_key_secret,
        sign_names=set(args.sign_name) if args.sign_name else None,
        template_codes=set(args.template_code) if args.template_code else None,
        host=args.host,
        port=args.port,
    ).serve_until_interrupted()


if __name__ == "__main__":
    main()
