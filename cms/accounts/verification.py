"""One-time codes by SMS or email: issue, rate-limit, deliver, check (O2).

Codes are 6 digits, valid 5 minutes, single use, and die after 5 wrong guesses. Per phone/email and per
client IP at most one code a minute and ten a day (settings ``ZYK_CODE_*``). Rate limits count every
request, also those answered silently because no account matches, so timing and limits never reveal
whether an account exists.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.accounts.models import Channel, Purpose, VerificationCode, phone_validator
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode

CODE_TTL = timedelta(minutes=5)
MAX_FAILED_ATTEMPTS = 5


@dataclass(frozen=True)
class CodeRequest:
    channel: str
    target: str  # normalised phone number or email address

    @property
    def digest(self) -> str:
        return lookup_digest(self.target, purpose=f"code:{self.channel}")


def target_normalise(channel: str, target: str) -> CodeRequest:
    """Check the phone number or email address; refuse malformed ones with a translated message."""
    target = (target or "").strip()
    if channel == Channel.SMS:
        target = target.removeprefix("+86").replace(" ", "").replace("-", "")
        try:
            phone_validator(target)
        except ValidationError:
            raise DomainError(_("Enter a valid mainland China mobile number."), field="phone") from None
        return CodeRequest(Channel.SMS, target)
    if channel == Channel.EMAIL:
        target = target.lower()
        try:
            validate_email(target)
        except ValidationError:
            raise DomainError(_("Enter a valid email address."), field="email") from None
        return CodeRequest(Channel.EMAIL, target)
    raise DomainError(_("Unknown delivery channel."), field="channel")


def _code_digest(request: CodeRequest, code: str) -> str:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{request.digest}:{code}".encode(), hashlib.sha256).hexdigest()


def _limit(setting: str, default: int) -> int:
    return int(getattr(settings, setting, default))


def _check_rate(request: CodeRequest, ip: str | None) -> None:
    now = timezone.now()
    minute, day = now - timedelta(minutes=1), now - timedelta(days=1)
    per_minute = _limit("ZYK_CODE_PER_MINUTE", 1)
    per_day = _limit("ZYK_CODE_PER_DAY", 10)
    by_target = VerificationCode.objects.filter(target_digest=request.digest)
    if by_target.filter(created_at__gte=minute).count() >= per_minute:
        raise DomainError(
            _("A code was sent less than a minute ago. Please wait before asking again."), code=ErrorCode.RATE_LIMITED
        )
    if by_target.filter(created_at__gte=day).count() >= per_day:
        raise DomainError(
            _("Too many codes today for this number or address. Please try again tomorrow."),
            code=ErrorCode.RATE_LIMITED,
        )
    if ip:
        by_ip = VerificationCode.objects.filter(ip=ip)
        if by_ip.filter(created_at__gte=minute).count() >= _limit("ZYK_CODE_PER_IP_MINUTE", per_minute):
            raise DomainError(
                _("Too many requests from your network. Please wait a minute."), code=ErrorCode.RATE_LIMITED
            )
        if by_ip.filter(created_at__gte=day).count() >= _limit("ZYK_CODE_PER_IP_DAY", per_day):
            raise DomainError(
                _("Too many requests from your network today. Please try again tomorrow."), code=ErrorCode.RATE_LIMITED
            )


def _deliver(request: CodeRequest, code: str, purpose: str) -> None:
    from cms.accounts.messaging.email import EmailError, email_send
    from cms.accounts.messaging.sms import SmsError, sms_send

    try:
        if request.channel == Channel.SMS:
            sms_send(phone=request.target, params={"code": code})
        else:
            subject, body = _email_text(request, code, purpose)
            email_send(to=request.target, subject=subject, body=body)
    except (SmsError, EmailError) as error:
        raise DomainError(str(error), code=ErrorCode.DELIVERY_FAILED) from error


def _email_text(request: CodeRequest, code: str, purpose: str) -> tuple[str, str]:
    from urllib.parse import urlencode

    library = settings.LIBRARY_NAME
    link = ""
    base = getattr(settings, "ZYK_PUBLIC_URL", "").rstrip("/")
    if base:
        route = {Purpose.REGISTER: "/register", Purpose.PASSWORD_RESET: "/forgot-password"}.get(purpose, "")
        if route:
            link = f"{base}{route}?{urlencode({'email': request.target, 'code': code})}"
    subject = _("%(library)s: your verification code %(code)s") % {"library": library, "code": code}
    lines = [
        _("Your verification code is %(code)s. It is valid for 5 minutes and can be used once.") % {"code": code},
    ]
    if link:
        lines.append(_("Or open this link: %(link)s") % {"link": link})
    lines.append(_("If you did not ask for it, ignore this message; nobody can use it without your mailbox."))
    return subject, "\n\n".join(lines)


def code_issue(*, channel: str, target: str, purpose: str, ip: str | None, deliver: bool = True) -> CodeRequest:
    """Create a code and send it (``deliver=False`` records the request for rate limits and sends nothing).

    Raises ``DomainError`` for malformed targets, rate limits and delivery failures; otherwise the caller
    answers the same way whether or not anything was sent.
    """
    request = target_normalise(channel, target)
    with transaction.atomic():
        _check_rate(request, ip)
        code = f"{secrets.randbelow(1_000_000):06d}"
        row = VerificationCode.objects.create(
            channel=request.channel,
            purpose=purpose,
            target_digest=request.digest,
            code_digest=_code_digest(request, code),
            ip=ip,
            expires_at=timezone.now() + CODE_TTL,
            sent=deliver,
        )
    if deliver:
        try:
            _deliver(request, code, purpose)
        except DomainError:
            # A failed delivery should not cost the user their minute: forget the request.
            VerificationCode.objects.filter(pk=row.pk).delete()
            raise
    return request


def code_consume(*, channel: str, target: str, purpose: str, code: str) -> CodeRequest:
    """Accept a code once: the newest unexpired, unused code for this target and purpose must match."""
    request = target_normalise(channel, target)
    invalid = DomainError(
        _("The code is wrong or has expired. Ask for a new one."), code=ErrorCode.INVALID_CODE, field="code"
    )
    code = (code or "").strip()
    if not (len(code) == 6 and code.isdigit()):
        raise invalid
    with transaction.atomic():
        row = (
            VerificationCode.objects.select_for_update()
            .filter(
                target_digest=request.digest,
                purpose=purpose,
                sent=True,
                used_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .order_by("-created_at")
            .first()
        )
        matched = (
            row is not None
            and row.failed_attempts < MAX_FAILED_ATTEMPTS
            and hmac.compare_digest(row.code_digest, _code_digest(request, code))
        )
        if row is not None and not matched and row.failed_attempts < MAX_FAILED_ATTEMPTS:
            row.failed_attempts += 1  # committed: wrong guesses count even though we refuse
            row.save(update_fields=["failed_attempts"])
        elif matched:
            row.used_at = timezone.now()
            row.save(update_fields=["used_at"])
    if not matched:
        raise invalid
    return request
