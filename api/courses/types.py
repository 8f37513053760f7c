"""GraphQL types of courses (C2, M6)."""

import graphene
from wagtail.rich_text import expand_db_html

from api.core.dataloaders import load
from api.courses import dataloaders as dl
from cms.courses.models import CourseKind as CourseKindChoices
from cms.courses.models import TeacherRole as TeacherRoleChoices

CourseKind = graphene.Enum("CourseKind", [(c.name, c.value) for c in CourseKindChoices], description="Kind of course.")
TeacherRole = graphene.Enum(
    "TeacherRole", [(c.name, c.value) for c in TeacherRoleChoices], description="Role in the teacher team."
)


class JobPosition(graphene.ObjectType):
    """A job position a skill point prepares for (职业岗位)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name, e.g. 数控车工.")
    description = graphene.String(required=True, description="What the job involves.")


class SkillPoint(graphene.ObjectType):
    """A must-master skill point of a course (技能点)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name of the skill point.")
    description = graphene.String(required=True, description="What the learner can do once mastered.")
    course = graphene.Field(lambda: Course, required=True, description="The course it belongs to.")
    job_positions = graphene.List(
        graphene.NonNull(JobPosition), required=True, description="Job positions this skill point maps to."
    )

    @staticmethod
    def resolve_course(point, info):
        return load(info, dl.CourseByIdLoader, point.course_id)

    @staticmethod
    def resolve_job_positions(point, info):
        return load(info, dl.JobPositionsByKnowledgePointLoader, point.pk)


class CourseTeacher(graphene.ObjectType):
    """A member of a course's teacher team."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name.")
    title = graphene.String(required=True, description="Professional title, e.g. 教授.")
    organisation = graphene.String(required=True, description="School or enterprise.")
    role = graphene.Field(TeacherRole, required=True, description="Lead or member.")
    bio = graphene.String(required=True, description="Short biography.")


class OutlineItem(graphene.ObjectType):
    """One chapter of a course outline."""

    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Chapter title.")
    summary = graphene.String(required=True, description="What the chapter covers.")
    hours = graphene.Int(required=True, description="Teaching hours.")


class Course(graphene.ObjectType):
    """A published course of a major."""

    id = graphene.ID(required=True, description="Page id; the SPA route is /courses/<id>.")
    slug = graphene.String(required=True, description="URL slug.")
    name = graphene.String(required=True, description="Course name.")
    kind = graphene.Field(CourseKind, required=True, description="Foundation or core course.")
    summary = graphene.String(required=True, description="One or two sentences, plain text.")
    intro = graphene.String(required=True, description="Introduction as safe HTML.")
    hours = graphene.Int(required=True, description="Teaching hours.")
    credits = graphene.Float(required=True, description="Credits.")
    semester = graphene.Int(description="Semester it is usually taught in (1..).")
    major = graphene.Field("api.majors.types.Major", required=True, description="The major it belongs to.")
    skill_points = graphene.List(graphene.NonNull(SkillPoint), required=True, description="Must-master skill points.")
    teachers = graphene.List(graphene.NonNull(CourseTeacher), required=True, description="Teacher team.")
    outline = graphene.List(graphene.NonNull(OutlineItem), required=True, description="Course outline.")
    prerequisites = graphene.List(
        graphene.NonNull(lambda: Course), required=True, description="Courses to learn before this one."
    )

    @staticmethod
    def resolve_name(course, info):
        return course.title

    @staticmethod
    def resolve_intro(course, info):
        return expand_db_html(course.intro)

    @staticmethod
    def resolve_major(course, info):
        return load(info, dl.MajorByPathLoader, dl.parent_path(course))

    @staticmethod
    def resolve_skill_points(course, info):
        return load(info, dl.SkillPointsByCourseLoader, course.pk)

    @staticmethod
    def resolve_teachers(course, info):
        return load(info, dl.TeachersByCourseLoader, course.pk)

    @staticmethod
    def resolve_outline(course, info):
        return load(info, dl.OutlineByCourseLoader, course.pk)

    @staticmethod
    def resolve_prerequisites(course, info):
        return load(info, dl.PrerequisitesByCourseLoader, course.pk)
