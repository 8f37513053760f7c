"""Batch loaders of the question bank's GraphQL types (house rule 4: flat query counts)."""

from api.core.dataloaders import DataLoader, group_by
from cms.courses.models import KnowledgePoint, OutlineItem
from cms.questions import selectors, tagging
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


class BankItemsByPointLoader(DataLoader[int, list]):
    """The bank items testing each point (``tagging.questions_by_point``), as their team's drafts."""

    key_kind = "knowledge_point"
    many = True

    def batch_load(self, keys):
        by_point = tagging.questions_by_point(keys)
        rows = {q.pk: q for group in by_point.values() for q in group}
        items = {item.row.pk: item for item in selectors.bank_items(rows.values())}
        self.registry.announce("question_point", (pk for item in items.values() for pk in item.knowledge_point_ids))
        self.registry.announce("question_module", (i.draft.module_id for i in items.values() if i.draft.module_id))
        self.registry.announce("question_parent", (pk for pk, q in rows.items() if q.question_type == "case"))
        return {point_id: [items[q.pk] for q in group] for point_id, group in by_point.items()}
