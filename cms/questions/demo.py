"""Loads a few published demo items and an open self-test (``fixtures/demo/questions.json``) for ``make run``
and the browser tests; never used by the Python tests.

Idempotent: nothing is added when the course already has a paper of the same title. Items are written with
the bank's own checks (``item_clean``) and published directly (the demo has no review backlog for them).
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cms.courses.models import CoursePage
from cms.questions.models import Paper, PaperItem
from cms.questions.services import ItemData, _create, item_clean

QUESTIONS_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "questions.json"


@transaction.atomic
def demo_questions_load(path: Path = QUESTIONS_FILE) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    course = CoursePage.objects.filter(slug=data["course"]).first()
    if course is None:
        return "Demo questions: course not found; nothing added."
    if Paper.objects.filter(course=course, title__in=[p["title"] for p in data["papers"]]).exists():
        return "Demo questions already loaded; nothing changed."
    questions = []
    for row in data["items"]:
        item = item_clean(course, ItemData(**row))
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
