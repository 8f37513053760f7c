"""Reads of the knowledge Q&A (M7, issue 6)."""

from dataclasses import dataclass

from cms.courses.models import CoursePage
from cms.courses.permissions import can_edit_course
from cms.qa.models import CourseQuestion, CourseQuestionStatus, FaqEntry

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


MAX_QUESTIONS = 50  # page size cap of the posted-question lists


@dataclass
class CourseQuestionPage:
    questions: list[CourseQuestion]
    total: int


def _page(rows, *, limit: int, offset: int) -> CourseQuestionPage:
    limit = max(0, min(limit, MAX_QUESTIONS))
    offset = max(0, offset)
    return CourseQuestionPage(questions=list(rows[offset : offset + limit]), total=rows.count())


def course_open_questions(course: CoursePage, user, *, limit: int = 20, offset: int = 0) -> CourseQuestionPage | None:
    """The course's open posted questions, newest first, for the course team and editors (None for everyone
    else). The asker comes with each row (one join): the team sees their name, nothing else of the account."""
    if not can_edit_course(user, course):
        return None
    rows = (
        CourseQuestion.objects.filter(course_id=course.pk, status=CourseQuestionStatus.OPEN)
        .select_related("user")
        .order_by("-created_at", "-id")
    )
    return _page(rows, limit=limit, offset=offset)


def my_course_questions(course: CoursePage, user, *, limit: int = 20, offset: int = 0) -> CourseQuestionPage | None:
    """The questions ``user`` posted to the course, newest first, with their status and answers (None when
    logged out). Who answered comes with each row (one join)."""
    if user is None or not user.is_authenticated:
        return None
    rows = (
        CourseQuestion.objects.filter(course_id=course.pk, user_id=user.pk)
        .select_related("user", "answered_by")
        .order_by("-created_at", "-id")
    )
    return _page(rows, limit=limit, offset=offset)


def course_question_get(question_id: int) -> CourseQuestion | None:
    """A posted question by id; what the caller may do with it is the service's check."""
    return CourseQuestion.objects.select_related("course", "user").filter(pk=question_id).first()
