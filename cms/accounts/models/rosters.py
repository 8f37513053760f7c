"""Real-name registration against a school's roster (O2 实名制).

A school administrator imports the roster; a user claims a row with real name and number. A match
verifies the user; a mismatch is refused; a row someone else already claimed becomes a claim the school
administrator decides.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.accounts.models.organisations import Organisation
from cms.core.crypto import EncryptedTextField, lookup_digest


class RosterKind(models.TextChoices):
    STUDENT = "student", _("Student")
    TEACHER = "teacher", _("Teacher")


class RosterImport(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="roster_imports")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    file_name = models.CharField(max_length=255)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name


class RosterEntry(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="roster_entries")
    kind = models.CharField(_("kind"), max_length=8, choices=RosterKind.choices, default=RosterKind.STUDENT)
    name = EncryptedTextField(_("name"))
    name_digest = models.CharField(max_length=64, editable=False)
    number = models.CharField(_("student or staff number"), max_length=32)
    department = models.CharField(_("department"), max_length=64, blank=True)
    class_name = models.CharField(_("class"), max_length=64, blank=True)
    source = models.ForeignKey(RosterImport, on_delete=models.SET_NULL, null=True, related_name="entries")
    claimed_by = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="roster_entry"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("roster entry")
        verbose_name_plural = _("roster entries")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "number"], name="accounts_roster_number_unique"),
        ]

    def __str__(self) -> str:
        return self.number

    def save(self, *args, **kwargs) -> None:
        self.name_digest = lookup_digest(self.name, purpose="real_name")
        super().save(*args, **kwargs)


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the school administrator")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RealNameClaim(models.Model):
    """A claim on a roster row already claimed by someone else; the school administrator decides."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="real_name_claims")
    entry = models.ForeignKey(RosterEntry, on_delete=models.CASCADE, related_name="claims")
    status = models.CharField(max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("real-name claim")
        verbose_name_plural = _("real-name claims")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "entry"],
                condition=models.Q(status="pending"),
                name="accounts_claim_one_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.entry}"
