"""TOTP two-factor login for administrators (O2, S), on django-otp.

An administrator enrols once (scan the otpauth:// QR code, confirm one code), then confirms a code after
every login. django-otp marks the session verified; ``request.user.is_verified()`` is what the admin
middleware and ``permissions.require`` check. Wrong codes are throttled by django-otp and audited.
"""

from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.models import User
from cms.audit.models import Result
from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode


def totp_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def totp_enrol_start(*, request) -> TOTPDevice:
    """A fresh unconfirmed device; its ``config_url`` (otpauth://) goes into the QR code."""
    user = request.user
    if totp_device(user) is not None:
        raise DomainError(_("Two-factor login is already set up."), code=ErrorCode.CONFLICT)
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def _check(request, device: TOTPDevice, code: str, action: str) -> None:
    allowed, _details = device.verify_is_allowed()
    code = (code or "").strip().replace(" ", "")
    if not allowed:
        audit_record(action=f"{action}.throttled", request=request, result=Result.DENIED, obj=request.user)
        raise DomainError(_("Too many wrong codes. Wait a moment and try again."), code=ErrorCode.RATE_LIMITED)
    if not (code.isdigit() and device.verify_token(code)):
        audit_record(action=f"{action}.failed", request=request, result=Result.FAILURE, obj=request.user)
        raise DomainError(
            _("The code is wrong. Check the time on your phone and try again."),
            code=ErrorCode.INVALID_CODE,
            field="code",
        )
    otp_login(request, device)
    audit_record(action=action, request=request, obj=request.user)


def totp_enrol_confirm(*, request, code: str) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("-id").first()
    if device is None:
        raise DomainError(_("Start setting up two-factor login first."), code=ErrorCode.NOT_FOUND)
    _check(request, device, code, "two_factor.enrolled")
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


def totp_verify(*, request, code: str) -> None:
    device = totp_device(request.user)
    if device is None:
        raise DomainError(_("Set up two-factor login first."), code=ErrorCode.NOT_FOUND)
    _check(request, device, code, "two_factor.verified")


def totp_reset(*, request, user: User) -> int:
    """The system administrator removes a user's authenticator (lost phone); they enrol again next login."""
    from cms.accounts.permissions import Action, require

    require(request, Action.USER_MANAGE)
    count, _deleted = TOTPDevice.objects.filter(user=user).delete()
    audit_record(action="two_factor.reset", request=request, obj=user)
    return count
