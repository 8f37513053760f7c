"""Send an item's latest draft to review (C4, M5): the same staged review as resources."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.types import Question
from cms.questions import review, selectors


class QuestionSubmit(DomainMutation):
    """Start the review of an item's latest draft, or resume it after the requested changes.

    For the course team and editors; refused while it is in review, in the recycle bin or unchanged since it was
    published. The automatic check may send it back at once: read ``question.status``."""

    class Arguments:
        id = graphene.ID(required=True, description="The item (a top-level item; a case brings its parts).")

    question = graphene.Field(Question, description="The item with its new status.")

    @classmethod
    def perform(cls, root, info, id):
        from api.questions.schema import bank_question  # the schema imports this module

        user = require_login(info)
        row = bank_question(info, id)
        review.question_submit(user=user, question=row)
        return {"question": selectors.bank_view(selectors.bank_question_get(row.pk))}
