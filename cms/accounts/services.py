"""Writes for people and organisations (O1, O2)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cms.accounts.models import LibraryRole, Organisation, RoleAssignment, User
from cms.accounts.permissions import DEFAULT_ROLE_ACTIONS, permission_codename
from cms.accounts.roles import ROLE_GROUP_NAMES, PlatformRole, Role
from cms.audit.services import audit_record


def assign_host_slot(organisation: Organisation) -> None:
    """Give a host its slot (1..3) or free it; refuse a fourth host with a clear message."""
    if organisation.library_role != LibraryRole.HOST:
        organisation.host_slot = None
        return
    if organisation.host_slot:
        return
    limit = settings.LIBRARY_MAX_HOST_INSTITUTIONS
    taken = set(
        Organisation.objects.filter(host_slot__isnull=False)
        .exclude(pk=organisation.pk)
        .values_list("host_slot", flat=True)
    )
    free = [slot for slot in range(1, limit + 1) if slot not in taken]
    if not free:
        raise ValidationError(
            {"library_role": _("A library has at most %(limit)d host institutions.") % {"limit": limit}}
        )
    organisation.host_slot = free[0]


@transaction.atomic
def organisation_save(*, organisation: Organisation) -> Organisation:
    """Create or update an organisation; ``full_clean`` assigns the host slot."""
    organisation.full_clean()
    organisation.save()
    return organisation


# Default role → permission mapping; administrators can change it later in Settings › Groups.
_ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# Teachers and editors file resources in the admin (each row further limited to what they manage); nobody
# holds "publish_resource": a resource goes live only through the review workflow (M1).
_RESOURCE_AUTHORING = [
    ("resources", "add_resource"),
    ("resources", "change_resource"),
    ("resources", "delete_resource"),
    ("resources", "view_resource"),
]
# The question bank in the admin (C4): rows further limited to the courses a person edits; approval publishes.
_QUESTION_AUTHORING = [
    ("questions", "add_question"),
    ("questions", "change_question"),
    ("questions", "delete_question"),
    ("questions", "view_question"),
]
_MODEL_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    Role.EDITOR: [
        _ADMIN_ACCESS,
        ("majors", "add_jobposition"),
        ("majors", "change_jobposition"),
        ("majors", "add_certificate"),
        ("majors", "change_certificate"),
        ("wagtailimages", "add_image"),
        ("wagtaildocs", "add_document"),
        *_RESOURCE_AUTHORING,
        *_QUESTION_AUTHORING,
    ],
    Role.TEACHER: [_ADMIN_ACCESS, *_RESOURCE_AUTHORING, *_QUESTION_AUTHORING],
    Role.REVIEWER: [_ADMIN_ACCESS, ("resources", "view_resource"), ("questions", "view_question")],
    # Organisation administrators work in the SPA's management centre, where every action is limited to their
    # subtree; the admin's snippet screens know no subtrees, so they get none of them.
    Role.ORGANISATION_ADMIN: [_ADMIN_ACCESS],
    PlatformRole.SYSTEM_ADMIN: [
        _ADMIN_ACCESS,
        ("accounts", "add_organisation"),
        ("accounts", "change_organisation"),
        ("accounts", "delete_organisation"),
        ("accounts", "view_roleassignment"),
        ("wagtailcore", "change_site"),
        # The library's content rules: sensitive words, naming rules, review levels and who reviews what (C3, C12).
        ("core", "add_sensitiveword"),
        ("core", "change_sensitiveword"),
        ("core", "delete_sensitiveword"),
        ("resources", "add_namingrule"),
        ("resources", "change_namingrule"),
        ("resources", "delete_namingrule"),
        ("resources", "add_resourceworkflowrule"),
        ("resources", "change_resourceworkflowrule"),
        ("resources", "delete_resourceworkflowrule"),
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
        ("resources", "view_resource"),
    ],
    PlatformRole.SECURITY_ADMIN: [
        _ADMIN_ACCESS,
        ("auth", "add_group"),
        ("auth", "change_group"),
        ("auth", "delete_group"),
        ("auth", "view_group"),
        # Role assignments are read-only in the admin: they change through role_assign (checked, audited).
        ("accounts", "view_roleassignment"),
    ],
    PlatformRole.AUDIT_ADMIN: [_ADMIN_ACCESS],
}
# Page permissions on the library's page tree.
_PAGE_PERMISSIONS: dict[str, list[str]] = {
    Role.EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    Role.REVIEWER: ["change_page", "publish_page"],
}


def role_groups_ensure(*, root_page=None) -> dict[str, Group]:
    """Create every role's group with its default permissions (idempotent); page rights under ``root_page``."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission

    groups = {code: Group.objects.get_or_create(name=name)[0] for code, name in ROLE_GROUP_NAMES.items()}
    for code, perms in _MODEL_PERMISSIONS.items():
        wanted = Permission.objects.none()
        for app_label, codename in perms:
            wanted |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        groups[code].permissions.add(*wanted)
    for code, actions in DEFAULT_ROLE_ACTIONS.items():
        codenames = [permission_codename(action) for action in actions]
        groups[code].permissions.add(
            *Permission.objects.filter(content_type__app_label="accounts", codename__in=codenames)
        )
    if root_page is not None:
        for code, codenames in _PAGE_PERMISSIONS.items():
            for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
                GroupPagePermission.objects.get_or_create(group=groups[code], page=root_page, permission=permission)
    return groups


@transaction.atomic
def role_grant(*, user: User, role: Role, organisation: Organisation | None = None) -> RoleAssignment:
    """Give ``user`` a role (idempotent) and the permissions of its group."""
    assignment = RoleAssignment.objects.filter(user=user, role=role, organisation=organisation).first()
    if assignment is None:
        assignment = RoleAssignment(user=user, role=role, organisation=organisation)
        assignment.full_clean()
        assignment.save()
    group, _created = Group.objects.get_or_create(name=ROLE_GROUP_NAMES[role])
    user.groups.add(group)
    return assignment


@transaction.atomic
def platform_role_set(*, user: User, role: PlatformRole) -> User:
    """Make ``user`` one of the three separated platform administrators (or none)."""
    names = [ROLE_GROUP_NAMES[r] for r in PlatformRole if r]
    user.groups.remove(*Group.objects.filter(name__in=names))
    before = user.platform_role
    user.platform_role = role
    user.is_staff = bool(role)
    user.full_clean()
    user.save()
    audit_record(action="platform_role.set", obj=user, detail={"before": before, "after": str(role)})
    if role:
        user.groups.add(Group.objects.get_or_create(name=ROLE_GROUP_NAMES[role])[0])
    return user
