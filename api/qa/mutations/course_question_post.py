"""Post a question the FAQ could not answer to the course Q&A (M7, issue 6)."""

import graphene
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.qa.common import course_for, question_text
from api.qa.types import CourseQuestion
from cms.core.errors import DomainError, ErrorCode
from cms.qa import services
from cms.qa.models import CourseQuestion as CourseQuestionModel

POST_MAX_CHARS = CourseQuestionModel._meta.get_field("text").max_length


class CourseQuestionPost(DomainMutation):
    """Post a question to the course team (logged-in users); the same open question is not posted twice."""

    class Arguments:
        course_id = graphene.ID(required=True, description="Course page id.")
        text = graphene.String(required=True, description="The question (at most 500 characters).")

    question = graphene.Field(CourseQuestion, description="The posted question.")

    @classmethod
    def perform(cls, root, info, course_id, text):
        user = require_login(info)
        course = course_for(info, course_id)
        text = question_text(text, limit=POST_MAX_CHARS)
        try:
            return {"question": services.course_question_post(course=course, user=user, text=text)}
        except PermissionDenied as error:
            raise DomainError(str(error), code=ErrorCode.PERMISSION_DENIED) from error
        except ValidationError as error:
            message = (
                next(iter(error.message_dict.values()))[0] if hasattr(error, "message_dict") else error.messages[0]
            )
            raise DomainError(message or _("Invalid question."), field="text") from error
