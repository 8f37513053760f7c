"""GraphQL types of self-test papers (L5): what the course team edits and what learners pick from.

The team (``can_edit_course``) sees a paper's items (with their answer keys, through the bank's ``Question``
type) and rules; learners see only the title, size, total and their own attempt stats.
"""

import graphene

from api.core.dataloaders import load
from api.courses import dataloaders as course_dl
from api.courses.types import Course, KnowledgePoint, OutlineItem
from api.questions import dataloaders as dl
from api.questions.paper_dataloaders import ViewerStatsByPaperLoader
from api.questions.types import Question, QuestionType
from cms.courses.permissions import can_edit_course
from cms.questions import papers
from cms.questions.models import PaperKind as PaperKindChoices

PaperKind = graphene.Enum(
    "PaperKind",
    [(c.name, c.value) for c in PaperKindChoices],
    description="FIXED: chosen items; RANDOM: each attempt draws items by the paper's rules.",
)


def team_view(info, paper) -> bool:
    """Whether the viewer edits the paper's course; decided once per course and request."""
    cache = info.context.__dict__.setdefault("_zyk_paper_team", {})
    if paper.course_id not in cache:
        cache[paper.course_id] = can_edit_course(info.context.user, paper.course)
    return cache[paper.course_id]


class PaperItem(graphene.ObjectType):
    """An item of a fixed paper with the score it carries there."""

    id = graphene.ID(required=True, description="Database id.")
    question = graphene.Field(Question, required=True, description="The published item (its live version).")
    score = graphene.Float(required=True, description="Points it carries in this paper.")

    @staticmethod
    def resolve_score(row, info):
        return float(row.score)


class PaperRule(graphene.ObjectType):
    """A quota of a random paper."""

    id = graphene.ID(required=True, description="Database id.")
    question_type = graphene.Field(QuestionType, required=True, description="Item type drawn.")
    count = graphene.Int(required=True, description="How many items.")
    module = graphene.Field(OutlineItem, description="Only items of this module.")
    knowledge_point = graphene.Field(KnowledgePoint, description="Only items testing this point.")
    difficulty = graphene.Int(description="Only items of this difficulty (1–5).")
    score_each = graphene.Float(required=True, description="Points per drawn item.")

    @staticmethod
    def resolve_module(rule, info):
        return load(info, dl.ModuleByIdLoader, rule.module_id) if rule.module_id else None

    @staticmethod
    def resolve_knowledge_point(rule, info):
        return load(info, dl.KnowledgePointByIdLoader, rule.knowledge_point_id) if rule.knowledge_point_id else None

    @staticmethod
    def resolve_score_each(rule, info):
        return float(rule.score_each)


class Paper(graphene.ObjectType):
    """A self-test (自测) of a course or one of its modules."""

    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Title.")
    kind = graphene.Field(PaperKind, required=True, description="Fixed items or drawn by rules.")
    course = graphene.Field(Course, description="The course.")
    module = graphene.Field(OutlineItem, description="The module it tests, if only one.")
    open = graphene.Boolean(required=True, description="Whether learners can take it.")
    shuffle_items = graphene.Boolean(required=True, description="Items in a new order per attempt.")
    shuffle_options = graphene.Boolean(required=True, description="Options in a new order per attempt.")
    max_attempts = graphene.Int(description="Attempts allowed per learner; null = no limit.")
    total_score = graphene.Float(required=True, description="Total points of an attempt.")
    item_count = graphene.Int(required=True, description="Items in an attempt.")
    items = graphene.List(
        graphene.NonNull(PaperItem), required=True, description="A fixed paper's items (course team only)."
    )
    rules = graphene.List(
        graphene.NonNull(PaperRule), required=True, description="A random paper's rules (course team only)."
    )
    can_edit = graphene.Boolean(required=True, description="Whether the viewer may edit it.")
    my_attempt_count = graphene.Int(required=True, description="The viewer's attempts (0 when signed out).")
    my_best_score = graphene.Float(description="The viewer's best scored attempt, if any.")
    my_open_attempt_id = graphene.ID(description="The viewer's attempt in progress, if any (to resume).")

    @staticmethod
    def resolve_course(paper, info):
        return load(info, course_dl.CourseByIdLoader, paper.course_id)

    @staticmethod
    def resolve_module(paper, info):
        return load(info, dl.ModuleByIdLoader, paper.module_id) if paper.module_id else None

    @staticmethod
    def resolve_total_score(paper, info):
        return float(papers.paper_total(paper))

    @staticmethod
    def resolve_item_count(paper, info):
        return papers.paper_item_count(paper)

    @staticmethod
    def resolve_items(paper, info):
        return list(paper.items.all()) if team_view(info, paper) else []

    @staticmethod
    def resolve_rules(paper, info):
        return list(paper.rules.all()) if team_view(info, paper) else []

    @staticmethod
    def resolve_can_edit(paper, info):
        return team_view(info, paper)

    @staticmethod
    def _stats(paper, info) -> papers.ViewerStats:
        return load(info, ViewerStatsByPaperLoader, paper.pk)

    @staticmethod
    def resolve_my_attempt_count(paper, info):
        return Paper._stats(paper, info).attempts

    @staticmethod
    def resolve_my_best_score(paper, info):
        best = Paper._stats(paper, info).best
        return float(best) if best is not None else None

    @staticmethod
    def resolve_my_open_attempt_id(paper, info):
        return Paper._stats(paper, info).open_attempt_id


class PaperRulesCheck(graphene.ObjectType):
    """Whether the published bank can satisfy a random paper's rules now."""

    ok = graphene.Boolean(required=True, description="True when a paper can be drawn.")
    message = graphene.String(description="Why not, naming the rule.")
    field = graphene.String(description="The rule (rules.n) or its field the message is about.")
    total_score = graphene.Float(required=True, description="Total points of the rules (count × score).")
