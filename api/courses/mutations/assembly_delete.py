"""assemblyDelete (M5, C3)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import assembly_for
from cms.courses import services


class AssemblyDelete(DomainMutation):
    """Delete an assembly (its owner); refused while course items use it (remove them first). Its resources
    stay in the library."""

    class Arguments:
        id = graphene.ID(required=True, description="The assembly.")

    removed_id = graphene.ID(description="Id of the deleted assembly.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        assembly = assembly_for(info, id, field="id")
        removed = assembly.pk
        services.assembly_delete(user=user, assembly=assembly)
        return {"removed_id": removed}
