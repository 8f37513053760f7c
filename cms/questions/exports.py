"""Exporting a course's question bank (C4, M5): Moodle XML and QTI 2.1, the team's latest drafts.

Case analyses and practical tasks have no counterpart in either format; they are left out and counted
(``BankExport.skipped``), as are items whose images cannot be read, so a bank rich in practical tasks still
exports its other items. The importers (``importers.moodle_xml``, ``importers.qti``) write the files; images
are embedded from the bank's storage (``imports.stored_image``), so an export imports again unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage
from cms.courses.permissions import can_edit_course
from cms.questions.content import QuestionType
from cms.questions.importers.moodle_xml import ExportError, export_moodle_xml
from cms.questions.importers.qti import export_qti
from cms.questions.imports import stored_image
from cms.questions.selectors import bank_items, bank_questions
from cms.questions.services import ItemData

EXPORTERS = {"moodle_xml": export_moodle_xml, "qti": export_qti}
NOT_EXPORTABLE = (QuestionType.CASE, QuestionType.PRACTICAL)
MAX_EXPORT_ITEMS = 5000


@dataclass
class BankExport:
    data: bytes
    count: int
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (question id, reason)


def bank_export(*, user, course: CoursePage, kind: str, ids: list[int] | None = None) -> BankExport:
    """The course's items (or the chosen ``ids`` of them) as a Moodle XML file or a QTI package."""
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can export this course's question bank."),
            code=ErrorCode.PERMISSION_DENIED,
        )
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise DomainError(_("Unknown export format."), code=ErrorCode.INVALID_INPUT, field="format")
    rows = bank_questions(course).order_by("pk")
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    rows = list(rows[: MAX_EXPORT_ITEMS + 1])
    if len(rows) > MAX_EXPORT_ITEMS:
        raise DomainError(
            _("Export at most %(n)s items at a time; choose some.") % {"n": MAX_EXPORT_ITEMS},
            code=ErrorCode.LIMIT_EXCEEDED,
        )
    skipped: list[tuple[int, str]] = []
    chosen: list[tuple[int, ItemData]] = []
    for item in bank_items(rows):
        draft = item.draft
        if draft.question_type in NOT_EXPORTABLE:
            skipped.append((item.row.pk, _("Case analyses and practical tasks cannot be exported to this format.")))
            continue
        chosen.append(
            (
                item.row.pk,
                ItemData(
                    question_type=draft.question_type,
                    stem=draft.stem,
                    content=draft.content,
                    reference_answer=draft.reference_answer,
                    explanation=draft.explanation,
                    difficulty=draft.difficulty,
                    score=draft.score,
                    tags=item.tags,
                ),
            )
        )
    while True:
        try:
            data = exporter([d for _pk, d in chosen], image_loader=stored_image)
            break
        except ExportError as error:  # drop the items that cannot be written and say why
            bad = {n - 1: reason for n, reason in error.problems}
            skipped.extend((chosen[i][0], reason) for i, reason in bad.items())
            chosen = [c for i, c in enumerate(chosen) if i not in bad]
    return BankExport(data=data, count=len(chosen), skipped=skipped)
