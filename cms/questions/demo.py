"""Loads published demo items (every type, tagged with the course's knowledge points; two points are left
without items so the coverage matrix shows gaps) and an open self-test (``fixtures/demo/questions.json``) for
``make run`` and the browser tests; never used by the Python tests.

Idempotent: nothing is added when the course already has a paper of the same title. Items are written with
the bank's own checks (``item_clean``) and published directly (the demo has no review backlog for them).
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cms.courses.models import CoursePage, KnowledgePoint
from cms.questions.models import Paper, PaperItem
from cms.questions.services import ItemData, _create, item_clean

QUESTIONS_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "questions.json"


def _item_data(row: dict, points: dict[str, int]) -> ItemData:
    """An item of the file: knowledge points by name (names the course lacks are skipped), parts nested."""
    row = dict(row)
    names = row.pop("knowledge_points", [])
    parts = row.pop("sub_questions", [])
    return ItemData(
        **row,
        knowledge_point_ids=[points[name] for name in names if name in points],
        sub_questions=[_item_data(part, points) for part in parts],
    )


@transaction.atomic
def demo_questions_load(path: Path = QUESTIONS_FILE) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    course = CoursePage.objects.filter(slug=data["course"]).first()
    if course is None:
        return "Demo questions: course not found; nothing added."
    if Paper.objects.filter(course=course, title__in=[p["title"] for p in data["papers"]]).exists():
        return "Demo questions already loaded; nothing changed."
    points = dict(KnowledgePoint.objects.filter(course=course).values_list("name", "pk"))
    questions = []
    for row in data["items"]:
        item = item_clean(course, _item_data(row, points))
        question = _create(user=None, course=course, item=item, organisation=None)
        question.get_latest_revision().publish(skip_permission_checks=True)
        question.refresh_from_db()
        questions.append(question)
    for spec in data["papers"]:
        paper = Paper.objects.create(course=course, title=spec["title"], open=True)
        for order, index in enumerate(spec["items"]):
            question = questions[index]
            PaperItem.objects.create(paper=paper, question=question, score=question.score, sort_order=order)
    return f"Demo questions: {len(questions)} published items and {len(data['papers'])} open self-tests added."
