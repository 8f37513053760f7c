"""Issue 2 / C1, C2, M8: the home page in one anonymous request, with a flat SQL query count."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.courses.models import CourseKind
from cms.courses.tests.factories import (
    CoursePageFactory,
    CourseTeacherFactory,
    OutlineItemFactory,
    SkillPointFactory,
)
from cms.majors.models import CourseRelation, CourseSetting, PracticeComponent
from cms.majors.tests.factories import CertificateFactory, JobPositionFactory, MajorPageFactory

pytestmark = pytest.mark.django_db

HOME_QUERY = """
query Home($code: String) {
  major(code: $code) {
    id code name category subcategory level durationYears intro
    organisations { id name shortName kind role website }
    trainingProgram {
      trainingGoal abilities graduationRequirements totalHours totalCredits practiceHoursRatio
      courseSettings { id category credits hours practiceHours courseNames }
      practiceComponents { id name kind hours credits semester description }
      certificates { id name kind level issuer courses { id name } }
    }
    courses {
      id slug name kind summary intro hours credits semester
      major { code }
      skillPoints { id name description course { id } jobPositions { id name } }
      teachers { id name title organisation role bio }
      outline { id title summary hours }
      prerequisites { id name }
    }
    jobPositions { id name description }
    courseRelations { id kind source { id name } target { id name } }
  }
}
"""


def build_major(*, courses: int, skills_per_course: int, code: str = "460103"):
    """A major whose size we control: every course has skills, teachers, outline, edges and a certificate."""
    major = MajorPageFactory(code=code, title="数控技术")
    jobs = JobPositionFactory.create_batch(5)
    certificate = CertificateFactory()
    major.certificates.add(certificate)
    major.save()
    CourseSetting.objects.create(major=major, category="core", credits=40, hours=700, practice_hours=420)
    PracticeComponent.objects.create(major=major, name="岗位实习", kind="internship", hours=576, credits=24)
    pages = []
    for i in range(courses):
        course = CoursePageFactory(parent=major, kind=CourseKind.FOUNDATION if i < 2 else CourseKind.CORE)
        course.certificates.add(certificate)
        course.save()
        for j in range(skills_per_course):
            point = SkillPointFactory(course=course)
            point.job_positions.add(jobs[(i + j) % 5], jobs[(i + j + 1) % 5])
            point.save()  # ParentalManyToManyField writes on save
        CourseTeacherFactory.create_batch(2, course=course)
        OutlineItemFactory.create_batch(3, course=course)
        if pages:
            CourseRelation.objects.create(major=major, source=pages[-1], target=course, kind="prerequisite")
        pages.append(course)
    return major, pages


def test_home_query_returns_program_graph_and_courses(gql):
    # given
    _major, pages = build_major(courses=4, skills_per_course=2)
    # when
    body = gql(HOME_QUERY)
    # then
    assert "errors" not in body
    shown = body["data"]["major"]
    assert shown["code"] == "460103"
    assert shown["level"] == "高职专科"
    program = shown["trainingProgram"]
    assert program["totalHours"] == 700 + 576
    assert program["totalCredits"] == 64.0
    assert program["practiceHoursRatio"] == round((420 + 576) / (700 + 576), 4)
    assert program["abilities"] == ["能力一", "能力二"]
    assert [c["name"] for c in program["certificates"][0]["courses"]] == [p.title for p in pages]
    assert [c["kind"] for c in shown["courses"]] == ["FOUNDATION", "FOUNDATION", "CORE", "CORE"]
    first = shown["courses"][0]
    assert len(first["skillPoints"]) == 2 and len(first["skillPoints"][0]["jobPositions"]) == 2
    assert first["major"] == {"code": "460103"}
    assert shown["courses"][1]["prerequisites"] == [{"id": str(pages[0].pk), "name": pages[0].title}]
    assert [(e["source"]["id"], e["target"]["id"]) for e in shown["courseRelations"]] == [
        (str(a.pk), str(b.pk)) for a, b in itertools.pairwise(pages)
    ]
    assert len(shown["jobPositions"]) == 5


def test_unpublished_courses_and_their_edges_stay_hidden(gql):
    _major, pages = build_major(courses=3, skills_per_course=1)
    pages[1].unpublish()
    shown = gql(HOME_QUERY)["data"]["major"]
    assert [c["id"] for c in shown["courses"]] == [str(pages[0].pk), str(pages[2].pk)]
    assert shown["courseRelations"] == []


def _count_queries(gql, code: str, expected_courses: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        body = gql(HOME_QUERY, {"code": code})
    assert len(body["data"]["major"]["courses"]) == expected_courses
    return len(captured.captured_queries)


def test_query_count_is_flat_for_8_and_80_courses(gql):
    # given two majors of very different sizes, and process-wide caches (locales, content types) warm
    build_major(courses=8, skills_per_course=3, code="460103")
    build_major(courses=80, skills_per_course=6, code="460104")
    gql(HOME_QUERY, {"code": "460103"})
    # when
    small = _count_queries(gql, "460103", 8)
    large = _count_queries(gql, "460104", 80)
    # then
    assert small == large
    assert small <= 25  # the request's shape, not its size, sets the count


def test_unknown_major_is_null_not_an_error(gql):
    build_major(courses=1, skills_per_course=1)
    assert gql(HOME_QUERY, {"code": "999999"}) == {"data": {"major": None}}


def test_course_query_and_bad_ids(gql):
    _major, pages = build_major(courses=2, skills_per_course=1)
    query = "query($id: ID!) { course(id: $id) { name major { code } teachers { name } outline { title } } }"
    assert gql(query, {"id": str(pages[0].pk)})["data"]["course"]["major"] == {"code": "460103"}
    assert gql(query, {"id": "999999"})["data"]["course"] is None
    bad = gql(query, {"id": "abc"}, language="en")
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert bad["errors"][0]["message"] == "“abc” is not a valid course id."
    assert gql(query, {"id": "abc"})["errors"][0]["message"] == "“abc”不是有效的课程编号。"


def test_majors_list_is_paginated_and_capped(gql):
    for code in ("460103", "460104", "460105"):
        MajorPageFactory(code=code)
    page = gql("{ majors(limit: 2, offset: 1) { totalCount items { code } } }")["data"]["majors"]
    assert page["totalCount"] == 3 and len(page["items"]) == 2
    too_big = gql("{ majors(limit: 101) { totalCount } }", language="en")
    assert too_big["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert "between 1 and 100" in too_big["errors"][0]["message"]
