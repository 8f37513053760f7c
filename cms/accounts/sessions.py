"""Login sessions and API tokens (O2, O3): open, check, touch, end (one at a time or everywhere).

Every web login, whatever the door (SPA, Wagtail admin form, WeChat), fires Django's ``user_logged_in``;
its receiver opens a ``LoginSession`` row and stores the row's random key in the Django session. Tokens
for the mini-program and API clients are random 32-byte strings; only their SHA-256 is stored.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from cms.accounts.devices import UNKNOWN_IP, client_ip, device_describe, place_from_ip
from cms.accounts.models import EndReason, LoginSession, SessionKind, User
from cms.audit.services import audit_record

SESSION_KEY = "zyk_login_session"
TOKEN_PREFIX = "zyk_"  # noqa: S105 - a label, not a secret
TOUCH_EVERY = timedelta(seconds=60)


def idle_limit(row: LoginSession) -> timedelta:
    if row.kind == SessionKind.TOKEN and not row.administrator:
        return timedelta(days=settings.ZYK_TOKEN_IDLE_DAYS)
    minutes = settings.ZYK_IDLE_MINUTES_ADMIN if row.administrator else settings.ZYK_IDLE_MINUTES_USER
    return timedelta(minutes=minutes)


def _open(request, user: User, kind: str, key: str, method: str) -> LoginSession:
    ip = client_ip(request) if request is not None else UNKNOWN_IP
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:300] if request is not None else ""
    now = timezone.now()
    return LoginSession.objects.create(
        user=user,
        kind=kind,
        key=key,
        method=method,
        ip=None if ip == UNKNOWN_IP else ip,
        user_agent=user_agent,
        device=device_describe(user_agent)[:64],
        place=place_from_ip(ip)[:64],
        administrator=user.is_administrator,
        last_seen_at=now,
    )


def web_session_open(request, user: User) -> LoginSession:
    """Called on ``user_logged_in``: record the login and tie the Django session to the row."""
    method = getattr(request, "zyk_login_method", "password")
    row = _open(request, user, SessionKind.WEB, secrets.token_hex(32), method)
    request.session[SESSION_KEY] = row.key
    audit_record(action="login.success", request=request, actor=user, obj=user, detail={"method": method})
    return row


def token_issue(request, user: User, *, method: str) -> str:
    """A bearer token for the mini-program or an API client; shown once, stored as a digest."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    _open(request, user, SessionKind.TOKEN, _digest(token), method)
    audit_record(
        action="login.success", request=request, actor=user, obj=user, detail={"method": method, "token": True}
    )
    return token


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _usable(row: LoginSession | None) -> bool:
    if row is None or row.ended_at is not None or not row.user.is_active:
        return False
    return timezone.now() - row.last_seen_at <= idle_limit(row)


def _touch(row: LoginSession) -> None:
    now = timezone.now()
    if now - row.last_seen_at >= TOUCH_EVERY:
        LoginSession.objects.filter(pk=row.pk).update(last_seen_at=now)
        row.last_seen_at = now


def web_session_check(request) -> LoginSession | None:
    """The live row behind this browser session, or None (then the caller logs the browser out)."""
    key = request.session.get(SESSION_KEY)
    row = LoginSession.objects.select_related("user").filter(key=key, kind=SessionKind.WEB).first() if key else None
    if row is not None and row.user_id != request.user.pk:
        return None
    if not _usable(row):
        if row is not None and row.ended_at is None:
            _end(row, EndReason.IDLE if row.user.is_active else EndReason.ACCOUNT_DISABLED)
        return None
    _touch(row)
    return row


def token_check(token: str) -> LoginSession | None:
    row = LoginSession.objects.select_related("user").filter(key=_digest(token), kind=SessionKind.TOKEN).first()
    if not _usable(row):
        if row is not None and row.ended_at is None:
            _end(row, EndReason.IDLE)
        return None
    _touch(row)
    return row


def _end(row: LoginSession, reason: str) -> None:
    LoginSession.objects.filter(pk=row.pk, ended_at__isnull=True).update(ended_at=timezone.now(), end_reason=reason)


def web_session_end(request, user: User) -> None:
    """Called on ``user_logged_out`` (SPA logout, admin logout, a revoked session being thrown out)."""
    key = request.session.get(SESSION_KEY)
    if key:
        ended = LoginSession.objects.filter(key=key, ended_at__isnull=True).update(
            ended_at=timezone.now(), end_reason=EndReason.LOGOUT
        )
        if ended:
            audit_record(action="logout", request=request, actor=user, obj=user)


def token_end(request) -> None:
    """Logout of the token that authenticated this request."""
    row = getattr(request, "zyk_login_session", None)
    if row is not None and row.kind == SessionKind.TOKEN:
        _end(row, EndReason.LOGOUT)
        audit_record(action="logout", request=request, actor=row.user, obj=row.user, detail={"token": True})


def sessions_end_all(user: User, *, reason: str = EndReason.LOGOUT_EVERYWHERE, request=None, keep=None) -> int:
    """End every open session and token of ``user`` (except ``keep``); they stop working on their next request."""
    rows = LoginSession.objects.filter(user=user, ended_at__isnull=True)
    if keep is not None:
        rows = rows.exclude(pk=keep.pk)
    count = rows.update(ended_at=timezone.now(), end_reason=reason)
    audit_record(
        action="sessions.end_all",
        request=request,
        actor=getattr(request, "user", None) if request else None,
        obj=user,
        detail={"reason": reason, "count": count},
    )
    return count


def session_revoke(*, request, session_id: int) -> LoginSession:
    """End one of the requesting user's own sessions (personal space › active sessions)."""
    from django.utils.translation import gettext as _

    from cms.core.errors import DomainError, ErrorCode

    row = LoginSession.objects.filter(pk=session_id, user=request.user).first()
    if row is None:
        raise DomainError(_("No such session."), code=ErrorCode.NOT_FOUND)
    _end(row, EndReason.REVOKED)
    audit_record(action="session.revoke", request=request, obj=row.user, detail={"session": row.pk})
    row.refresh_from_db()
    return row


def sessions_of(user: User, *, active_only: bool, limit: int, offset: int) -> tuple[int, list[LoginSession]]:
    """The user's own sessions, newest first (personal space › active sessions)."""
    rows = LoginSession.objects.filter(user=user)
    if active_only:
        rows = rows.filter(ended_at__isnull=True)
    return rows.count(), list(rows.order_by("-created_at")[offset : offset + limit])
