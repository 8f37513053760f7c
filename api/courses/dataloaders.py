"""Batch loaders for courses and what hangs off them (house rule 4)."""

from collections import defaultdict

from wagtail.models import Page

from api.core.dataloaders import DataLoader, group_by
from cms.courses.models import CoursePage, CourseTeacher, KnowledgePoint, KnowledgePointKind, OutlineItem
from cms.majors.models import CourseRelation, CourseRelationKind, JobPosition, MajorPage
from cms.majors.selectors import courses_readable_by, majors_readable_by


def _user(loader: DataLoader):
    return getattr(loader.context, "user", None)


class CourseByIdLoader(DataLoader[int, CoursePage | None]):
    key_kind = "course"

    def batch_load(self, keys):
        return {c.pk: c for c in courses_readable_by(_user(self)).filter(pk__in=keys)}


class MajorByPathLoader(DataLoader[str, MajorPage | None]):
    """The major a course belongs to: its parent page, found by tree path without a query per course."""

    key_kind = "major_path"

    def batch_load(self, keys):
        return {m.path: m for m in majors_readable_by(_user(self)).filter(path__in=keys)}


def parent_path(page: Page) -> str:
    return page.path[: -Page.steplen]


class SkillPointsByCourseLoader(DataLoader[int, list[KnowledgePoint]]):
    key_kind = "course"
    many = True
    announces = "knowledge_point"

    def batch_load(self, keys):
        rows = KnowledgePoint.objects.filter(course_id__in=keys, kind=KnowledgePointKind.SKILL).order_by(
            "sort_order", "id"
        )
        return group_by(rows, "course_id")


class JobPositionsByKnowledgePointLoader(DataLoader[int, list[JobPosition]]):
    key_kind = "knowledge_point"
    many = True

    def batch_load(self, keys):
        through = KnowledgePoint.job_positions.through
        rows = through.objects.filter(knowledgepoint_id__in=keys).select_related("jobposition")
        rows = sorted(rows, key=lambda r: (r.jobposition.sort_order, r.jobposition.pk))
        grouped: dict = defaultdict(list)
        for row in rows:
            grouped[row.knowledgepoint_id].append(row.jobposition)
        return grouped


class TeachersByCourseLoader(DataLoader[int, list[CourseTeacher]]):
    key_kind = "course"
    many = True

    def batch_load(self, keys):
        return group_by(CourseTeacher.objects.filter(course_id__in=keys).order_by("sort_order", "id"), "course_id")


class OutlineByCourseLoader(DataLoader[int, list[OutlineItem]]):
    key_kind = "course"
    many = True

    def batch_load(self, keys):
        return group_by(OutlineItem.objects.filter(course_id__in=keys).order_by("sort_order", "id"), "course_id")


class PrerequisitesByCourseLoader(DataLoader[int, list[CoursePage]]):
    """Courses that must be learned before each course (incoming PREREQUISITE edges)."""

    key_kind = "course"
    many = True

    def batch_load(self, keys):
        readable = courses_readable_by(_user(self))
        edges = (
            CourseRelation.objects.filter(kind=CourseRelationKind.PREREQUISITE, target_id__in=keys, source__in=readable)
            .select_related("source")
            .order_by("sort_order", "id")
        )
        grouped: dict = defaultdict(list)
        for edge in edges:
            grouped[edge.target_id].append(edge.source)
        return grouped


class _ImageUrlLoader(DataLoader[int, str | None]):
    """URLs of one rendition of Wagtail images, generated once and then read in one query per batch."""

    spec: str

    def batch_load(self, keys):
        from wagtail.images import get_image_model

        images = get_image_model().objects.filter(pk__in=keys).prefetch_renditions(self.spec)
        return {image.pk: image.get_rendition(self.spec).url for image in images}


class CoverUrlLoader(_ImageUrlLoader):
    key_kind = "cover_image"
    spec = "fill-1200x500"


class TeacherPhotoUrlLoader(_ImageUrlLoader):
    key_kind = "teacher_photo"
    spec = "fill-160x160"


class AssemblyContentsByIdLoader(DataLoader[int, object]):
    """An assembly's resources the viewer may open, and how many were withdrawn (M5, C3), in two queries."""

    key_kind = "assembly"

    def batch_load(self, keys):
        from cms.courses.selectors import assembly_contents

        return assembly_contents(keys, _user(self))

    def missing(self):
        from cms.courses.selectors import AssemblyContents

        return AssemblyContents()


class CourseItemCountByAssemblyLoader(DataLoader[int, int]):
    """How many course items use each assembly, one grouped query."""

    key_kind = "assembly"

    def batch_load(self, keys):
        from cms.courses.selectors import assembly_item_counts

        return assembly_item_counts(keys)

    def missing(self):
        return 0
