"""unitRemove (M5, T1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import unit_for
from cms.courses import services


class UnitRemove(DomainMutation):
    """Remove a unit with its items (the referenced resources stay in the library); for the course team and
    editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The unit.")

    removed_id = graphene.ID(description="Id of the removed unit.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        unit = unit_for(info, id, field="id")
        removed = unit.pk
        services.unit_remove(user=user, unit=unit)
        return {"removed_id": removed}
