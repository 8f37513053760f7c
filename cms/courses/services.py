"""Writes on a course's knowledge graph (M7, C2): edges, and tagging resources from the point side.

Edges are course-team metadata and apply at once. Tagging a resource from a knowledge point is a change
of the *resource*, so it goes through ``cms.resources.services.resource_update``: an unpublished resource
changes in place, a published one gets a new draft revision that the usual review publishes (M1, C12) —
tagging from the point side is never a way around review, and both sides stay the same rows.
"""

from collections import defaultdict

from django.db import transaction
from django.utils.translation import gettext as _

from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint
from cms.courses.permissions import can_edit_graph

MAX_ATTACH = 100  # input lists are capped (house rule 6)


def _find_path(graph: dict[int, set[int]], start: int, goal: int) -> list[int] | None:
    """A path start ⇝ goal over ``graph`` (depth-first), or None."""
    stack: list[tuple[int, list[int]]] = [(start, [start])]
    seen = {start}
    while stack:
        node, path = stack.pop()
        if node == goal:
            return path
        for nxt in sorted(graph.get(node, ())):
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_graph(user, course):
        raise DomainError(
            _("Only the course team and editors can change the knowledge graph of this course."),
            code=ErrorCode.PERMISSION_DENIED,
        )


def knowledge_edge_check(*, source: KnowledgePoint, target: KnowledgePoint, kind: str) -> None:
    """Refuse an edge that breaks the graph's rules, with a message naming the points.

    Rules: both points belong to the same course (cross-course order is the major's course graph), no
    self-edge, no duplicate, and neither ``prerequisite`` nor ``contains`` edges may form a cycle — a
    learner must be able to start somewhere, and a point cannot contain itself through others.
    """
    if kind not in KnowledgeEdgeKind.values:
        raise DomainError(_("Choose contains or prerequisite."), field="kind")
    if source.course_id != target.course_id:
        raise DomainError(
            _(
                "“%(source)s” and “%(target)s” belong to different courses; "
                "link the courses in the major's course graph instead."
            )
            % {"source": source.name, "target": target.name},
            field="target_id",
        )
    if source.pk == target.pk:
        raise DomainError(_("“%(name)s” cannot be linked to itself.") % {"name": source.name}, field="target_id")
    if KnowledgeEdge.objects.filter(source=source, target=target, kind=kind).exists():
        raise DomainError(
            _("“%(source)s” → “%(target)s” (%(kind)s) is already in the graph.")
            % {"source": source.name, "target": target.name, "kind": KnowledgeEdgeKind(kind).label},
            code=ErrorCode.DUPLICATE,
            field="target_id",
        )
    graph: dict[int, set[int]] = defaultdict(set)
    for from_id, to_id in KnowledgeEdge.objects.filter(course_id=source.course_id, kind=kind).values_list(
        "source_id", "target_id"
    ):
        graph[from_id].add(to_id)
    path = _find_path(graph, target.pk, source.pk)
    if path is None:
        return
    names = dict(KnowledgePoint.objects.filter(pk__in=path).values_list("pk", "name"))
    cycle = " → ".join(names[pk] for pk in [source.pk, *path])
    if kind == KnowledgeEdgeKind.PREREQUISITE:
        message = _("This prerequisite would create a cycle: %(cycle)s. A learner could never start.")
    else:
        message = _("This containment would create a cycle: %(cycle)s.")
    raise DomainError(message % {"cycle": cycle}, code=ErrorCode.CONFLICT, field="target_id")


def _lock_course(course_id: int) -> CoursePage:
    """Edges of one course are added one at a time, so two concurrent adds cannot close a cycle together."""
    return CoursePage.objects.select_for_update().get(pk=course_id)


@transaction.atomic
def knowledge_edge_add(*, user, source: KnowledgePoint, target: KnowledgePoint, kind: str) -> KnowledgeEdge:
    """Link two points of a course (``contains``: source includes target; ``prerequisite``: source first)."""
    course = _lock_course(source.course_id)
    _require_editor(user, course)
    knowledge_edge_check(source=source, target=target, kind=kind)
    edge = KnowledgeEdge(course=course, source=source, target=target, kind=kind, created_by=user)
    edge.full_clean()
    edge.save()
    audit_record(
        action="knowledge_edge.add",
        actor=user,
        obj=edge,
        detail={"course": course.pk, "source": source.pk, "target": target.pk, "kind": kind},
    )
    return edge


@transaction.atomic
def knowledge_edge_remove(*, user, edge: KnowledgeEdge) -> None:
    course = _lock_course(edge.course_id)
    _require_editor(user, course)
    audit_record(
        action="knowledge_edge.remove",
        actor=user,
        obj=edge,
        detail={"course": course.pk, "source": edge.source_id, "target": edge.target_id, "kind": edge.kind},
    )
    edge.delete()


def _draft_points(resource) -> list[KnowledgePoint]:
    """The points of the resource's latest draft (a live resource's draft lives in its revision)."""
    draft = resource.get_latest_revision_as_object() if resource.live else resource
    return list(draft.knowledge_points.all())


def _retag(*, user, point: KnowledgePoint, resources: list, attach: bool) -> list:
    from cms.resources.services import ResourceAttributes, resource_update

    if len(resources) > MAX_ATTACH:
        raise DomainError(
            _("At most %(max)d resources at a time.") % {"max": MAX_ATTACH},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="resource_ids",
        )
    drafts = []
    for resource in resources:
        points = _draft_points(resource)
        tagged = any(p.pk == point.pk for p in points)
        if tagged == attach:
            continue  # already as asked: no empty revision, no new review
        wanted = [*points, point] if attach else [p for p in points if p.pk != point.pk]
        drafts.append(
            resource_update(user=user, resource=resource, attributes=ResourceAttributes(knowledge_points=wanted))
        )
    return drafts


@transaction.atomic
def knowledge_point_attach(*, user, point: KnowledgePoint, resources: list) -> list:
    """Tag ``resources`` with ``point``: the same change as picking the point on each resource (see module).

    Needs the right to manage each resource; all or nothing. Returns the saved drafts.
    """
    return _retag(user=user, point=point, resources=resources, attach=True)


@transaction.atomic
def knowledge_point_detach(*, user, point: KnowledgePoint, resources: list) -> list:
    """Remove ``point`` from ``resources`` (a new draft for published ones, as when attaching)."""
    return _retag(user=user, point=point, resources=resources, attach=False)
