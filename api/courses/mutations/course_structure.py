"""Course builder mutations (M5, T1, C3): modules, units, items, assemblies and publishing the structure.

Grouped in one file for now (house rule 3 asks for one file per mutation; split when the SPA builder lands).
Each finds its objects among published courses, calls one service and returns the changed object.
"""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import _int
from api.courses.types import Assembly, CourseStructure
from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors, services
from cms.majors import selectors as major_selectors

MAX_IDS = 100


def _found(obj, field: str):
    if obj is None:
        from django.utils.translation import gettext as _

        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return obj


def _course(info, raw, field="course_id"):
    return _found(major_selectors.course_get(user=info.context.user, course_id=_int(raw, field)), field)


def _module(info, raw, field="module_id"):
    return _found(selectors.course_module_get(user=info.context.user, module_id=_int(raw, field)), field)


def _unit(info, raw, field="unit_id"):
    return _found(selectors.course_unit_get(user=info.context.user, unit_id=_int(raw, field)), field)


def _item(info, raw, field="item_id"):
    return _found(selectors.course_item_get(user=info.context.user, item_id=_int(raw, field)), field)


def _resources(raw_ids, field="resource_ids") -> list:
    """Resources by id, in the given order; the service explains why one may not be referenced."""
    from cms.resources.models import Resource

    ids = [_int(raw, field) for raw in raw_ids[: MAX_IDS + 1]]
    found = Resource.objects.in_bulk(ids)
    return [_found(found.get(pk), field) for pk in ids]


def _assembly(info, raw, field="assembly_id"):
    pk = _int(raw, field)
    return _found(selectors.assemblies_readable_by(info.context.user).filter(pk=pk).first(), field)


class CourseModuleNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Module title.")
    course_id = graphene.ID(required=True, description="The course it belongs to.")
    parent_id = graphene.ID(description="The module it is nested in.")
    order = graphene.Int(required=True, description="0-based position among its siblings.")


class CourseUnitNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Unit title.")
    module_id = graphene.ID(required=True, description="Its module.")
    order = graphene.Int(required=True, description="0-based position in the module.")


class CourseItemNode(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    unit_id = graphene.ID(required=True, description="Its unit.")
    order = graphene.Int(required=True, description="0-based position in the unit.")
    resource_id = graphene.ID(description="The referenced resource.")
    assembly_id = graphene.ID(description="The referenced assembly.")
    open_for_trial = graphene.Boolean(required=True, description="Open to anonymous visitors.")


class ModuleAdd(DomainMutation):
    """Add a module to a course (optionally nested); for the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course.")
        title = graphene.String(required=True, description="Module title.")
        parent_id = graphene.ID(description="Nest it in this module of the same course.")
        position = graphene.Int(description="0-based position among its siblings; default last.")

    module = graphene.Field(CourseModuleNode, description="The new module.")

    @classmethod
    def perform(cls, root, info, course_id, title, parent_id=None, position=None):
        user = require_login(info)
        parent = _module(info, parent_id, "parent_id") if parent_id else None
        course = _course(info, course_id)
        return {"module": services.module_add(user=user, course=course, title=title, parent=parent, position=position)}


class ModuleMove(DomainMutation):
    """Move a module (with everything in it) to a position, a parent or another course; refuses moving a
    module into itself."""

    class Arguments:
        id = graphene.ID(required=True, description="The module.")
        course_id = graphene.ID(required=True, description="Target course (the same one to reorder).")
        parent_id = graphene.ID(description="Target parent module; none for top level.")
        position = graphene.Int(description="0-based position among the new siblings; default last.")

    module = graphene.Field(CourseModuleNode, description="The moved module.")

    @classmethod
    def perform(cls, root, info, id, course_id, parent_id=None, position=None):
        user = require_login(info)
        module = _module(info, id, "id")
        parent = _module(info, parent_id, "parent_id") if parent_id else None
        moved = services.module_move(
            user=user, module=module, course=_course(info, course_id), parent=parent, position=position
        )
        return {"module": moved}


class ModuleCopy(DomainMutation):
    """Copy a module into a course: new rows referencing the same resources (never copies of them)."""

    class Arguments:
        id = graphene.ID(required=True, description="The module to copy.")
        course_id = graphene.ID(required=True, description="Target course.")
        parent_id = graphene.ID(description="Target parent module; none for top level.")
        position = graphene.Int(description="0-based position; default last.")

    module = graphene.Field(CourseModuleNode, description="The copy.")

    @classmethod
    def perform(cls, root, info, id, course_id, parent_id=None, position=None):
        user = require_login(info)
        module = _module(info, id, "id")
        parent = _module(info, parent_id, "parent_id") if parent_id else None
        copy = services.module_copy(
            user=user, module=module, course=_course(info, course_id), parent=parent, position=position
        )
        return {"module": copy}


class UnitAdd(DomainMutation):
    """Add a unit to a module."""

    class Arguments:
        module_id = graphene.ID(required=True, description="The module.")
        title = graphene.String(required=True, description="Unit title.")
        position = graphene.Int(description="0-based position; default last.")

    unit = graphene.Field(CourseUnitNode, description="The new unit.")

    @classmethod
    def perform(cls, root, info, module_id, title, position=None):
        user = require_login(info)
        return {"unit": services.unit_add(user=user, module=_module(info, module_id), title=title, position=position)}


class ItemAdd(DomainMutation):
    """Reference a library resource or an assembly from a unit (a citation). Withdrawn, unapproved,
    deleted and other schools' own-school resources are refused with a message."""

    class Arguments:
        unit_id = graphene.ID(required=True, description="The unit.")
        resource_id = graphene.ID(description="A published library resource.")
        assembly_id = graphene.ID(description="Or an assembly.")
        position = graphene.Int(description="0-based position; default last.")
        open_for_trial = graphene.Boolean(default_value=False, description="Open to anonymous visitors.")

    item = graphene.Field(CourseItemNode, description="The new item.")

    @classmethod
    def perform(cls, root, info, unit_id, resource_id=None, assembly_id=None, position=None, open_for_trial=False):
        user = require_login(info)
        unit = _unit(info, unit_id)
        resource = _resources([resource_id], "resource_id")[0] if resource_id else None
        assembly = _assembly(info, assembly_id) if assembly_id else None
        item = services.item_add(
            user=user, unit=unit, resource=resource, assembly=assembly, position=position, open_for_trial=open_for_trial
        )
        return {"item": item}


class ItemsReorder(DomainMutation):
    """Drag and drop: the unit's items in their new order (may bring items from other units of the course)."""

    class Arguments:
        unit_id = graphene.ID(required=True, description="The unit.")
        item_ids = graphene.List(graphene.NonNull(graphene.ID), required=True, description="At most 100 ids.")

    items = graphene.List(graphene.NonNull(CourseItemNode), description="The unit's items, in order.")

    @classmethod
    def perform(cls, root, info, unit_id, item_ids):
        user = require_login(info)
        ids = [_int(raw, "item_ids") for raw in item_ids[: MAX_IDS + 1]]
        return {"items": services.items_reorder(user=user, unit=_unit(info, unit_id), item_ids=ids)}


class ItemRemove(DomainMutation):
    """Remove an item (the resource stays in the library; one citation less)."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")

    removed_id = graphene.ID(description="Id of the removed item.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        item = _item(info, id, "id")
        removed = item.pk
        services.item_remove(user=user, item=item)
        return {"removed_id": removed}


class AssemblyCreate(DomainMutation):
    """Build an assembly (积件) from published resources; teachers and editors."""

    class Arguments:
        title = graphene.String(required=True, description="Name.")
        description = graphene.String(default_value="", description="What it teaches.")
        resource_ids = graphene.List(graphene.NonNull(graphene.ID), required=True, description="In order; ≤ 100.")

    assembly = graphene.Field(Assembly, description="The new assembly.")

    @classmethod
    def perform(cls, root, info, title, resource_ids, description=""):
        user = require_login(info)
        resources = _resources(resource_ids)
        return {
            "assembly": services.assembly_create(user=user, title=title, description=description, resources=resources)
        }


class AssemblyUpdate(DomainMutation):
    """Change an assembly (its owner); courses using it show the change."""

    class Arguments:
        id = graphene.ID(required=True, description="The assembly.")
        title = graphene.String(description="New name.")
        description = graphene.String(description="New description.")
        resource_ids = graphene.List(graphene.NonNull(graphene.ID), description="New resources, in order; ≤ 100.")

    assembly = graphene.Field(Assembly, description="The changed assembly.")

    @classmethod
    def perform(cls, root, info, id, title=None, description=None, resource_ids=None):
        user = require_login(info)
        assembly = _assembly(info, id, "id")
        resources = _resources(resource_ids) if resource_ids is not None else None
        changed = services.assembly_update(
            user=user, assembly=assembly, title=title, description=description, resources=resources
        )
        return {"assembly": changed}


class CourseStructurePublish(DomainMutation):
    """Freeze the working structure as the next version that learners see."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course.")

    version = graphene.Int(description="The new version number.")
    structure = graphene.Field(CourseStructure, description="The published structure.")

    @classmethod
    def perform(cls, root, info, course_id):
        user = require_login(info)
        course = _course(info, course_id)
        version = services.course_structure_publish(user=user, course=course)
        return {
            "version": version.number,
            "structure": selectors.course_outline(course, user, version=version.number),
        }
