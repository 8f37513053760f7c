"""Registration and password recovery by SMS or email code (O2).

Registration keeps the account inactive until the code is confirmed. Whether the phone or email already
belongs to an account is never revealed: the reply is the same, the same limits apply, and the code simply
never arrives (an email owner gets a notice instead, which only they can read).
"""

import secrets

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.accounts import sessions
from cms.accounts.devices import client_ip
from cms.accounts.models import Channel, EndReason, Purpose, User
from cms.accounts.roles import Role
from cms.accounts.services import role_grant
from cms.accounts.verification import CodeRequest, code_consume, code_issue, target_normalise
from cms.audit.services import audit_record
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode


def _user_for(target: CodeRequest) -> User | None:
    if target.channel == Channel.SMS:
        return User.objects.filter(phone_digest=lookup_digest(target.target, purpose="phone")).first()
    return User.objects.filter(email__iexact=target.target).first()


def password_check(password: str, user: User) -> None:
    """Apply the password policy; raise a DomainError whose message lists every broken rule."""
    try:
        password_validation.validate_password(password or "", user)
    except ValidationError as error:
        raise DomainError(" ".join(error.messages), field="password") from None


def _new_username() -> str:
    while True:
        name = "u" + secrets.token_hex(5)
        if not User.objects.filter(username=name).exists():
            return name


def registration_start(*, request, channel: str, target: str, password: str) -> None:
    """Check the input, park an inactive account with the password, send the code."""
    code_target = target_normalise(channel, target)
    existing = _user_for(code_target)
    probe = User(username=code_target.target)
    if channel == Channel.SMS:
        probe.phone = code_target.target
    else:
        probe.email = code_target.target
    password_check(password, probe)
    ip = client_ip(request)
    if existing is not None and existing.is_active:
        code_issue(channel=channel, target=code_target.target, purpose=Purpose.REGISTER, ip=ip, deliver=False)
        audit_record(action="register.existing_account", request=request, obj=existing)
        return
    with transaction.atomic():
        user = existing or User(username=_new_username(), is_active=False)
        if channel == Channel.SMS:
            user.phone = code_target.target
        else:
            user.email = code_target.target
        user.set_password(password)
        user.save()
    code_issue(channel=channel, target=code_target.target, purpose=Purpose.REGISTER, ip=ip, deliver=True)
    audit_record(action="register.start", request=request, obj=user, detail={"channel": channel})


def registration_verify(*, request, channel: str, target: str, code: str) -> User:
    """Confirm the code: the account becomes active, a social learner, and is logged in."""
    from cms.accounts.login import _finish

    code_target = code_consume(channel=channel, target=target, purpose=Purpose.REGISTER, code=code)
    user = _user_for(code_target)
    if user is None or user.is_active:
        raise DomainError(_("The code is wrong or has expired. Ask for a new one."), code=ErrorCode.INVALID_CODE)
    now = timezone.now()
    with transaction.atomic():
        user.is_active = True
        if channel == Channel.SMS:
            user.phone_verified_at = now
        else:
            user.email_verified_at = now
        user.save()
        role_grant(user=user, role=Role.SOCIAL_LEARNER)
    audit_record(action="register.verified", request=request, actor=user, obj=user, detail={"channel": channel})
    _finish(request, user, method="register", issue_token=False)
    return user


def password_reset_start(*, request, channel: str, target: str) -> None:
    code_target = target_normalise(channel, target)
    user = _user_for(code_target)
    deliver = user is not None and user.is_active
    code_issue(
        channel=channel,
        target=code_target.target,
        purpose=Purpose.PASSWORD_RESET,
        ip=client_ip(request),
        deliver=deliver,
    )
    audit_record(action="password_reset.start", request=request, obj=user, detail={"channel": channel})


def password_reset_complete(*, request, channel: str, target: str, code: str, new_password: str) -> None:
    """Set a new password, unlock the account, end every session and token (someone else may hold one)."""
    code_target = target_normalise(channel, target)
    user = _user_for(code_target)
    if user is not None:
        password_check(new_password, user)
    code_consume(channel=channel, target=code_target.target, purpose=Purpose.PASSWORD_RESET, code=code)
    if user is None or not user.is_active:
        raise DomainError(_("The code is wrong or has expired. Ask for a new one."), code=ErrorCode.INVALID_CODE)
    user.set_password(new_password)
    user.failed_login_count, user.locked_until = 0, None
    user.save(update_fields=["password", "failed_login_count", "locked_until"])
    sessions.sessions_end_all(user, reason=EndReason.PASSWORD_CHANGED, request=request)
    audit_record(action="password_reset.complete", request=request, actor=user, obj=user)
