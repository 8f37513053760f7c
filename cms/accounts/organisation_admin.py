"""Running the organisations of the library (O1) and who holds which role in them (O2).

Hosts invite participating schools and enterprises, assign them construction tasks (a course to build, a
number of resources) and follow the progress they report. Organisation administrators assign roles
inside their own subtree; platform roles (system, security, audit administrator) are never assigned here,
because separating those duties is the security administrator's job alone.

Every function checks ``permissions.require`` first (outside the transaction, so a refusal stays in the
audit log) and records what it did in the audit log.
"""

import hashlib
import secrets
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.accounts.messaging.email import EmailError, email_send
from cms.accounts.models import (
    ConstructionTask,
    ConstructionTaskKind,
    LibraryRole,
    Organisation,
    OrganisationInvitation,
    RoleAssignment,
    User,
)
from cms.accounts.permissions import Action, require
from cms.accounts.roles import ORGANISATION_ROLES, ROLE_GROUP_NAMES, Role
from cms.accounts.services import organisation_save, role_grant
from cms.audit.models import Result
from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode

INVITATION_VALID_FOR = timedelta(days=7)


def token_digest(token: str) -> str:
    return hashlib.sha256((token or "").encode()).hexdigest()


def _domain_error(error: ValidationError) -> DomainError:
    """A model validation error as one DomainError naming the first field at fault."""
    if hasattr(error, "error_dict"):
        field, errors = next(iter(error.error_dict.items()))
        message = "; ".join(m for e in errors for m in e.messages)
        code = ErrorCode.CONFLICT if any(e.code == "unique" for e in errors) else ErrorCode.INVALID_INPUT
        return DomainError(message, code=code, field=None if field == "__all__" else field)
    return DomainError("; ".join(error.messages), code=ErrorCode.INVALID_INPUT)


def _organisation_roles(user: User, organisation: Organisation) -> list[str]:
    return sorted(RoleAssignment.objects.filter(user=user, organisation=organisation).values_list("role", flat=True))


# ---- organisations ----------------------------------------------------------------------------------


def organisation_create(
    *,
    request,
    parent: Organisation | None,
    name: str,
    kind: str,
    library_role: str = LibraryRole.PARTICIPATING,
    short_name: str = "",
    region: str = "",
    credit_code: str = "",
    website: str = "",
    description: str = "",
) -> Organisation:
    """Create an organisation under ``parent``; top-level ones and hosts only by a platform administrator."""
    require(request, Action.ORGANISATION_MANAGE, parent)
    if library_role == LibraryRole.HOST:
        require(request, Action.ORGANISATION_MANAGE, None)  # platform-wide: the system administrator
    organisation = Organisation(
        parent=parent,
        name=(name or "").strip(),
        kind=str(kind),
        library_role=str(library_role),
        short_name=(short_name or "").strip(),
        region=(region or "").strip(),
        credit_code=(credit_code or "").strip().upper(),
        website=(website or "").strip(),
        description=(description or "").strip(),
    )
    with transaction.atomic():
        try:
            organisation = organisation_save(organisation=organisation)
        except ValidationError as error:
            raise _domain_error(error)
        audit_record(
            action="organisation.create",
            request=request,
            obj=organisation,
            detail={"parent_id": parent.pk if parent else None, "kind": kind, "library_role": library_role},
        )
    return organisation


def _invitation_email(*, invitation: OrganisationInvitation, host: Organisation, token: str) -> tuple[str, str]:
    base = getattr(settings, "ZYK_PUBLIC_URL", "") or settings.WAGTAILADMIN_BASE_URL
    link = f"{base.rstrip('/')}/invitations/accept?token={token}"
    subject = _("%(host)s invites %(organisation)s to build the resource library") % {
        "host": host,
        "organisation": invitation.organisation,
    }
    body = _(
        "Hello,\n\n"
        "%(host)s invites you to administer %(organisation)s in the vocational-education teaching resource "
        "library. Open this link, log in or register, and accept the invitation:\n\n"
        "%(link)s\n\n"
        "The link works once and expires on %(expires)s. If you did not expect this email, ignore it.\n"
    ) % {
        "host": host,
        "organisation": invitation.organisation,
        "link": link,
        "expires": timezone.localtime(invitation.expires_at).strftime("%Y-%m-%d %H:%M"),
    }
    return subject, body


def organisation_invite(*, request, host: Organisation, name: str, kind: str, email: str) -> OrganisationInvitation:
    """Invite a participating organisation's future administrator by email (O1).

    The organisation is created under ``host`` (or an existing child of that name is reused); earlier open
    invitations to the same address for it are revoked. Only the token's digest is stored; the raw token
    exists only in the email. If the email cannot be sent nothing is kept, so no dead invitation remains.
    """
    require(request, Action.ORGANISATION_INVITE, host)
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise DomainError(_("Enter a valid email address."), code=ErrorCode.INVALID_INPUT, field="email")
    name = (name or "").strip()
    try:
        with transaction.atomic():
            organisation = Organisation.objects.filter(parent=host, name=name).first()
            created = organisation is None
            if created:
                try:
                    organisation = organisation_save(
                        organisation=Organisation(
                            parent=host, name=name, kind=kind, library_role=LibraryRole.PARTICIPATING
                        )
                    )
                except ValidationError as error:
                    raise _domain_error(error)
            now = timezone.now()
            OrganisationInvitation.objects.filter(
                organisation=organisation, email=email, accepted_at__isnull=True, revoked_at__isnull=True
            ).update(revoked_at=now)
            token = secrets.token_urlsafe(32)
            invitation = OrganisationInvitation(
                organisation=organisation,
                email=email,
                role=Role.ORGANISATION_ADMIN,
                token_digest=token_digest(token),
                invited_by=request.user,
                expires_at=now + INVITATION_VALID_FOR,
            )
            invitation.full_clean()
            invitation.save()
            audit_record(
                action="organisation.invite",
                request=request,
                obj=invitation,
                detail={"organisation_id": organisation.pk, "organisation_created": created, "host_id": host.pk},
            )
            subject, body = _invitation_email(invitation=invitation, host=host, token=token)
            email_send(to=email, subject=subject, body=body)
    except EmailError as error:
        audit_record(action="organisation.invite", request=request, result=Result.FAILURE, obj=host)
        raise DomainError(str(error), code=ErrorCode.DELIVERY_FAILED, field="email")
    return invitation


def invitation_accept(*, request, token: str) -> RoleAssignment:
    """The logged-in user takes the role an invitation offers, in its organisation."""
    user = request.user
    if not user.is_authenticated:
        raise DomainError(_("Log in or register to accept the invitation."), code=ErrorCode.UNAUTHENTICATED)
    with transaction.atomic():
        invitation = (
            OrganisationInvitation.objects.select_for_update()
            .select_related("organisation")
            .filter(token_digest=token_digest(token))
            .first()
        )
        reason = _invitation_unusable(invitation)
        if reason is None:
            assignment = role_grant(user=user, role=invitation.role, organisation=invitation.organisation)
            invitation.accepted_at = timezone.now()
            invitation.accepted_by = user
            invitation.save(update_fields=["accepted_at", "accepted_by", "updated_at"])
            audit_record(
                action="organisation.invitation_accept",
                request=request,
                obj=invitation,
                detail={"organisation_id": invitation.organisation_id, "role": invitation.role},
            )
            return assignment
    audit_record(
        action="organisation.invitation_accept",
        request=request,
        result=Result.FAILURE,
        obj=invitation,
        detail={"reason": reason[0]},
    )
    raise DomainError(reason[1], code=ErrorCode.INVALID_CODE, field="token")


def _invitation_unusable(invitation: OrganisationInvitation | None) -> tuple[str, str] | None:
    if invitation is None:
        return "unknown", _("This invitation link is not valid. Copy the whole link from the email.")
    if invitation.revoked_at is not None:
        return "revoked", _("This invitation has been withdrawn. Ask the host institution for a new one.")
    if invitation.accepted_at is not None:
        return "used", _("This invitation has already been accepted.")
    if invitation.expires_at <= timezone.now():
        return "expired", _("This invitation has expired. Ask the host institution for a new one.")
    return None


# ---- construction tasks -----------------------------------------------------------------------------


def construction_task_assign(
    *,
    request,
    organisation: Organisation,
    kind: str,
    title: str,
    target_count: int,
    due_date: date,
    description: str = "",
) -> ConstructionTask:
    """A host gives a participating organisation a course to build or a number of resources to make."""
    require(request, Action.TASK_ASSIGN, organisation)
    if kind not in ConstructionTaskKind.values:
        raise DomainError(_("Unknown kind of task."), code=ErrorCode.INVALID_INPUT, field="kind")
    if target_count is None or target_count < 1:
        raise DomainError(_("The target must be at least 1."), code=ErrorCode.INVALID_INPUT, field="target_count")
    if due_date is None or due_date < timezone.localdate():
        raise DomainError(_("The due date cannot be in the past."), code=ErrorCode.INVALID_INPUT, field="due_date")
    task = ConstructionTask(
        organisation=organisation,
        kind=kind,
        title=(title or "").strip(),
        description=(description or "").strip(),
        target_count=target_count,
        due_date=due_date,
        assigned_by=request.user,
    )
    with transaction.atomic():
        try:
            task.full_clean()
        except ValidationError as error:
            raise _domain_error(error)
        task.save()
        audit_record(
            action="task.assign",
            request=request,
            obj=task,
            detail={"organisation_id": organisation.pk, "kind": kind, "target": target_count, "due": str(due_date)},
        )
    return task


def construction_task_report(*, request, task: ConstructionTask, done_count: int) -> ConstructionTask:
    """The organisation reports how much of a task is done (it may exceed the target)."""
    require(request, Action.TASK_REPORT, task.organisation)
    if done_count is None or done_count < 0:
        raise DomainError(_("The number done cannot be negative."), code=ErrorCode.INVALID_INPUT, field="done_count")
    with transaction.atomic():
        task = ConstructionTask.objects.select_for_update().get(pk=task.pk)
        before = task.done_count
        task.done_count = done_count
        task.full_clean(exclude=["assigned_by"])  # the assigner may have left (SET_NULL); not this report's concern
        task.save(update_fields=["done_count", "updated_at"])
        audit_record(
            action="task.report",
            request=request,
            obj=task,
            detail={"organisation_id": task.organisation_id, "before": before, "after": done_count},
        )
    return task


# ---- roles ------------------------------------------------------------------------------------------


def _assignable(*, request, user: User, role: str, organisation: Organisation) -> None:
    require(request, Action.ROLE_ASSIGN, organisation)
    if role not in Role.values or role not in ORGANISATION_ROLES:
        raise DomainError(
            _("This role cannot be assigned in an organisation."), code=ErrorCode.INVALID_INPUT, field="role"
        )
    if user.pk == request.user.pk:
        raise DomainError(_("You cannot change your own roles; ask another administrator."), code=ErrorCode.CONFLICT)


def role_assign(*, request, user: User, role: str, organisation: Organisation) -> RoleAssignment:
    """Give ``user`` an organisational role in ``organisation`` (idempotent)."""
    _assignable(request=request, user=user, role=role, organisation=organisation)
    with transaction.atomic():
        before = _organisation_roles(user, organisation)
        assignment = role_grant(user=user, role=str(role), organisation=organisation)
        audit_record(
            action="role.grant",
            request=request,
            obj=organisation,
            detail={
                "user_id": user.pk,
                "role": role,
                "before": before,
                "after": _organisation_roles(user, organisation),
            },
        )
    return assignment


def role_revoke(*, request, user: User, role: str, organisation: Organisation) -> None:
    """Take an organisational role in ``organisation`` from ``user``."""
    _assignable(request=request, user=user, role=role, organisation=organisation)
    with transaction.atomic():
        before = _organisation_roles(user, organisation)
        if role not in before:
            raise DomainError(_("This person does not hold this role here."), code=ErrorCode.NOT_FOUND, field="role")
        role_withdraw(user=user, role=str(role), organisation=organisation)
        audit_record(
            action="role.revoke",
            request=request,
            obj=organisation,
            detail={
                "user_id": user.pk,
                "role": role,
                "before": before,
                "after": _organisation_roles(user, organisation),
            },
        )


@transaction.atomic
def role_withdraw(*, user: User, role: Role, organisation: Organisation | None) -> None:
    """Remove one role assignment; the role's group goes too once the user holds that role nowhere.

    No permission check: callers (``role_revoke``, the real-name decision) have made theirs.
    """
    RoleAssignment.objects.filter(user=user, role=role, organisation=organisation).delete()
    if not RoleAssignment.objects.filter(user=user, role=role).exists():
        user.groups.remove(*Group.objects.filter(name=ROLE_GROUP_NAMES[role]))
    for cache in ("_perm_cache", "_group_perm_cache", "_user_perm_cache"):
        user.__dict__.pop(cache, None)
