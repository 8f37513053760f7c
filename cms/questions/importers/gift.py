"""GIFT (C4, M5): Moodle's text format, one question per paragraph with its answers in braces.

- ``::title::`` names a question (used in error locations), ``[html]`` makes its text HTML, lines starting with
  ``//`` are comments and ``$CATEGORY:`` lines are ignored.
- ``{=right ~wrong ~wrong}`` single choice; ``{~%50%a ~%50%b ~%-100%c}`` multiple choice (every option with a
  positive weight is right; scored proportionally); ``{T}`` / ``{F}`` true or false; ``{=a =b}`` a blank with
  accepted answers; ``{=left -> right …}`` matching (``= -> x`` adds a distractor); ``{}`` an essay. Text after
  the braces makes them a blank in the middle of the stem (shown as ``____``). ``####text`` is the explanation;
  per-answer ``#feedback`` is dropped.
- Escapes ``\\: \\= \\~ \\# \\{ \\}``; ``\\n`` is a line break. Formulas in ``$$…$$`` (or ``\\(…\\)``) become
  ``data-latex`` spans; inside them GIFT's special characters need no escaping.
- Numerical questions (``{#…}``) have no counterpart in the bank and are refused with their location.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from cms.questions.content import QuestionType
from cms.questions.importers.base import (
    BLANK,
    Collector,
    ImportResult,
    ItemRejected,
    decode_text,
    new_item,
    option_key,
    reading,
    rich_html,
    text_html,
)

SPECIAL = ":=~#{}"
MASK = {char: chr(0xE000 + i) for i, char in enumerate(SPECIAL)}
UNMASK = str.maketrans({v: k for k, v in MASK.items()})
ESCAPE = re.compile(r"\\([:=~#{}])")
NEWLINE = re.compile(r"\\n(?![A-Za-z])")
FORMULA = re.compile(r"\$\$.+?\$\$|\\\(.+?\\\)|\\\[.+?\\\]", re.DOTALL)
FORMAT = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
TRUE_FALSE = re.compile(r"\s*(T|TRUE|F|FALSE)\s*(#.*)?", re.IGNORECASE | re.DOTALL)


def _mask(text: str) -> str:
    """Escaped characters and every special character inside a formula stop being syntax."""
    text = ESCAPE.sub(lambda m: MASK[m.group(1)], text)
    text = NEWLINE.sub("\n", text)
    return FORMULA.sub(lambda m: m.group(0).translate(str.maketrans(MASK)), text)


def _restore(text: str) -> str:
    return text.translate(UNMASK)


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        _parse(decode_text(data), collector)
    return collector.finish()


def _chunks(text: str):
    """(first line, masked text) per question: blank lines separate them, except a blank line inside the
    answers (a paragraph with an open brace followed by one that closes it)."""
    chunks: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 0
    for number, raw in enumerate([*text.split("\n"), ""], start=1):
        stripped = raw.strip()
        if stripped.startswith("//") or stripped.upper().startswith("$CATEGORY:"):
            continue
        if stripped:
            if not lines:
                start = number
            lines.append(raw.rstrip())
        elif lines:
            chunks.append((start, _mask("\n".join(lines))))
            lines = []
    merged: list[tuple[int, str]] = []
    for start, chunk in chunks:
        if merged:
            previous = merged[-1][1]
            if previous.count("{") > previous.count("}") and chunk.count("}") > chunk.count("{"):
                merged[-1] = (merged[-1][0], previous + "\n" + chunk)
                continue
        merged.append((start, chunk))
    return merged


def _parse(text: str, collector: Collector) -> None:
    count = 0
    for count, (line, chunk) in enumerate(_chunks(text), start=1):
        title = ""
        match = re.match(r"\s*::(.*?)::", chunk, re.DOTALL)
        if match:
            title = _restore(match.group(1)).strip()
            chunk = chunk[match.end() :]
        if title:
            location = _("question %(n)s “%(title)s” (line %(line)s)") % {"n": count, "title": title, "line": line}
        else:
            location = _("question %(n)s (line %(line)s)") % {"n": count, "line": line}
        notes: list[str] = []
        try:
            item = _question(chunk, notes)
        except ItemRejected as error:
            collector.error(location, error.message)
            continue
        if collector.add(location, item):
            for note in notes:
                collector.warn(location, note)
    if count == 0:
        collector.error("", _("The file holds no questions."))


def _question(chunk: str, notes: list[str]):
    html = False
    match = FORMAT.match(chunk)
    if match:
        html = match.group(1).lower() == "html"
        chunk = chunk[match.end() :]

    def convert(text: str) -> str:
        text = _restore(text).strip()
        return rich_html(text) if html else text_html(text)

    opening = chunk.find("{")
    if opening < 0:
        raise ItemRejected(_("The answers in braces { } are missing (write {} for an essay)."))
    closing = chunk.find("}", opening)
    if closing < 0:
        raise ItemRejected(_("The answers’ closing brace } is missing."))
    before, block, after = chunk[:opening], chunk[opening + 1 : closing], chunk[closing + 1 :]
    if "{" in after or "}" in after or "}" in before:
        raise ItemRejected(_("A question has one set of answers in braces; escape other braces as \\{ \\}."))
    stem_text = before.strip() + (f" {BLANK} " + after.strip() if after.strip() else "")
    stem = convert(stem_text)
    explanation = ""
    if "####" in block:
        block, explanation = block.split("####", 1)
        explanation = convert(explanation)
    if not block.strip():
        return new_item(QuestionType.ESSAY, stem, explanation=explanation)
    if TRUE_FALSE.fullmatch(block):
        answer = TRUE_FALSE.fullmatch(block).group(1).upper().startswith("T")
        return new_item(QuestionType.TRUE_FALSE, stem, {"answer": answer}, explanation=explanation)
    if block.lstrip().startswith("#"):
        raise ItemRejected(_("Numerical questions ({#…}) are not supported; write the number as a blank {=…}."))
    answers = _answers(block)
    if any(a["pair"] is not None for a in answers):
        content = _matching(answers, convert)
        return new_item(QuestionType.MATCHING, stem, content, explanation=explanation)
    if all(a["mark"] == "=" for a in answers):
        if any(a["weight"] is not None and a["weight"] < 100 for a in answers):
            raise ItemRejected(_("Partial credit for an accepted answer is not supported; accept it fully or drop it."))
        blank = {"answers": [_restore(a["text"]).strip() for a in answers]}
        return new_item(QuestionType.FILL_BLANK, stem, {"blanks": [blank]}, explanation=explanation)
    return _choice(stem, answers, convert, explanation, notes)


def _answers(block: str) -> list[dict]:
    pieces = re.split(r"([=~])", block)
    if pieces[0].strip():
        raise ItemRejected(_("Each answer starts with = (right) or ~ (wrong)."))
    answers = []
    for mark, body in zip(pieces[1::2], pieces[2::2], strict=True):
        weight = None
        match = WEIGHT.match(body)
        if match:
            weight = float(match.group(1))
            body = body[match.end() :]
        body = body.split("#", 1)[0]  # per-answer feedback
        pair = None
        if "->" in body:
            body, pair = body.split("->", 1)
            if mark != "=":
                raise ItemRejected(_("Matching pairs start with =."))
        answers.append({"mark": mark, "weight": weight, "text": body, "pair": pair})
    return answers


def _matching(answers: list[dict], convert) -> dict:
    left, right, pairs = [], [], {}
    right_keys: dict[str, str] = {}
    for answer in answers:
        if answer["pair"] is None:
            raise ItemRejected(_("In a matching question every answer is a pair “=left -> right”."))
        target = convert(answer["pair"])
        if not target:
            raise ItemRejected(_("A matching pair has nothing after “->”."))
        if target not in right_keys:
            right_keys[target] = option_key(len(right))
            right.append({"key": right_keys[target], "text": target})
        text = convert(answer["text"])
        if text:  # "= -> x" only adds a distractor
            key = str(len(left) + 1)
            left.append({"key": key, "text": text})
            pairs[key] = right_keys[target]
    return {"left": left, "right": right, "answer": pairs}


def _choice(stem: str, answers: list[dict], convert, explanation: str, notes: list[str]):
    if len(answers) > 26:
        raise ItemRejected(_("A question has at most 26 options."))
    options = [{"key": option_key(i), "text": convert(a["text"])} for i, a in enumerate(answers)]
    marked = [option_key(i) for i, a in enumerate(answers) if a["mark"] == "="]
    weighted = [option_key(i) for i, a in enumerate(answers) if a["mark"] == "~" and (a["weight"] or 0) > 0]
    if len(marked) > 1:
        raise ItemRejected(_("Several options are marked right with =; for multiple choice use %weights% (~%50%…)."))
    if marked:
        for key in weighted:
            notes.append(
                _("Partial credit for option %(key)s is dropped: a single choice has one right answer.") % {"key": key}
            )
        return new_item(QuestionType.SINGLE, stem, {"options": options, "answer": marked[0]}, explanation=explanation)
    if not weighted:
        raise ItemRejected(_("No answer is marked right (= or a positive %weight%)."))
    if len(weighted) == 1:
        return new_item(QuestionType.SINGLE, stem, {"options": options, "answer": weighted[0]}, explanation=explanation)
    content = {"options": options, "answer": weighted, "partial": "proportional"}
    return new_item(QuestionType.MULTIPLE, stem, content, explanation=explanation)
