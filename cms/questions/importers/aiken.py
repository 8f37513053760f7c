"""Aiken (C4, M5): Moodle's simplest text format, single choice only.

    G71 指令适用于哪类加工？
    A. 外圆粗车循环
    B. 螺纹切削
    ANSWER: A

A question is its stem (one or more lines), options lettered ``A.`` or ``A)`` (also ``A、`` and full-width
``A．``), then ``ANSWER: <letter>``. Questions are separated by blank lines. Formulas in ``$$…$$`` or
``\\(…\\)`` are kept.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from cms.questions.content import QuestionType
from cms.questions.importers.base import (
    Collector,
    ImportResult,
    ItemRejected,
    decode_text,
    new_item,
    reading,
    text_html,
)

OPTION = re.compile(r"^([A-Za-z])\s*[.)．、）]\s*(.*)$")
ANSWER = re.compile(r"^ANSWER\s*[:：]\s*(.*)$", re.IGNORECASE)


def _location(n: int, line: int) -> str:
    return _("question %(n)s (line %(line)s)") % {"n": n, "line": line}


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        _parse(decode_text(data), collector)
    return collector.finish()


def _blocks(text: str):
    """(first line number, lines) per question: a blank line or an ``ANSWER:`` line ends one."""
    block, start = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if block:
                yield start, block
                block = []
            continue
        if not block:
            start = number
        block.append((number, line))
        if ANSWER.match(line):
            yield start, block
            block = []
    if block:
        yield start, block


def _parse(text: str, collector: Collector) -> None:
    count = 0
    for count, (start, lines) in enumerate(_blocks(text), start=1):
        location = _location(count, start)
        try:
            item = _question(lines)
        except ItemRejected as error:
            collector.error(location, error.message)
            continue
        collector.add(location, item)
    if count == 0:
        collector.error("", _("The file holds no questions."))


def _question(lines: list[tuple[int, str]]):
    stem, options, answer = [], [], None
    for number, line in lines:
        answer_match = ANSWER.match(line)
        option_match = OPTION.match(line)
        if answer_match:
            answer = answer_match.group(1).strip().upper()
        elif option_match and (options or stem):
            key = option_match.group(1).upper()
            expected = chr(ord("A") + len(options))
            if key != expected:
                raise ItemRejected(
                    _("Line %(line)s: option “%(key)s” comes where “%(expected)s” was expected.")
                    % {"line": number, "key": key, "expected": expected}
                )
            options.append({"key": key, "text": text_html(option_match.group(2))})
        elif options:
            raise ItemRejected(
                _("Line %(line)s: after the options only “ANSWER: <letter>” may follow.") % {"line": number}
            )
        else:
            stem.append(line)
    if not stem:
        raise ItemRejected(_("The question text is missing."))
    if len(options) < 2:
        raise ItemRejected(_("A question needs at least two options (A., B., …)."))
    if answer is None:
        raise ItemRejected(_("The line “ANSWER: <letter>” is missing."))
    if not re.fullmatch(r"[A-Z]", answer):
        raise ItemRejected(
            _("“ANSWER: %(answer)s” must name exactly one option letter; Aiken holds single choice only.")
            % {"answer": answer}
        )
    return new_item(QuestionType.SINGLE, text_html("\n".join(stem)), {"options": options, "answer": answer})
