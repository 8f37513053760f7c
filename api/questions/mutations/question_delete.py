"""Move an item to the course bank's recycle bin (C4, M5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.types import Question
from cms.questions import selectors, services


class QuestionDelete(DomainMutation):
    """Move an item (with a case's parts) to the recycle bin; papers that list it keep working (attempts score
    from their snapshots; new attempts leave it out) until it is restored. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")

    question = graphene.Field(Question, description="The item, now in the recycle bin.")

    @classmethod
    def perform(cls, root, info, id):
        from api.questions.schema import bank_question  # the schema imports this module

        user = require_login(info)
        row = services.question_delete(user=user, question=bank_question(info, id))
        return {"question": selectors.bank_view(selectors.bank_question_get(row.pk))}
