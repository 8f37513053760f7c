"""The one permission check for administrative actions (O1, O2, S).

GraphQL mutations, views and admin screens ask ``can(user, action, organisation)`` or call ``require``;
nothing else decides who may administer what. Duties are separated (三权分立): the system administrator
runs users, settings and backups; the security administrator owns roles and policies; the audit
administrator reads and exports the audit log and changes nothing. Organisation administrators act only
inside their own subtree of organisations. Every administrative action also needs a session that passed
TOTP two-factor login (``request.user.is_verified()``, set by django-otp).
"""

from enum import StrEnum

from django.db.models import Q
from django.utils.translation import gettext as _

from cms.accounts.roles import PlatformRole, Role
from cms.core.errors import DomainError, ErrorCode


class Action(StrEnum):
    USER_MANAGE = "user.manage"  # create, disable, unlock accounts; reset two-factor
    SETTINGS_CHANGE = "settings.change"
    BACKUP_RUN = "backup.run"
    ROLE_PERMISSIONS_EDIT = "role.permissions_edit"  # the role → permission mapping
    ROLE_ASSIGN = "role.assign"
    POLICY_EDIT = "policy.edit"  # password, lockout and session policies
    AUDIT_READ = "audit.read"
    AUDIT_EXPORT = "audit.export"
    ORGANISATION_MANAGE = "organisation.manage"  # create and edit organisations under one's own
    ORGANISATION_INVITE = "organisation.invite"
    TASK_ASSIGN = "task.assign"
    TASK_REPORT = "task.report"  # report progress on one's own organisation's tasks
    ROSTER_IMPORT = "roster.import"
    REALNAME_DECIDE = "realname.decide"
    PERSONAL_DATA_VIEW = "personal_data.view"  # unmasked phone numbers, real names


# Default role → permission mapping (seeded into the role groups by ``role_groups_ensure``; the security
# administrator edits the groups afterwards). Each duty belongs to one platform role only.
PLATFORM_ACTIONS: dict[str, frozenset[Action]] = {
    PlatformRole.SYSTEM_ADMIN: frozenset(
        {Action.USER_MANAGE, Action.SETTINGS_CHANGE, Action.BACKUP_RUN, Action.ORGANISATION_MANAGE}
    ),
    PlatformRole.SECURITY_ADMIN: frozenset({Action.ROLE_PERMISSIONS_EDIT, Action.ROLE_ASSIGN, Action.POLICY_EDIT}),
    PlatformRole.AUDIT_ADMIN: frozenset({Action.AUDIT_READ, Action.AUDIT_EXPORT}),
}
# What an organisation administrator may do inside their subtree. Hosts also invite and assign tasks.
ORGANISATION_ADMIN_ACTIONS = frozenset(
    {
        Action.ORGANISATION_MANAGE,
        Action.ROLE_ASSIGN,
        Action.TASK_REPORT,
        Action.ROSTER_IMPORT,
        Action.REALNAME_DECIDE,
        Action.PERSONAL_DATA_VIEW,
    }
)
HOST_ONLY_ACTIONS = frozenset({Action.ORGANISATION_INVITE, Action.TASK_ASSIGN})
DEFAULT_ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    **PLATFORM_ACTIONS,
    Role.ORGANISATION_ADMIN: ORGANISATION_ADMIN_ACTIONS | HOST_ONLY_ACTIONS,
}
# Separation of duties is not editable: an action owned by one platform duty is never granted to a holder of
# another platform role, whatever the groups say (an audit administrator never manages users).
_DUTY_OWNER: dict[Action, str] = {
    action: role
    for role, actions in PLATFORM_ACTIONS.items()
    for action in actions
    if action not in ORGANISATION_ADMIN_ACTIONS
}


def permission_codename(action: Action) -> str:
    return "act_" + action.value.replace(".", "_")


def administered_organisations(user):
    """Organisations where ``user`` is an organisation administrator (the roots of their subtrees)."""
    from cms.accounts.models import Organisation

    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        role_assignments__user=user, role_assignments__role=Role.ORGANISATION_ADMIN
    ).distinct()


def subtree_q(user, prefix: str = "") -> Q:
    """Q over organisations (through ``prefix``) inside any subtree ``user`` administers."""
    paths = list(administered_organisations(user).values_list("path", flat=True))
    if not paths:
        return Q(pk__in=[])
    q = Q()
    for path in paths:
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def can(user, action: Action, organisation=None) -> bool:
    """Whether ``user`` may perform ``action`` (on ``organisation`` when the action is organisational)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    owner = _DUTY_OWNER.get(action)
    if user.platform_role and owner and owner != user.platform_role:
        return False
    if not user.has_perm(f"accounts.{permission_codename(action)}"):
        return False
    if user.is_superuser or (user.platform_role and action in PLATFORM_ACTIONS.get(user.platform_role, ())):
        return True
    if organisation is None:
        return False
    from cms.accounts.models import LibraryRole

    for root in administered_organisations(user):
        if organisation.path.startswith(root.path):
            if action in HOST_ONLY_ACTIONS and root.library_role != LibraryRole.HOST:
                continue
            return True
    return False


def require(request, action: Action, organisation=None) -> None:
    """Refuse unless the request's user may act and has passed two-factor login; audits refusals."""
    user = getattr(request, "user", None)
    if not can(user, action, organisation):
        from cms.audit.services import audit_record

        audit_record(
            action=f"denied:{action}",
            request=request,
            result="denied",
            obj=organisation,
        )
        raise DomainError(_("You do not have permission to do this."), code=ErrorCode.PERMISSION_DENIED)
    if not (hasattr(user, "is_verified") and user.is_verified()):
        raise DomainError(
            _("Administrators must confirm their two-factor code before doing this."),
            code=ErrorCode.TWO_FACTOR_REQUIRED,
        )
