"""Password authentication with lockout (O2, S): one backend for the SPA, the API and the Wagtail admin.

Accounts are named by user name, phone or email. Five wrong passwords lock the account for 30 minutes
(settings ``ZYK_LOGIN_MAX_FAILURES`` / ``ZYK_LOCKOUT_MINUTES``); every failure and lockout is audited.
Unknown accounts cost the same password hashing as known ones, so timing does not reveal which exist.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.utils import timezone

from cms.accounts.models import User, account_lookup_q
from cms.audit.models import Result
from cms.audit.services import audit_record


class AccountLocked(PermissionDenied):
    """Stops ``authenticate()`` (no later backend is tried); it marks ``request.zyk_account_locked`` for callers."""


def lockout_active(user: User) -> bool:
    return bool(user.locked_until and user.locked_until > timezone.now())


def _failure(request, user: User) -> None:
    limit = settings.ZYK_LOGIN_MAX_FAILURES
    User.objects.filter(pk=user.pk).update(failed_login_count=F("failed_login_count") + 1)
    user.refresh_from_db(fields=["failed_login_count"])
    audit_record(action="login.failed", request=request, actor=user, result=Result.FAILURE, obj=user)
    if user.failed_login_count >= limit:
        user.locked_until = timezone.now() + timedelta(minutes=settings.ZYK_LOCKOUT_MINUTES)
        User.objects.filter(pk=user.pk).update(locked_until=user.locked_until, failed_login_count=0)
        audit_record(
            action="login.locked",
            request=request,
            actor=user,
            result=Result.DENIED,
            obj=user,
            detail={"minutes": settings.ZYK_LOCKOUT_MINUTES},
        )


def login_failures_reset(user: User) -> None:
    if user.failed_login_count or user.locked_until:
        User.objects.filter(pk=user.pk).update(failed_login_count=0, locked_until=None)
        user.failed_login_count, user.locked_until = 0, None


class AccountBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        account = username or kwargs.get(User.USERNAME_FIELD)
        if not account or password is None:
            return None
        user = User.objects.filter(account_lookup_q(account)).first()
        if user is None:
            User().set_password(password)  # same cost as a real check
            audit_record(
                action="login.failed",
                request=request,
                result=Result.FAILURE,
                detail={"reason": "unknown_account"},
            )
            return None
        if lockout_active(user):
            audit_record(action="login.refused_locked", request=request, actor=user, result=Result.DENIED, obj=user)
            if request is not None:
                request.zyk_account_locked = True
            raise AccountLocked
        if not user.check_password(password):
            _failure(request, user)
            return None
        if not self.user_can_authenticate(user):
            audit_record(action="login.inactive", request=request, actor=user, result=Result.DENIED, obj=user)
            return None
        login_failures_reset(user)
        return user
