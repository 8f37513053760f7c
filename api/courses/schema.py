"""Queries and mutations of the courses domain (C2, M6, M7)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.dataloaders import announce
from api.core.pagination import page_bounds
from api.courses.catalogue import courses_field, resolve_courses
from api.courses.mutations.assembly_create import AssemblyCreate
from api.courses.mutations.assembly_delete import AssemblyDelete
from api.courses.mutations.assembly_update import AssemblyUpdate
from api.courses.mutations.course_portal_save import CoursePortalSave
from api.courses.mutations.course_portal_submit import CoursePortalSubmit
from api.courses.mutations.course_structure_publish import CourseStructurePublish
from api.courses.mutations.item_add import ItemAdd
from api.courses.mutations.item_remove import ItemRemove
from api.courses.mutations.item_update import ItemUpdate
from api.courses.mutations.items_reorder import ItemsReorder
from api.courses.mutations.knowledge_edge_add import KnowledgeEdgeAdd
from api.courses.mutations.knowledge_edge_remove import KnowledgeEdgeRemove
from api.courses.mutations.knowledge_graph_layout_save import KnowledgeGraphLayoutSave
from api.courses.mutations.knowledge_point_add import KnowledgePointAdd
from api.courses.mutations.knowledge_point_attach import KnowledgePointAttach, KnowledgePointDetach
from api.courses.mutations.knowledge_point_questions import (
    KnowledgePointQuestionsAttach,
    KnowledgePointQuestionsDetach,
)
from api.courses.mutations.knowledge_point_remove import KnowledgePointRemove
from api.courses.mutations.knowledge_point_update import KnowledgePointUpdate
from api.courses.mutations.module_add import ModuleAdd
from api.courses.mutations.module_copy import ModuleCopy
from api.courses.mutations.module_move import ModuleMove
from api.courses.mutations.module_remove import ModuleRemove
from api.courses.mutations.module_rename import ModuleRename
from api.courses.mutations.unit_add import UnitAdd
from api.courses.mutations.unit_move import UnitMove
from api.courses.mutations.unit_remove import UnitRemove
from api.courses.mutations.unit_rename import UnitRename
from api.courses.types import AssemblyList, Course, KnowledgePoint
from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors as course_selectors
from cms.majors import selectors


def _int_id(raw, what: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError):
        raise DomainError(
            _("“%(id)s” is not a valid %(what)s id.") % {"id": raw, "what": what}, code=ErrorCode.INVALID_INPUT
        )


class CoursesQueries(graphene.ObjectType):
    courses = courses_field()
    resolve_courses = staticmethod(resolve_courses)
    course = graphene.Field(
        Course,
        id=graphene.ID(required=True, description="Course page id."),
        description="A published course; null when it does not exist or is not published.",
    )
    knowledge_point = graphene.Field(
        KnowledgePoint,
        id=graphene.ID(required=True, description="Knowledge point id."),
        description="A knowledge or skill point of a published course, with its tagged resources.",
    )
    my_assemblies = graphene.Field(
        AssemblyList,
        required=True,
        query=graphene.String(default_value="", description="Title words."),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Assemblies (积件) the signed-in person built, with their resources; last changed first.",
    )

    @staticmethod
    def resolve_course(root, info, id):
        try:
            course_id = int(id)
        except (TypeError, ValueError):
            raise DomainError(_("“%(id)s” is not a valid course id.") % {"id": id}, code=ErrorCode.INVALID_INPUT)
        return selectors.course_get(user=info.context.user, course_id=course_id)

    @staticmethod
    def resolve_knowledge_point(root, info, id):
        return course_selectors.knowledge_point_get(user=info.context.user, point_id=_int_id(id, "knowledge point"))

    @staticmethod
    def resolve_my_assemblies(root, info, query="", limit=20, offset=0):
        user = require_login(info)
        limit, offset = page_bounds(limit, offset)
        rows = course_selectors.assemblies_owned_by(user, query=(query or "").strip()[:100])
        return AssemblyList(total=rows.count(), items=announce(info, "assembly", list(rows[offset : offset + limit])))


class CoursesMutations(graphene.ObjectType):
    course_portal_save = CoursePortalSave.Field(description="Save a draft of the course portal (M6).")
    course_portal_submit = CoursePortalSubmit.Field(description="Send the course portal draft to review.")
    knowledge_edge_add = KnowledgeEdgeAdd.Field(description="Link two points of a course's knowledge graph.")
    knowledge_edge_remove = KnowledgeEdgeRemove.Field(description="Remove an edge of a knowledge graph.")
    knowledge_point_attach = KnowledgePointAttach.Field(description="Tag resources with a knowledge point.")
    knowledge_point_detach = KnowledgePointDetach.Field(description="Untag resources from a knowledge point.")
    knowledge_point_questions_attach = KnowledgePointQuestionsAttach.Field(
        description="Tag question-bank items with a knowledge point."
    )
    knowledge_point_questions_detach = KnowledgePointQuestionsDetach.Field(
        description="Untag question-bank items from a knowledge point."
    )
    knowledge_point_add = KnowledgePointAdd.Field(description="Add a knowledge or skill point to a course.")
    knowledge_point_update = KnowledgePointUpdate.Field(description="Change a knowledge or skill point.")
    knowledge_point_remove = KnowledgePointRemove.Field(description="Remove a point with its edges.")
    knowledge_graph_layout_save = KnowledgeGraphLayoutSave.Field(description="Save where points sit in the graph.")
    module_add = ModuleAdd.Field(description="Add a module to a course's structure.")
    module_move = ModuleMove.Field(description="Reorder a module or move it to another parent or course.")
    module_copy = ModuleCopy.Field(description="Copy a module into a course (references, not resources).")
    unit_add = UnitAdd.Field(description="Add a unit to a module.")
    item_add = ItemAdd.Field(description="Reference a library resource or an assembly from a unit.")
    items_reorder = ItemsReorder.Field(description="Set the order of a unit's items (drag and drop).")
    item_remove = ItemRemove.Field(description="Remove an item from a unit.")
    assembly_create = AssemblyCreate.Field(description="Build an assembly (积件) of library resources.")
    assembly_update = AssemblyUpdate.Field(description="Change an assembly.")
    course_structure_publish = CourseStructurePublish.Field(description="Publish the course structure as a version.")
    module_rename = ModuleRename.Field(description="Rename a module.")
    module_remove = ModuleRemove.Field(description="Remove a module with its modules, units and items.")
    unit_move = UnitMove.Field(description="Reorder a unit or move it to another module.")
    unit_rename = UnitRename.Field(description="Rename a unit.")
    unit_remove = UnitRemove.Field(description="Remove a unit with its items.")
    item_update = ItemUpdate.Field(description="Change an item (e.g. open it for trial learning).")
    assembly_delete = AssemblyDelete.Field(description="Delete an assembly no course item uses.")
