"""The course team deletes a self-test paper nobody has taken (L5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.self_tests import paper_to_edit
from cms.questions import papers


class PaperDelete(DomainMutation):
    """Delete a paper; one that learners have taken is refused (close it instead, their history stays)."""

    class Arguments:
        id = graphene.ID(required=True, description="Paper id.")

    deleted_id = graphene.ID(description="The deleted paper's id.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        paper = paper_to_edit(info, id)
        deleted = paper.pk
        papers.paper_delete(user=user, paper=paper)
        return {"deleted_id": deleted}
