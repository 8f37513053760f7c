"""GraphQL types of a major, its training program (C1) and its course-system graph (C2)."""

import graphene

from api.core.dataloaders import announce, load, loaders
from api.courses import dataloaders as course_dl
from api.courses.types import Course, JobPosition
from api.majors import dataloaders as dl
from cms.accounts.models import LibraryRole
from cms.accounts.models import OrganisationKind as OrganisationKindChoices
from cms.majors import selectors
from cms.majors.models import (
    CertificateKind as CertificateKindChoices,
)
from cms.majors.models import (
    CourseRelationKind as CourseRelationKindChoices,
)
from cms.majors.models import (
    CourseSettingCategory as CourseSettingCategoryChoices,
)
from cms.majors.models import (
    PracticeKind as PracticeKindChoices,
)
from cms.majors.models import (
    split_lines,
)


def _enum(name: str, choices, description: str) -> type[graphene.Enum]:
    return graphene.Enum(name, [(c.name, c.value) for c in choices], description=description)


OrganisationKind = _enum("OrganisationKind", OrganisationKindChoices, "School, enterprise or other body.")
OrganisationRole = _enum("OrganisationRole", LibraryRole, "Host or participating institution of the library.")
CourseSettingCategory = _enum("CourseSettingCategory", CourseSettingCategoryChoices, "Block of the course settings.")
PracticeKind = _enum("PracticeKind", PracticeKindChoices, "Kind of practice component.")
CertificateKind = _enum("CertificateKind", CertificateKindChoices, "Kind of certificate.")
CourseRelationKind = _enum(
    "CourseRelationKind", CourseRelationKindChoices, "PREREQUISITE: source before target. RELATED: association."
)


def _courses(info, courses: list) -> list:
    """Announce a course list and prime the by-id loader so edges resolve without extra queries."""
    by_id = loaders(info).get(course_dl.CourseByIdLoader)
    for course in courses:
        by_id.prime(course.pk, course)
    return announce(info, "course", courses)


class Organisation(graphene.ObjectType):
    """A host or participating institution."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Full name.")
    short_name = graphene.String(required=True, description="Short name.")
    kind = graphene.Field(OrganisationKind, required=True, description="School, enterprise or other.")
    role = graphene.Field(OrganisationRole, required=True, description="Host or participating.")
    website = graphene.String(required=True, description="Website URL, may be empty.")

    @staticmethod
    def resolve_role(organisation, info):
        return organisation.library_role


class CourseSetting(graphene.ObjectType):
    """Credits and hours of one block of the course settings."""

    id = graphene.ID(required=True, description="Database id.")
    category = graphene.Field(CourseSettingCategory, required=True, description="Block.")
    credits = graphene.Float(required=True, description="Credits.")
    hours = graphene.Int(required=True, description="Total hours.")
    practice_hours = graphene.Int(required=True, description="Hours of practice teaching within them.")
    course_names = graphene.List(graphene.NonNull(graphene.String), required=True, description="Courses listed.")

    @staticmethod
    def resolve_course_names(setting, info):
        return split_lines(setting.course_names)


class PracticeComponent(graphene.ObjectType):
    """A practice component (实训, 岗位实习 …)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name.")
    kind = graphene.Field(PracticeKind, required=True, description="Kind.")
    hours = graphene.Int(required=True, description="Hours.")
    credits = graphene.Float(required=True, description="Credits.")
    semester = graphene.String(required=True, description="When, e.g. 第5学期.")
    description = graphene.String(required=True, description="What learners do.")


class Certificate(graphene.ObjectType):
    """A certificate linked into the program (书证融通 / 1+X)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name.")
    kind = graphene.Field(CertificateKind, required=True, description="Kind.")
    level = graphene.String(required=True, description="Level, e.g. 中级.")
    issuer = graphene.String(required=True, description="Issuing organisation.")
    courses = graphene.List(graphene.NonNull(Course), required=True, description="Courses that prepare for it.")

    @staticmethod
    def resolve_courses(certificate, info):
        return load(info, dl.CoursesByCertificateLoader, certificate.pk)


class TrainingProgram(graphene.ObjectType):
    """Core elements of the talent-training program (C1)."""

    training_goal = graphene.String(required=True, description="Training goal paragraph.")
    abilities = graphene.List(graphene.NonNull(graphene.String), required=True, description="Requirements.")
    course_settings = graphene.List(graphene.NonNull(CourseSetting), required=True, description="Course settings.")
    practice_components = graphene.List(
        graphene.NonNull(PracticeComponent), required=True, description="Practice components."
    )
    graduation_requirements = graphene.List(
        graphene.NonNull(graphene.String), required=True, description="Graduation requirements."
    )
    certificates = graphene.List(graphene.NonNull(Certificate), required=True, description="Linked certificates.")
    total_hours = graphene.Int(required=True, description="Course-setting hours plus practice-component hours.")
    total_credits = graphene.Float(required=True, description="Course-setting credits plus practice credits.")
    practice_hours_ratio = graphene.Float(
        required=True, description="Share of practice teaching in total hours, 0..1 (guideline: at least 0.5)."
    )

    @staticmethod
    def resolve_abilities(major, info):
        return split_lines(major.abilities)

    @staticmethod
    def resolve_graduation_requirements(major, info):
        return split_lines(major.graduation_requirements)

    @staticmethod
    def resolve_course_settings(major, info):
        return load(info, dl.CourseSettingsByMajorLoader, major.pk)

    @staticmethod
    def resolve_practice_components(major, info):
        return load(info, dl.PracticeComponentsByMajorLoader, major.pk)

    @staticmethod
    def resolve_certificates(major, info):
        return announce(info, "certificate", load(info, dl.CertificatesByMajorLoader, major.pk))

    @staticmethod
    def resolve_total_hours(major, info):
        settings = load(info, dl.CourseSettingsByMajorLoader, major.pk)
        practice = load(info, dl.PracticeComponentsByMajorLoader, major.pk)
        return sum(s.hours for s in settings) + sum(p.hours for p in practice)

    @staticmethod
    def resolve_total_credits(major, info):
        settings = load(info, dl.CourseSettingsByMajorLoader, major.pk)
        practice = load(info, dl.PracticeComponentsByMajorLoader, major.pk)
        return float(sum(s.credits for s in settings) + sum(p.credits for p in practice))

    @staticmethod
    def resolve_practice_hours_ratio(major, info):
        settings = load(info, dl.CourseSettingsByMajorLoader, major.pk)
        practice = load(info, dl.PracticeComponentsByMajorLoader, major.pk)
        total = sum(s.hours for s in settings) + sum(p.hours for p in practice)
        practice_hours = sum(s.practice_hours for s in settings) + sum(p.hours for p in practice)
        return round(practice_hours / total, 4) if total else 0.0


class CourseRelation(graphene.ObjectType):
    """An edge of the course-system graph."""

    id = graphene.ID(required=True, description="Database id.")
    kind = graphene.Field(CourseRelationKind, required=True, description="Prerequisite or related.")
    source = graphene.Field(Course, required=True, description="Source course.")
    target = graphene.Field(Course, required=True, description="Target course.")

    @staticmethod
    def resolve_source(edge, info):
        return load(info, course_dl.CourseByIdLoader, edge.source_id)

    @staticmethod
    def resolve_target(edge, info):
        return load(info, course_dl.CourseByIdLoader, edge.target_id)


class CourseSystemCourse(graphene.ObjectType):
    """A course node of the course-system graph, with the size of its knowledge graph."""

    id = graphene.ID(required=True, description="The course's page id.")
    course = graphene.Field(Course, required=True, description="The course.")
    skill_point_count = graphene.Int(required=True, description="Its skill points (技能点).")
    knowledge_point_count = graphene.Int(required=True, description="Its knowledge points (知识点).")

    @staticmethod
    def resolve_id(node, info):
        return node.course.pk

    @staticmethod
    def resolve_skill_point_count(node, info):
        return node.skill_points

    @staticmethod
    def resolve_knowledge_point_count(node, info):
        return node.knowledge_points


class CourseSystemEdge(graphene.ObjectType):
    """A prerequisite or related edge between two courses of the graph."""

    id = graphene.ID(required=True, description="Database id of the course relation.")
    source_id = graphene.ID(required=True, description="The source course (learned first for PREREQUISITE).")
    target_id = graphene.ID(required=True, description="The target course.")
    kind = graphene.Field(CourseRelationKind, required=True, description="Prerequisite or related.")


class CourseJobLink(graphene.ObjectType):
    """Maps-to: some of the course's points prepare for the job position."""

    course_id = graphene.ID(required=True, description="The course.")
    job_position_id = graphene.ID(required=True, description="The job position.")
    point_count = graphene.Int(required=True, description="How many of the course's points map to the job.")

    @staticmethod
    def resolve_point_count(link, info):
        return link.points


class CourseSystemGraph(graphene.ObjectType):
    """The course system of a major (C2) built from the courses' knowledge points: course nodes with their
    point counts, prerequisite edges, and the job positions the points map to."""

    courses = graphene.List(
        graphene.NonNull(CourseSystemCourse), required=True, description="Published courses: foundation first."
    )
    edges = graphene.List(graphene.NonNull(CourseSystemEdge), required=True, description="Edges between them.")
    job_positions = graphene.List(
        graphene.NonNull(JobPosition), required=True, description="Job positions the courses' points map to."
    )
    maps_to = graphene.List(
        graphene.NonNull(CourseJobLink), required=True, description="Course → job position links, by course."
    )

    @staticmethod
    def resolve_courses(graph, info):
        _courses(info, [node.course for node in graph.courses])
        return graph.courses


class Major(graphene.ObjectType):
    """A major of the library with its program and course system."""

    id = graphene.ID(required=True, description="Page id.")
    code = graphene.String(required=True, description="Code in the 2021 major catalogue, e.g. 460103.")
    name = graphene.String(required=True, description="Name, e.g. 数控技术.")
    category = graphene.String(required=True, description="Major category (专业大类).")
    subcategory = graphene.String(required=True, description="Major subcategory (专业类).")
    level = graphene.String(required=True, description="Level of study, translated.")
    duration_years = graphene.Int(required=True, description="Regular duration in years.")
    intro = graphene.String(required=True, description="Introduction, plain text.")
    organisations = graphene.List(
        graphene.NonNull(Organisation), required=True, description="Host institutions first, then participating."
    )
    training_program = graphene.Field(TrainingProgram, description="The talent-training program, if written.")
    courses = graphene.List(
        graphene.NonNull(Course), required=True, description="Published courses: foundation first, then core."
    )
    job_positions = graphene.List(
        graphene.NonNull(JobPosition), required=True, description="Job positions the skill points map to."
    )
    course_relations = graphene.List(
        graphene.NonNull(CourseRelation), required=True, description="Edges between the courses."
    )
    course_system_graph = graphene.Field(
        CourseSystemGraph,
        required=True,
        description="The course-system graph made from the courses' knowledge points (a fixed number of queries).",
    )

    @staticmethod
    def resolve_name(major, info):
        return major.title

    @staticmethod
    def resolve_level(major, info):
        return major.get_level_display()

    @staticmethod
    def resolve_organisations(major, info):
        return load(info, dl.OrganisationsLoader, "library")

    @staticmethod
    def resolve_training_program(major, info):
        return major if (major.training_goal or major.abilities or major.graduation_requirements) else None

    @staticmethod
    def resolve_courses(major, info):
        return _courses(info, load(info, dl.CoursesByMajorPathLoader, major.path))

    @staticmethod
    def resolve_job_positions(major, info):
        return load(info, dl.JobPositionsByMajorPathLoader, major.path)

    @staticmethod
    def resolve_course_relations(major, info):
        return load(info, dl.CourseRelationsByMajorLoader, major.pk)

    @staticmethod
    def resolve_course_system_graph(major, info):
        return selectors.course_system_graph(user=info.context.user, major=major)


class MajorList(graphene.ObjectType):
    """One page of majors."""

    total_count = graphene.Int(required=True, description="Number of majors in all pages.")
    items = graphene.List(graphene.NonNull(Major), required=True, description="Majors of this page.")
