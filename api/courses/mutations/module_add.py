"""moduleAdd (M5, T1): a module in a course's structure, optionally nested."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for, module_for
from api.courses.mutations.structure_nodes import CourseModuleNode
from cms.courses import services


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
        parent = module_for(info, parent_id, field="parent_id") if parent_id else None
        course = course_for(info, course_id)
        return {"module": services.module_add(user=user, course=course, title=title, parent=parent, position=position)}
