"""People and organisations of the library (O1, O2, S).

The user model is custom from the first migration so registration, real-name verification and
mini-program login (issue 3) add no columns to it.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.accounts.roles import ORGANISATION_ROLES, PlatformRole, Role
from cms.core.models import TimeStampedModel

phone_validator = RegexValidator(r"^1[3-9]\d{9}$", _("Enter a valid mainland China mobile number."))


class RealNameStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    PENDING = "pending", _("Pending review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


class User(AbstractUser):
    """A person. Identity numbers are never stored in clear: only a keyed digest and the last 4 chars."""

    real_name = models.CharField(_("real name"), max_length=64, blank=True)
    phone = models.CharField(_("mobile phone"), max_length=11, blank=True, validators=[phone_validator])
    phone_verified_at = models.DateTimeField(_("phone verified at"), null=True, blank=True)
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    real_name_status = models.CharField(
        _("real-name status"), max_length=16, choices=RealNameStatus.choices, default=RealNameStatus.UNVERIFIED
    )
    real_name_verified_at = models.DateTimeField(_("real-name verified at"), null=True, blank=True)
    id_number_digest = models.CharField(_("ID number digest"), max_length=128, blank=True, editable=False)
    id_number_last4 = models.CharField(_("ID number last 4"), max_length=4, blank=True, editable=False)
    student_or_staff_number = models.CharField(_("student or staff number"), max_length=32, blank=True)
    wechat_openid = models.CharField(_("WeChat openid"), max_length=64, blank=True, editable=False)
    wechat_unionid = models.CharField(_("WeChat unionid"), max_length=64, blank=True, editable=False)
    platform_role = models.CharField(
        _("platform administrator role"),
        max_length=16,
        choices=PlatformRole.choices,
        blank=True,
        default=PlatformRole.NONE,
        help_text=_("System, security and audit administration are separated: one person holds at most one."),
    )
    title = models.CharField(_("professional title"), max_length=64, blank=True, help_text=_("e.g. 教授, 高级工程师"))

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(fields=["phone"], condition=~Q(phone=""), name="accounts_user_phone_unique"),
            models.UniqueConstraint(fields=["email"], condition=~Q(email=""), name="accounts_user_email_unique"),
            models.UniqueConstraint(
                fields=["wechat_openid"], condition=~Q(wechat_openid=""), name="accounts_user_openid_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.real_name or self.username

    @property
    def display_name(self) -> str:
        return self.real_name or self.get_full_name() or self.username

    def role_codes(self) -> set[str]:
        """Every role the user holds, platform role included (uses prefetched assignments when present)."""
        codes = {assignment.role for assignment in self.role_assignments.all()}
        if self.platform_role:
            codes.add(self.platform_role)
        return codes


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", _("School")
    ENTERPRISE = "enterprise", _("Enterprise")
    OTHER = "other", _("Other")


class LibraryRole(models.TextChoices):
    HOST = "host", _("Host institution")
    PARTICIPATING = "participating", _("Participating institution")


class Organisation(TimeStampedModel):
    """A school, enterprise or other body that builds or uses the library.

    At most three are hosts (O1). ``host_slot`` (1..3, unique) makes the database itself refuse a fourth,
    even under concurrent saves; services assign the slot, editors never see it.
    """

    name = models.CharField(_("name"), max_length=128, unique=True)
    short_name = models.CharField(_("short name"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices, default=OrganisationKind.SCHOOL)
    library_role = models.CharField(
        _("role in the library"), max_length=16, choices=LibraryRole.choices, default=LibraryRole.PARTICIPATING
    )
    host_slot = models.PositiveSmallIntegerField(
        _("host slot"), null=True, blank=True, editable=False, choices=[(i, str(i)) for i in (1, 2, 3)]
    )
    credit_code = models.CharField(
        _("unified social credit code"),
        max_length=18,
        blank=True,
        validators=[RegexValidator(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", _("Enter a valid code."))],
    )
    region = models.CharField(_("region"), max_length=64, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["host_slot", "sort_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["host_slot"], name="accounts_organisation_host_slot_unique"),
            models.CheckConstraint(
                condition=(Q(library_role=LibraryRole.HOST) & Q(host_slot__isnull=False) & Q(host_slot__gte=1))
                & Q(host_slot__lte=3)
                | (~Q(library_role=LibraryRole.HOST) & Q(host_slot__isnull=True)),
                name="accounts_organisation_host_slot_iff_host",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        from cms.accounts.services import assign_host_slot  # services own the rule; avoid an import cycle

        assign_host_slot(self)


class RoleAssignment(TimeStampedModel):
    """One role of one user, in one organisation when the role is organisational."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="role_assignments"
    )

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "organisation"], name="accounts_role_unique_in_org"),
            models.UniqueConstraint(
                fields=["user", "role"], condition=Q(organisation__isnull=True), name="accounts_role_unique_no_org"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()}"

    def clean(self) -> None:
        super().clean()
        if self.role in ORGANISATION_ROLES and self.organisation_id is None:
            raise ValidationError({"organisation": _("This role needs an organisation.")})
        if self.role == Role.SOCIAL_LEARNER and self.organisation_id is not None:
            raise ValidationError({"organisation": _("A social learner does not belong to an organisation.")})
