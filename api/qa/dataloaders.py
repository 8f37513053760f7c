"""Batch loaders of the knowledge Q&A (house rule 4)."""

from collections import defaultdict

from api.core.dataloaders import DataLoader
from cms.courses.models import KnowledgePoint
from cms.qa.models import FaqEntry


class KnowledgePointsByFaqEntryLoader(DataLoader[int, list[KnowledgePoint]]):
    """The knowledge points of each FAQ entry, in course order, for every announced entry in one query."""

    key_kind = "faq_entry"
    many = True
    announces = "knowledge_point"

    def batch_load(self, keys):
        through = FaqEntry.knowledge_points.through
        rows = through.objects.filter(faqentry_id__in=keys).select_related("knowledgepoint")
        rows = sorted(rows, key=lambda r: (r.knowledgepoint.sort_order or 0, r.knowledgepoint.pk))
        grouped: dict = defaultdict(list)
        for row in rows:
            grouped[row.faqentry_id].append(row.knowledgepoint)
        return grouped
