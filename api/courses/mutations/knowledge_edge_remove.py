"""Remove an edge of a course's knowledge graph (M7, C2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import edge_for
from cms.courses import services


class KnowledgeEdgeRemove(DomainMutation):
    """Remove a contains or prerequisite edge. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="Edge id.")

    removed_id = graphene.ID(description="Id of the removed edge.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        edge = edge_for(info, id)
        removed = edge.pk
        services.knowledge_edge_remove(user=user, edge=edge)
        return {"removed_id": removed}
