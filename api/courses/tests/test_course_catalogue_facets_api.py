"""Facet counts of the course catalogue through GraphQL (M6): `courses { facets }` counts each major, kind
and level with the other filters kept, leaves out courses the visitor may not read, and takes the same
number of SQL queries however many courses there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.courses.models import CourseKind, CourseLevel
from cms.courses.tests.factories import CoursePageFactory
from cms.majors.tests.factories import MajorPageFactory

pytestmark = pytest.mark.django_db

FACETS = """
query Facets($major: String, $kind: CourseKind, $level: CourseLevel, $search: String) {
  courses(major: $major, kind: $kind, level: $level, search: $search, limit: 2) {
    totalCount
    facets { majors { code count } kinds { kind count } levels { level count } }
  }
}
"""


def _library(per_major: int, codes=("460103", "460104")):
    for code in codes:
        major = MajorPageFactory(code=code)
        for i in range(per_major):
            CoursePageFactory(
                parent=major,
                kind=CourseKind.FOUNDATION if i % 3 == 0 else CourseKind.CORE,
                level=CourseLevel.ADVANCED if i % 2 else CourseLevel.INTERMEDIATE,
            )


def _facets(browser, **variables) -> dict:
    body = browser.gql(FACETS, variables)
    assert "errors" not in body, body
    courses = body["data"]["courses"]
    facets = courses["facets"]
    return {
        "total": courses["totalCount"],
        "majors": {row["code"]: row["count"] for row in facets["majors"]},
        "kinds": {row["kind"]: row["count"] for row in facets["kinds"]},
        "levels": {row["level"]: row["count"] for row in facets["levels"]},
    }


def test_facets_count_with_the_other_filters(new_browser):
    # given two majors of 6 courses: i % 3 == 0 foundation (2), odd i advanced (3)
    _library(6)
    browser = new_browser()
    # when nothing is chosen, every option with its count
    found = _facets(browser)
    assert found == {
        "total": 12,
        "majors": {"460103": 6, "460104": 6},
        "kinds": {"FOUNDATION": 4, "CORE": 8},
        "levels": {"INTRODUCTORY": 0, "INTERMEDIATE": 6, "ADVANCED": 6},
    }
    # when a major and a level are chosen: the kinds follow both, the levels follow the major only
    found = _facets(browser, major="460103", level="ADVANCED")
    assert found["total"] == 3
    assert found["majors"] == {"460103": 3, "460104": 3}
    assert found["kinds"] == {"FOUNDATION": 1, "CORE": 2}  # i = 3; i = 1, 5
    assert found["levels"] == {"INTRODUCTORY": 0, "INTERMEDIATE": 3, "ADVANCED": 3}


def test_unpublished_and_private_courses_are_not_counted_for_an_anonymous_visitor(new_browser):
    _library(3)
    major = MajorPageFactory(code="460105")
    CoursePageFactory(parent=major, kind=CourseKind.CORE, level=CourseLevel.INTRODUCTORY).unpublish()
    private = CoursePageFactory(parent=major, kind=CourseKind.CORE, level=CourseLevel.INTRODUCTORY)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    found = _facets(new_browser())
    assert found["majors"]["460105"] == 0
    assert found["levels"]["INTRODUCTORY"] == 0
    assert sum(found["kinds"].values()) == found["total"] == 6


def test_facets_take_a_fixed_number_of_queries(new_browser):
    def measure() -> int:
        browser = new_browser()
        _facets(browser, kind="CORE")  # warm the locale and site caches
        with CaptureQueriesContext(connection) as queries:
            _facets(browser, kind="CORE", level="ADVANCED", search="课程")
        return len(queries)

    _library(2)
    small = measure()
    _library(10, codes=("460105", "460106", "460107"))
    large = measure()
    assert small == large
    assert _facets(new_browser(), kind="CORE")["majors"]["460107"] == 6
