"""Rules of the major's course-system graph (C2) and writes to majors."""

from collections import defaultdict
from collections.abc import Sequence

from django.utils.translation import gettext as _

from cms.majors.models import CourseRelationKind, MajorPage

Edge = tuple[object, object, str]  # (source course, target course, CourseRelationKind)


def _find_path(graph: dict[int, set[int]], start: int, goal: int) -> list[int] | None:
    """Depth-first search for a path start ⇝ goal in the prerequisite graph built so far."""
    stack: list[tuple[int, list[int]]] = [(start, [start])]
    seen = {start}
    while stack:
        node, path = stack.pop()
        if node == goal:
            return path
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def course_relations_validate(*, major: MajorPage, edges: Sequence[Edge]) -> list[tuple[int, str]]:
    """Check a whole edge list; returns ``(edge index, translated message)`` for every bad edge.

    Rules: both ends are courses of this major, no self-loops, no duplicates, and prerequisite edges
    form no cycle (a learner must be able to start somewhere).
    """
    from cms.courses.models import CoursePage

    own_ids: set[int] = set()
    if major.pk:
        own_ids = set(CoursePage.objects.child_of(major).values_list("pk", flat=True))
    problems: list[tuple[int, str]] = []
    seen: set[tuple[int, int, str]] = set()
    graph: dict[int, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for i, (source, target, kind) in enumerate(edges):
        names[source.pk], names[target.pk] = source.title, target.title
        if source.pk not in own_ids or target.pk not in own_ids:
            problems.append((i, _("Only courses of this major can be linked in its course graph.")))
            continue
        if source.pk == target.pk:
            problems.append((i, _("A course cannot be related to itself.")))
            continue
        key = (source.pk, target.pk, kind)
        if kind == CourseRelationKind.RELATED:
            key = (min(source.pk, target.pk), max(source.pk, target.pk), kind)
        if key in seen:
            problems.append((i, _("This relation is listed twice.")))
            continue
        seen.add(key)
        if kind != CourseRelationKind.PREREQUISITE:
            continue
        path = _find_path(graph, target.pk, source.pk)
        if path is not None:
            cycle = " → ".join(names[pk] for pk in [source.pk, *path])
            problems.append((i, _("This prerequisite would create a cycle: %(cycle)s.") % {"cycle": cycle}))
            continue
        graph[source.pk].add(target.pk)
    return problems
