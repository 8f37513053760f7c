"""Writing items of a course's question bank (C4, M5): every editor, import and API call ends here.

An item is saved as a draft revision; it reaches learners only once reviewed and published (the review
workflow comes with the bank's admin and SPA). The course team and editors of the course write its bank
(``cms.courses.permissions.can_edit_course``). Refusals are ``DomainError``s naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
from cms.courses.permissions import can_edit_course
from cms.questions.content import ContentError, QuestionType, content_clean
from cms.questions.html import html_clean
from cms.questions.models import PENDING_PARTS, Difficulty, Question, QuestionSource

MAX_STEM = 20_000
MAX_TEXT = 20_000
MAX_POINTS = 50
MAX_SUB_QUESTIONS = 20


@dataclass
class ItemData:
    """What a person or an importer gives for one item; case sub-questions nest."""

    question_type: str
    stem: str
    content: dict = field(default_factory=dict)
    reference_answer: str = ""
    explanation: str = ""
    difficulty: int = Difficulty.MEDIUM
    score: Decimal | str | int = 1
    knowledge_point_ids: list[int] = field(default_factory=list)
    module_id: int | None = None
    tags: list[str] = field(default_factory=list)
    source: str = QuestionSource.ORIGINAL
    sub_questions: list[ItemData] = field(default_factory=list)


@dataclass
class CleanItem:
    data: ItemData
    content: dict
    score: Decimal
    points: list[KnowledgePoint]
    module: OutlineItem | None
    sub_questions: list[CleanItem]


def _invalid(message: str, field_name: str) -> DomainError:
    return DomainError(message, code=ErrorCode.INVALID_INPUT, field=field_name)


def item_clean(course: CoursePage, data: ItemData, *, nested: bool = False) -> CleanItem:
    """Check one item (and its sub-questions) against ``course``; the error names the field."""
    if data.question_type not in QuestionType.ALL:
        raise _invalid(_("Unknown question type “%(type)s”.") % {"type": data.question_type}, "question_type")
    if nested and data.question_type == QuestionType.CASE:
        raise _invalid(_("A case analysis cannot contain another case analysis."), "question_type")
    stem = html_clean(data.stem)
    if not stem:
        raise _invalid(_("Write the question (the stem)."), "stem")
    if len(stem) > MAX_STEM:
        raise _invalid(_("The stem is longer than %(limit)s characters.") % {"limit": MAX_STEM}, "stem")
    data.stem = stem
    data.reference_answer = html_clean(data.reference_answer)
    data.explanation = html_clean(data.explanation)
    for name in ("reference_answer", "explanation"):
        if len(getattr(data, name)) > MAX_TEXT:
            raise _invalid(_("The text is longer than %(limit)s characters.") % {"limit": MAX_TEXT}, name)
    try:
        content = content_clean(data.question_type, data.content)
    except ContentError as error:
        raise _invalid(str(error), "content") from error
    if data.difficulty not in Difficulty.values:
        raise _invalid(_("Difficulty is a level from 1 (easy) to 5 (hard)."), "difficulty")
    try:
        score = Decimal(str(data.score)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as error:
        raise _invalid(_("The score must be a number."), "score") from error
    if not Decimal("0") <= score <= Decimal("1000"):
        raise _invalid(_("The score must be between 0 and 1000."), "score")
    if data.source not in QuestionSource.values:
        raise _invalid(_("Unknown source “%(source)s”.") % {"source": data.source}, "source")
    ids = list(dict.fromkeys(data.knowledge_point_ids))
    if len(ids) > MAX_POINTS:
        raise _invalid(_("Choose at most %(limit)s knowledge points.") % {"limit": MAX_POINTS}, "knowledge_point_ids")
    points = list(KnowledgePoint.objects.filter(course_id=course.pk, pk__in=ids))
    if len(points) != len(ids):
        raise _invalid(_("Some knowledge points are not part of this course."), "knowledge_point_ids")
    module = None
    if data.module_id is not None:
        module = OutlineItem.objects.filter(course_id=course.pk, pk=data.module_id).first()
        if module is None:
            raise _invalid(_("The module is not part of this course."), "module_id")
    subs: list[CleanItem] = []
    if data.question_type == QuestionType.CASE:
        if not data.sub_questions:
            raise _invalid(_("A case analysis needs at least one sub-question."), "sub_questions")
        if len(data.sub_questions) > MAX_SUB_QUESTIONS:
            raise _invalid(
                _("A case analysis has at most %(limit)s sub-questions.") % {"limit": MAX_SUB_QUESTIONS},
                "sub_questions",
            )
        for i, sub in enumerate(data.sub_questions):
            try:
                subs.append(item_clean(course, sub, nested=True))
            except DomainError as error:
                raise _invalid(
                    _("Sub-question %(n)s: %(reason)s") % {"n": i + 1, "reason": error.message},
                    f"sub_questions.{i}.{error.field or ''}".rstrip("."),
                ) from error
        score = sum((s.score for s in subs), Decimal("0.00"))
    elif data.sub_questions:
        raise _invalid(_("Only a case analysis has sub-questions."), "sub_questions")
    return CleanItem(data=data, content=content, score=score, points=points, module=module, sub_questions=subs)


def _write(question: Question, item: CleanItem) -> None:
    data = item.data
    question.question_type = data.question_type
    question.stem = data.stem
    question.content = item.content
    question.reference_answer = data.reference_answer
    question.explanation = data.explanation
    question.difficulty = data.difficulty
    question.score = item.score
    question.source = data.source
    question.module = item.module
    question.knowledge_points.set(item.points)
    question.tags.set([t.strip()[:100] for t in data.tags if t.strip()][:30])


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can change this course's question bank."),
            code=ErrorCode.PERMISSION_DENIED,
        )


@transaction.atomic
def question_create(*, user, course: CoursePage, data: ItemData, organisation=None) -> Question:
    """A new draft item (with its sub-questions when it is a case analysis)."""
    _require_editor(user, course)
    item = item_clean(course, data)
    return _create(user=user, course=course, item=item, organisation=organisation)


def _create(*, user, course, item: CleanItem, organisation, parent: Question | None = None, order: int = 0):
    question = Question(
        course=course, owner=user, organisation=organisation, parent=parent, sort_order=order, live=False
    )
    _write(question, item)
    question.save()
    question.save_revision(user=user, log_action=True)
    for i, sub in enumerate(item.sub_questions):
        _create(user=user, course=course, item=sub, organisation=organisation, parent=question, order=i)
    return question


def _part_data(item: CleanItem) -> dict:
    """A sub-question as a published case's revision keeps it until the review publishes it."""
    data = item.data
    return {
        "question_type": data.question_type,
        "stem": data.stem,
        "content": item.content,
        "reference_answer": data.reference_answer,
        "explanation": data.explanation,
        "difficulty": data.difficulty,
        "score": str(item.score),
        "source": data.source,
        "module_id": item.module.pk if item.module else None,
        "knowledge_point_ids": [p.pk for p in item.points],
        "tags": list(data.tags),
    }


def _part_item(question: Question, part: dict) -> CleanItem:
    ids = [int(i) for i in part.get("knowledge_point_ids") or []]
    module_id = part.get("module_id")
    data = ItemData(
        question_type=part["question_type"],
        stem=part["stem"],
        content=part.get("content") or {},
        reference_answer=part.get("reference_answer", ""),
        explanation=part.get("explanation", ""),
        difficulty=part.get("difficulty", Difficulty.MEDIUM),
        score=part.get("score", "1"),
        source=part.get("source", QuestionSource.ORIGINAL),
        tags=list(part.get("tags") or []),
    )
    return CleanItem(
        data=data,
        content=data.content,
        score=Decimal(str(data.score)),
        points=list(KnowledgePoint.objects.filter(course_id=question.course_id, pk__in=ids)),
        module=OutlineItem.objects.filter(course_id=question.course_id, pk=module_id).first() if module_id else None,
        sub_questions=[],
    )


def _replace_parts(question: Question, parts: list[tuple[CleanItem, object]]) -> None:
    question.sub_questions.all().delete()
    for i, (sub, user) in enumerate(parts):
        _create(
            user=user, course=question.course, item=sub, organisation=question.organisation, parent=question, order=i
        )


@transaction.atomic
def question_parts_publish(*, question: Question, revision) -> None:
    """Put the parts a published revision of a case carries in place of the live ones (called on publish).

    Attempts already started keep their own snapshot of the old parts; nothing else points at part rows."""
    parts = (revision.content or {}).get(PENDING_PARTS) if revision is not None else None
    if parts is None:
        return
    question = Question.objects.select_for_update().get(pk=question.pk)
    _replace_parts(question, [(_part_item(question, part), revision.user) for part in parts])


@transaction.atomic
def question_update(*, user, question: Question, data: ItemData) -> Question:
    """A new draft revision of ``question``; a case analysis's sub-questions are replaced in the given order
    (at once while it was never published; with its next publication once it is)."""
    _require_editor(user, question.course)
    question = Question.objects.select_for_update().get(pk=question.pk)  # the stored state, not a stale copy
    if question.parent_id is not None:
        raise _invalid(_("Edit a sub-question through its case analysis."), "id")
    if question.deleted_at is not None:
        raise _invalid(_("The question is in the recycle bin; restore it first."), "id")
    if question.workflow_in_progress:  # reviewers decide on what was submitted, nothing else
        raise _invalid(_("The question is being reviewed; wait for the decision before changing it."), "id")
    item = item_clean(question.course, data)
    latest = question.get_latest_revision()
    draft = latest.as_object() if latest else question
    _write(draft, item)
    has_parts = question.question_type == QuestionType.CASE or bool(item.sub_questions)
    # A published case keeps its live parts until the review publishes the new ones with it; the parts of
    # an unpublished item are rows replaced at once (nobody takes them yet).
    draft.pending_parts = [_part_data(sub) for sub in item.sub_questions] if question.live and has_parts else None
    if not question.live:  # unpublished items follow their draft; published ones keep the live row
        draft.save()
    draft.save_revision(user=user, log_action=True)
    if has_parts and not question.live:
        _replace_parts(question, [(sub, user) for sub in item.sub_questions])
    return Question.objects.get(pk=question.pk)


@transaction.atomic
def question_delete(*, user, question: Question) -> Question:
    """Move an item (with its case's sub-questions) to the recycle bin; ``question_restore`` brings it back.

    Allowed even when a fixed paper lists it: the paper keeps its ``PaperItem`` row (which protects the item
    from being erased), attempts already started score from their own snapshot, and new attempts of fixed
    and random papers leave recycled items out (``attempts._draw_items``) until it is restored. Deleting
    twice is refused, naming ``id``."""
    _require_editor(user, question.course)
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.parent_id is not None:
        raise _invalid(_("Delete a sub-question through its case analysis."), "id")
    if question.deleted_at is not None:
        raise _invalid(_("The question is already in the recycle bin."), "id")
    question.deleted_at = timezone.now()
    question.save(update_fields=["deleted_at", "updated_at"])
    return question


@transaction.atomic
def question_restore(*, user, question: Question) -> Question:
    """Take an item out of the recycle bin as it was (status, drafts and revisions untouched)."""
    _require_editor(user, question.course)
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.deleted_at is None:
        raise _invalid(_("The question is not in the recycle bin."), "id")
    question.deleted_at = None
    question.save(update_fields=["deleted_at", "updated_at"])
    return question
