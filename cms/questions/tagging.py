"""Tag items from the knowledge point's side (M7 two-way tagging, C4): the same change as picking the point
in each item's editor — a draft item changes at once, a published one gets a new draft revision that goes
through review before learners' papers see it (the live row is never touched here).

Also the point's side of reading: the items of a course's bank that test a point, for its team.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Exists
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import KnowledgePoint
from cms.courses.permissions import can_edit_course
from cms.questions.models import Question
from cms.questions.selectors import review_states

MAX_TAGGED = 100  # input lists are capped (house rule 6)


def _refuse(message: str, code: ErrorCode = ErrorCode.INVALID_INPUT) -> DomainError:
    return DomainError(message, code=code, field="question_ids")


def _bank_rows(point: KnowledgePoint, question_ids: list[int]) -> list[Question]:
    if len(question_ids) > MAX_TAGGED:
        raise _refuse(_("Choose at most %(limit)s questions at a time.") % {"limit": MAX_TAGGED})
    wanted = list(dict.fromkeys(question_ids))
    rows = {
        q.pk: q
        for q in Question.objects.select_for_update().filter(
            pk__in=wanted, course_id=point.course_id, parent__isnull=True, deleted_at__isnull=True
        )
    }
    missing = [pk for pk in wanted if pk not in rows]
    if missing:
        raise _refuse(
            _("Question No. %(id)s is not in this course's bank.") % {"id": missing[0]}, code=ErrorCode.NOT_FOUND
        )
    return [rows[pk] for pk in wanted]


@transaction.atomic
def questions_retag(*, user, point: KnowledgePoint, question_ids: list[int], attach: bool) -> list[Question]:
    """Add ``point`` to (or remove it from) the given items of its course; all or nothing. Returns the items
    that got a new draft (items already as asked are left alone)."""
    if not can_edit_course(user, point.course):
        raise DomainError(
            _("Only the course team and editors can change this course's question bank."),
            code=ErrorCode.PERMISSION_DENIED,
        )
    changed = []
    for question in _bank_rows(point, question_ids):
        latest = question.get_latest_revision()
        draft = latest.as_object() if latest is not None else question
        current = [p.pk for p in draft.knowledge_points.all()]
        if (point.pk in current) == attach:
            continue
        ids = [*current, point.pk] if attach else [pk for pk in current if pk != point.pk]
        draft.knowledge_points.set(KnowledgePoint.objects.filter(pk__in=ids, course_id=point.course_id))
        if not question.live:  # unpublished items follow their draft; published ones keep the live row
            draft.save()
        draft.save_revision(user=user, log_action=True)
        changed.append(question)
    return changed


def questions_by_point(point_ids: list[int]) -> dict[int, list[Question]]:
    """For each point, the top-level items (not in the recycle bin) that test it themselves or through a
    case's part, last changed first; the team's view: a published item with a pending draft counts by
    the draft's points. Four queries for any number of points (the knowledge point's side of tagging)."""
    through = Question.knowledge_points.through
    links = through.objects.filter(knowledgepoint_id__in=point_ids, question__deleted_at__isnull=True).values_list(
        "knowledgepoint_id", "question_id", "question__parent_id"
    )
    wanted: dict[int, set[int]] = {pk: set() for pk in point_ids}
    pending = (
        Question.objects.filter(
            course__knowledge_points__in=point_ids,
            live=True,
            deleted_at__isnull=True,
            has_unpublished_changes=True,
            parent__isnull=True,
        )
        .values_list("pk", "latest_revision__content")
        .distinct()
    )
    drafts = {pk: set((content or {}).get("knowledge_points") or []) for pk, content in pending}
    for point_id, question_id, parent_id in links:
        if question_id not in drafts:  # a pending draft's own points decide (below)
            wanted[point_id].add(parent_id or question_id)
    for question_id, points in drafts.items():
        for point_id in points & wanted.keys():
            wanted[point_id].add(question_id)
    ids = {pk for group in wanted.values() for pk in group}
    rows = {
        q.pk: q
        for q in Question.objects.filter(pk__in=ids, deleted_at__isnull=True)
        .annotate(in_review=Exists(review_states()))
        .select_related("latest_revision", "module", "owner")
    }
    order = sorted(rows.values(), key=lambda q: (q.updated_at, q.pk), reverse=True)
    return {point_id: [q for q in order if q.pk in group] for point_id, group in wanted.items()}
