"""GraphQL types of the course portal (M6): template, level, course standard, team; live or the team's draft.

``CoursePortal`` reads a page object: the live page, or the newest revision's object for the team's
preview, whose child rows live in memory. Ask for it on one course at a time (like ``Course.graph``).
"""

import graphene
from wagtail.rich_text import expand_db_html

from api.core.dataloaders import announce, load
from api.courses import dataloaders as dl
from api.courses.types import TeacherRole
from cms.courses.models import CourseLevel as CourseLevelChoices
from cms.courses.models import GoalKind as GoalKindChoices
from cms.courses.models import PortalTemplate as PortalTemplateChoices
from cms.courses.portal import PortalStatus as PortalStatusValues

CourseLevel = graphene.Enum(
    "CourseLevel",
    [(c.name, c.value) for c in CourseLevelChoices],
    description="Introductory, intermediate or advanced.",
)
PortalTemplate = graphene.Enum(
    "PortalTemplate",
    [(c.name, c.value) for c in PortalTemplateChoices],
    description="Display template of the public course portal.",
)
GoalKind = graphene.Enum(
    "GoalKind", [(c.name, c.value) for c in GoalKindChoices], description="Knowledge, ability or quality goal."
)
PortalStatus = graphene.Enum(
    "PortalStatus",
    [
        ("PUBLISHED", PortalStatusValues.PUBLISHED),
        ("DRAFT", PortalStatusValues.DRAFT),
        ("IN_REVIEW", PortalStatusValues.IN_REVIEW),
        ("CHANGES_REQUESTED", PortalStatusValues.CHANGES_REQUESTED),
    ],
    description="Where the team's newest change to the portal is: live, saved, in review or sent back.",
)


class CourseGoal(graphene.ObjectType):
    id = graphene.ID(description="Database id; null for a row only in the draft.")
    kind = graphene.Field(GoalKind, required=True, description="Knowledge, ability or quality goal.")
    text = graphene.String(required=True, description="The goal.")


class TeachingMethod(graphene.ObjectType):
    id = graphene.ID(description="Database id; null for a row only in the draft.")
    name = graphene.String(required=True, description="Method, e.g. 项目教学.")
    description = graphene.String(required=True, description="How the course uses it.")


class AssessmentItem(graphene.ObjectType):
    id = graphene.ID(description="Database id; null for a row only in the draft.")
    name = graphene.String(required=True, description="Assessed part, e.g. 过程考核.")
    weight = graphene.Int(required=True, description="Weight in percent; a course's weights add up to 100.")
    description = graphene.String(required=True, description="How it is assessed.")


class StandardModule(graphene.ObjectType):
    id = graphene.ID(description="Outline item id; null for a row only in the draft.")
    title = graphene.String(required=True, description="Module title.")
    hours = graphene.Int(required=True, description="Teaching hours.")
    summary = graphene.String(required=True, description="Content of the module.")


class CourseStandard(graphene.ObjectType):
    """课程标准: goals, content and hours per module, teaching methods, assessment."""

    goals = graphene.List(graphene.NonNull(CourseGoal), required=True, description="Goals in order.")
    modules = graphene.List(graphene.NonNull(StandardModule), required=True, description="Content and hours.")
    methods = graphene.List(graphene.NonNull(TeachingMethod), required=True, description="Teaching methods.")
    assessment = graphene.List(graphene.NonNull(AssessmentItem), required=True, description="Assessment parts.")
    total_hours = graphene.Int(required=True, description="Sum of the modules' hours.")

    @staticmethod
    def resolve_goals(page, info):
        return list(page.goals.all())

    @staticmethod
    def resolve_modules(page, info):
        return list(page.outline_items.all())

    @staticmethod
    def resolve_methods(page, info):
        return list(page.teaching_methods.all())

    @staticmethod
    def resolve_assessment(page, info):
        return list(page.assessment_items.all())

    @staticmethod
    def resolve_total_hours(page, info):
        return sum(m.hours for m in page.outline_items.all())


class PortalTeacher(graphene.ObjectType):
    id = graphene.ID(description="Database id; null for a row only in the draft.")
    name = graphene.String(required=True, description="Name.")
    title = graphene.String(required=True, description="Professional title, e.g. 教授.")
    organisation = graphene.String(required=True, description="School or enterprise.")
    role = graphene.Field(TeacherRole, required=True, description="Lead or member.")
    bio = graphene.String(required=True, description="Short biography.")
    photo_url = graphene.String(description="Square photo, 160 px; null without one.")

    @staticmethod
    def resolve_photo_url(teacher, info):
        return load(info, dl.TeacherPhotoUrlLoader, teacher.photo_id) if teacher.photo_id else None


class CoursePortal(graphene.ObjectType):
    """What the public portal shows, in its template (M6)."""

    name = graphene.String(required=True, description="Course name.")
    template = graphene.Field(PortalTemplate, required=True, description="Display template.")
    level = graphene.Field(CourseLevel, required=True, description="Course level.")
    summary = graphene.String(required=True, description="One or two sentences, plain text.")
    intro = graphene.String(required=True, description="Introduction as safe HTML.")
    intro_source = graphene.String(
        required=True, description="Introduction as stored, for the team's editor; empty for everyone else."
    )
    cover_url = graphene.String(description="Cover picture 1200×500; null without one.")
    standard = graphene.Field(CourseStandard, required=True, description="The course standard.")
    teachers = graphene.List(graphene.NonNull(PortalTeacher), required=True, description="Teacher team.")

    @staticmethod
    def resolve_name(page, info):
        return page.title

    @staticmethod
    def resolve_template(page, info):
        return page.portal_template

    @staticmethod
    def resolve_intro(page, info):
        return expand_db_html(page.intro)

    @staticmethod
    def resolve_intro_source(page, info):
        from cms.courses.permissions import can_edit_course

        return page.intro if can_edit_course(info.context.user, page) else ""

    @staticmethod
    def resolve_cover_url(page, info):
        return load(info, dl.CoverUrlLoader, page.cover_id) if page.cover_id else None

    @staticmethod
    def resolve_standard(page, info):
        return page

    @staticmethod
    def resolve_teachers(page, info):
        return announce(info, "teacher_photo", list(page.teachers.all()), attr="photo_id")


class CoursePortalDraft(graphene.ObjectType):
    """The team's newest change to the portal and its review."""

    portal = graphene.Field(CoursePortal, required=True, description="The portal as the draft would show it.")
    status = graphene.Field(PortalStatus, required=True, description="Live, saved, in review or sent back.")
    updated_at = graphene.DateTime(description="When the newest revision was saved.")
    comment = graphene.String(required=True, description="The reviewer's reason when changes were requested.")

    @staticmethod
    def resolve_portal(draft, info):
        return draft.page


class CourseGoalInput(graphene.InputObjectType):
    kind = GoalKind(required=True, description="Knowledge, ability or quality goal.")
    text = graphene.String(required=True, description="The goal, at most 500 characters.")


class StandardModuleInput(graphene.InputObjectType):
    id = graphene.ID(description="Outline item to keep (its resources stay classified); empty for a new one.")
    title = graphene.String(required=True, description="Module title.")
    hours = graphene.Int(required=True, description="Teaching hours, 0–1000.")
    summary = graphene.String(default_value="", description="Content of the module.")


class TeachingMethodInput(graphene.InputObjectType):
    name = graphene.String(required=True, description="Method.")
    description = graphene.String(default_value="", description="How the course uses it.")


class AssessmentItemInput(graphene.InputObjectType):
    name = graphene.String(required=True, description="Assessed part.")
    weight = graphene.Int(required=True, description="Weight in percent; all weights add up to 100.")
    description = graphene.String(default_value="", description="How it is assessed.")


class PortalTeacherInput(graphene.InputObjectType):
    id = graphene.ID(description="Team member to keep (account link and photo stay); empty for a new one.")
    name = graphene.String(required=True, description="Name.")
    title = graphene.String(default_value="", description="Professional title.")
    organisation = graphene.String(default_value="", description="School or enterprise.")
    role = TeacherRole(required=True, description="Lead or member.")
    bio = graphene.String(default_value="", description="Short biography.")


class CoursePortalInput(graphene.InputObjectType):
    """The whole editable portal; lists replace the current rows in the given order."""

    template = PortalTemplate(required=True, description="Display template.")
    level = CourseLevel(required=True, description="Course level.")
    summary = graphene.String(required=True, description="One or two sentences, at most 240 characters.")
    intro = graphene.String(required=True, description="Introduction as HTML (h3, bold, italic, lists, links).")
    goals = graphene.List(graphene.NonNull(CourseGoalInput), required=True, description="Goals.")
    modules = graphene.List(graphene.NonNull(StandardModuleInput), required=True, description="Modules.")
    methods = graphene.List(graphene.NonNull(TeachingMethodInput), required=True, description="Teaching methods.")
    assessment = graphene.List(graphene.NonNull(AssessmentItemInput), required=True, description="Assessment.")
    teachers = graphene.List(graphene.NonNull(PortalTeacherInput), required=True, description="Teacher team.")
