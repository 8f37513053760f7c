"""The course team creates a self-test paper (L5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.paper_types import Paper
from api.questions.schema import bank_course
from api.questions.self_tests import PaperInput, paper_data
from cms.questions import papers


class PaperCreate(DomainMutation):
    """Create a fixed paper of published items or a random paper by rules (checked against the published bank;
    a rule it cannot satisfy is refused by name). For the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="Course page id.")
        input = PaperInput(required=True, description="The paper.")

    paper = graphene.Field(Paper, description="The new paper.")

    @classmethod
    def perform(cls, root, info, course_id, input):
        user = require_login(info)
        course = bank_course(info, course_id)
        return {"paper": papers.paper_create(user=user, course=course, data=paper_data(input))}
