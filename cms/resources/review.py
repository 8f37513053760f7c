"""Multi-level review of resources (先审后发、分级审核; M1, C12).

The automatic first level checks the revision under review; human levels are decided by the reviewers of
an institution or the course lead. A reviewer never decides on a resource they submitted themselves
(the person who publishes is not the person who checks). Every decision is a Wagtail ``TaskState``
(who, when, which level, comment, which revision) and an ``AuditEvent``.
"""

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from wagtail.models import TaskState

from cms.accounts.models import LibraryRole
from cms.core import sensitive_words
from cms.resources.permissions import reviewer_paths


def automatic_check_problems(resource) -> list[str]:
    """Problems that stop ``resource`` (a revision's object) before any person looks at it."""
    from cms.resources.models import ResourceType
    from cms.resources.titles import title_problems

    problems: list[str] = []
    extracted = resource.asset.extracted_text if resource.asset_id else ""
    keywords = " ".join(tag.name for tag in resource.keywords.all())
    blocked = [
        hit.word
        for hit in sensitive_words.find(resource.title, resource.description, resource.body, keywords, extracted)
        if hit.action == "block"
    ]
    if blocked:
        problems.append(_("Sensitive words found: %(words)s.") % {"words": "、".join(blocked)})
    if resource.resource_type not in (ResourceType.LINK, ResourceType.TEXT) and not resource.asset_id:
        problems.append(_("The resource has no file."))
    if resource.resource_type == ResourceType.TEXT and not (resource.body or "").strip():
        problems.append(_("The text resource is empty."))
    if resource.resource_type == ResourceType.LINK and not resource.url:
        problems.append(_("The link has no address."))
    if not resource.authors.all():
        problems.append(_("Credit at least one author (署名)."))
    problems.extend(title_problems(resource))
    return problems


def automatic_check_run(task_state) -> None:
    """Pass or return the revision under review; called when the automatic level starts.

    The level is shared by every reviewed model: question bank items have their own checks (C4, M5)."""
    from cms.questions.models import Question

    obj = task_state.revision.as_object()
    if isinstance(obj, Question):
        from cms.questions.review import question_problems

        problems = question_problems(obj)
    else:
        problems = automatic_check_problems(obj)
    if problems:
        task_state.reject(user=None, update=False, comment="\n".join(problems))
    else:
        task_state.approve(user=None, update=False, comment=_("Automatic checks passed."))


def _submitter_id(obj) -> int | None:
    state = obj.current_workflow_state
    return state.requested_by_id if state else None


def _lead_user_ids(obj) -> set[int]:
    from cms.courses.models import CourseTeacher, TeacherRole

    if not obj.course_id:
        return set()
    return set(
        CourseTeacher.objects.filter(course_id=obj.course_id, role=TeacherRole.LEAD, user__isnull=False).values_list(
            "user_id", flat=True
        )
    )


def _reviewer_of(user, organisation) -> bool:
    return any(organisation.path.startswith(path) for path in reviewer_paths(user))


def user_can_review(task, obj, user) -> bool:
    """Whether ``user`` decides this level for ``obj``."""
    from cms.accounts.models import Organisation
    from cms.resources.models import ReviewerKind

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if _submitter_id(obj) == user.pk:
        return False
    kind = task.reviewers
    if kind == ReviewerKind.COURSE_LEAD:
        leads = _lead_user_ids(obj)
        if leads:
            return user.pk in leads
        kind = ReviewerKind.OWN_ORGANISATION  # no course lead with an account: the institution's reviewers
    if kind == ReviewerKind.OWN_ORGANISATION:
        return _reviewer_of(user, obj.organisation)
    if kind == ReviewerKind.ORGANISATION:
        return task.organisation_id is not None and _reviewer_of(user, task.organisation)
    if kind == ReviewerKind.HOSTS:
        hosts = Organisation.objects.filter(library_role=LibraryRole.HOST)
        return any(_reviewer_of(user, host) for host in hosts)
    return False


def _under(paths: list[str]) -> Q:
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(organisation__path__startswith=path)
    return q


def _resource_scope(task, user) -> Q | None:
    """Q over resources whose review at ``task`` ``user`` decides (None: none)."""
    from cms.accounts.models import Organisation
    from cms.courses.models import CourseTeacher, TeacherRole
    from cms.resources.models import ReviewerKind

    paths = reviewer_paths(user)
    if task.reviewers == ReviewerKind.COURSE_LEAD:
        any_lead = CourseTeacher.objects.filter(course=OuterRef("course"), role=TeacherRole.LEAD, user__isnull=False)
        my_lead = any_lead.filter(user=user)
        return Q(Exists(my_lead)) | (~Q(Exists(any_lead)) & _under(paths))
    if task.reviewers == ReviewerKind.OWN_ORGANISATION:
        return _under(paths) if paths else None
    if task.reviewers == ReviewerKind.ORGANISATION:
        if task.organisation_id and any(task.organisation.path.startswith(p) for p in paths):
            return Q()
        return None
    if task.reviewers == ReviewerKind.HOSTS:
        hosts = Organisation.objects.filter(library_role=LibraryRole.HOST)
        return Q() if any(h.path.startswith(p) for h in hosts for p in paths) else None
    return None


def task_states_reviewable(task, user):
    """In-progress task states of ``task`` that ``user`` may decide (the review queue; M1)."""
    from cms.resources.models import Resource

    if user is None or not user.is_authenticated:
        return TaskState.objects.none()
    scope = _resource_scope(task, user)
    if scope is None:
        return TaskState.objects.none()
    ids = (
        Resource.objects.filter(scope, deleted_at__isnull=True)
        .annotate(pk_text=Cast("pk", CharField()))
        .values("pk_text")
    )
    return task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id__in=ids).exclude(
        workflow_state__requested_by=user
    )


def review_queue(user):
    """Every in-progress resource review ``user`` may decide, oldest first."""
    from cms.resources.models import ResourceReviewTask

    states = TaskState.objects.none()
    for task in ResourceReviewTask.objects.filter(active=True):
        states = states | task_states_reviewable(task, user)
    return states.order_by("started_at", "id")
