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
from cms.courses.models import CourseModule, CoursePage, KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint
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


# ---------------------------------------------------------------------------------------------------------
# Course structure built from the library (M5, T1, C3): modules, units, items, assemblies, versions.
# Items and assemblies reference resources (never copy them); every change is for the course team and
# editors of the course(s) involved (``can_edit_course``). Orders are dense 0..n-1 among siblings.
# ---------------------------------------------------------------------------------------------------------

MAX_REORDER = 100  # input lists are capped (house rule 6)


def _require_course_editor(user, course: CoursePage) -> None:
    from cms.courses.permissions import can_edit_course

    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can change the structure of “%(course)s”.") % {"course": course.title},
            code=ErrorCode.PERMISSION_DENIED,
        )


MAX_TITLE = 128  # CourseModule.title and CourseUnit.title


def _clean_title(title: str | None) -> str:
    """A module's or unit's title, trimmed; refused with a message naming the field when empty or too long."""
    title = (title or "").strip()
    if not title:
        raise DomainError(_("Give it a title."), field="title")
    if len(title) > MAX_TITLE:
        raise DomainError(
            _("A title has at most %(max)d characters.") % {"max": MAX_TITLE},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="title",
        )
    return title


def _place(siblings: list, obj, position: int | None) -> None:
    """Put ``obj`` at ``position`` (None or past the end: last) among ``siblings`` and renumber them all."""
    rows = [s for s in siblings if s.pk != obj.pk]
    index = len(rows) if position is None else max(0, min(position, len(rows)))
    rows.insert(index, obj)
    for order, row in enumerate(rows):
        row.order = order
    type(obj).objects.bulk_update([r for r in rows if r.pk], ["order"])


def _module_siblings(course_id: int, parent_id: int | None) -> list[CourseModule]:
    return list(CourseModule.objects.filter(course_id=course_id, parent_id=parent_id).order_by("order", "id"))


def _subtree_ids(module: CourseModule) -> list[int]:
    """``module`` and every module nested under it (one query: the course's modules)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for pk, parent_id in CourseModule.objects.filter(course_id=module.course_id).values_list("pk", "parent_id"):
        children[parent_id].append(pk)
    found, stack = [], [module.pk]
    while stack:
        pk = stack.pop()
        found.append(pk)
        stack.extend(children.get(pk, ()))
    return found


def _check_parent(*, module: CourseModule | None, course: CoursePage, parent: CourseModule | None) -> None:
    if parent is None:
        return
    if parent.course_id != course.pk:
        raise DomainError(
            _("“%(parent)s” is not a module of “%(course)s”.") % {"parent": parent.title, "course": course.title},
            field="parent_id",
        )
    if module is not None and parent.pk in _subtree_ids(module):
        raise DomainError(
            _("“%(module)s” cannot be moved into itself or into one of its own modules.") % {"module": module.title},
            code=ErrorCode.CONFLICT,
            field="parent_id",
        )


@transaction.atomic
def module_add(
    *, user, course: CoursePage, title: str, parent: CourseModule | None = None, position: int | None = None
) -> CourseModule:
    course = _lock_course(course.pk)
    _require_course_editor(user, course)
    _check_parent(module=None, course=course, parent=parent)
    module = CourseModule(course=course, parent=parent, title=_clean_title(title))
    module.full_clean()
    module.save()
    _place(_module_siblings(course.pk, module.parent_id), module, position)
    return module


@transaction.atomic
def module_rename(*, user, module: CourseModule, title: str) -> CourseModule:
    _require_course_editor(user, _lock_course(module.course_id))
    module.title = _clean_title(title)
    module.full_clean()
    module.save(update_fields=["title"])
    return module


@transaction.atomic
def module_move(
    *,
    user,
    module: CourseModule,
    course: CoursePage,
    parent: CourseModule | None = None,
    position: int | None = None,
) -> CourseModule:
    """Move ``module`` (with its nested modules, units and items) to ``position`` under ``parent`` in ``course``.

    Within one course this is the drag-to-reorder; to another course it needs the right to edit both.
    Moving a module into itself or into one of its own modules is refused.
    """
    for course_id in sorted({module.course_id, course.pk}):
        _require_course_editor(user, _lock_course(course_id))
    module = CourseModule.objects.get(pk=module.pk)
    _check_parent(module=module, course=course, parent=parent)
    if module.course_id != course.pk:
        from cms.courses.models import CourseItem

        items = CourseItem.objects.filter(unit__module_id__in=_subtree_ids(module)).select_related("resource")
        _check_items(user=user, items=items)
        CourseModule.objects.filter(pk__in=_subtree_ids(module)).update(course_id=course.pk)
    old_course, old_parent = module.course_id, module.parent_id
    module.course_id, module.parent = course.pk, parent
    module.save(update_fields=["course", "parent"])
    _place(_module_siblings(course.pk, module.parent_id), module, position)
    if (old_course, old_parent) != (course.pk, module.parent_id):
        _renumber(_module_siblings(old_course, old_parent))
    return module


def _renumber(rows: list) -> None:
    for order, row in enumerate(rows):
        row.order = order
    if rows:
        type(rows[0]).objects.bulk_update(rows, ["order"])


def _check_items(*, user, items) -> None:
    """Each item's references must be usable by ``user`` (copying or moving to another course references anew)."""
    from cms.courses.structure import reference_check

    for item in items:
        if item.resource_id:
            reference_check(user=user, resource=item.resource)
        elif item.assembly_id:
            _check_assembly(user=user, assembly=item.assembly)


@transaction.atomic
def module_copy(
    *, user, module: CourseModule, course: CoursePage, parent: CourseModule | None = None, position: int | None = None
) -> CourseModule:
    """Copy ``module`` with its nested modules, units and items into ``course``: new rows referencing the same
    resources and assemblies (a citation each), never copies of resources. Needs the right to edit ``course``;
    reading the source is enough, but every reference must be one the user could add themselves."""
    from cms.courses.models import CourseItem, CourseUnit

    course = _lock_course(course.pk)
    _require_course_editor(user, course)
    _check_parent(module=None, course=course, parent=parent)
    ids = _subtree_ids(module)
    modules = {m.pk: m for m in CourseModule.objects.filter(pk__in=ids)}
    units = list(CourseUnit.objects.filter(module_id__in=ids).order_by("order", "id"))
    items = list(
        CourseItem.objects.filter(unit__module_id__in=ids)
        .select_related("resource", "assembly")
        .order_by("order", "id")
    )
    _check_items(user=user, items=items)
    new_modules: dict[int, CourseModule] = {}
    for pk in ids:  # parents come before their children in ``ids``
        source = modules[pk]
        copy = CourseModule(
            course=course,
            parent=parent if pk == module.pk else new_modules[source.parent_id],
            outline_item=source.outline_item if source.course_id == course.pk else None,
            title=source.title,
            order=source.order,
        )
        copy.save()
        new_modules[pk] = copy
    new_units = {}
    for unit in units:
        new_units[unit.pk] = CourseUnit.objects.create(
            module=new_modules[unit.module_id], title=unit.title, order=unit.order
        )
    CourseItem.objects.bulk_create(
        CourseItem(
            unit=new_units[item.unit_id],
            resource_id=item.resource_id,
            assembly_id=item.assembly_id,
            order=item.order,
            open_for_trial=item.open_for_trial,
            created_by=user,
        )
        for item in items
    )
    root = new_modules[module.pk]
    _place(_module_siblings(course.pk, root.parent_id), root, position)
    audit_record(action="course_module.copy", actor=user, obj=root, detail={"from": module.pk, "course": course.pk})
    return root


@transaction.atomic
def module_remove(*, user, module: CourseModule) -> None:
    """Remove a module with its nested modules, units and items (the referenced resources stay)."""
    _require_course_editor(user, _lock_course(module.course_id))
    siblings = (module.course_id, module.parent_id)
    CourseModule.objects.filter(pk__in=_subtree_ids(module)).delete()
    _renumber(_module_siblings(*siblings))


@transaction.atomic
def unit_add(*, user, module: CourseModule, title: str, position: int | None = None):
    from cms.courses.models import CourseUnit

    _require_course_editor(user, _lock_course(module.course_id))
    unit = CourseUnit(module=module, title=_clean_title(title))
    unit.full_clean()
    unit.save()
    _place(list(CourseUnit.objects.filter(module=module).order_by("order", "id")), unit, position)
    return unit


@transaction.atomic
def unit_rename(*, user, unit, title: str):
    """Rename a unit; for the team and editors of its course (like ``module_rename``)."""
    module = CourseModule.objects.get(pk=unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    unit.title = _clean_title(title)
    unit.full_clean()
    unit.save(update_fields=["title"])
    return unit


@transaction.atomic
def unit_move(*, user, unit, module: CourseModule, position: int | None = None):
    """Move a unit (with its items) to ``position`` in ``module``, possibly of another course the user edits."""
    from cms.courses.models import CourseItem, CourseUnit

    source_module = CourseModule.objects.get(pk=unit.module_id)
    for course_id in sorted({source_module.course_id, module.course_id}):
        _require_course_editor(user, _lock_course(course_id))
    if source_module.course_id != module.course_id:
        _check_items(user=user, items=CourseItem.objects.filter(unit=unit).select_related("resource", "assembly"))
    unit.module = module
    unit.save(update_fields=["module"])
    _place(list(CourseUnit.objects.filter(module=module).order_by("order", "id")), unit, position)
    if source_module.pk != module.pk:
        _renumber(list(CourseUnit.objects.filter(module=source_module).order_by("order", "id")))
    return unit


@transaction.atomic
def unit_remove(*, user, unit) -> None:
    from cms.courses.models import CourseUnit

    module = CourseModule.objects.get(pk=unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    unit.delete()
    _renumber(list(CourseUnit.objects.filter(module=module).order_by("order", "id")))


def _check_assembly(*, user, assembly) -> None:
    from cms.courses.structure import reference_check

    for entry in assembly.entries.select_related("resource"):
        reference_check(user=user, resource=entry.resource, field="assembly_id")


@transaction.atomic
def item_add(
    *,
    user,
    unit,
    resource=None,
    assembly=None,
    position: int | None = None,
    open_for_trial: bool = False,
):
    """Reference a library resource or an assembly from ``unit`` (a citation); refused for withdrawn,
    unapproved, deleted or another school's own-school resources."""
    from cms.courses.models import CourseItem
    from cms.courses.structure import reference_check

    module = CourseModule.objects.get(pk=unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    if (resource is None) == (assembly is None):
        raise DomainError(_("Choose either a resource or an assembly."), field="resource_id")
    if resource is not None:
        reference_check(user=user, resource=resource)
    else:
        _check_assembly(user=user, assembly=assembly)
    item = CourseItem(unit=unit, resource=resource, assembly=assembly, open_for_trial=open_for_trial, created_by=user)
    item.full_clean()
    item.save()
    _place(list(CourseItem.objects.filter(unit=unit).order_by("order", "id")), item, position)
    return item


@transaction.atomic
def item_update(*, user, item, open_for_trial: bool):
    """Open or close an item for anonymous trial visitors (试学)."""
    module = CourseModule.objects.get(pk=item.unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    item.open_for_trial = open_for_trial
    item.save(update_fields=["open_for_trial"])
    return item


@transaction.atomic
def items_reorder(*, user, unit, item_ids: list[int]) -> list:
    """Drag and drop: ``item_ids`` is the unit's new order. It lists every item of the unit and may bring in
    items of other units of the same course (dragged across units)."""
    from cms.courses.models import CourseItem

    module = CourseModule.objects.get(pk=unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    if len(item_ids) > MAX_REORDER:
        raise DomainError(
            _("At most %(max)d items at a time.") % {"max": MAX_REORDER},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="item_ids",
        )
    if len(set(item_ids)) != len(item_ids):
        raise DomainError(_("An item is listed twice."), field="item_ids")
    items = {i.pk: i for i in CourseItem.objects.filter(pk__in=item_ids, unit__module__course_id=module.course_id)}
    current = set(CourseItem.objects.filter(unit=unit).values_list("pk", flat=True))
    if set(items) != set(item_ids) or not current <= set(item_ids):
        raise DomainError(
            _("List every item of the unit, and only items of this course."), code=ErrorCode.CONFLICT, field="item_ids"
        )
    left = {i.unit_id for i in items.values()} - {unit.pk}
    ordered = [items[pk] for pk in item_ids]
    for order, item in enumerate(ordered):
        item.order, item.unit_id = order, unit.pk
    CourseItem.objects.bulk_update(ordered, ["order", "unit"])
    for unit_id in left:
        _renumber(list(CourseItem.objects.filter(unit_id=unit_id).order_by("order", "id")))
    return ordered


@transaction.atomic
def item_remove(*, user, item) -> None:
    """Remove the reference (one citation less); the resource stays in the library."""
    from cms.courses.models import CourseItem

    module = CourseModule.objects.get(pk=item.unit.module_id)
    _require_course_editor(user, _lock_course(module.course_id))
    unit_id = item.unit_id
    item.delete()
    _renumber(list(CourseItem.objects.filter(unit_id=unit_id).order_by("order", "id")))


def _require_assembly_owner(user, assembly) -> None:
    if not (user.is_authenticated and (assembly.owner_id == user.pk or user.is_superuser)):
        raise DomainError(_("Only the owner can change this assembly."), code=ErrorCode.PERMISSION_DENIED)


def _require_builder(user) -> None:
    from cms.resources.permissions import creator_paths

    if not (user is not None and user.is_authenticated and (user.is_superuser or creator_paths(user))):
        raise DomainError(_("Only teachers and editors can build assemblies."), code=ErrorCode.PERMISSION_DENIED)


def _set_entries(*, user, assembly, resources: list) -> None:
    from cms.courses.models import AssemblyEntry
    from cms.courses.structure import reference_check

    if not resources:
        raise DomainError(_("An assembly needs at least one resource."), field="resource_ids")
    if len(resources) > MAX_REORDER:
        raise DomainError(
            _("At most %(max)d resources at a time.") % {"max": MAX_REORDER},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="resource_ids",
        )
    if len({r.pk for r in resources}) != len(resources):
        raise DomainError(_("A resource is listed twice."), field="resource_ids")
    for resource in resources:
        reference_check(user=user, resource=resource, field="resource_ids")
    assembly.entries.all().delete()
    AssemblyEntry.objects.bulk_create(
        AssemblyEntry(assembly=assembly, resource=r, order=order) for order, r in enumerate(resources)
    )


@transaction.atomic
def assembly_create(*, user, title: str, description: str = "", resources: list):
    """A named, reusable combination of resources (积件), owned by its builder, for their school."""
    from cms.courses.models import Assembly
    from cms.resources.permissions import user_school_ids

    _require_builder(user)
    schools = sorted(user_school_ids(user))
    assembly = Assembly(
        owner=user, organisation_id=schools[0] if schools else None, title=title.strip(), description=description
    )
    assembly.full_clean()
    assembly.save()
    _set_entries(user=user, assembly=assembly, resources=resources)
    return assembly


@transaction.atomic
def assembly_update(
    *, user, assembly, title: str | None = None, description: str | None = None, resources: list | None = None
):
    """Change an assembly; every course using it shows the change (published versions keep their resources)."""
    _require_assembly_owner(user, assembly)
    if title is not None:
        assembly.title = title.strip()
    if description is not None:
        assembly.description = description
    assembly.full_clean()
    assembly.save()
    if resources is not None:
        _set_entries(user=user, assembly=assembly, resources=resources)
    return assembly


@transaction.atomic
def assembly_delete(*, user, assembly) -> None:
    _require_assembly_owner(user, assembly)
    if assembly.course_items.exists():
        raise DomainError(
            _("“%(title)s” is used in courses; remove it from them first.") % {"title": assembly.title},
            code=ErrorCode.CONFLICT,
        )
    assembly.delete()


@transaction.atomic
def course_structure_publish(*, user, course: CoursePage):
    """Freeze the working structure as the next version: learners see it, running classes keep theirs."""
    from cms.courses.models import CourseVersion
    from cms.courses.selectors import structure_snapshot

    course = _lock_course(course.pk)
    _require_course_editor(user, course)
    last = CourseVersion.objects.filter(course=course).order_by("-number").values_list("number", flat=True).first()
    version = CourseVersion.objects.create(
        course=course, number=(last or 0) + 1, structure=structure_snapshot(course), published_by=user
    )
    audit_record(action="course_structure.publish", actor=user, obj=version, detail={"number": version.number})
    return version
