"""assemblyUpdate (M5, C3): its owner changes an assembly; courses using it show the change."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import assembly_for, resources_for
from api.courses.types import Assembly
from cms.courses import services


class AssemblyUpdate(DomainMutation):
    """Change an assembly (its owner); courses using it show the change."""

    class Arguments:
        id = graphene.ID(required=True, description="The assembly.")
        title = graphene.String(description="New name.")
        description = graphene.String(description="New description.")
        resource_ids = graphene.List(graphene.NonNull(graphene.ID), description="New resources, in order; ≤ 100.")

    assembly = graphene.Field(Assembly, description="The changed assembly.")

    @classmethod
    def perform(cls, root, info, id, title=None, description=None, resource_ids=None):
        user = require_login(info)
        assembly = assembly_for(info, id, field="id")
        resources = resources_for(resource_ids) if resource_ids is not None else None
        changed = services.assembly_update(
            user=user, assembly=assembly, title=title, description=description, resources=resources
        )
        return {"assembly": changed}
