"""unitAdd (M5, T1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import module_for
from api.courses.mutations.structure_nodes import CourseUnitNode
from cms.courses import services


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
        module = module_for(info, module_id)
        return {"unit": services.unit_add(user=user, module=module, title=title, position=position)}
