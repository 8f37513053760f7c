"""Course portal editing and review (M6): template, level, intro, course standard and teacher team.

The course team edits in the SPA what editors edit in Wagtail. A change is a page revision: the live portal
stays as it is, the team previews the draft, and submitting it starts the course's review workflow (the
``CoursePortalReviewTask`` level: sensitive words first, then the host institutions' reviewers). The last
approval publishes the revision (``cms.resources.workflow_actions.workflow_finished``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.models import Revision, TaskState, WorkflowState

from cms.accounts.models import LibraryRole
from cms.core import sensitive_words
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import (
    AssessmentItem,
    CourseGoal,
    CourseLevel,
    CoursePage,
    CourseTeacher,
    GoalKind,
    OutlineItem,
    PortalTemplate,
    TeacherRole,
    TeachingMethod,
)
from cms.courses.permissions import can_edit_course

INTRO_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]
MAX_INTRO = 20_000
MAX_ROWS = {"goals": 30, "modules": 60, "methods": 20, "assessment": 20, "teachers": 30}


@dataclass
class ModuleData:
    """Content and hours of one module of the course standard (an ``OutlineItem``; id keeps it)."""

    title: str
    hours: int = 0
    summary: str = ""
    id: int | None = None


@dataclass
class TeacherData:
    name: str
    title: str = ""
    organisation: str = ""
    role: str = TeacherRole.MEMBER
    bio: str = ""
    id: int | None = None


@dataclass
class PortalData:
    """Everything the course team edits in the SPA; lists replace the current rows in the given order."""

    portal_template: str
    level: str
    summary: str
    intro: str
    goals: list[tuple[str, str]] = field(default_factory=list)
    modules: list[ModuleData] = field(default_factory=list)
    methods: list[tuple[str, str]] = field(default_factory=list)
    assessment: list[tuple[str, int, str]] = field(default_factory=list)
    teachers: list[TeacherData] = field(default_factory=list)


class PortalStatus:
    PUBLISHED = "published"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"


@dataclass
class PortalDraft:
    """The newest revision of the portal as the team sees it, with where it is in the review."""

    page: CoursePage
    status: str
    updated_at: datetime | None
    comment: str


def _invalid(message: str) -> DomainError:
    return DomainError(message, code=ErrorCode.INVALID_INPUT)


def _text(value: str, limit: int, what: str, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise _invalid(_("%(what)s must not be empty.") % {"what": what})
    if len(value) > limit:
        raise _invalid(_("%(what)s is longer than %(limit)s characters.") % {"what": what, "limit": limit})
    return value


def _count(rows: list, key: str, what: str) -> None:
    if len(rows) > MAX_ROWS[key]:
        raise _invalid(_("At most %(limit)s %(what)s.") % {"limit": MAX_ROWS[key], "what": what})


def _validate(data: PortalData) -> None:
    if data.portal_template not in PortalTemplate.values:
        raise _invalid(_("Unknown portal template “%(value)s”.") % {"value": data.portal_template})
    if data.level not in CourseLevel.values:
        raise _invalid(_("Unknown course level “%(value)s”.") % {"value": data.level})
    data.summary = _text(data.summary, 240, _("The summary"), required=False)
    if len(data.intro or "") > MAX_INTRO:
        raise _invalid(_("The introduction is longer than %(limit)s characters.") % {"limit": MAX_INTRO})
    _count(data.goals, "goals", _("goals"))
    _count(data.modules, "modules", _("modules"))
    _count(data.methods, "methods", _("teaching methods"))
    _count(data.assessment, "assessment", _("assessment items"))
    _count(data.teachers, "teachers", _("teachers"))
    for kind, text in data.goals:
        if kind not in GoalKind.values:
            raise _invalid(_("Unknown goal kind “%(value)s”.") % {"value": kind})
        _text(text, 500, _("A goal"))
    for module in data.modules:
        module.title = _text(module.title, 128, _("A module title"))
        module.summary = _text(module.summary, 2000, _("A module's content"), required=False)
        if not 0 <= module.hours <= 1000:
            raise _invalid(_("The hours of “%(title)s” must be between 0 and 1000.") % {"title": module.title})
    for name, description in data.methods:
        _text(name, 64, _("A teaching method"))
        _text(description, 2000, _("A method's description"), required=False)
    for name, weight, description in data.assessment:
        _text(name, 64, _("An assessed part"))
        _text(description, 2000, _("An assessment description"), required=False)
        if not 0 <= weight <= 100:
            raise _invalid(_("The weight of “%(name)s” must be between 0 and 100.") % {"name": name})
    if data.assessment and sum(w for _n, w, _d in data.assessment) != 100:
        total = sum(w for _n, w, _d in data.assessment)
        raise _invalid(_("The assessment weights add up to %(total)s %%, not 100 %%.") % {"total": total})
    for teacher in data.teachers:
        teacher.name = _text(teacher.name, 64, _("A teacher's name"))
        teacher.title = _text(teacher.title, 64, _("A teacher's title"), required=False)
        teacher.organisation = _text(teacher.organisation, 128, _("A teacher's organisation"), required=False)
        teacher.bio = _text(teacher.bio, 2000, _("A teacher's biography"), required=False)
        if teacher.role not in TeacherRole.values:
            raise _invalid(_("Unknown team role “%(value)s”.") % {"value": teacher.role})


def _keep_ids(current: dict[int, object], wanted: list[int | None], what: str) -> None:
    unknown = [i for i in wanted if i is not None and i not in current]
    if unknown:
        raise _invalid(_("%(what)s %(id)s is not part of this course.") % {"what": what, "id": unknown[0]})


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_course(user, course):
        raise DomainError(_("Only the course team may change the course portal."), code=ErrorCode.PERMISSION_DENIED)


def course_portal_save(*, user, course: CoursePage, data: PortalData, submit: bool = False) -> Revision:
    """Save the team's change as a new draft revision (the live portal is untouched); optionally submit it."""
    _require_editor(user, course)
    state = course.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise _invalid(_("The portal is being reviewed; wait for the decision before changing it again."))
    _validate(data)
    # A fresh object: Wagtail hands back ``course`` itself when there is no draft, and its in-memory
    # child rows would then leak into the caller's live page.
    latest = course.get_latest_revision()
    page: CoursePage = latest.as_object() if latest else CoursePage.objects.get(pk=course.pk)
    page.portal_template = data.portal_template
    page.level = data.level
    page.summary = data.summary
    page.intro = EditorHTMLConverter(features=INTRO_FEATURES).to_database_format(data.intro or "")

    page.goals = [CourseGoal(kind=k, text=t.strip(), sort_order=i) for i, (k, t) in enumerate(data.goals)]
    page.teaching_methods = [
        TeachingMethod(name=n.strip(), description=d.strip(), sort_order=i) for i, (n, d) in enumerate(data.methods)
    ]
    page.assessment_items = [
        AssessmentItem(name=n.strip(), weight=w, description=d.strip(), sort_order=i)
        for i, (n, w, d) in enumerate(data.assessment)
    ]

    # Outline items and teachers keep their ids: resources classify by module, accounts link to teachers.
    modules = {m.pk: m for m in page.outline_items.all()}
    _keep_ids(modules, [m.id for m in data.modules], _("Module"))
    outline = []
    for i, m in enumerate(data.modules):
        row = modules.get(m.id) if m.id is not None else None
        row = row or OutlineItem(course=page)
        row.title, row.hours, row.summary, row.sort_order = m.title, m.hours, m.summary, i
        outline.append(row)
    page.outline_items = outline

    teachers = {t.pk: t for t in page.teachers.all()}
    _keep_ids(teachers, [t.id for t in data.teachers], _("Teacher"))
    team = []
    for i, t in enumerate(data.teachers):
        row = teachers.get(t.id) if t.id is not None else None
        row = row or CourseTeacher(course=page)
        row.name, row.title, row.organisation, row.role, row.bio = t.name, t.title, t.organisation, t.role, t.bio
        row.sort_order = i
        team.append(row)
    page.teachers = team

    revision = page.save_revision(user=user, log_action=True)
    if submit:
        course.refresh_from_db()
        course_portal_submit(user=user, course=course)
    return revision


def course_portal_submit(*, user, course: CoursePage) -> WorkflowState:
    """Send the newest draft to review: start the course's workflow, or resume it after changes were asked."""
    _require_editor(user, course)
    state = course.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise _invalid(_("The portal is already being reviewed."))
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if not course.has_unpublished_changes:
        raise _invalid(_("There is no unpublished change to submit."))
    workflow = course.get_workflow()
    if workflow is None:
        raise _invalid(_("No review workflow applies to this course; ask an administrator to assign one."))
    return workflow.start(course, user)


def course_portal_draft(course: CoursePage, user) -> PortalDraft | None:
    """The team's view of the portal: the newest revision and its review status; None for everyone else."""
    if not can_edit_course(user, course):
        return None
    latest = course.get_latest_revision()
    page = latest.as_object() if latest else course
    state = course.current_workflow_state
    comment = ""
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        status = PortalStatus.IN_REVIEW
    elif state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        status = PortalStatus.CHANGES_REQUESTED
        rejected = state.task_states.filter(status=TaskState.STATUS_REJECTED).order_by("-finished_at").first()
        comment = rejected.get_comment() if rejected else ""
    elif course.has_unpublished_changes:
        status = PortalStatus.DRAFT
    else:
        status = PortalStatus.PUBLISHED
    return PortalDraft(
        page=page, status=status, updated_at=latest.created_at if latest else None, comment=comment or ""
    )


def portal_problems(page: CoursePage) -> list[str]:
    """Blocked sensitive words anywhere in the portal text (the automatic part of the review)."""
    texts = [page.title, page.summary, strip_tags(page.intro or "")]
    texts += [g.text for g in page.goals.all()]
    texts += [f"{m.title} {m.summary}" for m in page.outline_items.all()]
    texts += [f"{m.name} {m.description}" for m in page.teaching_methods.all()]
    texts += [f"{a.name} {a.description}" for a in page.assessment_items.all()]
    texts += [f"{t.name} {t.title} {t.organisation} {t.bio}" for t in page.teachers.all()]
    blocked = [hit.word for hit in sensitive_words.find(*texts) if hit.action == "block"]
    if not blocked:
        return []
    return [_("Sensitive words found: %(words)s.") % {"words": "、".join(dict.fromkeys(blocked))}]


def _host_reviewer(user) -> bool:
    from cms.accounts.models import Organisation
    from cms.resources.permissions import reviewer_paths

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    paths = reviewer_paths(user)
    if not paths:
        return False
    hosts = Organisation.objects.filter(library_role=LibraryRole.HOST).values_list("path", flat=True)
    return any(host.startswith(path) for host in hosts for path in paths)


def user_can_review_portal(page: CoursePage, user) -> bool:
    """Host institution reviewers decide, never on a change they submitted themselves."""
    if not _host_reviewer(user):
        return False
    state = page.current_workflow_state
    return not (state is not None and state.requested_by_id == user.pk)


def portal_task_states_reviewable(task, user):
    """In-progress portal reviews ``user`` may decide (the Wagtail dashboard's "awaiting your review")."""
    if not _host_reviewer(user):
        return TaskState.objects.none()
    return task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(workflow_state__requested_by=user)
