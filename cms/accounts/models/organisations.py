"""Organisations of the library and who holds which role in them (O1, O2).

Organisations form a tree: host institution → participating school or enterprise → department or
course team. ``path`` ("/1/7/12/") makes "everything under this organisation" one indexed prefix query,
which is how an organisation administrator's reach (their subtree) is computed.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.accounts.roles import ORGANISATION_ROLES, Role
from cms.core.models import TimeStampedModel


class OrganisationKind(models.TextChoices):
    SCHOOL = "school", _("School")
    ENTERPRISE = "enterprise", _("Enterprise")
    DEPARTMENT = "department", _("Department")
    COURSE_TEAM = "course_team", _("Course team")
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
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
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

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        path = f"{self.parent.path if self.parent_id else '/'}{self.pk}/"
        if path != self.path:
            self.path = path
            Organisation.objects.filter(pk=self.pk).update(path=path)

    def subtree_q(self, prefix: str = "") -> Q:
        """Q for this organisation and everything below it (``prefix`` e.g. "organisation__")."""
        return Q(**{f"{prefix}path__startswith": self.path})

    def clean(self) -> None:
        super().clean()
        from cms.accounts.services import assign_host_slot  # services own the rule; avoid an import cycle

        if self.parent_id and self.pk and self.path and self.parent.path.startswith(self.path):
            raise ValidationError({"parent": _("An organisation cannot sit under itself or its own members.")})
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


class OrganisationInvitation(TimeStampedModel):
    """A host's invitation to an organisation's future administrator (O1).

    The token is sent by email; only its digest is stored. Accepting grants the administrator role.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"))
    role = models.CharField(_("role"), max_length=32, choices=Role.choices, default=Role.ORGANISATION_ADMIN)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.email}"


class ConstructionTaskKind(models.TextChoices):
    COURSE = "course", _("Build a course")
    RESOURCES = "resources", _("Resource quota")


class ConstructionTask(TimeStampedModel):
    """Work a host assigns to a participating organisation: a course or a number of resources (O1)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="construction_tasks")
    kind = models.CharField(_("kind"), max_length=16, choices=ConstructionTaskKind.choices)
    title = models.CharField(_("title"), max_length=128)
    description = models.TextField(_("description"), blank=True)
    target_count = models.PositiveIntegerField(_("target"), default=1, validators=[MinValueValidator(1)])
    done_count = models.PositiveIntegerField(_("done"), default=0)
    due_date = models.DateField(_("due date"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("construction task")
        verbose_name_plural = _("construction tasks")
        ordering = ["due_date", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def progress(self) -> float:
        return min(1.0, self.done_count / self.target_count) if self.target_count else 0.0
