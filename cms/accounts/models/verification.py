"""One-time codes sent by SMS or email (O2).

Only a keyed digest of the code is stored, and the target (phone or email) only as a keyed digest, so the
table neither leaks codes nor who asked for them. Rate limits count rows of this table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SMS = "sms", _("SMS")
    EMAIL = "email", _("Email")


class Purpose(models.TextChoices):
    REGISTER = "register", _("Registration")
    LOGIN = "login", _("Login")
    PASSWORD_RESET = "password_reset", _("Password recovery")
    CHANGE_CONTACT = "change_contact", _("Change phone or email")


class VerificationCode(models.Model):
    channel = models.CharField(max_length=8, choices=Channel.choices)
    purpose = models.CharField(max_length=16, choices=Purpose.choices)
    target_digest = models.CharField(max_length=64, db_index=True)
    code_digest = models.CharField(max_length=64)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    # Set when the code was really sent; requests answered silently (unknown account) still count for limits.
    sent = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("verification code")
        verbose_name_plural = _("verification codes")
        indexes = [models.Index(fields=["ip", "created_at"], name="accounts_code_ip_time")]

    def __str__(self) -> str:
        return f"{self.channel} {self.purpose} {self.created_at:%Y-%m-%d %H:%M}"
