"""Change a knowledge or skill point from the graph editor (M7, C2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import point_for
from api.courses.types import KnowledgePoint, KnowledgePointKind
from api.resources.inputs import int_ids
from cms.courses import points


class KnowledgePointUpdate(DomainMutation):
    """Set a point's kind, name, description and job positions (in the rows and the page revisions); its id,
    edges, resource tags and position stay. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="Point id.")
        kind = KnowledgePointKind(required=True, description="Knowledge or skill point.")
        name = graphene.String(required=True, description="Name, unique in the course, at most 128 characters.")
        description = graphene.String(default_value="", description="What it covers (at most 2000 characters).")
        job_position_ids = graphene.List(
            graphene.NonNull(graphene.ID), default_value=[], description="Job positions it maps to (replaces them)."
        )

    point = graphene.Field(KnowledgePoint, description="The changed point.")

    @classmethod
    def perform(cls, root, info, id, kind, name, description="", job_position_ids=()):
        user = require_login(info)
        point = points.knowledge_point_update(
            user=user,
            point=point_for(info, id, field="id"),
            kind=getattr(kind, "value", kind),
            name=name,
            description=description,
            job_position_ids=int_ids(job_position_ids, field="job_position_ids"),
        )
        return {"point": point}
