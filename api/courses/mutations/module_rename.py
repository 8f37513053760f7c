"""moduleRename (M5, T1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import module_for
from api.courses.mutations.structure_nodes import CourseModuleNode
from cms.courses import services


class ModuleRename(DomainMutation):
    """Rename a module; for the course team and editors. An empty or overlong title is refused."""

    class Arguments:
        id = graphene.ID(required=True, description="The module.")
        title = graphene.String(required=True, description="New title (1..128 characters).")

    module = graphene.Field(CourseModuleNode, description="The renamed module.")

    @classmethod
    def perform(cls, root, info, id, title):
        user = require_login(info)
        return {"module": services.module_rename(user=user, module=module_for(info, id, field="id"), title=title)}
