"""The item editor's input (``QuestionInput``) and its conversion into ``cms.questions.services.ItemData``."""

import graphene
from django.utils.translation import gettext as _
from graphene.types.generic import GenericScalar

from api.questions.types import QuestionSource, QuestionType
from api.resources.inputs import int_ids
from cms.core.errors import DomainError, ErrorCode
from cms.questions.models import Difficulty
from cms.questions.models import QuestionSource as Sources
from cms.questions.services import ItemData

MAX_TAGS = 100  # input lists are capped (house rule 6); the service keeps at most 30


class QuestionInput(graphene.InputObjectType):
    """One item as the editor sends it (every field; an update replaces the item's draft)."""

    question_type = QuestionType(required=True, description="Item type.")
    stem = graphene.String(required=True, description="The question, HTML; formulas as <span data-latex>.")
    content = GenericScalar(
        description="The type's answer key (options and answer, blanks, pairs, order, rubric…), "
        "see cms/questions/content.py; empty for short answer, essay and case."
    )
    reference_answer = graphene.String(default_value="", description="Reference answer, HTML.")
    explanation = graphene.String(default_value="", description="Explanation shown after answering, HTML.")
    difficulty = graphene.Int(default_value=int(Difficulty.MEDIUM), description="Difficulty 1 (easy) to 5 (hard).")
    score = graphene.Float(default_value=1, description="Points (0–1000); a case analysis's is the sum of its parts.")
    knowledge_point_ids = graphene.List(
        graphene.NonNull(graphene.ID), default_value=[], description="Points of the course graph (at most 50)."
    )
    module_id = graphene.ID(description="Module (outline chapter) of the course; empty for none.")
    tags = graphene.List(graphene.NonNull(graphene.String), default_value=[], description="Free tags (at most 30).")
    source = QuestionSource(description="Where it comes from (default original).")
    sub_questions = graphene.List(
        graphene.NonNull(lambda: QuestionInput),
        default_value=[],
        description="A case analysis's parts, in order (any type but case; at most 20).",
    )


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


def item_data(raw, *, prefix: str = "") -> ItemData:
    """``ItemData`` of a ``QuestionInput``; ids that are not numbers are refused naming the field."""
    tags = list(raw.get("tags") or [])
    if len(tags) > MAX_TAGS:
        raise DomainError(
            _("At most %(n)d at a time.") % {"n": MAX_TAGS}, code=ErrorCode.LIMIT_EXCEEDED, field=f"{prefix}tags"
        )
    module_id = raw.get("module_id")
    module = None if module_id in (None, "") else int_ids([module_id], field=f"{prefix}module_id")[0]
    score = raw.get("score")
    return ItemData(
        question_type=_value(raw.get("question_type")),
        stem=raw.get("stem") or "",
        content=raw.get("content") or {},
        reference_answer=raw.get("reference_answer") or "",
        explanation=raw.get("explanation") or "",
        difficulty=raw.get("difficulty") if raw.get("difficulty") is not None else int(Difficulty.MEDIUM),
        score=str(score) if score is not None else "1",
        knowledge_point_ids=int_ids(raw.get("knowledge_point_ids"), field=f"{prefix}knowledge_point_ids"),
        module_id=module,
        tags=[str(t) for t in tags],
        source=_value(raw.get("source")) or Sources.ORIGINAL,
        sub_questions=[
            item_data(sub, prefix=f"sub_questions.{i}.")
            for i, sub in enumerate(list(raw.get("sub_questions") or [])[:21])
        ],
    )
