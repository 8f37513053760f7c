"""Reads of a course's knowledge graph (M7, C2): the graph with study order, coverage, resources per point.

Every read runs a fixed number of queries whatever the number of points (house rule 4): points, their job
positions, resource counts grouped in SQL, and edges — one query each.
"""

import heapq
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper

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
    x: float | None = None  # where the course team placed it in the graph editor; None: never arranged
    y: float | None = None

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
    # the editor's positions come in the same query (a join): reads stay flat
    return list(
        KnowledgePoint.objects.filter(course_id=course.pk).select_related("layout").order_by("sort_order", "id")
    )


def _position(point: KnowledgePoint) -> tuple[float | None, float | None]:
    layout = getattr(point, "layout", None)  # no row: never arranged in the editor
    return (layout.x, layout.y) if layout else (None, None)


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
            x=_position(p)[0],
            y=_position(p)[1],
        )
        for p in points
    ]
    nodes.sort(key=lambda n: n.study_order)
    return CourseGraph(course=course, nodes=nodes, edges=edges)


def job_position_options(course: CoursePage, user) -> list[JobPosition]:
    """Job positions a point of ``course`` may map to, for the graph editor: every one, for the team only."""
    from cms.courses.permissions import can_edit_graph

    if not can_edit_graph(user, course):
        return []
    return list(JobPosition.objects.order_by("sort_order", "id"))


def course_coverage(course: CoursePage) -> list[PointCoverage]:
    """Per point, in course order: published resources (any visibility), videos and animations, and published
    question bank items (sub-questions of a case analysis included) — C4's "covers all content" check."""
    from cms.questions.models import Question
    from cms.resources.models import Resource

    counts = _resource_counts(course, Resource.objects.published())
    through = Question.knowledge_points.through
    question_counts = dict(
        through.objects.filter(
            knowledgepoint__course_id=course.pk, question__live=True, question__deleted_at__isnull=True
        )
        .values("knowledgepoint_id")
        .annotate(n=Count("question_id", distinct=True))
        .values_list("knowledgepoint_id", "n")
    )
    report = []
    for point in _points(course):
        by_type = counts.get(point.pk, {})
        total = sum(by_type.values())
        motion = sum(by_type.get(t, 0) for t in MOTION_TYPES)
        questions = question_counts.get(point.pk, 0)
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


# ---------------------------------------------------------------------------------------------------------
# Course structure (M5, T1, C3): the outline of modules → units → items, versions, affected items,
# citations. Reads run a fixed number of queries whatever the number of items (house rule 4).
# ---------------------------------------------------------------------------------------------------------


@dataclass
class OutlineEntry:
    """An item of the outline; ``resource``/``assembly`` are None when the viewer may not open them."""

    id: int
    order: int
    resource_id: int | None
    assembly_id: int | None
    open_for_trial: bool
    resource: object | None = None
    assembly: object | None = None
    assembly_resources: list = field(default_factory=list)  # resources of the assembly the viewer may open
    locked: bool = False  # anonymous visitor, item not open for trial
    withdrawn: bool = False  # the resource (or one of the assembly's) is no longer published
    # What the item is, shown even when locked so a visitor sees what logging in opens: the resource's title
    # and type when the viewer could open it outside the course (its visibility), else the assembly's title.
    title: str = ""
    resource_type: str | None = None


@dataclass
class OutlineUnit:
    id: int
    title: str
    order: int
    items: list[OutlineEntry] = field(default_factory=list)


@dataclass
class OutlineModule:
    id: int
    title: str
    order: int
    parent_id: int | None
    depth: int
    units: list[OutlineUnit] = field(default_factory=list)


@dataclass
class CourseOutline:
    course: CoursePage
    version: int | None  # the published version number; None for the team's working copy
    modules: list[OutlineModule]  # depth-first: each module is followed by its nested modules


def _working_structure(course: CoursePage) -> list[dict]:
    """The working copy as snapshot-shaped dicts (modules depth-first, with units and items)."""
    from cms.courses.models import AssemblyEntry, CourseItem, CourseModule, CourseUnit

    modules = list(CourseModule.objects.filter(course_id=course.pk).order_by("order", "id"))
    units = list(CourseUnit.objects.filter(module__course_id=course.pk).order_by("order", "id"))
    items = list(CourseItem.objects.filter(unit__module__course_id=course.pk).order_by("order", "id"))
    entries: dict[int, list[int]] = defaultdict(list)
    assembly_ids = {i.assembly_id for i in items if i.assembly_id}
    if assembly_ids:
        for assembly_id, resource_id in (
            AssemblyEntry.objects.filter(assembly_id__in=assembly_ids)
            .order_by("order", "id")
            .values_list("assembly_id", "resource_id")
        ):
            entries[assembly_id].append(resource_id)
    items_by_unit: dict[int, list[dict]] = defaultdict(list)
    for item in items:
        items_by_unit[item.unit_id].append(
            {
                "id": item.pk,
                "order": item.order,
                "resource_id": item.resource_id,
                "assembly_id": item.assembly_id,
                "assembly_resource_ids": entries.get(item.assembly_id, []),
                "open_for_trial": item.open_for_trial,
            }
        )
    units_by_module: dict[int, list[dict]] = defaultdict(list)
    for unit in units:
        units_by_module[unit.module_id].append(
            {"id": unit.pk, "title": unit.title, "order": unit.order, "items": items_by_unit.get(unit.pk, [])}
        )
    children: dict[int | None, list] = defaultdict(list)
    for module in modules:
        children[module.parent_id].append(module)
    ordered: list[dict] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for module in children.get(parent_id, ()):
            ordered.append(
                {
                    "id": module.pk,
                    "title": module.title,
                    "order": module.order,
                    "parent_id": module.parent_id,
                    "depth": depth,
                    "units": units_by_module.get(module.pk, []),
                }
            )
            walk(module.pk, depth + 1)

    walk(None, 0)
    return ordered


def structure_snapshot(course: CoursePage) -> dict:
    """The working structure as JSON, frozen into a ``CourseVersion`` on publish."""
    return {"modules": _working_structure(course)}


def course_versions(course: CoursePage):
    from cms.courses.models import CourseVersion

    return CourseVersion.objects.filter(course_id=course.pk).order_by("-number")


def course_outline(course: CoursePage, user, version: int | None = None) -> CourseOutline | None:
    """The outline ``user`` sees: a given version, else the working copy for the team and the latest
    published version for everyone else (an empty outline before the first publish).

    Items show each resource's current live values (re-approved updates appear at once); a resource the
    viewer may not open is left out, a withdrawn one marks the item ``withdrawn``; anonymous visitors see
    only items open for trial. None when ``version`` does not exist.
    """
    from cms.courses.models import Assembly
    from cms.courses.permissions import can_edit_course
    from cms.courses.structure import usable_q, viewer_may_open
    from cms.resources.models import Resource

    if version is None and can_edit_course(user, course):
        modules, number = _working_structure(course), None
    else:
        versions = course_versions(course)
        row = (versions.filter(number=version) if version is not None else versions).first()
        if row is None:
            return None if version is not None else CourseOutline(course=course, version=None, modules=[])
        modules, number = row.structure.get("modules", []), row.number
    items = [item for m in modules for u in m["units"] for item in u["items"]]
    resource_ids = {i["resource_id"] for i in items if i["resource_id"]}
    resource_ids |= {r for i in items for r in i.get("assembly_resource_ids", [])}
    resources = {
        r.pk: r
        for r in Resource.objects.filter(pk__in=resource_ids)
        .select_related("organisation")
        .annotate(viewer_may_open=viewer_may_open(user), usable=ExpressionWrapper(usable_q(), BooleanField()))
    }
    assembly_ids = {i["assembly_id"] for i in items if i["assembly_id"]}
    assemblies = Assembly.objects.in_bulk(assembly_ids) if assembly_ids else {}
    anonymous = user is None or not user.is_authenticated
    result = []
    for m in modules:
        module = OutlineModule(
            id=m["id"], title=m["title"], order=m["order"], parent_id=m["parent_id"], depth=m["depth"]
        )
        for u in m["units"]:
            unit = OutlineUnit(id=u["id"], title=u["title"], order=u["order"])
            for i in u["items"]:
                entry = OutlineEntry(
                    id=i["id"],
                    order=i["order"],
                    resource_id=i["resource_id"],
                    assembly_id=i["assembly_id"],
                    open_for_trial=i["open_for_trial"],
                )
                entry.locked = anonymous and not entry.open_for_trial
                refs = [i["resource_id"]] if i["resource_id"] else i.get("assembly_resource_ids", [])
                rows = [resources.get(pk) for pk in refs]
                entry.withdrawn = (not refs and not i["assembly_id"]) or any(r is None or not r.usable for r in rows)
                visible = [r for r in rows if r is not None and r.usable and r.viewer_may_open]
                if i["assembly_id"]:
                    assembly = assemblies.get(i["assembly_id"])
                    entry.title = assembly.title if assembly is not None else ""
                elif visible:
                    entry.title, entry.resource_type = visible[0].title, visible[0].resource_type
                if not entry.locked:
                    if i["resource_id"]:
                        entry.resource = visible[0] if visible else None
                    else:
                        entry.assembly = assemblies.get(i["assembly_id"])
                        entry.assembly_resources = visible
                unit.items.append(entry)
            module.units.append(unit)
        result.append(module)
    return CourseOutline(course=course, version=number, modules=result)


@dataclass
class AffectedItem:
    """A working-copy item whose resource (or one of its assembly's) was withdrawn, deleted or purged."""

    item: object
    module: object
    unit: object
    resources: list  # the withdrawn resources (empty when purged from the recycle bin)


def course_affected_items(course: CoursePage) -> list[AffectedItem]:
    """Items of the working structure the team must look at, in outline order (two queries)."""
    from cms.courses.models import AssemblyEntry, CourseItem
    from cms.courses.structure import usable_q
    from cms.resources.models import Resource

    items = list(
        CourseItem.objects.filter(unit__module__course_id=course.pk)
        .select_related("unit__module", "resource", "assembly")
        .order_by("unit__module__order", "unit__module_id", "unit__order", "unit_id", "order", "id")
    )
    unusable = Resource.objects.exclude(usable_q())
    withdrawn_entries: dict[int, list] = defaultdict(list)
    assembly_ids = {i.assembly_id for i in items if i.assembly_id}
    if assembly_ids:
        for entry in AssemblyEntry.objects.filter(assembly_id__in=assembly_ids, resource__in=unusable).select_related(
            "resource"
        ):
            withdrawn_entries[entry.assembly_id].append(entry.resource)
    affected = []
    for item in items:
        if item.assembly_id:
            bad = withdrawn_entries.get(item.assembly_id, [])
        elif item.resource is None:
            bad = []  # purged
        elif item.resource.live and item.resource.deleted_at is None:
            continue
        else:
            bad = [item.resource]
        if item.assembly_id and not bad:
            continue
        affected.append(AffectedItem(item=item, module=item.unit.module, unit=item.unit, resources=bad))
    return affected


def resource_citation_counts(resource_ids) -> dict[int, int]:
    """Citations per resource in one query: course items referencing it plus assemblies containing it."""
    from cms.courses.models import AssemblyEntry, CourseItem

    ids = list(resource_ids)
    direct = CourseItem.objects.filter(resource_id__in=ids).values("resource_id").annotate(n=Count("id"))
    via = AssemblyEntry.objects.filter(resource_id__in=ids).values("resource_id").annotate(n=Count("id"))
    counts: dict[int, int] = defaultdict(int)
    for row in direct.union(via, all=True):
        counts[row["resource_id"]] += row["n"]
    return dict(counts)


def assemblies_readable_by(user):
    """Assemblies are shared for reuse: every logged-in user may find and read them."""
    from cms.courses.models import Assembly

    if user is None or not user.is_authenticated:
        return Assembly.objects.none()
    return Assembly.objects.all()


def course_module_get(*, user, module_id: int):
    from cms.courses.models import CourseModule
    from cms.majors.selectors import courses_readable_by

    return CourseModule.objects.filter(pk=module_id, course__in=courses_readable_by(user)).first()


def course_unit_get(*, user, unit_id: int):
    from cms.courses.models import CourseUnit
    from cms.majors.selectors import courses_readable_by

    return CourseUnit.objects.filter(pk=unit_id, module__course__in=courses_readable_by(user)).first()


def course_item_get(*, user, item_id: int):
    from cms.courses.models import CourseItem
    from cms.majors.selectors import courses_readable_by

    return (
        CourseItem.objects.filter(pk=item_id, unit__module__course__in=courses_readable_by(user))
        .select_related("unit")
        .first()
    )


# Course builder reads (M5, T1): published versions for the team, the builder's own assemblies.
MAX_VERSIONS = 100  # a page of versions at most (house rule 6)


def course_version_list(course: CoursePage, user, *, limit: int = 50, offset: int = 0):
    """Published structure versions of ``course``, newest first, for its team and editors; None for anyone else.

    Each row carries ``item_count`` (items in its snapshot) and ``published_by``: one query whatever the number
    of versions or items. The count is taken in Python so SQLite (``make run``, e2e) works like PostgreSQL.
    """
    from cms.courses.models import CourseVersion
    from cms.courses.permissions import can_edit_course

    if not can_edit_course(user, course):
        return None
    limit = max(0, min(limit, MAX_VERSIONS))
    versions = list(
        CourseVersion.objects.filter(course_id=course.pk)
        .select_related("published_by")
        .order_by("-number")[offset : offset + limit]
    )
    for version in versions:
        modules = (version.structure or {}).get("modules", [])
        version.item_count = sum(len(unit.get("items", [])) for m in modules for unit in m.get("units", []))
    return versions


def assemblies_owned_by(user, *, query: str = ""):
    """The assemblies ``user`` built (the builder's “my assemblies”), newest change first; none when anonymous."""
    from cms.courses.models import Assembly

    if user is None or not user.is_authenticated:
        return Assembly.objects.none()
    rows = Assembly.objects.filter(owner=user)
    if query:
        rows = rows.filter(title__icontains=query)
    return rows.order_by("-updated_at", "-id")


@dataclass
class AssemblyContents:
    """An assembly's resources as ``viewer`` sees them: the usable ones they may open, in order, and how many
    are no longer usable (withdrawn, unapproved or in the recycle bin) and must be taken out before it changes."""

    resources: list = field(default_factory=list)
    withdrawn: int = 0


def assembly_contents(assembly_ids, user) -> dict[int, AssemblyContents]:
    """Contents of several assemblies in two queries (entries, then the resources with what the API shows)."""
    from cms.courses.models import AssemblyEntry
    from cms.courses.structure import usable_q, viewer_may_open
    from cms.resources.models import Resource

    entries = list(
        AssemblyEntry.objects.filter(assembly_id__in=list(assembly_ids))
        .order_by("assembly_id", "order", "id")
        .values_list("assembly_id", "resource_id")
    )
    rows = (
        Resource.objects.filter(pk__in={resource_id for _, resource_id in entries})
        .select_related("organisation", "major", "course", "module", "asset")
        .annotate(viewer_may_open=viewer_may_open(user), usable=ExpressionWrapper(usable_q(), BooleanField()))
    )
    resources = {r.pk: r for r in rows} if entries else {}
    found: dict[int, AssemblyContents] = defaultdict(AssemblyContents)
    for assembly_id, resource_id in entries:
        contents, resource = found[assembly_id], resources[resource_id]
        if not resource.usable:
            contents.withdrawn += 1
        elif resource.viewer_may_open:
            contents.resources.append(resource)
    return dict(found)


def assembly_item_counts(assembly_ids) -> dict[int, int]:
    """How many course items (working copies) use each assembly, one grouped query: it cannot go while used."""
    from cms.courses.models import CourseItem

    rows = CourseItem.objects.filter(assembly_id__in=list(assembly_ids)).values("assembly_id").annotate(n=Count("id"))
    return {row["assembly_id"]: row["n"] for row in rows}
