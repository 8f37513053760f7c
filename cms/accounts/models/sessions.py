"""Login sessions: one row per web login or issued API token (O2, O3).

Every authenticated request is checked against its row, so revoking ("log out everywhere", "end this
session") takes effect on the next request, idle expiry is enforced server-side, and the rows double as
the user's login history with device and place.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionKind(models.TextChoices):
    WEB = "web", _("Web browser")
    TOKEN = "token", _("App or mini-program")


class EndReason(models.TextChoices):
    LOGOUT = "logout", _("Logged out")
    REVOKED = "revoked", _("Revoked")
    LOGOUT_EVERYWHERE = "logout_everywhere", _("Logged out everywhere")
    IDLE = "idle", _("Idle timeout")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    ACCOUNT_DISABLED = "account_disabled", _("Account disabled")


class LoginSession(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="login_sessions")
    kind = models.CharField(max_length=8, choices=SessionKind.choices)
    # Random id kept in the Django session (web) or sha256 of the bearer token (token); never the secret itself.
    key = models.CharField(max_length=64, unique=True)
    method = models.CharField(max_length=16)  # password, sms, wechat_web, wechat_mini, register, reset
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    device = models.CharField(max_length=64, blank=True)
    place = models.CharField(max_length=64, blank=True)
    # Whether the user held an administrator role at login: fixes the idle timeout without a query per request.
    administrator = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=24, choices=EndReason.choices, blank=True)

    class Meta:
        verbose_name = _("login session")
        verbose_name_plural = _("login sessions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "ended_at"], name="accounts_session_user_open")]

    def __str__(self) -> str:
        return f"{self.user} · {self.device} · {self.created_at:%Y-%m-%d %H:%M}"
