"""Reading a course's question bank (C4, M5): the editors' list with filters, and each item as its team sees it.

The team works on drafts: an item published once keeps its live row for learners while edits wait in its
latest revision, so the bank shows the latest revision (``bank_view``). Status comes from the row
(``live``, ``has_unpublished_changes``) and one annotated subquery for a review in progress, so a page of
the bank costs the same few queries whatever its size.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Cast
from taggit.models import Tag
from wagtail.models import WorkflowState

from cms.courses.models import CoursePage
from cms.questions.models import PENDING_PARTS, Question


class BankStatus:
    DRAFT = "draft"  # never published
    IN_REVIEW = "in_review"
    PUBLISHED = "published"  # live, no pending edits
    CHANGED = "changed"  # live, with edits not yet published
    DELETED = "deleted"  # in the recycle bin

    ALL = (DRAFT, IN_REVIEW, PUBLISHED, CHANGED, DELETED)


def review_states():
    """Reviews in progress of the outer ``Question`` row (for ``Exists``)."""
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Question),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )


def bank_questions(
    course: CoursePage,
    *,
    search: str = "",
    question_type: str | None = None,
    difficulty: int | None = None,
    knowledge_point_id: int | None = None,
    module_id: int | None = None,
    status: str | None = None,
    live_only: bool = False,
) -> QuerySet[Question]:
    """The course's top-level items (case sub-questions come with their case), newest first, filtered.

    ``search`` matches the stem of the row and of the latest revision (drafts of published items).
    ``live_only``: items learners can get — published, with or without edits waiting (papers use the live row,
    so then only the live stem is searched; read them with ``bank_items(…, live=True)``)."""
    rows = (
        Question.objects.filter(course_id=course.pk, parent__isnull=True)
        .annotate(in_review=Exists(review_states()))
        .select_related("latest_revision", "module", "owner")
        .order_by("-updated_at", "-id")
    )
    if status == BankStatus.DELETED:
        rows = rows.filter(deleted_at__isnull=False)
    else:
        rows = rows.filter(deleted_at__isnull=True)
        if status == BankStatus.DRAFT:
            rows = rows.filter(live=False, in_review=False)
        elif status == BankStatus.IN_REVIEW:
            rows = rows.filter(in_review=True)
        elif status == BankStatus.PUBLISHED:
            rows = rows.filter(live=True, has_unpublished_changes=False, in_review=False)
        elif status == BankStatus.CHANGED:
            rows = rows.filter(live=True, has_unpublished_changes=True, in_review=False)
    if live_only:
        rows = rows.filter(live=True)
    if question_type:
        rows = rows.filter(question_type=question_type)
    if difficulty:
        rows = rows.filter(difficulty=difficulty)
    if module_id:
        rows = rows.filter(module_id=module_id)
    if knowledge_point_id:
        rows = rows.filter(knowledge_points__id=knowledge_point_id).distinct()
    search = (search or "").strip()
    if search and live_only:
        rows = rows.filter(stem__icontains=search)
    elif search:
        rows = rows.filter(Q(stem__icontains=search) | Q(latest_revision__content__stem__icontains=search))
    return rows


def bank_question_get(question_id: int) -> Question | None:
    """A top-level item by id, in or out of the recycle bin, with what ``bank_view`` and the status read."""
    return (
        Question.objects.filter(pk=question_id, parent__isnull=True)
        .annotate(in_review=Exists(review_states()))
        .select_related("latest_revision", "module", "owner", "course")
        .first()
    )


def bank_status(question: Question) -> str:
    if question.deleted_at is not None:
        return BankStatus.DELETED
    in_review = getattr(question, "in_review", None)
    if in_review is None:
        in_review = question.workflow_in_progress
    if in_review:
        return BankStatus.IN_REVIEW
    if not question.live:
        return BankStatus.DRAFT
    return BankStatus.CHANGED if question.has_unpublished_changes else BankStatus.PUBLISHED


@dataclass
class BankItem:
    """An item as its team sees it: the latest revision's fields, the row's identity and status."""

    row: Question
    draft: Question
    knowledge_point_ids: list[int]
    tags: list[str]


def bank_items(questions, *, live: bool = False) -> list[BankItem]:
    """The latest revision of each question: one query for all their tag names, none for the rest when
    ``latest_revision`` was selected (a revision stores tags and points by id).

    ``live``: each item as learners and papers get it — the published row, not edits waiting for review
    (a paper's item picker, L5); two queries for the rows' points and tags."""
    if live:
        rows = list(questions)
        prefetch_related_objects(rows, "knowledge_points", "tags")
        return [BankItem(row=q, draft=q, knowledge_point_ids=_row_point_ids(q), tags=_row_tags(q)) for q in rows]
    drafts = []
    tag_ids: set[int] = set()
    for question in questions:
        revision = question.latest_revision if question.latest_revision_id else None
        content = revision.content if revision is not None else None
        if content is None:
            drafts.append((question, question, None, None))
            continue
        draft = _draft_of(question, content) if question.live and question.has_unpublished_changes else question
        ids = [entry["tag"] for entry in content.get("tagged_items") or [] if isinstance(entry, dict)]
        tag_ids.update(ids)
        drafts.append((question, draft, list(content.get("knowledge_points") or []), ids))
    names = dict(Tag.objects.filter(pk__in=tag_ids).values_list("pk", "name")) if tag_ids else {}
    return [
        BankItem(
            row=row,
            draft=draft,
            knowledge_point_ids=points if points is not None else _row_point_ids(row),
            tags=sorted(names[t] for t in tags if t in names) if tags is not None else _row_tags(row),
        )
        for row, draft, points, tags in drafts
    ]


DRAFT_FIELDS = ("question_type", "stem", "content", "reference_answer", "explanation", "difficulty", "score", "source")


def _draft_of(question: Question, content: dict) -> Question:
    """The item as its latest revision says, without the queries of ``Revision.as_object`` (the list reads
    only plain fields; points and tags come by id, the module through a loader)."""
    draft = copy.copy(question)
    for name in DRAFT_FIELDS:
        if name in content:
            setattr(draft, name, content[name])
    draft.score = Decimal(str(draft.score))
    draft.module_id = content.get("module", question.module_id)
    draft.pending_parts = content.get(PENDING_PARTS)
    return draft


def pending_parts(case: Question, parts: list[dict], part_ids: list[int]) -> list[BankItem]:
    """A published case's edited parts as its team sees them (not rows yet: they go live with the case's review).

    Each takes the id of the live part at its place (or a negative one past them), so lists keep stable keys."""
    items = []
    for i, part in enumerate(parts):
        draft = Question(
            pk=part_ids[i] if i < len(part_ids) else -(i + 1),
            course_id=case.course_id,
            parent_id=case.pk,
            sort_order=i,
            live=case.live,
            owner=case.owner,
            question_type=part["question_type"],
            stem=part["stem"],
            content=part.get("content") or {},
            reference_answer=part.get("reference_answer", ""),
            explanation=part.get("explanation", ""),
            difficulty=part.get("difficulty", 3),
            score=Decimal(str(part.get("score", "1"))),
            source=part.get("source", "original"),
            module_id=part.get("module_id"),
        )
        draft.updated_at = case.updated_at
        draft.in_review = False
        ids = [int(pk) for pk in part.get("knowledge_point_ids") or []]
        items.append(BankItem(row=draft, draft=draft, knowledge_point_ids=ids, tags=sorted(part.get("tags") or [])))
    return items


def bank_view(question: Question) -> BankItem:
    return bank_items([question])[0]


def _row_point_ids(question: Question) -> list[int]:
    return [p.pk for p in question.knowledge_points.all()]  # prefetched by the list loaders


def _row_tags(question: Question) -> list[str]:
    return sorted(t.name for t in question.tags.all())
