"""itemUpdate (M5, T1): open or close an item for trial (试学)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import item_for
from api.courses.mutations.structure_nodes import CourseItemNode
from cms.courses import services


class ItemUpdate(DomainMutation):
    """Change an item: whether anonymous visitors may open it (试学). What it references does not change (remove
    it and add another); for the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")
        open_for_trial = graphene.Boolean(required=True, description="Open to anonymous visitors.")

    item = graphene.Field(CourseItemNode, description="The changed item.")

    @classmethod
    def perform(cls, root, info, id, open_for_trial):
        user = require_login(info)
        item = item_for(info, id, field="id")
        return {"item": services.item_update(user=user, item=item, open_for_trial=open_for_trial)}
