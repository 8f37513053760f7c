"""Shared parts of the Q&A API: finding the course without leaking what exists, and the question length cap."""

from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.majors import selectors
from cms.qa import selectors as qa_selectors


def course_for(info, raw_id, *, field: str = "course_id"):
    """The published course ``raw_id`` the viewer may read, or a NOT_FOUND error."""
    try:
        course_id = int(raw_id)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error
    course = selectors.course_get(user=info.context.user, course_id=course_id)
    if course is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return course


def question_text(text: str, *, limit: int, field: str = "text") -> str:
    """The question trimmed; refused (not silently cut) when longer than ``limit`` characters."""
    text = (text or "").strip()
    if len(text) > limit:
        raise DomainError(
            _("Keep the question to %(limit)d characters (it has %(count)d).") % {"limit": limit, "count": len(text)},
            code=ErrorCode.LIMIT_EXCEEDED,
            field=field,
        )
    return text


def posted_question_for(info, raw_id, *, field: str = "question_id"):
    """The posted question ``raw_id``, or a NOT_FOUND error; who may act on it is the service's check."""
    try:
        question_id = int(raw_id)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error
    question = qa_selectors.course_question_get(question_id)
    if question is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return question
