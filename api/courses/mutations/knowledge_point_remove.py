"""Remove a knowledge or skill point from the graph editor (M7, C2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import point_for
from cms.courses import points


class KnowledgePointRemove(DomainMutation):
    """Remove a point with its edges, its position and its resource tags (the resources stay), from the rows
    and the page revisions, so publishing a portal draft does not bring it back. For the course team and
    editors."""

    class Arguments:
        id = graphene.ID(required=True, description="Point id.")

    removed_id = graphene.ID(description="Id of the removed point.")
    removed_edges = graphene.Int(description="How many edges went with it.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        point = point_for(info, id, field="id")
        removed = point.pk
        edges = points.knowledge_point_remove(user=user, point=point)
        return {"removed_id": removed, "removed_edges": edges}
