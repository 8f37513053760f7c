"""A learner submits an attempt and gets the objective items scored at once (L5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.attempt_types import Attempt
from api.questions.self_tests import own_attempt
from cms.questions import attempts


class AttemptSubmit(DomainMutation):
    """Submit the attempt: objective items are scored now (open items wait for a person); idempotent, so a
    retried submit returns the stored result."""

    class Arguments:
        attempt_id = graphene.ID(required=True, description="The learner's attempt.")

    attempt = graphene.Field(Attempt, description="The submitted attempt with its score and results.")
    best_score = graphene.Float(description="The learner's best score at this self-test now.")

    @classmethod
    def perform(cls, root, info, attempt_id):
        user = require_login(info)
        result = attempts.attempt_submit(user=user, attempt=own_attempt(info, attempt_id))
        best = result.best_score
        return {"attempt": result.attempt, "best_score": float(best) if best is not None else None}
