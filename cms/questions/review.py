"""Review of question bank items (C4, M5): the same staged review (先审后发) as resources and course portals.

An item's team submits its latest draft (``question_submit``); the workflow assigned to ``Question`` runs
the automatic check first (``cms.resources.models.AutomaticCheckTask``, which calls ``question_problems``
for items: blocked sensitive words in the stem, the answer key's texts, the reference answer, the
explanation and every sub-question send it back with the words listed), then the host institutions'
reviewers decide (``QuestionReviewTask``), never on an item they submitted themselves. The last approval
publishes the revision that was reviewed (``cms.resources.workflow_actions.workflow_finished``).
"""

from __future__ import annotations

from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState

from cms.accounts.models import LibraryRole
from cms.core import sensitive_words
from cms.core.errors import DomainError, ErrorCode
from cms.courses.permissions import can_edit_course
from cms.questions.models import Question


def _strings(value) -> list[str]:
    """Every string inside an answer key (options, blanks' answers, pairs, rubric…), in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key in value for s in _strings(value[key]) if key not in ("key", "type", "rule")]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def question_texts(question: Question) -> list[str]:
    """The text a learner or reviewer reads in ``question`` and its sub-questions, tags stripped."""
    texts = [question.stem, question.reference_answer, question.explanation, *_strings(question.content)]
    texts = [strip_tags(t) for t in texts if t]
    pending = getattr(question, "pending_parts", None)
    if pending is not None:  # a published case's edited parts, reviewed before they replace the live ones
        for part in pending:
            parts = [part.get("stem"), part.get("reference_answer"), part.get("explanation")]
            texts.extend(strip_tags(t) for t in [*parts, *_strings(part.get("content"))] if t)
    elif question.pk and question.question_type == "case":
        for sub in question.sub_questions.order_by("sort_order", "id"):
            texts.extend(question_texts(sub))
    return texts


def question_problems(question: Question) -> list[str]:
    """Problems that send an item back before any person looks at it (the automatic level)."""
    blocked = [hit.word for hit in sensitive_words.find(*question_texts(question)) if hit.action == "block"]
    if not blocked:
        return []
    return [_("Sensitive words found: %(words)s.") % {"words": "、".join(dict.fromkeys(blocked))}]


def _invalid(message: str) -> DomainError:
    return DomainError(message, code=ErrorCode.INVALID_INPUT, field="id")


@transaction.atomic
def question_submit(*, user, question: Question) -> WorkflowState:
    """Send an item's latest draft to review, or back to it after the reviewer asked for changes."""
    if not can_edit_course(user, question.course):
        raise DomainError(
            _("Only the course team and editors can submit this course's questions."),
            code=ErrorCode.PERMISSION_DENIED,
        )
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.parent_id is not None:
        raise _invalid(_("Submit a sub-question through its case analysis."))
    if question.deleted_at is not None:
        raise _invalid(_("The question is in the recycle bin; restore it first."))
    state = question.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise _invalid(_("The question is already being reviewed."))
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        if question.latest_revision_id == state.current_task_state.revision_id:
            raise _invalid(_("Change the question as the reviewer asked before submitting it again."))
        state.resume(user)
        return state
    if question.live and not question.has_unpublished_changes:
        raise _invalid(_("There is no unpublished change to submit."))
    workflow = question.get_workflow()
    if workflow is None:
        raise _invalid(_("No review workflow applies to questions; ask an administrator to assign one."))
    return workflow.start(question, user)


def review_comment(question: Question) -> str:
    """The reviewer's (or the automatic check's) reason when the item was sent back, else ""."""
    state = question.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    rejected = state.task_states.filter(status=TaskState.STATUS_REJECTED).order_by("-finished_at").first()
    return (rejected.get_comment() if rejected else "") or ""


def is_host_reviewer(user) -> bool:
    """Whether ``user`` holds the reviewer role at a host institution (主持单位) or above it."""
    from cms.accounts.models import Organisation
    from cms.resources.permissions import reviewer_paths

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    paths = reviewer_paths(user)
    if not paths:
        return False
    hosts = Organisation.objects.filter(library_role=LibraryRole.HOST).values_list("path", flat=True)
    return any(host.startswith(path) for host in hosts for path in paths)


def user_can_review_question(question: Question, user) -> bool:
    """Host reviewers decide, never on an item they submitted themselves."""
    if not is_host_reviewer(user):
        return False
    state = question.current_workflow_state
    return not (state is not None and state.requested_by_id == user.pk)


def question_task_states_reviewable(task, user):
    """In-progress item reviews of ``task`` that ``user`` may decide (the dashboard's "awaiting your review")."""
    if not is_host_reviewer(user):
        return TaskState.objects.none()
    return task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(workflow_state__requested_by=user)
