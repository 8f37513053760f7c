"""itemAdd (M5, T1, C3): cite a library resource or an assembly from a unit."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import assembly_for, resources_for, unit_for
from api.courses.mutations.structure_nodes import CourseItemNode
from cms.courses import services


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
        unit = unit_for(info, unit_id)
        resource = resources_for([resource_id], field="resource_id")[0] if resource_id else None
        assembly = assembly_for(info, assembly_id) if assembly_id else None
        item = services.item_add(
            user=user, unit=unit, resource=resource, assembly=assembly, position=position, open_for_trial=open_for_trial
        )
        return {"item": item}
