"""Question import (C4, M5): one module per file format, each with ``parse(data, *, filename) -> ImportResult``.

See ``base`` for the result shapes and the limits, and cms/questions/README.md for each format's rules.
"""

from cms.questions.importers.base import ExtractedImage, ImportIssue, ImportResult, ParsedItem

__all__ = ["ExtractedImage", "ImportIssue", "ImportResult", "ParsedItem"]
