"""Save the course team's change to the portal as a draft, optionally sending it to review (M6)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.portal_types import CoursePortalDraft, CoursePortalInput
from cms.core.errors import DomainError, ErrorCode
from cms.courses import portal
from cms.majors import selectors as major_selectors


def _id(raw) -> int | None:
    if raw in (None, ""):
        return None
    try:
        return int(raw)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT) from error


def course_for(info, raw_id):
    """The published course the viewer may read, else a not-found refusal that leaks nothing."""
    course = major_selectors.course_get(user=info.context.user, course_id=_id(raw_id) or 0)
    if course is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field="course_id")
    return course


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


def portal_data(data) -> portal.PortalData:
    return portal.PortalData(
        portal_template=_value(data.template),
        level=_value(data.level),
        summary=data.summary,
        intro=data.intro,
        goals=[(_value(g.kind), g.text) for g in data.goals],
        modules=[
            portal.ModuleData(id=_id(m.id), title=m.title, hours=m.hours, summary=m.summary) for m in data.modules
        ],
        methods=[(m.name, m.description) for m in data.methods],
        assessment=[(a.name, a.weight, a.description) for a in data.assessment],
        teachers=[
            portal.TeacherData(
                id=_id(t.id), name=t.name, title=t.title, organisation=t.organisation, role=_value(t.role), bio=t.bio
            )
            for t in data.teachers
        ],
    )


class CoursePortalSave(DomainMutation):
    """Store the whole portal as a new draft revision; the live portal changes only after review approves it.
    Refused while a review is in progress, and for anyone outside the course team and editors."""

    class Arguments:
        course_id = graphene.ID(required=True, description="Course page id.")
        input = CoursePortalInput(required=True, description="The portal as it should become.")
        submit = graphene.Boolean(default_value=False, description="Also send the draft to review.")

    draft = graphene.Field(CoursePortalDraft, description="The saved draft and its review status.")

    @classmethod
    def perform(cls, root, info, course_id, input, submit=False):
        user = require_login(info)
        course = course_for(info, course_id)
        portal.course_portal_save(user=user, course=course, data=portal_data(input), submit=submit)
        course.refresh_from_db()
        return {"draft": portal.course_portal_draft(course, user)}
