"""Reads of a course's knowledge graph (M7, C2): the graph with study order, coverage, resources per point.

Every read runs a fixed number of queries whatever the number of points (house rule 4): points, their job
positions, resource counts grouped in SQL, and edges — one query each.
"""

import heapq
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from cms.courses.models import CoursePage, KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint
from cms.majors.models import JobPosition

# Types that count as "video or animation" in the coverage report (M7: every point needs a moving picture).
MOTION_TYPES = ("video", "animation")


class Gap:
    """Codes of the coverage gaps a course team must fill."""

    NO_RESOURCE = "no_resource"
    NO_VIDEO_OR_ANIMATION = "no_video_or_animation"
    NO_QUESTION = "no_question"


@dataclass
class GraphNode:
    point: KnowledgePoint
    job_positions: list[JobPosition]
    resource_counts: dict[str, int]  # resource type → published resources the user may open
    study_order: int  # 1-based position in a topological order of the prerequisites
    step: int  # 1 for points without prerequisites, else 1 + the largest step among them

    @property
    def resource_total(self) -> int:
        return sum(self.resource_counts.values())


@dataclass
class CourseGraph:
    course: CoursePage
    nodes: list[GraphNode]
    edges: list[KnowledgeEdge]


@dataclass
class PointCoverage:
    point: KnowledgePoint
    resources: int
    videos_and_animations: int
    questions: int
    gaps: list[str] = field(default_factory=list)


def _points(course: CoursePage) -> list[KnowledgePoint]:
    return list(KnowledgePoint.objects.filter(course_id=course.pk).order_by("sort_order", "id"))


def _job_positions(points: list[KnowledgePoint]) -> dict[int, list[JobPosition]]:
    through = KnowledgePoint.job_positions.through
    rows = through.objects.filter(knowledgepoint_id__in=[p.pk for p in points]).select_related("jobposition")
    grouped: dict[int, list[JobPosition]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.jobposition.sort_order, r.jobposition.pk)):
        grouped[row.knowledgepoint_id].append(row.jobposition)
    return grouped


def _resource_counts(course: CoursePage, resources) -> dict[int, dict[str, int]]:
    """Per point: resource type → how many of ``resources`` (a Resource queryset) are tagged with it."""
    from cms.resources.models import Resource

    through = Resource.knowledge_points.through
    rows = (
        through.objects.filter(knowledgepoint__course_id=course.pk, resource_id__in=resources.values("pk"))
        .values_list("knowledgepoint_id", "resource__resource_type")
        .annotate(n=Count("resource_id", distinct=True))
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for point_id, resource_type, n in rows:
        counts[point_id][resource_type] = n
    return counts


def study_order(points: list[KnowledgePoint], edges: list[KnowledgeEdge]) -> dict[int, tuple[int, int]]:
    """Point id → (1-based study order, step) from the prerequisite edges (Kahn's topological sort).

    Among points free to study, the course's own order (``sort_order``) decides, so a graph without
    edges keeps the order the team wrote. Services refuse cycles; should one exist anyway (rows written
    behind their back), the points on it follow the others in course order instead of failing the read.
    """
    rank = {p.pk: (p.sort_order, p.pk) for p in points}
    after: dict[int, list[int]] = defaultdict(list)
    before: dict[int, list[int]] = defaultdict(list)
    waiting = {p.pk: 0 for p in points}
    for edge in edges:
        if edge.kind == KnowledgeEdgeKind.PREREQUISITE and edge.source_id in rank and edge.target_id in rank:
            after[edge.source_id].append(edge.target_id)
            before[edge.target_id].append(edge.source_id)
            waiting[edge.target_id] += 1
    ready = [(rank[pk], pk) for pk, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    result: dict[int, tuple[int, int]] = {}
    while ready:
        _rank, pk = heapq.heappop(ready)
        step = 1 + max((result[b][1] for b in before[pk] if b in result), default=0)
        result[pk] = (len(result) + 1, step)
        for nxt in after[pk]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, (rank[nxt], nxt))
    for pk in sorted((pk for pk in rank if pk not in result), key=rank.get):
        result[pk] = (len(result) + 1, 1 + max((result[b][1] for b in before[pk] if b in result), default=0))
    return result


def course_graph(course: CoursePage, user) -> CourseGraph:
    """The knowledge graph of ``course`` as ``user`` sees it: counts only cover resources they may open."""
    from cms.resources.models import Resource
    from cms.resources.permissions import published_q

    points = _points(course)
    jobs = _job_positions(points)
    counts = _resource_counts(course, Resource.objects.filter(published_q(user)))
    edges = list(KnowledgeEdge.objects.filter(course_id=course.pk).order_by("id"))
    order = study_order(points, edges)
    nodes = [
        GraphNode(
            point=p,
            job_positions=jobs.get(p.pk, []),
            resource_counts=counts.get(p.pk, {}),
            study_order=order[p.pk][0],
            step=order[p.pk][1],
        )
        for p in points
    ]
    nodes.sort(key=lambda n: n.study_order)
    return CourseGraph(course=course, nodes=nodes, edges=edges)


def course_coverage(course: CoursePage) -> list[PointCoverage]:
    """Per point, in course order: published resources (any visibility), videos and animations, questions.

    ``questions`` is 0 for every point until the question bank arrives (a later issue); the field and the
    ``no_question`` gap are already reported so the course team sees that gap from the start.
    """
    from cms.resources.models import Resource

    counts = _resource_counts(course, Resource.objects.published())
    report = []
    for point in _points(course):
        by_type = counts.get(point.pk, {})
        total = sum(by_type.values())
        motion = sum(by_type.get(t, 0) for t in MOTION_TYPES)
        questions = 0
        gaps = []
        if total == 0:
            gaps.append(Gap.NO_RESOURCE)
        if motion == 0:
            gaps.append(Gap.NO_VIDEO_OR_ANIMATION)
        if questions == 0:
            gaps.append(Gap.NO_QUESTION)
        report.append(
            PointCoverage(point=point, resources=total, videos_and_animations=motion, questions=questions, gaps=gaps)
        )
    return report


def knowledge_point_resources(point: KnowledgePoint, user):
    """Published resources tagged with ``point`` that ``user`` may open, newest first (the point side of tags)."""
    from cms.resources.models import Resource
    from cms.resources.permissions import published_q

    return Resource.objects.filter(published_q(user), knowledge_points=point).order_by("-first_published_at", "-id")


def knowledge_point_get(*, user, point_id: int) -> KnowledgePoint | None:
    """A point of a published course ``user`` may read."""
    from cms.majors.selectors import courses_readable_by

    readable = courses_readable_by(user).values("pk")
    return KnowledgePoint.objects.filter(pk=point_id, course_id__in=readable).select_related("course").first()


def knowledge_edge_get(*, user, edge_id: int) -> KnowledgeEdge | None:
    """An edge of a published course ``user`` may read (changing it is checked by the service)."""
    from cms.majors.selectors import courses_readable_by

    readable = courses_readable_by(user).values("pk")
    return KnowledgeEdge.objects.filter(pk=edge_id, course_id__in=readable).first()
