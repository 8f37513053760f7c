"""Facet counts of the course catalogue (M6): per major, kind and level, how many courses choosing it would
list with the other filters kept; only courses the viewer may read, in the catalogue's language."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from cms.courses.catalogue import course_catalogue, course_catalogue_facets
from cms.courses.models import CourseKind, CourseLevel, CoursePage
from cms.courses.tests.factories import CoursePageFactory
from cms.majors.tests.factories import MajorPageFactory

pytestmark = pytest.mark.django_db

CORE, FOUNDATION = CourseKind.CORE.value, CourseKind.FOUNDATION.value
INTRO, MID, ADV = CourseLevel.INTRODUCTORY.value, CourseLevel.INTERMEDIATE.value, CourseLevel.ADVANCED.value


@pytest.fixture
def library():
    """数控技术 460103: 4 core (2 advanced) + 2 foundation (introductory); 机械制造 460104: 2 core, 1 foundation."""
    cnc = MajorPageFactory(code="460103", title="数控技术")
    mech = MajorPageFactory(code="460104", title="机械制造及自动化")
    for kind, level, title in [
        (CORE, ADV, "多轴加工技术"),
        (CORE, ADV, "数控机床故障诊断与维修"),
        (CORE, MID, "数控车削加工技术"),
        (CORE, MID, "数控铣削加工技术"),
        (FOUNDATION, INTRO, "机械制图与CAD"),
        (FOUNDATION, INTRO, "机械基础"),
    ]:
        CoursePageFactory(parent=cnc, kind=kind, level=level, title=title)
    for kind, level, title in [(CORE, MID, "机床电气控制"), (CORE, ADV, "液压与气动"), (FOUNDATION, MID, "公差配合")]:
        CoursePageFactory(parent=mech, kind=kind, level=level, title=title)
    return {"cnc": cnc, "mech": mech}


def facets(**filters):
    found = course_catalogue_facets(user=AnonymousUser(), **filters)
    return dict(found.majors), dict(found.kinds), dict(found.levels)


def test_counts_every_option_of_a_known_library(library):
    # when no filter is chosen
    majors, kinds, levels = facets()
    # then each option counts its courses, and every option is listed (zero included), majors in tree order
    assert list(majors.items()) == [("460103", 6), ("460104", 3)]
    assert list(kinds.items()) == [(FOUNDATION, 3), (CORE, 6)]
    assert list(levels.items()) == [(INTRO, 2), (MID, 4), (ADV, 3)]


def test_counts_follow_the_other_filters_not_their_own(library):
    # when a major and a kind are chosen
    majors, kinds, levels = facets(major_code="460103", kind=CORE)
    # then the majors count core courses (any major), kinds count 460103's courses (any kind),
    # levels count 460103's core courses
    assert majors == {"460103": 4, "460104": 2}
    assert kinds == {FOUNDATION: 2, CORE: 4}
    assert levels == {INTRO: 0, MID: 2, ADV: 2}
    # and each count is what the list shows when that option is chosen
    for level, count in levels.items():
        assert course_catalogue(user=AnonymousUser(), major_code="460103", kind=CORE, level=level).count() == count

    # a level narrows the majors and kinds; words narrow everything
    majors, kinds, _ = facets(level=ADV)
    assert majors == {"460103": 2, "460104": 1} and kinds == {FOUNDATION: 0, CORE: 3}
    majors, kinds, levels = facets(search="数控")
    assert majors == {"460103": 3, "460104": 0}
    assert kinds == {FOUNDATION: 0, CORE: 3} and levels == {INTRO: 0, MID: 2, ADV: 1}


def test_a_major_not_offered_leaves_no_course_for_kinds_and_levels(library):
    majors, kinds, levels = facets(major_code="999999", kind=CORE)
    assert majors == {"460103": 4, "460104": 2}
    assert set(kinds.values()) == {0} and set(levels.values()) == {0}


def test_courses_an_anonymous_visitor_may_not_read_are_not_counted(library):
    # given an unpublished core course and a core course behind a login restriction
    draft = CoursePageFactory(parent=library["cnc"], kind=CORE, level=ADV, title="未发布课程")
    draft.unpublish()
    private = CoursePageFactory(parent=library["mech"], kind=CORE, level=ADV, title="校内课程")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # when an anonymous visitor asks
    majors, kinds, levels = facets()
    # then neither is counted anywhere, as the list does not show them
    assert majors == {"460103": 6, "460104": 3}
    assert kinds[CORE] == 6 and levels[ADV] == 3
    assert course_catalogue(user=AnonymousUser(), kind=CORE).count() == 6


def test_counts_in_the_catalogue_language_with_its_fallback(library):
    english = Locale.objects.create(language_code="en")
    with translation.override("en"):
        # no course in English yet: the catalogue falls back to the default language, and so do the counts
        assert facets()[1] == {FOUNDATION: 3, CORE: 6}
        # one course translated (its major copied along): the English catalogue counts English courses only
        course = CoursePage.objects.get(title="多轴加工技术")
        translated = course.copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        majors, kinds, levels = facets()
        assert majors == {"460103": 1} and kinds == {FOUNDATION: 0, CORE: 1} and levels[ADV] == 1
        assert course_catalogue(user=AnonymousUser()).count() == 1
    # in Chinese nothing changed
    with translation.override("zh-hans"):
        assert facets()[0] == {"460103": 6, "460104": 3}


def test_query_count_does_not_grow_with_courses_or_majors(library):
    def queries() -> int:
        facets(kind=CORE)  # warm the locale cache
        with CaptureQueriesContext(connection) as captured:
            facets(kind=CORE, level=MID, search="技术")
        return len(captured)

    small = queries()
    for code in ("460105", "460106", "460107"):
        major = MajorPageFactory(code=code)
        for i in range(6):
            CoursePageFactory(parent=major, kind=CORE if i % 2 else FOUNDATION, level=MID, title=f"{code}技术{i}")
    assert queries() == small
    assert facets(kind=CORE, level=MID, search="技术")[0]["460105"] == 3
