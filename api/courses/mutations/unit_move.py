"""unitMove (M5, T1): drag a unit within its module, to another module, or to a module of another course."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import module_for, unit_for
from api.courses.mutations.structure_nodes import CourseUnitNode
from cms.courses import services


class UnitMove(DomainMutation):
    """Move a unit (with its items) to a position in a module: its own (reorder), another module of the course,
    or a module of another course; the viewer must be able to edit both courses, and every reference must be
    one they could add to the target course."""

    class Arguments:
        id = graphene.ID(required=True, description="The unit.")
        module_id = graphene.ID(required=True, description="Target module (its current one to reorder).")
        position = graphene.Int(description="0-based position in the target module; default last.")

    unit = graphene.Field(CourseUnitNode, description="The moved unit.")

    @classmethod
    def perform(cls, root, info, id, module_id, position=None):
        user = require_login(info)
        unit = unit_for(info, id, field="id")
        module = module_for(info, module_id)
        return {"unit": services.unit_move(user=user, unit=unit, module=module, position=position)}
