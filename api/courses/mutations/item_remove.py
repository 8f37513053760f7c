"""itemRemove (M5, T1): one citation less."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import item_for
from cms.courses import services


class ItemRemove(DomainMutation):
    """Remove an item (the resource stays in the library; one citation less)."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")

    removed_id = graphene.ID(description="Id of the removed item.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        item = item_for(info, id, field="id")
        removed = item.pk
        services.item_remove(user=user, item=item)
        return {"removed_id": removed}
