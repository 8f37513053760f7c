"""Loads published demo items (every type, tagged with the course's knowledge points; two points are left
without items so the coverage matrix shows gaps) and two open self-tests — 数控车削循环指令自测 (objective and
short answer) and 数控铣削实操自测 (a practical task with photo/file hand-ins) — (``fixtures/demo/questions.json``) for
``make run`` and the browser tests; never used by the Python tests.

Idempotent by paper title: a paper the course already has is skipped; when some exist, the items are not added
again and a new paper of the file is made from the published items with the same stems. Items are written with
the bank's own checks (``item_clean``) and published directly (the demo has no review backlog for them).
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cms.courses.models import CoursePage, KnowledgePoint
from cms.questions.models import Paper, PaperItem, Question
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
    titles = [p["title"] for p in data["papers"]]
    existing = set(Paper.objects.filter(course=course, title__in=titles).values_list("title", flat=True))
    if existing == set(titles):
        return "Demo questions already loaded; nothing changed."
    if existing:  # the items were loaded with an earlier paper: a paper added to the file later finds them by stem
        by_stem = {q.stem: q for q in Question.objects.filter(course=course, parent__isnull=True, live=True)}
        questions = [by_stem.get(row["stem"]) for row in data["items"]]
    else:
        points = dict(KnowledgePoint.objects.filter(course=course).values_list("name", "pk"))
        questions = []
        for row in data["items"]:
            item = item_clean(course, _item_data(row, points))
            question = _create(user=None, course=course, item=item, organisation=None)
            question.get_latest_revision().publish(skip_permission_checks=True)
            question.refresh_from_db()
            questions.append(question)
    for spec in data["papers"]:
        if spec["title"] in existing or any(questions[i] is None for i in spec["items"]):
            continue
        paper = Paper.objects.create(course=course, title=spec["title"], open=True)
        for order, index in enumerate(spec["items"]):
            question = questions[index]
            PaperItem.objects.create(paper=paper, question=question, score=question.score, sort_order=order)
    return f"Demo questions: {len(questions)} published items and {len(data['papers'])} open self-tests added."
