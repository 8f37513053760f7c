"""moduleRemove (M5, T1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import module_for
from cms.courses import services


class ModuleRemove(DomainMutation):
    """Remove a module with its nested modules, units and items; the referenced resources stay in the library
    and published versions keep their snapshot. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The module.")

    removed_id = graphene.ID(description="Id of the removed module.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        module = module_for(info, id, field="id")
        removed = module.pk
        services.module_remove(user=user, module=module)
        return {"removed_id": removed}
