"""Who may see, manage and review resources (M1, M8, house rule 5: permissions declared once).

- Published resources are read by visibility: everyone, logged-in users, or members of the same school.
- Nothing unpublished is visible outside its uploader, the editors of its institution and its reviewers.
- Teachers and editors create resources for the institutions where they hold the role (and below);
  teachers manage their own, editors everything in their institution's subtree.
- Only administrators empty the recycle bin.
"""

from django.db.models import Exists, OuterRef, Q

from cms.accounts.models import Organisation, OrganisationKind, RoleAssignment
from cms.accounts.roles import PlatformRole, Role

SCHOOL_KINDS = (OrganisationKind.SCHOOL, OrganisationKind.ENTERPRISE)
CREATOR_ROLES = (Role.TEACHER, Role.EDITOR)


def path_ids(organisation: Organisation) -> list[int]:
    """Ids from the root down to ``organisation`` ("/1/7/12/" → [1, 7, 12])."""
    return [int(part) for part in organisation.path.strip("/").split("/") if part]


def school_of(organisation: Organisation) -> Organisation:
    """The nearest school or enterprise at or above ``organisation`` (its root when there is none)."""
    chain = {o.pk: o for o in Organisation.objects.filter(pk__in=path_ids(organisation))}
    ids = path_ids(organisation)
    for pk in reversed(ids):
        if pk in chain and chain[pk].kind in SCHOOL_KINDS:
            return chain[pk]
    return chain.get(ids[0], organisation) if ids else organisation


def _cached(user, name: str, compute):
    cache = user.__dict__.setdefault("_resource_permission_cache", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def _role_paths(user, roles) -> list[str]:
    return list(
        RoleAssignment.objects.filter(user=user, role__in=roles, organisation__isnull=False).values_list(
            "organisation__path", flat=True
        )
    )


def user_school_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()

    def compute():
        orgs = Organisation.objects.filter(role_assignments__user=user).distinct()
        return {school_of(o).pk for o in orgs}

    return _cached(user, "schools", compute)


def editor_paths(user) -> list[str]:
    return _cached(user, "editor_paths", lambda: _role_paths(user, [Role.EDITOR])) if user.is_authenticated else []


def creator_paths(user) -> list[str]:
    return _cached(user, "creator_paths", lambda: _role_paths(user, CREATOR_ROLES)) if user.is_authenticated else []


def reviewer_paths(user) -> list[str]:
    return _cached(user, "reviewer_paths", lambda: _role_paths(user, [Role.REVIEWER])) if user.is_authenticated else []


def _under(paths: list[str], prefix: str = "organisation__") -> Q:
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def published_q(user) -> Q:
    """Published resources ``user`` may open (anonymous visitors: public ones; M8)."""
    visible = Q(visibility="public")
    if user is not None and user.is_authenticated:
        visible |= Q(visibility="logged_in")
        schools = user_school_ids(user)
        if schools:
            visible |= Q(visibility="organisation", school_id__in=schools)
    return Q(live=True, deleted_at__isnull=True) & visible


def manageable_q(user) -> Q:
    """Resources ``user`` may edit, submit and delete: their own, and their editing subtrees'."""
    if user is None or not user.is_authenticated:
        return Q(pk__in=[])
    return Q(owner=user) | _under(editor_paths(user))


def reviewable_q(user) -> Q:
    """Resources in the scope of a reviewer role or a course-lead seat of ``user`` (any state)."""
    if user is None or not user.is_authenticated:
        return Q(pk__in=[])
    from cms.courses.models import CourseTeacher, TeacherRole

    leads = CourseTeacher.objects.filter(course=OuterRef("course"), user=user, role=TeacherRole.LEAD)
    return _under(reviewer_paths(user)) | Q(Exists(leads))


def readable_q(user) -> Q:
    """Everything ``user`` may open: published within visibility, plus what they manage or review."""
    return published_q(user) | manageable_q(user) | reviewable_q(user)


def can_create_in(user, organisation: Organisation) -> bool:
    return any(organisation.path.startswith(path) for path in creator_paths(user))


def creatable_organisations(user):
    """Institutions ``user`` may upload for (where they are teacher or editor, and below)."""
    paths = creator_paths(user)
    if not paths:
        return Organisation.objects.none()
    return Organisation.objects.filter(_under(paths, prefix=""))


def can_manage(user, resource) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if resource.owner_id == user.pk:
        return True
    return any(resource.organisation.path.startswith(path) for path in editor_paths(user))


def can_purge(user, resource=None) -> bool:
    """Emptying the recycle bin is for the system administrator and organisation administrators."""
    if user is None or not user.is_authenticated:
        return False
    if user.platform_role == PlatformRole.SYSTEM_ADMIN:
        return True
    paths = _cached(user, "admin_paths", lambda: _role_paths(user, [Role.ORGANISATION_ADMIN]))
    if resource is None:
        return bool(paths)
    return any(resource.organisation.path.startswith(path) for path in paths)
