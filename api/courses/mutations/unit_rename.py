"""unitRename (M5, T1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import unit_for
from api.courses.mutations.structure_nodes import CourseUnitNode
from cms.courses import services


class UnitRename(DomainMutation):
    """Rename a unit; for the course team and editors. An empty or overlong title is refused."""

    class Arguments:
        id = graphene.ID(required=True, description="The unit.")
        title = graphene.String(required=True, description="New title (1..128 characters).")

    unit = graphene.Field(CourseUnitNode, description="The renamed unit.")

    @classmethod
    def perform(cls, root, info, id, title):
        user = require_login(info)
        return {"unit": services.unit_rename(user=user, unit=unit_for(info, id, field="id"), title=title)}
