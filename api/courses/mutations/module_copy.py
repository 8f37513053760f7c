"""moduleCopy (M5, T1): reuse a module in a course by reference."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for, module_for
from api.courses.mutations.structure_nodes import CourseModuleNode
from cms.courses import services


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
        module = module_for(info, id, field="id")
        parent = module_for(info, parent_id, field="parent_id") if parent_id else None
        copy = services.module_copy(
            user=user, module=module, course=course_for(info, course_id), parent=parent, position=position
        )
        return {"module": copy}
