"""The course catalogue (M6): published courses filtered by major, kind and level, one page at a time."""

from django.db.models import Q, QuerySet
from django.utils import translation
from wagtail.models import Locale

from cms.courses.models import CoursePage
from cms.majors.models import MajorPage
from cms.majors.selectors import courses_readable_by, majors_readable_by

MAX_SEARCH = 100


def _locale() -> Locale:
    language = translation.get_language() or ""
    return Locale.objects.filter(language_code__iexact=language).first() or Locale.get_default()


def course_catalogue(
    *, user, major_code: str | None = None, kind: str | None = None, level: str | None = None, search: str = ""
) -> QuerySet[CoursePage]:
    """Courses in the viewer's language (else the default one), in the order of the majors' page trees."""
    locale = _locale()
    courses = courses_readable_by(user).filter(locale=locale)
    if not courses.exists() and locale != Locale.get_default():
        locale = Locale.get_default()
        courses = courses_readable_by(user).filter(locale=locale)
    if major_code:
        major = majors_readable_by(user).filter(code=major_code, locale=locale).first()
        if major is None:
            return CoursePage.objects.none()
        courses = courses.filter(path__startswith=major.path)
    if kind:
        courses = courses.filter(kind=kind)
    if level:
        courses = courses.filter(level=level)
    search = (search or "").strip()[:MAX_SEARCH]
    if search:
        courses = courses.filter(Q(title__icontains=search) | Q(summary__icontains=search))
    return courses.order_by("path")


def catalogue_majors(*, user) -> QuerySet[MajorPage]:
    """Majors to offer as a filter: those in the catalogue's language."""
    return majors_readable_by(user).filter(locale=_locale()).order_by("path")
