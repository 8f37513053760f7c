"""Who may manage a course's FAQ, synonym groups and posted questions in the admin (M7; house rule 5).

The same people who may change the course's knowledge graph (``cms.courses.permissions.can_edit_course``): its
teacher team, editors through their page permissions on the course, and administrators. Synonym groups for every
course (no course) change answers everywhere, so only editors and administrators manage those. Learners never.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.courses.models import CoursePage, CourseTeacher
from cms.qa.models import CourseQuestion

_CACHE = "_qa_course_ids"


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def _page_editable_course_ids(user) -> set[int]:
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return set(CoursePage.objects.filter(pk__in=pages.values("pk")).values_list("pk", flat=True))


def qa_course_ids(user) -> tuple[set[int], bool]:
    """Ids of the courses whose Q&A ``user`` manages, and whether they also manage it for every course.

    Cached on the user object: one admin page asks many times (menu, list, each row's buttons).
    """
    if not _active(user):
        return set(), False
    cached = getattr(user, _CACHE, None)
    if cached is None:
        if user.is_superuser:
            cached = (set(CoursePage.objects.values_list("pk", flat=True)), True)
        else:
            by_page = _page_editable_course_ids(user)
            team = set(CourseTeacher.objects.filter(user_id=user.pk).values_list("course_id", flat=True))
            cached = (by_page | team, bool(by_page))
        setattr(user, _CACHE, cached)
    return cached


def qa_courses(user) -> QuerySet[CoursePage]:
    return CoursePage.objects.filter(pk__in=qa_course_ids(user)[0])


class CourseQaPermissionPolicy(BasePermissionPolicy):
    """Rows of a course-scoped Q&A model are managed by whoever manages the course's Q&A; a row without a course
    (a synonym group for every course) by editors and administrators. Posted questions come from learners through
    the Q&A, so the admin never adds one."""

    def _refused(self, action: str) -> bool:
        return self.model is CourseQuestion and action == "add"

    def user_has_permission(self, user, action):
        if self._refused(action):
            return False
        courses, everywhere = qa_course_ids(user)
        return bool(courses) or everywhere

    def user_has_permission_for_instance(self, user, action, instance):
        if self._refused(action):
            return False
        courses, everywhere = qa_course_ids(user)
        if instance.course_id is None:
            return everywhere
        return instance.course_id in courses

    def instances_user_has_any_permission_for(self, user, actions):
        courses, everywhere = qa_course_ids(user)
        if not courses and not everywhere:
            return self.model.objects.none()
        rows = Q(course_id__in=courses)
        if everywhere and self.model._meta.get_field("course").null:
            rows |= Q(course__isnull=True)
        return self.model.objects.filter(rows)

    def users_with_any_permission(self, actions):
        team = CourseTeacher.objects.filter(user__isnull=False).values("user_id")
        return get_user_model().objects.filter(Q(is_superuser=True) | Q(pk__in=team), is_active=True)
