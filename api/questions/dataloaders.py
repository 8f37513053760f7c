"""Batch loaders of the question bank's GraphQL types (house rule 4: flat query counts)."""

from api.core.dataloaders import DataLoader, group_by
from cms.courses.models import KnowledgePoint, OutlineItem
from cms.questions.models import Question


class KnowledgePointByIdLoader(DataLoader[int, KnowledgePoint | None]):
    key_kind = "question_point"

    def batch_load(self, keys):
        return {p.pk: p for p in KnowledgePoint.objects.filter(pk__in=keys)}


class SubQuestionsByParentLoader(DataLoader[int, list[Question]]):
    """A case analysis's sub-questions, in order (they are written with their case, never on their own)."""

    key_kind = "question_parent"
    many = True

    def batch_load(self, keys):
        rows = (
            Question.objects.filter(parent_id__in=keys)
            .select_related("module", "owner")
            .prefetch_related("knowledge_points", "tags")
            .order_by("sort_order", "id")
        )
        return group_by(rows, "parent_id")


class ModuleByIdLoader(DataLoader[int, OutlineItem | None]):
    key_kind = "question_module"

    def batch_load(self, keys):
        return {m.pk: m for m in OutlineItem.objects.filter(pk__in=keys)}
