"""A learner starts a self-test, or resumes the attempt left open (L5)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.attempt_types import Attempt
from api.questions.self_tests import paper_to_take
from cms.questions import attempts


class AttemptStart(DomainMutation):
    """Start an attempt at an open self-test (a random paper draws its own items), or return the attempt in
    progress so a learner who closed the browser carries on with their saved answers."""

    class Arguments:
        paper_id = graphene.ID(required=True, description="The self-test.")

    attempt = graphene.Field(Attempt, description="The attempt in progress.")

    @classmethod
    def perform(cls, root, info, paper_id):
        user = require_login(info)
        paper = paper_to_take(info, paper_id)
        return {"attempt": attempts.attempt_start(user=user, paper=paper)}
