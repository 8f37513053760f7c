"""Take an item out of the course bank's recycle bin (C4, M5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.types import Question
from cms.questions import selectors, services


class QuestionRestore(DomainMutation):
    """Take an item out of the recycle bin as it was (status, drafts, revisions). For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")

    question = graphene.Field(Question, description="The item, back in the bank.")

    @classmethod
    def perform(cls, root, info, id):
        from api.questions.schema import bank_question  # the schema imports this module

        user = require_login(info)
        row = services.question_restore(user=user, question=bank_question(info, id))
        return {"question": selectors.bank_view(selectors.bank_question_get(row.pk))}
