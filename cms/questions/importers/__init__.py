"""Question import (C4, M5): one module per file format, each with ``parse(data, *, filename) -> ImportResult``.

``parse(data, filename=…, kind=None)`` here picks the module by ``kind`` (a key of ``FORMATS``) or, when
it is None, by the file's name and first bytes. See ``base`` for the result shapes and the limits, and
cms/questions/README.md for each format's rules.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from cms.questions.importers import aiken, excel, gift, moodle_xml, qti, word
from cms.questions.importers.base import ExtractedImage, ImportIssue, ImportResult, ParsedItem, SafeZip

FORMATS = {"aiken": aiken, "gift": gift, "moodle_xml": moodle_xml, "excel": excel, "qti": qti, "word": word}


def detect_format(data: bytes, filename: str) -> str | None:
    """The format key of a file from its name and content, or None."""
    name = filename.lower()
    head = data[:4096]
    if data[:2] == b"PK":
        if name.endswith(".xlsx"):
            return "excel"
        if name.endswith(".docx"):
            return "word"
        try:
            names = SafeZip(data).names()
        except Exception:  # not a readable zip: let the QTI reader say why
            return "qti"
        if "xl/workbook.xml" in names:
            return "excel"
        if "word/document.xml" in names:
            return "word"
        return "qti"
    if re.search(rb"<quiz[\s>]", head):
        return "moodle_xml"
    if re.search(rb"<(\w+:)?assessmentItem[\s>]", head):
        return "qti"
    if re.search(rb"^ANSWER\s*(:|\xef\xbc\x9a)", data, re.MULTILINE | re.IGNORECASE):
        return "aiken"
    if name.endswith(".gift") or re.search(rb"\{[^}]*[=~]|::|\{\s*\}", head):
        return "gift"
    return None


def parse(data: bytes, *, filename: str, kind: str | None = None) -> ImportResult:
    """Read ``data`` with the importer of ``kind`` (or the one its name and content point to)."""
    key = kind or detect_format(data, filename)
    module = FORMATS.get(key or "")
    if module is None:
        result = ImportResult()
        result.errors.append(
            ImportIssue(
                filename,
                _("The file’s format is not recognised; use Word, Excel, Moodle XML, GIFT, Aiken or QTI 2.1."),
            )
        )
        return result
    return module.parse(data, filename=filename)


__all__ = ["FORMATS", "ExtractedImage", "ImportIssue", "ImportResult", "ParsedItem", "detect_format", "parse"]
