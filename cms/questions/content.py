"""The answer key of each question type (C4, M5): its shape, checked once, for every way an item arrives.

Items come from the SPA editor, the admin and six import formats; they all end in ``content_clean``, which
returns the normalised answer key or raises ``ContentError`` naming the part and the reason, so an import
preview can say "item 12, option C: …" and nothing half-valid is stored. Stems, options and explanations are
HTML with formulas kept as LaTeX (rendered by KaTeX in the SPA); this module checks structure, not markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _


class QuestionType:
    """Item types; the code names the importers, the API and the scorer share."""

    SINGLE = "single"  # 单选题
    MULTIPLE = "multiple"  # 多选题
    TRUE_FALSE = "true_false"  # 判断题
    FILL_BLANK = "fill_blank"  # 填空题
    SHORT_ANSWER = "short_answer"  # 简答题
    ESSAY = "essay"  # 论述题
    MATCHING = "matching"  # 匹配题
    ORDERING = "ordering"  # 排序题
    CASE = "case"  # 案例分析题: a stem with sub-questions of any other type
    PRACTICAL = "practical"  # 实操题: instructions, attachments, a submission and a rubric

    ALL = (SINGLE, MULTIPLE, TRUE_FALSE, FILL_BLANK, SHORT_ANSWER, ESSAY, MATCHING, ORDERING, CASE, PRACTICAL)
    OBJECTIVE = (SINGLE, MULTIPLE, TRUE_FALSE, FILL_BLANK, MATCHING, ORDERING)


PARTIAL_RULES = ("none", "half", "proportional")
SUBMISSION_KINDS = ("file", "photo", "video", "text")
MAX_OPTIONS = 26
MAX_BLANKS = 50
MAX_ALTERNATIVES = 20
MAX_RUBRIC = 30
MAX_ATTACHMENTS = 10
ATTACHMENT_URL = "/questions/attachments/"  # stored by ``media.question_attachment_upload``
ATTACHMENT_PATH = re.compile(r"^/questions/attachments/[0-9a-f]{64}\.(pdf|docx|xlsx|pptx|zip|png|jpg|gif|webp)$")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


@dataclass
class ContentError(Exception):
    """Why an answer key is refused; ``part`` locates it (e.g. "options[2]", "blanks[1].answers")."""

    message: str
    part: str = ""

    def __str__(self) -> str:
        return f"{self.part}: {self.message}" if self.part else self.message


def _list(content: dict, key: str, limit: int, *, minimum: int = 1) -> list:
    value = content.get(key)
    if not isinstance(value, list):
        raise ContentError(_("Missing list."), key)
    if len(value) < minimum:
        raise ContentError(_("At least %(n)s needed.") % {"n": minimum}, key)
    if len(value) > limit:
        raise ContentError(_("At most %(n)s allowed.") % {"n": limit}, key)
    return value


def _text(value, part: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(_("Text is missing."), part)
    return value.strip()


def _keyed(content: dict, key: str, limit: int, minimum: int) -> list[dict]:
    rows, seen = [], set()
    for i, row in enumerate(_list(content, key, limit, minimum=minimum)):
        part = f"{key}[{i}]"
        if not isinstance(row, dict):
            raise ContentError(_("Expected an entry with a key and a text."), part)
        row_key = _text(str(row.get("key", "")), f"{part}.key")
        if row_key in seen:
            raise ContentError(_("The key “%(key)s” is used twice.") % {"key": row_key}, part)
        seen.add(row_key)
        rows.append({"key": row_key, "text": _text(row.get("text"), f"{part}.text")})
    return rows


def _partial(content: dict, default: str) -> str:
    rule = content.get("partial", default)
    if rule not in PARTIAL_RULES:
        raise ContentError(_("Unknown partial-credit rule “%(rule)s”.") % {"rule": rule}, "partial")
    return rule


def _choice(content: dict, multiple: bool) -> dict:
    options = _keyed(content, "options", MAX_OPTIONS, minimum=2)
    keys = {o["key"] for o in options}
    answer = content.get("answer")
    if multiple:
        if not isinstance(answer, list) or not answer:
            raise ContentError(_("Mark at least one correct option."), "answer")
        answer = list(dict.fromkeys(str(a) for a in answer))
    else:
        if isinstance(answer, list):
            answer = answer[0] if len(answer) == 1 else None
        if answer is None:
            raise ContentError(_("Mark exactly one correct option."), "answer")
        answer = str(answer)
    for key in answer if multiple else [answer]:
        if key not in keys:
            raise ContentError(_("The answer names option “%(key)s”, which does not exist.") % {"key": key}, "answer")
    cleaned = {"options": options, "answer": sorted(answer) if multiple else answer}
    if multiple:
        cleaned["partial"] = _partial(content, "half")
    return cleaned


def _blanks(content: dict) -> dict:
    blanks = []
    for i, blank in enumerate(_list(content, "blanks", MAX_BLANKS)):
        part = f"blanks[{i}]"
        if not isinstance(blank, dict):
            raise ContentError(_("Expected accepted answers for the blank."), part)
        answers = [
            _text(a, f"{part}.answers[{j}]")
            for j, a in enumerate(_list(blank, "answers", MAX_ALTERNATIVES) if "answers" in blank else [])
        ]
        if not answers:
            raise ContentError(_("Give at least one accepted answer."), f"{part}.answers")
        flags = {name: bool(blank.get(name, True)) for name in ("ignore_case", "ignore_spaces", "ignore_width")}
        blanks.append({"answers": answers, **flags})
    return {
        "blanks": blanks,
        "any_order": bool(content.get("any_order", False)),
        "partial": _partial(content, "proportional"),
    }


def _matching(content: dict) -> dict:
    left = _keyed(content, "left", MAX_OPTIONS, minimum=2)
    right = _keyed(content, "right", MAX_OPTIONS, minimum=2)
    answer = content.get("answer")
    if not isinstance(answer, dict):
        raise ContentError(_("Pair every left entry with a right one."), "answer")
    right_keys = {r["key"] for r in right}
    pairs = {}
    for row in left:
        target = answer.get(row["key"])
        if target is None:
            raise ContentError(_("“%(key)s” has no partner.") % {"key": row["key"]}, "answer")
        if str(target) not in right_keys:
            raise ContentError(
                _("“%(key)s” is paired with “%(target)s”, which does not exist.")
                % {"key": row["key"], "target": target},
                "answer",
            )
        pairs[row["key"]] = str(target)
    return {"left": left, "right": right, "answer": pairs, "partial": _partial(content, "proportional")}


def _ordering(content: dict) -> dict:
    items = _keyed(content, "items", MAX_OPTIONS, minimum=2)
    answer = content.get("answer")
    keys = [i["key"] for i in items]
    if not isinstance(answer, list) or sorted(map(str, answer)) != sorted(keys):
        raise ContentError(_("The correct order must name every item exactly once."), "answer")
    return {"items": items, "answer": [str(a) for a in answer], "partial": _partial(content, "none")}


def _practical(content: dict) -> dict:
    instructions = _text(content.get("instructions"), "instructions")
    submission = content.get("submission", ["file"])
    if not isinstance(submission, list) or not submission or any(s not in SUBMISSION_KINDS for s in submission):
        raise ContentError(_("Submission kinds are file, photo, video and text."), "submission")
    rubric = []
    for i, row in enumerate(_list(content, "rubric", MAX_RUBRIC)):
        part = f"rubric[{i}]"
        if not isinstance(row, dict):
            raise ContentError(_("Expected a criterion with points."), part)
        points = row.get("points")
        if not isinstance(points, int | float) or isinstance(points, bool) or points <= 0:
            raise ContentError(_("Points must be a positive number."), f"{part}.points")
        rubric.append({"criterion": _text(row.get("criterion"), f"{part}.criterion"), "points": points})
    key = {"instructions": instructions, "submission": list(dict.fromkeys(submission)), "rubric": rubric}
    attachments = _attachments(content)
    if attachments:
        key["attachments"] = attachments
    return key


def _attachments(content: dict) -> list[dict]:
    """Optional files handed to the learner: ``[{name, url}]``, each url one of our stored attachments."""
    if content.get("attachments") in (None, []):
        return []
    rows = []
    for i, row in enumerate(_list(content, "attachments", MAX_ATTACHMENTS)):
        part = f"attachments[{i}]"
        if not isinstance(row, dict):
            raise ContentError(_("Expected an attachment with a name and a link."), part)
        url = row.get("url")
        if not isinstance(url, str) or not ATTACHMENT_PATH.match(url):
            raise ContentError(_("The attachment must be a file uploaded to this site."), f"{part}.url")
        name = _UNSAFE_NAME.sub("_", _text(row.get("name"), f"{part}.name")).strip(" .")[:200]
        rows.append({"name": name or url.rsplit("/", 1)[-1], "url": url})
    return rows


def content_clean(question_type: str, content: dict | None) -> dict:
    """The normalised answer key of a ``question_type`` item, or ``ContentError``."""
    if question_type not in QuestionType.ALL:
        raise ContentError(_("Unknown question type “%(type)s”.") % {"type": question_type}, "type")
    content = content or {}
    if not isinstance(content, dict):
        raise ContentError(_("The answer key must be an object."))
    if question_type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return _choice(content, question_type == QuestionType.MULTIPLE)
    if question_type == QuestionType.TRUE_FALSE:
        if not isinstance(content.get("answer"), bool):
            raise ContentError(_("Say whether the statement is true or false."), "answer")
        return {"answer": content["answer"]}
    if question_type == QuestionType.FILL_BLANK:
        return _blanks(content)
    if question_type == QuestionType.MATCHING:
        return _matching(content)
    if question_type == QuestionType.ORDERING:
        return _ordering(content)
    if question_type == QuestionType.PRACTICAL:
        return _practical(content)
    return {}  # short answer, essay, case: graded by people or by their sub-questions
