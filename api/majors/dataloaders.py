"""Batch loaders for majors and their training programs (house rule 4)."""

from collections import defaultdict

from django.db.models import F, Q
from wagtail.models import Page

from api.core.dataloaders import DataLoader, group_by
from cms.accounts.models import Organisation
from cms.courses.models import CourseKind, CoursePage, KnowledgePointKind
from cms.majors.models import Certificate, CourseRelation, CourseSetting, JobPosition, MajorPage, PracticeComponent
from cms.majors.selectors import courses_readable_by


def _user(loader: DataLoader):
    return getattr(loader.context, "user", None)


def _children_of(paths: list[str]) -> Q:
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    return query


class CourseSettingsByMajorLoader(DataLoader[int, list[CourseSetting]]):
    key_kind = "major"
    many = True

    def batch_load(self, keys):
        return group_by(CourseSetting.objects.filter(major_id__in=keys).order_by("sort_order", "id"), "major_id")


class PracticeComponentsByMajorLoader(DataLoader[int, list[PracticeComponent]]):
    key_kind = "major"
    many = True

    def batch_load(self, keys):
        rows = PracticeComponent.objects.filter(major_id__in=keys).order_by("sort_order", "id")
        return group_by(rows, "major_id")


class CertificatesByMajorLoader(DataLoader[int, list[Certificate]]):
    key_kind = "major"
    many = True

    def batch_load(self, keys):
        through = MajorPage.certificates.through
        grouped: dict = defaultdict(list)
        for row in (
            through.objects.filter(majorpage_id__in=keys).select_related("certificate").order_by("certificate_id")
        ):
            grouped[row.majorpage_id].append(row.certificate)
        return grouped


class CoursesByCertificateLoader(DataLoader[int, list[CoursePage]]):
    key_kind = "certificate"
    many = True

    def batch_load(self, keys):
        through = CoursePage.certificates.through
        rows = through.objects.filter(
            certificate_id__in=keys, coursepage__in=courses_readable_by(_user(self))
        ).select_related("coursepage")
        grouped: dict = defaultdict(list)
        for row in sorted(rows, key=lambda r: r.coursepage.path):
            grouped[row.certificate_id].append(row.coursepage)
        return grouped


class CoursesByMajorPathLoader(DataLoader[str, list[CoursePage]]):
    """Published child courses of each major: foundation courses first, then core, in tree order."""

    key_kind = "major_path"
    many = True

    def batch_load(self, keys):
        courses = courses_readable_by(_user(self)).filter(_children_of(keys))
        grouped: dict = defaultdict(list)
        for course in sorted(courses, key=lambda c: (c.kind != CourseKind.FOUNDATION, c.path)):
            grouped[course.path[: -Page.steplen]].append(course)
        return grouped


class JobPositionsByMajorPathLoader(DataLoader[str, list[JobPosition]]):
    """Every job position that a skill point of a published course of the major maps to."""

    key_kind = "major_path"
    many = True

    def batch_load(self, keys):
        courses = courses_readable_by(_user(self)).filter(_children_of(keys))
        rows = JobPosition.objects.filter(
            knowledge_points__kind=KnowledgePointKind.SKILL, knowledge_points__course__in=courses
        ).annotate(course_path=F("knowledge_points__course__path"))
        grouped: dict = defaultdict(dict)
        for job in rows:
            grouped[job.course_path[: -Page.steplen]][job.pk] = job
        return {path: sorted(jobs.values(), key=lambda j: (j.sort_order, j.pk)) for path, jobs in grouped.items()}


class CourseRelationsByMajorLoader(DataLoader[int, list[CourseRelation]]):
    """Edges whose both ends are published courses the user may read."""

    key_kind = "major"
    many = True

    def batch_load(self, keys):
        readable = courses_readable_by(_user(self))
        edges = CourseRelation.objects.filter(major_id__in=keys, source__in=readable, target__in=readable).order_by(
            "sort_order", "id"
        )
        return group_by(edges, "major_id")


class OrganisationsLoader(DataLoader[str, list[Organisation]]):
    """Organisations of the library (one list per request): hosts first, then participating ones."""

    key_kind = "library"
    many = True

    def batch_load(self, keys):
        organisations = list(Organisation.objects.order_by(F("host_slot").asc(nulls_last=True), "sort_order", "id"))
        return dict.fromkeys(keys, organisations)
