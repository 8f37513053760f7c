"""GraphQL types of self-test attempts (L5): the learner's own attempt, read from its snapshot.

An attempt shows what was drawn when it started (stem, options in the attempt's shuffled order), never the
bank's later edits. Answer keys, reference answers and explanations are in the snapshot but leave the server
only once the attempt is submitted (``result``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import graphene
from graphene.types.generic import GenericScalar

from api.questions.paper_types import Paper
from api.questions.types import QuestionType
from cms.questions.content import QuestionType as Types
from cms.questions.models import AttemptState as AttemptStateChoices

AttemptState = graphene.Enum(
    "AttemptState",
    [(c.name, c.value) for c in AttemptStateChoices],
    description="IN_PROGRESS; SUBMITTED = waiting for a person to grade open items; GRADED = scored.",
)


def learner_content(entry: dict) -> dict:
    """What a learner needs to answer an item: its options in the attempt's order, no answer key."""
    content = entry.get("content") or {}
    kind = entry["type"]
    order = entry.get("option_order") or []

    def ordered(rows):
        by_key = {row["key"]: row for row in rows}
        return [by_key[k] for k in order if k in by_key] or rows

    if kind in (Types.SINGLE, Types.MULTIPLE):
        return {"options": ordered(content.get("options", []))}
    if kind == Types.ORDERING:
        return {"items": ordered(content.get("items", []))}
    if kind == Types.MATCHING:
        return {"left": content.get("left", []), "right": content.get("right", [])}
    if kind == Types.FILL_BLANK:
        return {"blanks": [{} for _blank in content.get("blanks", [])]}
    if kind == Types.PRACTICAL:
        return {
            key: content.get(key) for key in ("instructions", "submission", "rubric", "attachments") if key in content
        }
    return {}


@dataclass
class ItemView:
    entry: dict
    answers: dict  # question id → AttemptAnswer
    submitted: bool


def _money(value) -> float | None:
    return float(value) if value is not None else None


class AttemptItemResult(graphene.ObjectType):
    """How an item came out; only after submitting."""

    points = graphene.Float(description="Points given; null while waiting for a person to grade it.")
    max_points = graphene.Float(required=True, description="Points it carries.")
    correct = graphene.Boolean(description="Fully right (objective items).")
    needs_grading = graphene.Boolean(required=True, description="An open item waiting for a person.")
    answer_key = GenericScalar(description="The item's answer key as it was when the attempt started.")
    reference_answer = graphene.String(required=True, description="Reference answer, HTML.")
    explanation = graphene.String(required=True, description="Explanation, HTML.")

    @staticmethod
    def _parts_points(view: ItemView):
        parts = view.entry.get("parts") or []
        points = [view.answers.get(p["id"]) for p in parts]
        values = [a.points if a is not None else None for a in points]
        return values

    @staticmethod
    def resolve_points(view: ItemView, info):
        if view.entry["type"] == Types.CASE:
            values = AttemptItemResult._parts_points(view)
            return None if any(v is None for v in values) else _money(sum(values, Decimal("0")))
        answer = view.answers.get(view.entry["id"])
        return _money(answer.points) if answer is not None else None

    @staticmethod
    def resolve_max_points(view: ItemView, info):
        return float(Decimal(view.entry["score"]))

    @staticmethod
    def resolve_correct(view: ItemView, info):
        if view.entry["type"] == Types.CASE:
            parts = [view.answers.get(p["id"]) for p in view.entry.get("parts") or []]
            return all(a is not None and a.correct for a in parts)
        answer = view.answers.get(view.entry["id"])
        return answer.correct if answer is not None else None

    @staticmethod
    def resolve_needs_grading(view: ItemView, info):
        return AttemptItemResult.resolve_points(view, info) is None

    @staticmethod
    def resolve_answer_key(view: ItemView, info):
        return view.entry.get("content") or {}

    @staticmethod
    def resolve_reference_answer(view: ItemView, info):
        return view.entry.get("reference_answer") or ""

    @staticmethod
    def resolve_explanation(view: ItemView, info):
        return view.entry.get("explanation") or ""


class AttemptItem(graphene.ObjectType):
    """One item of an attempt as drawn: to answer, and after submitting its result."""

    id = graphene.ID(required=True, description="The item's id (answerSave names it).")
    question_type = graphene.Field(QuestionType, required=True, description="Item type.")
    stem = graphene.String(required=True, description="The question, HTML; formulas as <span data-latex>.")
    score = graphene.Float(required=True, description="Points it carries in this attempt.")
    content = GenericScalar(
        required=True,
        description="What to answer with, without the key: options / ordering items in this attempt's order, "
        "matching left and right, blanks (one {} each), practical instructions, submission kinds and rubric.",
    )
    response = GenericScalar(description="The learner's saved answer (see answerSave).")
    sub_questions = graphene.List(
        graphene.NonNull(lambda: AttemptItem), required=True, description="A case analysis's parts."
    )
    result = graphene.Field(AttemptItemResult, description="Points, key and explanation; null until submitted.")

    @staticmethod
    def resolve_id(view: ItemView, info):
        return view.entry["id"]

    @staticmethod
    def resolve_question_type(view: ItemView, info):
        return view.entry["type"]

    @staticmethod
    def resolve_stem(view: ItemView, info):
        return view.entry.get("stem") or ""

    @staticmethod
    def resolve_score(view: ItemView, info):
        return float(Decimal(view.entry["score"]))

    @staticmethod
    def resolve_content(view: ItemView, info):
        return learner_content(view.entry)

    @staticmethod
    def resolve_response(view: ItemView, info):
        answer = view.answers.get(view.entry["id"])
        return answer.response if answer is not None else None

    @staticmethod
    def resolve_sub_questions(view: ItemView, info):
        return [ItemView(part, view.answers, view.submitted) for part in view.entry.get("parts") or []]

    @staticmethod
    def resolve_result(view: ItemView, info):
        return view if view.submitted else None


class Attempt(graphene.ObjectType):
    """One go of the signed-in learner at a self-test."""

    id = graphene.ID(required=True, description="Database id.")
    number = graphene.Int(required=True, description="1 for the first attempt, then 2, …")
    state = graphene.Field(AttemptState, required=True, description="In progress, waiting for grading or scored.")
    started_at = graphene.DateTime(required=True, description="Started.")
    submitted_at = graphene.DateTime(description="Submitted.")
    score = graphene.Float(description="Points (objective items so far while waiting for grading).")
    max_score = graphene.Float(required=True, description="Out of.")
    paper = graphene.Field(Paper, required=True, description="The self-test.")
    items = graphene.List(graphene.NonNull(AttemptItem), required=True, description="The items, in order.")
    answered_count = graphene.Int(required=True, description="Items with a saved answer.")

    @staticmethod
    def resolve_state(attempt, info):
        return str(getattr(attempt.state, "value", attempt.state))

    @staticmethod
    def resolve_score(attempt, info):
        return _money(attempt.score)

    @staticmethod
    def resolve_max_score(attempt, info):
        return float(attempt.max_score)

    @staticmethod
    def resolve_items(attempt, info):
        answers = {a.question_id: a for a in attempt.answers.all()}
        submitted = attempt.state != AttemptStateChoices.IN_PROGRESS
        return [ItemView(entry, answers, submitted) for entry in attempt.items]

    @staticmethod
    def resolve_answered_count(attempt, info):
        return sum(1 for a in attempt.answers.all() if a.response not in (None, "", [], {}))
