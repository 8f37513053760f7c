"""Shared parsing of the self-test queries and mutations (L5): ids, paper input, the objects a viewer may use."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.questions.types import QuestionType
from cms.core.errors import DomainError, ErrorCode
from cms.courses.permissions import can_edit_course
from cms.questions import papers
from cms.questions.models import Paper

from .paper_types import PaperKind


def parse_id(raw, field: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error


def _not_found(field: str) -> DomainError:
    return DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)


def paper_to_edit(info, raw_id, field: str = "id") -> Paper:
    user = require_login(info)
    paper = Paper.objects.select_related("course").filter(pk=parse_id(raw_id, field)).first()
    if paper is None or not can_edit_course(user, paper.course):
        raise _not_found(field)
    return paper


def paper_to_take(info, raw_id, field: str = "paper_id") -> Paper:
    user = require_login(info)
    paper = papers.paper_for(user, parse_id(raw_id, field))
    if paper is None:
        raise _not_found(field)
    return paper


def own_attempt(info, raw_id, field: str = "attempt_id"):
    user = require_login(info)
    attempt = papers.attempt_for(user, parse_id(raw_id, field))
    if attempt is None:
        raise _not_found(field)
    return attempt


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


class PaperItemInput(graphene.InputObjectType):
    question_id = graphene.ID(required=True, description="A published item of the course's bank.")
    score = graphene.Float(description="Points in this paper; empty = the item's own score.")


class PaperRuleInput(graphene.InputObjectType):
    question_type = QuestionType(required=True, description="Item type to draw.")
    count = graphene.Int(required=True, description="How many items (1–200).")
    score_each = graphene.Float(required=True, description="Points per item.")
    module_id = graphene.ID(description="Only items of this module.")
    knowledge_point_id = graphene.ID(description="Only items testing this point.")
    difficulty = graphene.Int(description="Only items of this difficulty (1–5).")


class PaperInput(graphene.InputObjectType):
    title = graphene.String(required=True, description="Title (at most 128 characters).")
    kind = PaperKind(required=True, description="FIXED items or RANDOM by rules.")
    module_id = graphene.ID(description="The module it tests; empty = the whole course.")
    items = graphene.List(
        graphene.NonNull(PaperItemInput), description=f"FIXED: the items in order (at most {papers.MAX_ITEMS})."
    )
    rules = graphene.List(
        graphene.NonNull(PaperRuleInput), description=f"RANDOM: the rules (at most {papers.MAX_ITEMS})."
    )
    shuffle_items = graphene.Boolean(default_value=True, description="Items in a new order per attempt.")
    shuffle_options = graphene.Boolean(default_value=True, description="Options in a new order per attempt.")
    max_attempts = graphene.Int(description="Attempts allowed per learner (1–100); empty = no limit.")
    open = graphene.Boolean(default_value=False, description="Open to learners.")


def _cap(rows, field: str) -> list:
    rows = list(rows or [])
    if len(rows) > papers.MAX_ITEMS:
        raise DomainError(
            _("At most %(n)s entries.") % {"n": papers.MAX_ITEMS}, code=ErrorCode.LIMIT_EXCEEDED, field=field
        )
    return rows


def rule_data(rows) -> list[papers.PaperRuleData]:
    return [
        papers.PaperRuleData(
            question_type=_value(r.question_type),
            count=r.count,
            score_each=r.score_each,
            module_id=parse_id(r.module_id, f"rules.{i}.module_id") if r.module_id else None,
            knowledge_point_id=parse_id(r.knowledge_point_id, f"rules.{i}.knowledge_point_id")
            if r.knowledge_point_id
            else None,
            difficulty=r.difficulty,
        )
        for i, r in enumerate(_cap(rows, "rules"))
    ]


def paper_data(raw) -> papers.PaperData:
    return papers.PaperData(
        title=raw.title,
        kind=_value(raw.kind),
        module_id=parse_id(raw.module_id, "module_id") if raw.get("module_id") else None,
        items=[
            papers.PaperItemData(parse_id(i.question_id, f"items.{n}.question_id"), i.get("score"))
            for n, i in enumerate(_cap(raw.get("items"), "items"))
        ],
        rules=rule_data(raw.get("rules")),
        shuffle_items=raw.get("shuffle_items", True),
        shuffle_options=raw.get("shuffle_options", True),
        max_attempts=raw.get("max_attempts"),
        open=raw.get("open", False),
    )
