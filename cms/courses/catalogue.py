"""The course catalogue (M6): published courses filtered by major, kind and level, one page at a time, and
how many courses each filter option would give with the other filters kept (facet counts)."""

from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import Locale

from cms.courses.models import CourseKind, CourseLevel, CoursePage
from cms.majors.models import MajorPage
from cms.majors.selectors import courses_readable_by, majors_readable_by

MAX_SEARCH = 100


def _locale() -> Locale:
    language = translation.get_language() or ""
    return Locale.objects.filter(language_code__iexact=language).first() or Locale.get_default()


def _readable_courses(user) -> tuple[Locale, QuerySet[CoursePage]]:
    """The courses the viewer may read in their language, else (none in it) in the default language."""
    locale = _locale()
    courses = courses_readable_by(user).filter(locale=locale)
    if locale != Locale.get_default() and not courses.exists():
        locale = Locale.get_default()
        courses = courses_readable_by(user).filter(locale=locale)
    return locale, courses


def _search(courses: QuerySet[CoursePage], search: str) -> QuerySet[CoursePage]:
    search = (search or "").strip()[:MAX_SEARCH]
    if search:
        courses = courses.filter(Q(title__icontains=search) | Q(summary__icontains=search))
    return courses


def course_catalogue(
    *, user, major_code: str | None = None, kind: str | None = None, level: str | None = None, search: str = ""
) -> QuerySet[CoursePage]:
    """Courses in the viewer's language (else the default one), in the order of the majors' page trees."""
    locale, courses = _readable_courses(user)
    if major_code:
        major = majors_readable_by(user).filter(code=major_code, locale=locale).first()
        if major is None:
            return CoursePage.objects.none()
        courses = courses.filter(path__startswith=major.path)
    if kind:
        courses = courses.filter(kind=kind)
    if level:
        courses = courses.filter(level=level)
    return _search(courses, search).order_by("path")


@dataclass(frozen=True)
class CatalogueFacets:
    """Per filter option, how many courses choosing it would list, the other filters (and words) kept.

    ``majors`` are (code, count) in the order of the majors' page trees; ``kinds`` and ``levels`` are
    (value, count) in the order of their choices. Every option is listed, those with no course as 0.
    """

    majors: list[tuple[str, int]]
    kinds: list[tuple[str, int]]
    levels: list[tuple[str, int]]


def _grouped(courses: QuerySet[CoursePage], expression) -> dict[str, int]:
    """One GROUP BY query: course count per value of ``expression``."""
    rows = courses.annotate(facet=expression).order_by().values_list("facet").annotate(n=Count("pk"))
    return dict(rows)


def course_catalogue_facets(
    *, user, major_code: str | None = None, kind: str | None = None, level: str | None = None, search: str = ""
) -> CatalogueFacets:
    """Facet counts of the catalogue (M6) for the same arguments as ``course_catalogue``.

    Each facet is counted by one GROUP BY over the courses the viewer may read (same language fallback as
    the list) with the other facets' filters applied, never one query per option: a fixed number of queries
    however many courses and majors there are. A major code that is not offered leaves no course for the
    kind and level counts, as the list shows none.
    """
    locale, readable = _readable_courses(user)
    readable = _search(readable, search)
    majors = list(majors_readable_by(user).filter(locale=locale).order_by("path").values_list("code", "path"))

    by_major = readable
    if major_code:
        major_path = next((path for code, path in majors if code == major_code), None)
        by_major = readable.none() if major_path is None else readable.filter(path__startswith=major_path)
    by_kind = readable.filter(kind=kind) if kind else readable

    # Courses are children of their major: group by the parent's path, then add up per major's subtree.
    parent_path = Substr("path", 1, Length("path") - CoursePage.steplen)
    parents = _grouped(by_kind.filter(level=level) if level else by_kind, parent_path)
    kinds = _grouped(by_major.filter(level=level) if level else by_major, F("kind"))
    levels = _grouped(by_major.filter(kind=kind) if kind else by_major, F("level"))
    return CatalogueFacets(
        majors=[(code, sum(n for parent, n in parents.items() if parent.startswith(path))) for code, path in majors],
        kinds=[(value, kinds.get(value, 0)) for value in CourseKind.values],
        levels=[(value, levels.get(value, 0)) for value in CourseLevel.values],
    )


def catalogue_majors(*, user) -> QuerySet[MajorPage]:
    """Majors to offer as a filter: those in the catalogue's language."""
    return majors_readable_by(user).filter(locale=_locale()).order_by("path")
