"""Reads of majors and courses, always filtered by what the requesting user may see (M8: open access)."""

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import translation
from wagtail.models import Locale

from cms.courses.models import CoursePage
from cms.majors.models import LibraryHomePage, MajorPage


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
