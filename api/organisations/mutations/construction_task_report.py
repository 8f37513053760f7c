"""An organisation reports progress on its construction task (O1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.organisations.inputs import object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import ConstructionTask
from cms.accounts import organisation_admin
from cms.accounts.models import ConstructionTask as ConstructionTaskModel


class ConstructionTaskReport(OrganisationsMutation):
    """Report how much of a task is done (it may exceed the target)."""

    class Arguments:
        task_id = graphene.ID(required=True, description="The task.")
        done_count = graphene.Int(required=True, description="How many are done now, 0 or more.")

    task = graphene.Field(ConstructionTask, description="The task with the new count.")

    @classmethod
    def perform(cls, root, info, task_id, done_count):
        require_login(info)
        task = object_get(ConstructionTaskModel.objects.select_related("organisation"), task_id, field="task_id")
        task = organisation_admin.construction_task_report(request=info.context, task=task, done_count=done_count)
        return {"task": task}
