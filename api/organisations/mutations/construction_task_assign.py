"""A host assigns a construction task to an organisation (O1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.organisations.inputs import enum_value, object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import ConstructionTask, ConstructionTaskKind
from cms.accounts import organisation_admin
from cms.accounts.models import Organisation


class ConstructionTaskAssign(OrganisationsMutation):
    """Give an organisation in the host's subtree a course to build or a number of resources to make."""

    class Arguments:
        organisation_id = graphene.ID(required=True, description="The organisation doing the work.")
        kind = ConstructionTaskKind(required=True, description="COURSE or RESOURCES.")
        title = graphene.String(required=True, description="Title.")
        target_count = graphene.Int(required=True, description="How many, at least 1 (1 for a course).")
        due_date = graphene.Date(required=True, description="Due date, today or later.")
        description = graphene.String(description="What is expected.")

    task = graphene.Field(ConstructionTask, description="The new task.")

    @classmethod
    def perform(cls, root, info, organisation_id, kind, title, target_count, due_date, description=""):
        require_login(info)
        organisation = object_get(Organisation.objects.all(), organisation_id, field="organisation_id")
        task = organisation_admin.construction_task_assign(
            request=info.context,
            organisation=organisation,
            kind=enum_value(kind),
            title=title,
            target_count=target_count,
            due_date=due_date,
            description=description or "",
        )
        return {"task": task}
