"""Reads of majors and courses, always filtered by what the requesting user may see (M8: open access)."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.utils import translation
from wagtail.models import Locale

from cms.courses.models import CourseKind, CoursePage, KnowledgePoint, KnowledgePointKind
from cms.majors.models import CourseRelation, JobPosition, LibraryHomePage, MajorPage


def majors_readable_by(user) -> QuerySet[MajorPage]:
    """Published, unrestricted majors: anyone may browse them without registering (M8)."""
    return MajorPage.objects.live().public()


def courses_readable_by(user) -> QuerySet[CoursePage]:
    return CoursePage.objects.live().public()


def _prefer_active_locale(queryset: QuerySet) -> QuerySet:
    language = translation.get_language() or ""
    active = Locale.objects.filter(language_code__iexact=language).values_list("pk", flat=True)
    return queryset.annotate(
        locale_rank=Case(When(locale_id__in=active, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("locale_rank", "path")


def major_get(*, user, code: str | None) -> MajorPage | None:
    """A major by catalogue code, or the library's featured major (else the first one) without a code."""
    majors = majors_readable_by(user)
    if code:
        return _prefer_active_locale(majors.filter(code=code)).first()
    home = LibraryHomePage.objects.live().filter(featured_major__isnull=False).select_related("featured_major").first()
    if home and home.featured_major and home.featured_major.live:
        featured = _prefer_active_locale(majors.filter(translation_key=home.featured_major.translation_key)).first()
        if featured:
            return featured
    return _prefer_active_locale(majors).first()


def majors_list(*, user, limit: int, offset: int) -> tuple[int, list[MajorPage]]:
    majors = majors_readable_by(user).filter(locale=Locale.get_default()).order_by("path")
    return majors.count(), list(majors[offset : offset + limit])


def course_get(*, user, course_id: int) -> CoursePage | None:
    return courses_readable_by(user).filter(pk=course_id).first()


# ---- the course-system graph (C2, M7): made from the same knowledge points as the course graphs --------------


@dataclass
class CourseSystemCourse:
    course: CoursePage
    skill_points: int  # 技能点 of the course
    knowledge_points: int  # 知识点 of the course


@dataclass
class CourseSystemEdge:
    id: int
    source_id: int
    target_id: int
    kind: str  # CourseRelationKind


@dataclass
class CourseJobLink:
    """Maps-to: ``points`` of the course's knowledge and skill points prepare for the job position."""

    course_id: int
    job_position_id: int
    points: int


@dataclass
class CourseSystemGraph:
    courses: list[CourseSystemCourse]  # foundation first, then core, in tree order
    edges: list[CourseSystemEdge]  # prerequisite and related edges between those courses
    job_positions: list[JobPosition]  # every job a point of those courses maps to
    maps_to: list[CourseJobLink]


def course_system_graph(*, user, major: MajorPage) -> CourseSystemGraph:
    """The major's courses the user may read with their point counts, the edges between them and the job
    positions their points map to. Five queries whatever the number of courses, points or jobs."""
    courses = sorted(courses_readable_by(user).child_of(major), key=lambda c: (c.kind != CourseKind.FOUNDATION, c.path))
    ids = [c.pk for c in courses]
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for row in KnowledgePoint.objects.filter(course_id__in=ids).values("course_id", "kind").annotate(n=Count("id")):
        counts[row["course_id"]][row["kind"]] = row["n"]
    edges = [
        CourseSystemEdge(id=e.pk, source_id=e.source_id, target_id=e.target_id, kind=e.kind)
        for e in CourseRelation.objects.filter(major=major, source_id__in=ids, target_id__in=ids).order_by(
            "sort_order", "id"
        )
    ]
    through = KnowledgePoint.job_positions.through
    links = [
        CourseJobLink(
            course_id=row["knowledgepoint__course_id"], job_position_id=row["jobposition_id"], points=row["n"]
        )
        for row in through.objects.filter(knowledgepoint__course_id__in=ids)
        .values("knowledgepoint__course_id", "jobposition_id")
        .annotate(n=Count("knowledgepoint_id", distinct=True))
        .order_by("knowledgepoint__course_id", "jobposition_id")
    ]
    jobs = list(
        JobPosition.objects.filter(pk__in={link.job_position_id for link in links}).order_by("sort_order", "pk")
    )
    order = {job.pk: index for index, job in enumerate(jobs)}
    position = {pk: index for index, pk in enumerate(ids)}
    links.sort(key=lambda link: (position[link.course_id], order[link.job_position_id]))
    return CourseSystemGraph(
        courses=[
            CourseSystemCourse(
                course=c,
                skill_points=counts[c.pk].get(KnowledgePointKind.SKILL, 0),
                knowledge_points=counts[c.pk].get(KnowledgePointKind.KNOWLEDGE, 0),
            )
            for c in courses
        ],
        edges=edges,
        job_positions=jobs,
        maps_to=links,
    )
