"""Tag question-bank items from the knowledge point's side (M7 two-way tagging, C4)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import point_for
from api.courses.types import KnowledgePoint
from api.resources.inputs import int_ids
from cms.questions import tagging


class _Retag(DomainMutation):
    class Meta:
        abstract = True

    class Arguments:
        point_id = graphene.ID(required=True, description="Knowledge point id.")
        question_ids = graphene.List(
            graphene.NonNull(graphene.ID), required=True, description="Items of the point's course bank (at most 100)."
        )

    point = graphene.Field(KnowledgePoint, description="The knowledge point.")
    changed = graphene.Int(description="Items that got a new draft (already tagged as asked: unchanged).")

    attach = True

    @classmethod
    def perform(cls, root, info, point_id, question_ids):
        user = require_login(info)
        point = point_for(info, point_id, field="point_id")
        ids = int_ids(question_ids, field="question_ids")
        changed = tagging.questions_retag(user=user, point=point, question_ids=ids, attach=cls.attach)
        return {"point": point, "changed": len(changed)}


class KnowledgePointQuestionsAttach(_Retag):
    """Tag bank items with a point, as if the point were picked in each item's editor: a draft item changes
    at once, a published one gets a new draft revision that goes through review."""


class KnowledgePointQuestionsDetach(_Retag):
    """Remove a point from bank items (a published item gets a new draft revision, as when attaching)."""

    attach = False
