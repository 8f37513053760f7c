"""The in-process FAQ index of each course, rebuilt when its FAQ or the synonyms change (M7, issue 6).

Small data (tens of entries a course), so one index per course lives in process memory. Freshness is checked on
every question with one cheap aggregate (a version stamp: count and newest ``updated_at`` of the course's entries
and of the synonym groups that apply to it), so an edit made by another process (another web worker, the admin)
is seen at the next question, which a signal could not guarantee. Renaming a knowledge point is not in the
stamp: its new name joins the index at the next FAQ or synonym edit.
"""

import threading

from django.db.models import Count, Max, Q

from cms.qa.models import FaqEntry, Synonym
from cms.qa.retrieval import FaqDocument, FaqIndex, SynonymTable, synonym_groups

_lock = threading.Lock()
_cache: dict[int, tuple[tuple, FaqIndex]] = {}


def _stamp(course_id: int) -> tuple:
    entries = FaqEntry.objects.filter(course_id=course_id).aggregate(n=Count("id"), at=Max("updated_at"))
    groups = Synonym.objects.filter(Q(course_id=course_id) | Q(course__isnull=True)).aggregate(
        n=Count("id"), at=Max("updated_at")
    )
    return (entries["n"], entries["at"], groups["n"], groups["at"])


def _build(course_id: int) -> FaqIndex:
    synonyms = Synonym.objects.filter(Q(course_id=course_id) | Q(course__isnull=True)).values_list("terms", flat=True)
    documents = [
        FaqDocument(
            key=entry.pk,
            question=entry.question,
            answer=entry.answer,
            alternatives=tuple(entry.alternative_list()),
            points=tuple(point.name for point in entry.knowledge_points.all()),
        )
        for entry in FaqEntry.objects.filter(course_id=course_id).prefetch_related("knowledge_points")
    ]
    return FaqIndex(documents, SynonymTable(synonym_groups(list(synonyms))))


def course_faq_index(course_id: int) -> FaqIndex:
    """The index of ``course_id``'s FAQ, rebuilt when its version stamp moved since it was built."""
    stamp = _stamp(course_id)
    cached = _cache.get(course_id)
    if cached and cached[0] == stamp:
        return cached[1]
    index = _build(course_id)
    with _lock:
        _cache[course_id] = (stamp, index)
    return index
