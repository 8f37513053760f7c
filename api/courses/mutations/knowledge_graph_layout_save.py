"""Save where the course team placed points in the graph editor (M7, C2)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for
from cms.core.errors import DomainError, ErrorCode
from cms.courses import points


class KnowledgePointPositionInput(graphene.InputObjectType):
    point_id = graphene.ID(required=True, description="A point of the course.")
    x = graphene.Float(required=True, description="Horizontal position in graph units.")
    y = graphene.Float(required=True, description="Vertical position in graph units.")


class KnowledgePointPosition(graphene.ObjectType):
    """Where a point sits in the course's graph editor."""

    point_id = graphene.ID(required=True, description="The point.")
    x = graphene.Float(required=True, description="Horizontal position in graph units.")
    y = graphene.Float(required=True, description="Vertical position in graph units.")


def _positions(raw) -> list[points.PointPosition]:
    if len(raw) > points.MAX_POSITIONS:  # before parsing ids: a long list is refused cheaply
        raise DomainError(
            _("At most %(max)d positions at a time.") % {"max": points.MAX_POSITIONS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="positions",
        )
    try:
        return [points.PointPosition(point_id=int(p.point_id), x=p.x, y=p.y) for p in raw]
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field="positions") from error


class KnowledgeGraphLayoutSave(DomainMutation):
    """Store the positions of some points of the course (others keep theirs); at most 100 a call, all or
    nothing. Learners see the graph with the saved positions. For the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course.")
        positions = graphene.List(
            graphene.NonNull(KnowledgePointPositionInput), required=True, description="Points and where they go."
        )

    positions = graphene.List(
        graphene.NonNull(KnowledgePointPosition), required=True, description="The positions stored."
    )

    @classmethod
    def perform(cls, root, info, course_id, positions):
        user = require_login(info)
        course = course_for(info, course_id)
        rows = points.knowledge_graph_layout_save(user=user, course=course, positions=_positions(positions))
        return {"positions": [KnowledgePointPosition(point_id=r.point_id, x=r.x, y=r.y) for r in rows]}

    @classmethod
    def error_fields(cls, error):
        return {"positions": []}
