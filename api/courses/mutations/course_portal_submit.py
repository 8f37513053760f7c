"""Send the saved portal draft to review, or back to it after the requested changes (M6)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.course_portal_save import course_for
from api.courses.portal_types import CoursePortalDraft
from cms.courses import portal


class CoursePortalSubmit(DomainMutation):
    """Start the course portal review of the newest draft. For the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="Course page id.")

    draft = graphene.Field(CoursePortalDraft, description="The draft and its review status.")

    @classmethod
    def perform(cls, root, info, course_id):
        user = require_login(info)
        course = course_for(info, course_id)
        portal.course_portal_submit(user=user, course=course)
        course.refresh_from_db()
        return {"draft": portal.course_portal_draft(course, user)}
