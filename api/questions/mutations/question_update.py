"""Save the editor's changes to an item as a new draft revision (C4, M5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.inputs import QuestionInput, item_data
from api.questions.types import Question
from cms.questions import selectors, services


class QuestionUpdate(DomainMutation):
    """A new draft revision of an item (published items keep their live version until the draft is published);
    a case analysis's sub-questions are replaced by the given ones. Refused for items in the recycle bin and
    with the same field-named refusals as ``questionCreate``. For the course team and editors."""

    class Arguments:
        id = graphene.ID(required=True, description="The item.")
        input = QuestionInput(required=True, description="The whole item as it should now be.")

    question = graphene.Field(Question, description="The item, as its new draft.")

    @classmethod
    def perform(cls, root, info, id, input):
        from api.questions.schema import bank_question  # the schema imports this module

        user = require_login(info)
        row = services.question_update(user=user, question=bank_question(info, id), data=item_data(input))
        return {"question": selectors.bank_view(selectors.bank_question_get(row.pk))}
