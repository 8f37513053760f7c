"""Queries and mutations of the courses domain (C2, M6, M7)."""

import graphene
from django.utils.translation import gettext as _

from api.courses.mutations.course_structure import (
    AssemblyCreate,
    AssemblyUpdate,
    CourseStructurePublish,
    ItemAdd,
    ItemRemove,
    ItemsReorder,
    ModuleAdd,
    ModuleCopy,
    ModuleMove,
    UnitAdd,
)
from api.courses.catalogue import courses_field, resolve_courses
from api.courses.mutations.course_portal_save import CoursePortalSave
from api.courses.mutations.course_portal_submit import CoursePortalSubmit
from api.courses.mutations.knowledge_edge_add import KnowledgeEdgeAdd
from api.courses.mutations.knowledge_edge_remove import KnowledgeEdgeRemove
from api.courses.mutations.knowledge_point_attach import KnowledgePointAttach, KnowledgePointDetach
from api.courses.types import Course, KnowledgePoint
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


class CoursesMutations(graphene.ObjectType):
    course_portal_save = CoursePortalSave.Field(description="Save a draft of the course portal (M6).")
    course_portal_submit = CoursePortalSubmit.Field(description="Send the course portal draft to review.")
    knowledge_edge_add = KnowledgeEdgeAdd.Field(description="Link two points of a course's knowledge graph.")
    knowledge_edge_remove = KnowledgeEdgeRemove.Field(description="Remove an edge of a knowledge graph.")
    knowledge_point_attach = KnowledgePointAttach.Field(description="Tag resources with a knowledge point.")
    knowledge_point_detach = KnowledgePointDetach.Field(description="Untag resources from a knowledge point.")
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
