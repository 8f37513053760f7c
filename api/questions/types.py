"""GraphQL types of the question bank (C4, M5): items as their course team sees them.

The bank is the team's workspace: only people who may edit the course (``can_edit_course``) read it, answer
keys included. Learners never read items here; they get a paper's items through their attempt, without keys
until they submit (see the self-test types).
"""

import graphene
from graphene.types.generic import GenericScalar

from api.core.dataloaders import announce, load, loaders
from api.courses import dataloaders as course_dl
from api.courses.types import Course, KnowledgePoint, OutlineItem
from api.questions import dataloaders as dl
from cms.questions import review, selectors
from cms.questions.models import Difficulty as DifficultyChoices
from cms.questions.models import QuestionSource as QuestionSourceChoices
from cms.questions.models import QuestionType as QuestionTypeChoices

QuestionType = graphene.Enum(
    "QuestionType",
    [(c.name, c.value) for c in QuestionTypeChoices],
    description="Item type: choice, true/false, blanks, short answer, essay, matching, ordering, case, practical.",
)
QuestionSource = graphene.Enum(
    "QuestionSource", [(c.name, c.value) for c in QuestionSourceChoices], description="Where an item comes from."
)
QuestionStatus = graphene.Enum(
    "QuestionStatus",
    [(s.upper(), s) for s in selectors.BankStatus.ALL],
    description="DRAFT never published; IN_REVIEW; PUBLISHED; CHANGED = published, edits wait; DELETED = recycled.",
)
DIFFICULTY_DESCRIPTION = "Difficulty " + ", ".join(f"{c.value} = {c.name.lower()}" for c in DifficultyChoices) + "."


class Question(graphene.ObjectType):
    """One item of a course's question bank, as its latest revision (the team's draft) says."""

    id = graphene.ID(required=True, description="Database id.")
    question_type = graphene.Field(QuestionType, required=True, description="Item type.")
    stem = graphene.String(required=True, description="The question, HTML; formulas as <span data-latex>.")
    content = GenericScalar(
        required=True,
        description="The type's answer key (options, blanks, pairs, rubric…), see cms/questions/content.py.",
    )
    reference_answer = graphene.String(required=True, description="Reference answer, HTML.")
    explanation = graphene.String(required=True, description="Explanation shown after answering, HTML.")
    difficulty = graphene.Int(required=True, description=DIFFICULTY_DESCRIPTION)
    score = graphene.Float(required=True, description="Points; a case analysis's is the sum of its parts.")
    source = graphene.Field(QuestionSource, required=True, description="Original, enterprise case, imported…")
    tags = graphene.List(graphene.NonNull(graphene.String), required=True, description="Free tags.")
    knowledge_points = graphene.List(
        graphene.NonNull(KnowledgePoint), required=True, description="Points of the course graph it tests."
    )
    module = graphene.Field(OutlineItem, description="The module (outline chapter) it belongs to, if any.")
    course = graphene.Field(Course, required=True, description="The course whose bank holds it.")
    sub_questions = graphene.List(
        graphene.NonNull(lambda: Question), required=True, description="A case analysis's parts, in order."
    )
    status = graphene.Field(QuestionStatus, required=True, description="Where it is in its life.")
    live = graphene.Boolean(required=True, description="Whether a version of it is published (learners can get it).")
    author_name = graphene.String(required=True, description="Who wrote it.")
    updated_at = graphene.DateTime(required=True, description="Last change.")
    review_comment = graphene.String(
        required=True,
        description="Why the last review sent it back (the automatic check's problems or the reviewer's comment); "
        "empty otherwise. One query per item: read it on single items.",
    )

    @staticmethod
    def _draft(item):
        return item.draft if isinstance(item, selectors.BankItem) else item

    @staticmethod
    def _row(item):
        return item.row if isinstance(item, selectors.BankItem) else item

    @staticmethod
    def resolve_id(item, info):
        return Question._row(item).pk

    @staticmethod
    def resolve_question_type(item, info):
        return Question._draft(item).question_type

    @staticmethod
    def resolve_stem(item, info):
        return Question._draft(item).stem

    @staticmethod
    def resolve_content(item, info):
        return Question._draft(item).content or {}

    @staticmethod
    def resolve_reference_answer(item, info):
        return Question._draft(item).reference_answer

    @staticmethod
    def resolve_explanation(item, info):
        return Question._draft(item).explanation

    @staticmethod
    def resolve_difficulty(item, info):
        return Question._draft(item).difficulty

    @staticmethod
    def resolve_score(item, info):
        return float(Question._draft(item).score)

    @staticmethod
    def resolve_source(item, info):
        return Question._draft(item).source

    @staticmethod
    def resolve_tags(item, info):
        return item.tags if isinstance(item, selectors.BankItem) else selectors._row_tags(item)

    @staticmethod
    def resolve_knowledge_points(item, info):
        ids = item.knowledge_point_ids if isinstance(item, selectors.BankItem) else selectors._row_point_ids(item)
        points = [load(info, dl.KnowledgePointByIdLoader, pk) for pk in ids]
        return [p for p in points if p is not None]

    @staticmethod
    def resolve_module(item, info):
        module_id = Question._draft(item).module_id
        return load(info, dl.ModuleByIdLoader, module_id) if module_id else None

    @staticmethod
    def resolve_course(item, info):
        return load(info, course_dl.CourseByIdLoader, Question._row(item).course_id)

    @staticmethod
    def resolve_sub_questions(item, info):
        row, draft = Question._row(item), Question._draft(item)
        pending = getattr(draft, "pending_parts", None) if draft is not row else None
        if pending is None and row.question_type != QuestionTypeChoices.CASE:
            return []
        subs = load(info, dl.SubQuestionsByParentLoader, row.pk) if row.pk and row.pk > 0 else []
        if pending is not None:  # a published case's parts as edited, waiting for review
            parts = selectors.pending_parts(row, pending, [s.pk for s in subs])
            loaders(info).announce("question_point", (pk for p in parts for pk in p.knowledge_point_ids))
            return parts
        loaders(info).announce("question_point", (pk for s in subs for pk in selectors._row_point_ids(s)))
        return subs

    @staticmethod
    def resolve_status(item, info):
        return selectors.bank_status(Question._row(item))

    @staticmethod
    def resolve_live(item, info):
        return Question._row(item).live

    @staticmethod
    def resolve_author_name(item, info):
        owner = Question._row(item).owner
        return owner.display_name if owner else ""

    @staticmethod
    def resolve_updated_at(item, info):
        return Question._row(item).updated_at

    @staticmethod
    def resolve_review_comment(item, info):
        return review.review_comment(Question._row(item))


class QuestionList(graphene.ObjectType):
    """One page of a course's bank."""

    total_count = graphene.Int(required=True, description="Items matching the filters.")
    items = graphene.List(graphene.NonNull(Question), required=True, description="This page of them.")


def bank_page(info, rows, limit: int, offset: int, *, live: bool = False) -> QuestionList:
    """``live``: the published version of each item (what papers use), not the team's latest draft."""
    page = selectors.bank_items(rows[offset : offset + limit], live=live)
    loaders(info).announce("question_point", (pk for item in page for pk in item.knowledge_point_ids))
    announce(info, "question_parent", [i.row for i in page if i.row.question_type == QuestionTypeChoices.CASE])
    announce(info, "question_module", [i.draft for i in page if i.draft.module_id], attr="module_id")
    return QuestionList(total_count=rows.count(), items=page)
