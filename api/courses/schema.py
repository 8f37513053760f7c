"""Queries of the courses domain."""

import graphene
from django.utils.translation import gettext as _

from api.courses.types import Course
from cms.core.errors import DomainError, ErrorCode
from cms.majors import selectors


class CoursesQueries(graphene.ObjectType):
    course = graphene.Field(
        Course,
        id=graphene.ID(required=True, description="Course page id."),
        description="A published course; null when it does not exist or is not published.",
    )

    @staticmethod
    def resolve_course(root, info, id):
        try:
            course_id = int(id)
        except (TypeError, ValueError):
            raise DomainError(_("“%(id)s” is not a valid course id.") % {"id": id}, code=ErrorCode.INVALID_INPUT)
        return selectors.course_get(user=info.context.user, course_id=course_id)
