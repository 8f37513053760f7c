"""moduleMove (M5, T1): drag to reorder, nest elsewhere, or move to another course."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for, module_for
from api.courses.mutations.structure_nodes import CourseModuleNode
from cms.courses import services


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
        module = module_for(info, id, field="id")
        parent = module_for(info, parent_id, field="parent_id") if parent_id else None
        moved = services.module_move(
            user=user, module=module, course=course_for(info, course_id), parent=parent, position=position
        )
        return {"module": moved}
