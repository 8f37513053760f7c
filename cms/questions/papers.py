"""Self-test papers (L5): the course team writes them, learners take the open ones.

A paper is either **fixed** (chosen published items of the course, each with the score it carries there) or
**random** (rules: type × module or knowledge point × difficulty, a count and a score per item; every attempt
draws its own items, ``attempts.attempt_start``). Saving a random paper checks that the published bank can
satisfy its rules right now (the same ``draw`` an attempt runs), and refuses with the rule that falls short;
the bank can still shrink later, and then starting an attempt is refused with the same message.

Who may take a self-test: any signed-in person who can see the course — the course is published and the
paper is open (``paper_takeable``). Self-tests are practice, open to every learner of the library; class
exams with their own rosters come with the teaching issue. The course team and editors
(``can_edit_course``) write papers and see them all, open or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Count, Max, Prefetch, Q
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
from cms.courses.permissions import can_edit_course
from cms.questions.content import QuestionType
from cms.questions.draw import Candidate, DrawError, DrawRule, draw
from cms.questions.models import Attempt, AttemptState, Difficulty, Paper, PaperItem, PaperKind, PaperRule, Question

MAX_ITEMS = 100  # fixed items or rules in one save (house rule 6: input lists capped)
MAX_TITLE = 128
MAX_SCORE = Decimal("1000")


@dataclass
class PaperItemData:
    question_id: int
    score: Decimal | str | int | float | None = None  # None: the item's own score


@dataclass
class PaperRuleData:
    question_type: str
    count: int
    score_each: Decimal | str | int | float
    module_id: int | None = None
    knowledge_point_id: int | None = None
    difficulty: int | None = None


@dataclass
class PaperData:
    title: str
    kind: str = PaperKind.FIXED
    module_id: int | None = None
    items: list[PaperItemData] = field(default_factory=list)
    rules: list[PaperRuleData] = field(default_factory=list)
    shuffle_items: bool = True
    shuffle_options: bool = True
    max_attempts: int | None = None
    open: bool = False


def _invalid(message: str, field_name: str, code: ErrorCode = ErrorCode.INVALID_INPUT) -> DomainError:
    return DomainError(message, code=code, field=field_name)


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors may change its self-tests."), code=ErrorCode.PERMISSION_DENIED
        )


def _points(value, field_name: str) -> Decimal:
    try:
        points = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as error:
        raise _invalid(_("Enter a score."), field_name) from error
    if points <= 0 or points > MAX_SCORE:
        raise _invalid(_("A score is more than 0 and at most %(max)s.") % {"max": MAX_SCORE}, field_name)
    return points


def published_items(course_id: int):
    """The course's published top-level items: what papers may hold and draw from."""
    return Question.objects.filter(course_id=course_id, live=True, deleted_at__isnull=True, parent__isnull=True)


def bank_candidates(course_id: int) -> list[Candidate]:
    """What a random draw sees of the published bank (two queries)."""
    rows = list(published_items(course_id).values_list("pk", "question_type", "difficulty", "module_id"))
    points: dict[int, set[int]] = {}
    through = Question.knowledge_points.through
    for question_id, point_id in through.objects.filter(question_id__in=[r[0] for r in rows]).values_list(
        "question_id", "knowledgepoint_id"
    ):
        points.setdefault(question_id, set()).add(point_id)
    return [Candidate(pk, kind, level, module, frozenset(points.get(pk, ()))) for pk, kind, level, module in rows]


def rule_label(index: int, rule: PaperRuleData | PaperRule) -> str:
    """How a refusal names a rule: its number and type (the editor lists rules in this order)."""
    kind = dict(Question._meta.get_field("question_type").choices).get(rule.question_type, rule.question_type)
    return _("Rule %(n)s (%(type)s × %(count)s)") % {"n": index + 1, "type": kind, "count": rule.count}


def _clean_rules(course: CoursePage, rules: list[PaperRuleData]) -> list[PaperRuleData]:
    if not rules:
        raise _invalid(_("Add at least one rule."), "rules")
    if len(rules) > MAX_ITEMS:
        raise _invalid(_("At most %(n)s rules.") % {"n": MAX_ITEMS}, "rules", ErrorCode.LIMIT_EXCEEDED)
    modules = set(OutlineItem.objects.filter(course=course).values_list("pk", flat=True))
    points = set(KnowledgePoint.objects.filter(course=course).values_list("pk", flat=True))
    for i, rule in enumerate(rules):
        where = f"rules.{i}"
        if rule.question_type not in QuestionType.ALL:
            raise _invalid(
                _("Unknown question type “%(type)s”.") % {"type": rule.question_type}, f"{where}.question_type"
            )
        if not isinstance(rule.count, int) or rule.count < 1 or rule.count > 200:
            raise _invalid(_("A rule draws 1 to 200 items."), f"{where}.count")
        if rule.module_id is not None and rule.module_id not in modules:
            raise _invalid(_("Not a module of this course."), f"{where}.module_id")
        if rule.knowledge_point_id is not None and rule.knowledge_point_id not in points:
            raise _invalid(_("Not a knowledge point of this course."), f"{where}.knowledge_point_id")
        if rule.difficulty is not None and rule.difficulty not in Difficulty.values:
            raise _invalid(_("Difficulty is 1 to 5."), f"{where}.difficulty")
        rule.score_each = _points(rule.score_each, f"{where}.score_each")
    return rules


def rules_check(course: CoursePage, rules: list[PaperRuleData]) -> None:
    """Refuse rules the published bank cannot satisfy now, naming the rule (``DrawError``'s message)."""
    rules = _clean_rules(course, rules)
    draw_rules = [
        DrawRule(r.question_type, r.count, r.module_id, r.knowledge_point_id, r.difficulty, label=rule_label(i, r))
        for i, r in enumerate(rules)
    ]
    try:
        draw(bank_candidates(course.pk), draw_rules)
    except DrawError as error:
        where = f"rules.{error.rule_index}" if error.rule_index is not None else "rules"
        raise _invalid(str(error), where) from error


def _clean_items(course: CoursePage, items: list[PaperItemData]) -> list[tuple[Question, Decimal]]:
    if not items:
        raise _invalid(_("Choose at least one published item."), "items")
    if len(items) > MAX_ITEMS:
        raise _invalid(_("At most %(n)s items.") % {"n": MAX_ITEMS}, "items", ErrorCode.LIMIT_EXCEEDED)
    ids = [int(i.question_id) for i in items]
    if len(set(ids)) != len(ids):
        raise _invalid(_("An item is chosen twice."), "items")
    found = published_items(course.pk).in_bulk(ids)
    cleaned = []
    for i, item in enumerate(items):
        question = found.get(int(item.question_id))
        if question is None:
            raise _invalid(
                _("Item %(id)s is not a published item of this course's bank.") % {"id": item.question_id},
                f"items.{i}.question_id",
            )
        score = question.score if item.score in (None, "") else _points(item.score, f"items.{i}.score")
        cleaned.append((question, Decimal(score)))
    return cleaned


def _write(user, paper: Paper, data: PaperData) -> Paper:
    title = (data.title or "").strip()
    if not title:
        raise _invalid(_("Give the self-test a title."), "title")
    if len(title) > MAX_TITLE:
        raise _invalid(_("The title is longer than %(n)s characters.") % {"n": MAX_TITLE}, "title")
    if data.kind not in PaperKind.values:
        raise _invalid(_("A paper has fixed items or is drawn by rules."), "kind")
    module = None
    if data.module_id is not None:
        module = OutlineItem.objects.filter(course_id=paper.course_id, pk=data.module_id).first()
        if module is None:
            raise _invalid(_("Not a module of this course."), "module_id")
    if data.max_attempts is not None and not (1 <= data.max_attempts <= 100):
        raise _invalid(_("Allow 1 to 100 attempts, or leave it empty for no limit."), "max_attempts")
    course = paper.course
    if data.kind == PaperKind.FIXED:
        items, rules = _clean_items(course, data.items), []
    else:
        rules_check(course, data.rules)
        items, rules = [], data.rules
    paper.title, paper.kind, paper.module = title, data.kind, module
    paper.shuffle_items, paper.shuffle_options = bool(data.shuffle_items), bool(data.shuffle_options)
    paper.max_attempts, paper.open = data.max_attempts, bool(data.open)
    paper.full_clean()
    paper.save()
    paper.items.all().delete()
    paper.rules.all().delete()
    PaperItem.objects.bulk_create(
        PaperItem(paper=paper, question=q, score=points, sort_order=i) for i, (q, points) in enumerate(items)
    )
    PaperRule.objects.bulk_create(
        PaperRule(
            paper=paper,
            question_type=r.question_type,
            count=r.count,
            module_id=r.module_id,
            knowledge_point_id=r.knowledge_point_id,
            difficulty=r.difficulty,
            score_each=r.score_each,
            sort_order=i,
        )
        for i, r in enumerate(rules)
    )
    return paper


@transaction.atomic
def paper_create(*, user, course: CoursePage, data: PaperData) -> Paper:
    _require_editor(user, course)
    return _write(user, Paper(course=course, created_by=user), data)


@transaction.atomic
def paper_update(*, user, paper: Paper, data: PaperData) -> Paper:
    """Replace the paper's settings, items or rules; attempts already started keep their own drawn copy."""
    _require_editor(user, paper.course)
    paper = Paper.objects.select_for_update().select_related("course").get(pk=paper.pk)
    return _write(user, paper, data)


@transaction.atomic
def paper_delete(*, user, paper: Paper) -> None:
    """Delete a paper nobody has attempted; one with attempts is closed instead, so learners keep history."""
    _require_editor(user, paper.course)
    if paper.attempts.exists():
        raise DomainError(
            _("Learners have taken this self-test; close it instead so their history stays."),
            code=ErrorCode.CONFLICT,
        )
    paper.delete()


def paper_total(paper: Paper) -> Decimal:
    """The paper's total score: its items' scores, or each rule's count × score."""
    if paper.kind == PaperKind.FIXED:
        return sum((i.score for i in paper.items.all()), Decimal("0.00"))
    return sum((r.score_each * r.count for r in paper.rules.all()), Decimal("0.00"))


def paper_item_count(paper: Paper) -> int:
    if paper.kind == PaperKind.FIXED:
        return len(paper.items.all())
    return sum(r.count for r in paper.rules.all())


# --- reading --------------------------------------------------------------------------------------------------


def paper_takeable(user, paper: Paper) -> bool:
    """Open papers of a published course, for anyone who can see the course (signed in to take one)."""
    return paper.open and paper.course.live


def course_papers(user, course: CoursePage):
    """Every paper of the course for its team and editors, newest first; nothing for anyone else."""
    if not can_edit_course(user, course):
        return Paper.objects.none()
    items = Prefetch("items", queryset=PaperItem.objects.select_related("question"))
    return Paper.objects.filter(course=course).prefetch_related(items, "rules").order_by("-created_at", "-id")


def self_tests(course: CoursePage, *, module_id: int | None = None):
    """The open self-tests of a published course (optionally of one module), oldest first."""
    if not course.live:
        return Paper.objects.none()
    rows = Paper.objects.filter(course=course, open=True)
    if module_id is not None:
        rows = rows.filter(module_id=module_id)
    return rows.prefetch_related("items", "rules").order_by("created_at", "id")


def paper_for(user, paper_id: int) -> Paper | None:
    """A paper its team edits, or an open one of a published course; None otherwise."""
    paper = Paper.objects.select_related("course").filter(pk=paper_id).first()
    if paper is None:
        return None
    if can_edit_course(user, paper.course) or paper_takeable(user, paper):
        return paper
    return None


@dataclass
class ViewerStats:
    attempts: int = 0
    best: Decimal | None = None
    open_attempt_id: int | None = None


def viewer_stats(user, paper_ids: list[int]) -> dict[int, ViewerStats]:
    """Per paper: the viewer's attempt count, best score and open attempt — one query for all papers."""
    if user is None or not user.is_authenticated or not paper_ids:
        return {}
    rows = (
        Attempt.objects.filter(learner=user, paper_id__in=paper_ids)
        .values("paper_id")
        .annotate(
            n=Count("id"),
            best=Max("score", filter=Q(state=AttemptState.GRADED)),
            open_id=Max("id", filter=Q(state=AttemptState.IN_PROGRESS)),
        )
    )
    return {r["paper_id"]: ViewerStats(r["n"], r["best"], r["open_id"]) for r in rows}


def attempt_for(user, attempt_id: int) -> Attempt | None:
    """The viewer's own attempt; nobody else's (teachers grade through the teaching issue's views)."""
    if user is None or not user.is_authenticated:
        return None
    return Attempt.objects.select_related("paper", "paper__course").filter(pk=attempt_id, learner=user).first()
