"""The coverage matrix of a course's bank (C4): knowledge points × item count by type and difficulty."""

import graphene

from api.core.dataloaders import announce
from api.courses.types import KnowledgePoint
from api.questions.types import QuestionType


class QuestionCoverageCell(graphene.ObjectType):
    """Items of one type and difficulty on a point (only non-empty cells are listed)."""

    question_type = graphene.Field(QuestionType, required=True, description="Item type.")
    difficulty = graphene.Int(required=True, description="Difficulty 1 (easy) – 5 (hard).")
    count = graphene.Int(required=True, description="Items.")


class QuestionCoverageRow(graphene.ObjectType):
    """One knowledge point of the course standard and the items that test it."""

    point = graphene.Field(KnowledgePoint, required=True, description="The knowledge or skill point.")
    total = graphene.Int(required=True, description="Items on it; 0 = not covered.")
    cells = graphene.List(graphene.NonNull(QuestionCoverageCell), required=True, description="Non-empty cells.")


class QuestionCoverage(graphene.ObjectType):
    """Every point of the course in course order, with the counts a team needs for the C4 check."""

    points = graphene.List(graphene.NonNull(QuestionCoverageRow), required=True, description="Points in order.")
    uncovered = graphene.Int(required=True, description="Points with no item.")
    untagged = graphene.Int(required=True, description="Items tagged with no point (they cover nothing).")

    @staticmethod
    def resolve_points(matrix, info):
        announce(info, "knowledge_point", [row.point for row in matrix.points])
        return matrix.points
