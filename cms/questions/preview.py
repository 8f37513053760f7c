"""How a learner sees an item (C4, M5): the admin's preview of a question bank item.

Formulas stay ``<span data-latex>`` / ``<div data-latex>`` and are typeset by KaTeX in the browser (the
``katex`` npm package's files, served as static assets); without them the LaTeX source is shown.
"""

from __future__ import annotations

import re

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cms.questions.content import ATTACHMENT_PATH
from cms.questions.html import html_clean


def _html(value) -> str:
    return mark_safe(html_clean(value or ""))  # noqa: S308 - the allowlist has just cleaned it


def _stem(question):
    stem = html_clean(question.stem or "")
    if question.question_type == "fill_blank":  # blanks where the learner writes, as in the SPA
        stem = BLANK.sub('<span class="blank">&nbsp;</span>', stem)
    return mark_safe(stem)  # noqa: S308 - cleaned by the allowlist; the blank is our own markup


def _keyed(content: dict, name: str) -> list[dict]:
    rows = content.get(name) or []
    return [{"key": r.get("key", ""), "text": _html(r.get("text"))} for r in rows if isinstance(r, dict)]


BLANK = re.compile(r"_{3,}(?![^<]*>)")  # a blank of a fill-in stem, outside tags and attributes


def _submission_labels(kinds) -> list[str]:
    labels = {"file": _("a file"), "photo": _("a photo"), "video": _("a video"), "text": _("a written answer")}
    return [str(labels.get(kind, kind)) for kind in kinds or []]


def item_view(question) -> dict:
    """One item as the template shows it: texts cleaned, the type's parts laid out, no answer marks."""
    content = question.content if isinstance(question.content, dict) else {}
    view = {
        "type": question.question_type,
        "type_label": question.get_question_type_display(),
        "stem": _stem(question),
        "score": question.score,
        "difficulty": question.get_difficulty_display(),
        "options": _keyed(content, "options"),
        "blanks": len(content.get("blanks") or []),
        "left": _keyed(content, "left"),
        "right": _keyed(content, "right"),
        "ordering": _keyed(content, "items"),
        "instructions": _html(content.get("instructions")),
        "submission": _submission_labels(content.get("submission")),
        "rubric": [
            {"criterion": _html(r.get("criterion") if isinstance(r, dict) else r), "points": r.get("points")}
            for r in content.get("rubric") or []
            if isinstance(r, dict)
        ],
        "attachments": [
            {"name": str(a.get("name") or ""), "url": a["url"]}
            for a in content.get("attachments") or []
            if isinstance(a, dict) and isinstance(a.get("url"), str) and ATTACHMENT_PATH.match(a["url"])
        ],
        "reference_answer": _html(question.reference_answer),
        "explanation": _html(question.explanation),
        "sub_questions": [],
    }
    return view


def _part(case, part: dict):
    from cms.questions.models import Question

    return Question(
        course_id=case.course_id,
        question_type=part["question_type"],
        stem=part["stem"],
        content=part.get("content") or {},
        reference_answer=part.get("reference_answer", ""),
        explanation=part.get("explanation", ""),
        difficulty=part.get("difficulty", 3),
        score=part.get("score", "1"),
    )


def preview_context(question) -> dict:
    view = item_view(question)
    pending = getattr(question, "pending_parts", None)
    if pending is not None:  # a published case's edited parts, not live yet
        view["sub_questions"] = [item_view(_part(question, p)) for p in pending]
    elif question.question_type == "case" and question.pk:
        view["sub_questions"] = [item_view(s) for s in question.sub_questions.order_by("sort_order", "id")]
    return {"item": view, "question": question}
