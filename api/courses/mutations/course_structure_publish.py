"""courseStructurePublish (M5, T1): freeze the working structure as the next version."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import course_for
from api.courses.types import CourseStructure
from cms.courses import selectors, services


class CourseStructurePublish(DomainMutation):
    """Freeze the working structure as the next version that learners see."""

    class Arguments:
        course_id = graphene.ID(required=True, description="The course.")

    version = graphene.Int(description="The new version number.")
    structure = graphene.Field(CourseStructure, description="The published structure.")

    @classmethod
    def perform(cls, root, info, course_id):
        user = require_login(info)
        course = course_for(info, course_id)
        version = services.course_structure_publish(user=user, course=course)
        return {
            "version": version.number,
            "structure": selectors.course_outline(course, user, version=version.number),
        }
