"""Write a new item into a course's question bank from the SPA editor (C4, M5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.inputs import QuestionInput, item_data
from api.questions.types import Question
from cms.questions import selectors, services


class QuestionCreate(DomainMutation):
    """A new draft item (a case analysis with its sub-questions). Refusals name the field (``content`` for the
    answer key, with the part in the message; ``subQuestions.0.stem`` for a case's parts). For the course team
    and editors; anyone else finds no course."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course whose bank gets the item.")
        input = QuestionInput(required=True, description="The item.")

    question = graphene.Field(Question, description="The new item, as its draft.")

    @classmethod
    def perform(cls, root, info, course_id, input):
        user = require_login(info)
        from api.questions.schema import bank_course  # the schema imports this module

        course = bank_course(info, course_id)
        row = services.question_create(user=user, course=course, data=item_data(input))
        return {"question": selectors.bank_view(selectors.bank_question_get(row.pk))}
