"""Automatic scoring of objective items (L5, C4), with the partial-credit rule each answer key carries.

``score(question_type, content, max_points, response)`` works on a cleaned answer key (``content_clean``) and
the learner's response as the attempt engine stores it. Objective types return points at once; short answer,
essay and practical tasks return ``needs_grading`` (a teacher, or peers with the rubric, decide later); a case
analysis is the sum of its sub-questions (``case_score``). Amounts are ``Decimal`` rounded to 0.01 so totals
add up exactly.

Partial credit:
- multiple choice — ``none``: all or nothing; ``half`` (default): a correct subset with no wrong option earns
  half; ``proportional``: each correct option chosen earns its share, any wrong option earns nothing;
- blanks (default ``proportional``) and matching (default ``proportional``): each right blank or pair earns its
  share; ``none``: all or nothing;
- ordering (default ``none``): all or nothing; ``proportional``: each item in its right place earns its share.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from cms.questions.content import QuestionType

CENT = Decimal("0.01")


@dataclass
class Score:
    points: Decimal | None  # None until a person grades it
    max_points: Decimal
    needs_grading: bool = False
    correct: bool | None = None  # whole item right (None for items graded by people)
    parts: list[bool] = field(default_factory=list)  # per blank / pair / position, where that means something


def _money(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def normalise_blank(text: str, *, ignore_case: bool, ignore_spaces: bool, ignore_width: bool) -> str:
    """A blank's answer as compared: full-width forms folded (Ｍ６ → M6, ＋ → +), spaces and case ignored."""
    value = text.strip()
    if ignore_width:
        value = unicodedata.normalize("NFKC", value)
    if ignore_spaces:
        value = "".join(value.split())
    if ignore_case:
        value = value.casefold()
    return value


def _share(max_points: Decimal, right: int, total: int) -> Decimal:
    return _money(max_points * right / total) if total else Decimal("0.00")


def _choice(content: dict, max_points: Decimal, response) -> Score:
    if isinstance(content["answer"], str):  # single choice
        chosen = response if isinstance(response, str) else None
        right = chosen == content["answer"]
        return Score(max_points if right else Decimal("0.00"), max_points, correct=right)
    chosen = {str(r) for r in response} if isinstance(response, list) else set()
    answer = set(content["answer"])
    if chosen == answer:
        return Score(max_points, max_points, correct=True)
    wrong = chosen - answer
    hits = len(chosen & answer)
    rule = content.get("partial", "half")
    if wrong or not hits or rule == "none":
        points = Decimal("0.00")
    elif rule == "half":
        points = _money(max_points / 2)
    else:
        points = _share(max_points, hits, len(answer))
    return Score(points, max_points, correct=False)


def _blanks(content: dict, max_points: Decimal, response) -> Score:
    given = [str(r) if r is not None else "" for r in response] if isinstance(response, list) else []
    blanks = content["blanks"]
    given += [""] * (len(blanks) - len(given))

    def accepted(blank: dict) -> set[str]:
        flags = {k: blank[k] for k in ("ignore_case", "ignore_spaces", "ignore_width")}
        return {normalise_blank(a, **flags) for a in blank["answers"]}

    def matches(blank: dict, text: str) -> bool:
        flags = {k: blank[k] for k in ("ignore_case", "ignore_spaces", "ignore_width")}
        return bool(text.strip()) and normalise_blank(text, **flags) in accepted(blank)

    if content.get("any_order"):
        # Interchangeable blanks: each answer fills at most one blank that accepts it (greedy is exact here,
        # since interchangeable blanks accept the same set or disjoint ones in practice).
        unused = list(given[: len(blanks)])
        parts = []
        for blank in blanks:
            found = next((i for i, text in enumerate(unused) if matches(blank, text)), None)
            parts.append(found is not None)
            if found is not None:
                unused.pop(found)
    else:
        parts = [matches(blank, text) for blank, text in zip(blanks, given, strict=False)]
    right = sum(parts)
    if right == len(blanks):
        points = max_points
    elif content.get("partial", "proportional") == "none":
        points = Decimal("0.00")
    else:
        points = _share(max_points, right, len(blanks))
    return Score(points, max_points, correct=right == len(blanks), parts=parts)


def _matching(content: dict, max_points: Decimal, response) -> Score:
    given = response if isinstance(response, dict) else {}
    parts = [str(given.get(left, "")) == right for left, right in content["answer"].items()]
    right = sum(parts)
    if right == len(parts):
        points = max_points
    elif content.get("partial", "proportional") == "none":
        points = Decimal("0.00")
    else:
        points = _share(max_points, right, len(parts))
    return Score(points, max_points, correct=right == len(parts), parts=parts)


def _ordering(content: dict, max_points: Decimal, response) -> Score:
    given = [str(r) for r in response] if isinstance(response, list) else []
    answer = content["answer"]
    parts = [i < len(given) and given[i] == key for i, key in enumerate(answer)]
    right = sum(parts)
    if right == len(answer):
        points = max_points
    elif content.get("partial", "none") == "proportional":
        points = _share(max_points, right, len(answer))
    else:
        points = Decimal("0.00")
    return Score(points, max_points, correct=right == len(answer), parts=parts)


def score(question_type: str, content: dict, max_points, response) -> Score:
    """Points for ``response`` to an item of ``question_type`` whose cleaned answer key is ``content``."""
    max_points = _money(max_points)
    if question_type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return _choice(content, max_points, response)
    if question_type == QuestionType.TRUE_FALSE:
        right = isinstance(response, bool) and response == content["answer"]
        return Score(max_points if right else Decimal("0.00"), max_points, correct=right)
    if question_type == QuestionType.FILL_BLANK:
        return _blanks(content, max_points, response)
    if question_type == QuestionType.MATCHING:
        return _matching(content, max_points, response)
    if question_type == QuestionType.ORDERING:
        return _ordering(content, max_points, response)
    return Score(None, max_points, needs_grading=True)


def case_score(parts: list[Score]) -> Score:
    """A case analysis: the sum of its sub-questions; waiting for grading while any part is."""
    max_points = sum((p.max_points for p in parts), Decimal("0.00"))
    if any(p.needs_grading for p in parts):
        return Score(None, max_points, needs_grading=True)
    points = sum((p.points for p in parts), Decimal("0.00"))
    return Score(points, max_points, correct=all(p.correct for p in parts))


def rubric_score(content: dict, awarded: list) -> Score:
    """A practical task graded with its rubric: ``awarded`` holds the points given per criterion."""
    rubric = content["rubric"]
    max_points = _money(sum(Decimal(str(r["points"])) for r in rubric))
    if len(awarded) != len(rubric):
        raise ValueError("one award per rubric criterion")
    total = Decimal("0.00")
    for row, given in zip(rubric, awarded, strict=True):
        given = Decimal(str(given))
        if given < 0 or given > Decimal(str(row["points"])):
            raise ValueError(f"award {given} outside 0..{row['points']} for {row['criterion']}")
        total += given
    return Score(_money(total), max_points, correct=total == max_points)
