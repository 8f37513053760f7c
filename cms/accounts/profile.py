"""Personal space (O3, first part): profile, avatar, password, phone and email changes.

Changing a phone number or email needs the current password and a code sent to the new address; the new
contact is then verified. Avatars are decoded and re-encoded by Pillow (256×256 PNG), so no uploaded
bytes are ever stored or served as they came.
"""

import io

from django.contrib.auth import update_session_auth_hash
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from cms.accounts import sessions
from cms.accounts.devices import client_ip
from cms.accounts.models import Channel, EndReason, Purpose, RealNameStatus, User
from cms.accounts.registration import _user_for, password_check
from cms.accounts.verification import code_consume, code_issue, target_normalise
from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode

AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_SIZE = 256
AVATAR_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def profile_update(*, request, title: str | None = None, real_name: str | None = None) -> User:
    user: User = request.user
    if title is not None:
        user.title = title.strip()[:64]
    if real_name is not None and real_name.strip() != user.real_name:
        if user.real_name_status == RealNameStatus.VERIFIED:
            raise DomainError(
                _("Your real name is verified and can only change through your school."), field="realName"
            )
        user.real_name = real_name.strip()[:64]
    user.save()
    audit_record(action="profile.update", request=request, obj=user)
    return user


def avatar_size_check(size: int) -> None:
    if size > AVATAR_MAX_BYTES:
        raise DomainError(_("The picture is larger than 2 MB."), code=ErrorCode.LIMIT_EXCEEDED, field="avatar")


def avatar_set(*, request, data: bytes) -> User:
    avatar_size_check(len(data))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in AVATAR_FORMATS:
                raise DomainError(_("Upload a JPEG, PNG, WebP or GIF picture."), field="avatar")
            if probe.width * probe.height > 40_000_000:
                raise DomainError(_("The picture is too large."), code=ErrorCode.LIMIT_EXCEEDED, field="avatar")
            probe.load()
            image = probe.convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise DomainError(_("This file is not a picture we can read."), field="avatar") from None
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    image = image.crop((left, top, left + side, top + side)).resize((AVATAR_SIZE, AVATAR_SIZE))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    user: User = request.user
    old = user.avatar.name if user.avatar else ""
    user.avatar.save(f"{user.pk}.png", ContentFile(out.getvalue()), save=True)
    if old and old != user.avatar.name:
        user.avatar.storage.delete(old)
    audit_record(action="profile.avatar", request=request, obj=user)
    return user


def password_change(*, request, old_password: str, new_password: str) -> User:
    """Keep this session, end every other session and token."""
    user: User = request.user
    if not user.check_password(old_password or ""):
        audit_record(action="password.change_failed", request=request, result="failure", obj=user)
        raise DomainError(_("The current password is wrong."), code=ErrorCode.INVALID_CREDENTIALS, field="oldPassword")
    password_check(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    sessions.sessions_end_all(
        user, reason=EndReason.PASSWORD_CHANGED, request=request, keep=getattr(request, "zyk_login_session", None)
    )
    if not getattr(request, "zyk_token_auth", False):
        update_session_auth_hash(request, user)
    audit_record(action="password.change", request=request, obj=user)
    return user


def contact_change_start(*, request, channel: str, target: str, password: str) -> None:
    user: User = request.user
    if not user.check_password(password or ""):
        raise DomainError(_("The current password is wrong."), code=ErrorCode.INVALID_CREDENTIALS, field="password")
    code_target = target_normalise(channel, target)
    owner = _user_for(code_target)
    if owner is not None and owner.pk != user.pk:
        raise DomainError(_("This phone number or email already belongs to another account."), code=ErrorCode.CONFLICT)
    code_issue(channel=channel, target=code_target.target, purpose=Purpose.CHANGE_CONTACT, ip=client_ip(request))


def contact_change_confirm(*, request, channel: str, target: str, code: str) -> User:
    user: User = request.user
    code_target = code_consume(channel=channel, target=target, purpose=Purpose.CHANGE_CONTACT, code=code)
    owner = _user_for(code_target)
    if owner is not None and owner.pk != user.pk:
        raise DomainError(_("This phone number or email already belongs to another account."), code=ErrorCode.CONFLICT)
    with transaction.atomic():
        if channel == Channel.SMS:
            user.phone, user.phone_verified_at = code_target.target, timezone.now()
        else:
            user.email, user.email_verified_at = code_target.target, timezone.now()
        user.save()
    audit_record(action="contact.change", request=request, obj=user, detail={"channel": channel})
    return user
