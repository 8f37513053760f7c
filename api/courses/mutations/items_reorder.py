"""itemsReorder (M5, T1): drag and drop items within a unit or across the course's units."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import MAX_IDS, _int, unit_for
from api.courses.mutations.structure_nodes import CourseItemNode
from cms.courses import services


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
        return {"items": services.items_reorder(user=user, unit=unit_for(info, unit_id), item_ids=ids)}
