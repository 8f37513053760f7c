"""Autosave of one answer of an attempt in progress (L5)."""

import graphene
from graphene.types.generic import GenericScalar

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.self_tests import own_attempt, parse_id
from cms.questions import attempts


class AnswerSave(DomainMutation):
    """Save (or replace) the learner's answer to one item of their attempt in progress; refused once it is
    submitted. The response has the scorer's shape: an option key, a list of keys, true/false, the blanks'
    texts, {left: right} pairs, keys in order, or text."""

    class Arguments:
        attempt_id = graphene.ID(required=True, description="The learner's attempt.")
        question_id = graphene.ID(required=True, description="The item (or case sub-question) answered.")
        response = GenericScalar(description="The answer; null clears it.")

    saved_at = graphene.DateTime(description="When it was stored.")

    @classmethod
    def perform(cls, root, info, attempt_id, question_id, response=None):
        user = require_login(info)
        attempt = own_attempt(info, attempt_id)
        answer = attempts.answer_save(
            user=user, attempt=attempt, question_id=parse_id(question_id, "question_id"), response=response
        )
        return {"saved_at": answer.saved_at}
