"""Link two points of a course's knowledge graph (M7, C2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import point_for
from api.courses.types import KnowledgeEdgeKind, KnowledgeGraphEdge
from cms.courses import services


class KnowledgeEdgeAdd(DomainMutation):
    """Add a contains or prerequisite edge; refused with a message naming the points when it would close a
    cycle, join two courses or repeat an edge. For the course team and editors."""

    class Arguments:
        source_id = graphene.ID(required=True, description="Source point (the container, or what comes first).")
        target_id = graphene.ID(required=True, description="Target point (the contained, or what comes after).")
        kind = KnowledgeEdgeKind(required=True, description="Contains or prerequisite.")

    edge = graphene.Field(KnowledgeGraphEdge, description="The new edge.")

    @classmethod
    def perform(cls, root, info, source_id, target_id, kind):
        user = require_login(info)
        source = point_for(info, source_id, field="source_id")
        target = point_for(info, target_id, field="target_id")
        kind = getattr(kind, "value", kind)
        return {"edge": services.knowledge_edge_add(user=user, source=source, target=target, kind=kind)}
