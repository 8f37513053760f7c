"""assemblyCreate (M5, C3): build an assembly (积件) of library resources."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import resources_for
from api.courses.types import Assembly
from cms.courses import services


class AssemblyCreate(DomainMutation):
    """Build an assembly (积件) from published resources; teachers and editors."""

    class Arguments:
        title = graphene.String(required=True, description="Name.")
        description = graphene.String(default_value="", description="What it teaches.")
        resource_ids = graphene.List(graphene.NonNull(graphene.ID), required=True, description="In order; ≤ 100.")

    assembly = graphene.Field(Assembly, description="The new assembly.")

    @classmethod
    def perform(cls, root, info, title, resource_ids, description=""):
        user = require_login(info)
        resources = resources_for(resource_ids)
        return {
            "assembly": services.assembly_create(user=user, title=title, description=description, resources=resources)
        }
