"""Loads the demo course FAQ and synonym groups (``fixtures/demo/faq.json``) for ``make run``; never used by tests.

Idempotent by natural keys (course slug + question, the synonym group's terms): existing rows are left as
editors left them. Knowledge points are matched by name within the course; the demo resources' points exist
once ``load_demo`` has loaded the resources, which is why it runs this last.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cms.courses.models import CoursePage, KnowledgePoint
from cms.qa.models import FaqEntry, Synonym
from cms.qa.services import faq_entry_save

FAQ_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "faq.json"


@transaction.atomic
def demo_faq_load(path: Path = FAQ_FILE) -> str:
    """Create the missing demo FAQ entries and synonym groups; returns a one-line summary."""
    data = json.loads(path.read_text(encoding="utf-8"))
    groups = 0
    for terms in data["synonyms"]:
        text = " ".join(terms)
        if not Synonym.objects.filter(course__isnull=True, terms=text).exists():
            Synonym.objects.create(terms=text)
            groups += 1
    courses = {c.slug: c for c in CoursePage.objects.filter(slug__in={row["course"] for row in data["entries"]})}
    entries = 0
    for row in data["entries"]:
        course = courses.get(row["course"])
        if course is None or FaqEntry.objects.filter(course=course, question=row["question"]).exists():
            continue
        points = list(KnowledgePoint.objects.filter(course=course, name__in=row["knowledge_points"]))
        entry = FaqEntry(
            course=course, question=row["question"], answer=row["answer"], alternatives="\n".join(row["alternatives"])
        )
        faq_entry_save(entry=entry, knowledge_points=points)
        entries += 1
    return f"Demo FAQ: {entries} entries and {groups} synonym groups added."
