"""Reads of the knowledge Q&A (M7, issue 6)."""

from dataclasses import dataclass

from cms.courses.models import CoursePage
from cms.qa.models import FaqEntry

MAX_FAQ_ENTRIES = 100  # a page size cap (house rule 6): the course page shows the FAQ, not an archive


@dataclass
class CourseFaq:
    entries: list[FaqEntry]
    total: int


def course_faq(course: CoursePage, *, limit: int = 50, offset: int = 0) -> CourseFaq:
    """The course's FAQ entries in course order, at most ``MAX_FAQ_ENTRIES`` at a time.

    The FAQ is public wherever the course is: the caller has already checked the course is readable.
    """
    limit = max(0, min(limit, MAX_FAQ_ENTRIES))
    offset = max(0, offset)
    rows = FaqEntry.objects.filter(course_id=course.pk).order_by("id")
    return CourseFaq(entries=list(rows[offset : offset + limit]), total=rows.count())
