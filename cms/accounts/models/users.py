"""People (O2, S). Personal data (phone, real name, ID number) is encrypted at rest (cms.core.crypto)."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.accounts.roles import ADMINISTRATOR_ROLES, PlatformRole
from cms.core.crypto import EncryptedTextField, lookup_digest

phone_validator = RegexValidator(r"^1[3-9]\d{9}$", _("Enter a valid mainland China mobile number."))


class RealNameStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    PENDING = "pending", _("Pending review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


class ZykUserManager(UserManager):
    def get_by_natural_key(self, username: str):
        """Accounts are named by user name, phone or email (the admin login form uses this too)."""
        return self.get(account_lookup_q(username))


def account_lookup_q(account: str) -> Q:
    account = (account or "").strip()
    if "@" in account:
        return Q(email__iexact=account)
    if account.isdigit() and len(account) == 11:
        return Q(phone_digest=lookup_digest(account, purpose="phone")) | Q(username=account)
    return Q(username=account)


class User(AbstractUser):
    """A person. ``phone``, ``real_name`` and ``id_number`` are ciphertext in the database; search through
    their ``*_digest`` companions, which ``save()`` keeps in step."""

    real_name = EncryptedTextField(_("real name"), blank=True)
    real_name_digest = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    phone = EncryptedTextField(_("mobile phone"), blank=True, validators=[phone_validator])
    phone_digest = models.CharField(max_length=64, blank=True, editable=False)
    phone_verified_at = models.DateTimeField(_("phone verified at"), null=True, blank=True)
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    real_name_status = models.CharField(
        _("real-name status"), max_length=16, choices=RealNameStatus.choices, default=RealNameStatus.UNVERIFIED
    )
    real_name_verified_at = models.DateTimeField(_("real-name verified at"), null=True, blank=True)
    id_number = EncryptedTextField(_("ID number"), blank=True, editable=False)
    id_number_digest = models.CharField(_("ID number digest"), max_length=128, blank=True, editable=False)
    id_number_last4 = models.CharField(_("ID number last 4"), max_length=4, blank=True, editable=False)
    student_or_staff_number = models.CharField(_("student or staff number"), max_length=32, blank=True)
    department = models.CharField(_("department"), max_length=64, blank=True)
    class_name = models.CharField(_("class"), max_length=64, blank=True)
    wechat_openid = models.CharField(_("WeChat openid"), max_length=64, blank=True, editable=False)
    wechat_mini_openid = models.CharField(_("WeChat mini-program openid"), max_length=64, blank=True, editable=False)
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
    avatar = models.ImageField(_("avatar"), upload_to="avatars/%Y/%m/", blank=True)
    failed_login_count = models.PositiveSmallIntegerField(default=0, editable=False)
    locked_until = models.DateTimeField(_("locked until"), null=True, blank=True, editable=False)

    objects = ZykUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        # Administrative actions (cms.accounts.permissions.Action) as permissions that role groups carry,
        # so the security administrator can edit the role → permission mapping in Settings › Groups.
        permissions = [
            ("act_user_manage", _("Manage user accounts")),
            ("act_settings_change", _("Change platform settings")),
            ("act_backup_run", _("Run and restore backups")),
            ("act_role_permissions_edit", _("Edit the role → permission mapping")),
            ("act_role_assign", _("Assign roles")),
            ("act_policy_edit", _("Edit security policies")),
            ("act_audit_read", _("Read the audit log")),
            ("act_audit_export", _("Export the audit log")),
            ("act_organisation_manage", _("Manage organisations")),
            ("act_organisation_invite", _("Invite organisations")),
            ("act_task_assign", _("Assign construction tasks")),
            ("act_task_report", _("Report construction progress")),
            ("act_roster_import", _("Import real-name rosters")),
            ("act_realname_decide", _("Decide real-name claims")),
            ("act_personal_data_view", _("View unmasked personal data")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["phone_digest"], condition=~Q(phone_digest=""), name="accounts_user_phone_digest_unique"
            ),
            models.UniqueConstraint(fields=["email"], condition=~Q(email=""), name="accounts_user_email_unique"),
            models.UniqueConstraint(
                fields=["wechat_openid"], condition=~Q(wechat_openid=""), name="accounts_user_openid_unique"
            ),
            models.UniqueConstraint(
                fields=["wechat_mini_openid"],
                condition=~Q(wechat_mini_openid=""),
                name="accounts_user_mini_openid_unique",
            ),
        ]

    def __str__(self) -> str:
        return self.real_name or self.username

    def save(self, *args, **kwargs) -> None:
        self.phone_digest = lookup_digest(self.phone, purpose="phone")
        self.real_name_digest = lookup_digest(self.real_name, purpose="real_name")
        if self.id_number:
            self.id_number_digest = lookup_digest(self.id_number, purpose="id_number")
            self.id_number_last4 = self.id_number[-4:]
        if self.email:
            self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return self.real_name or self.get_full_name() or self.username

    def role_codes(self) -> set[str]:
        """Every role the user holds, platform role included (uses prefetched assignments when present)."""
        codes = {assignment.role for assignment in self.role_assignments.all()}
        if self.platform_role:
            codes.add(self.platform_role)
        return codes

    @property
    def is_administrator(self) -> bool:
        """Administrators must pass TOTP two-factor login and idle out sooner (O2, S)."""
        return self.is_superuser or bool(self.role_codes() & ADMINISTRATOR_ROLES)
