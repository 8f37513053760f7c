"""Add a knowledge or skill point to a course from the graph editor (M7, C2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for
from api.courses.types import KnowledgePoint, KnowledgePointKind
from api.resources.inputs import int_ids
from cms.courses import points


class KnowledgePointAdd(DomainMutation):
    """Add a point (last in course order) to the course and to its page revisions, so publishing a portal
    draft keeps it. Refused for a missing, too long or repeated name, an unknown job position, or a course
    that already has 300 points. For the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course.")
        kind = KnowledgePointKind(required=True, description="Knowledge or skill point.")
        name = graphene.String(required=True, description="Name, unique in the course, at most 128 characters.")
        description = graphene.String(default_value="", description="What it covers (at most 2000 characters).")
        job_position_ids = graphene.List(
            graphene.NonNull(graphene.ID), default_value=[], description="Job positions it maps to (at most 20)."
        )

    point = graphene.Field(KnowledgePoint, description="The new point.")

    @classmethod
    def perform(cls, root, info, course_id, kind, name, description="", job_position_ids=()):
        user = require_login(info)
        course = course_for(info, course_id)
        point = points.knowledge_point_add(
            user=user,
            course=course,
            kind=getattr(kind, "value", kind),
            name=name,
            description=description,
            job_position_ids=int_ids(job_position_ids, field="job_position_ids"),
        )
        return {"point": point}
