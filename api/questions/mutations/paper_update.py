"""The course team changes a self-test paper (L5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.paper_types import Paper
from api.questions.self_tests import PaperInput, paper_data, paper_to_edit
from cms.questions import papers


class PaperUpdate(DomainMutation):
    """Replace a paper's settings and items or rules (attempts already started keep what they drew); opening
    and closing it to learners is its ``open`` flag. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="Paper id.")
        input = PaperInput(required=True, description="The paper as it should be.")

    paper = graphene.Field(Paper, description="The changed paper.")

    @classmethod
    def perform(cls, root, info, id, input):
        user = require_login(info)
        paper = paper_to_edit(info, id)
        return {"paper": papers.paper_update(user=user, paper=paper, data=paper_data(input))}
