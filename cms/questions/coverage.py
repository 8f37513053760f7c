"""The coverage matrix of a course's bank (C4 "题库覆盖课程标准全部内容"): every knowledge point of the course
graph × item count by type and difficulty, so a team sees at a glance which points have no items.

Counted per (point, type, difficulty) in one grouped query: case sub-questions count as their own type (a
case's part that tests a point is an item on that point), items in the recycle bin never count, drafts only
when asked — then a published item with edits waiting counts as its latest revision says (its points,
type and difficulty), as the bank shows it. Points come in course order, whatever their count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q

from cms.courses.models import CoursePage, KnowledgePoint
from cms.questions.models import Question


@dataclass
class CoverageCell:
    question_type: str
    difficulty: int
    count: int


@dataclass
class PointRow:
    point: KnowledgePoint
    cells: list[CoverageCell] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells)


@dataclass
class CoverageMatrix:
    points: list[PointRow]
    untagged: int  # items (not in the recycle bin) tagged with no point: they cover nothing

    @property
    def uncovered(self) -> int:
        return sum(1 for row in self.points if row.total == 0)


def _counted(course: CoursePage, include_drafts: bool) -> Q:
    alive = Q(course_id=course.pk, deleted_at__isnull=True) & (
        Q(parent__isnull=True) | Q(parent__deleted_at__isnull=True)
    )
    if include_drafts:
        return alive
    # a sub-question is published with its case
    return alive & (Q(parent__isnull=True, live=True) | Q(parent__live=True))


def question_coverage(course: CoursePage, *, include_drafts: bool = False) -> CoverageMatrix:
    """The matrix of ``course``: published items, or every item in the bank with ``include_drafts``."""
    counted = Question.objects.filter(_counted(course, include_drafts))
    pending = Q(pk__in=[])
    tally: dict[tuple[int, str, int], int] = defaultdict(int)
    untagged = 0
    if include_drafts:  # a published item with edits waiting counts as its draft says
        pending = Q(parent__isnull=True, live=True, has_unpublished_changes=True)
        points_of_course = set(KnowledgePoint.objects.filter(course_id=course.pk).values_list("pk", flat=True))
        for question_type, difficulty, content in counted.filter(pending).values_list(
            "question_type", "difficulty", "latest_revision__content"
        ):
            content = content or {}
            kind = content.get("question_type", question_type)
            level = content.get("difficulty", difficulty)
            tagged = set(content.get("knowledge_points") or []) & points_of_course
            for point_id in tagged:
                tally[(point_id, kind, level)] += 1
            untagged += not tagged and kind != "case"
    grouped = (
        counted.exclude(pending)
        .filter(knowledge_points__course_id=course.pk)
        .values_list("knowledge_points", "question_type", "difficulty")
        .annotate(n=Count("id", distinct=True))
        .order_by()
    )
    for point_id, question_type, difficulty, n in grouped:
        tally[(point_id, question_type, difficulty)] += n
    cells: dict[int, list[CoverageCell]] = defaultdict(list)
    for (point_id, question_type, difficulty), n in tally.items():
        cells[point_id].append(CoverageCell(question_type=question_type, difficulty=difficulty, count=n))
    points = KnowledgePoint.objects.filter(course_id=course.pk).order_by("sort_order", "id")
    untagged += counted.exclude(pending).filter(knowledge_points__isnull=True).exclude(question_type="case").count()
    return CoverageMatrix(
        points=[
            PointRow(point=p, cells=sorted(cells.get(p.pk, []), key=lambda c: (c.question_type, c.difficulty)))
            for p in points
        ],
        untagged=untagged,
    )
