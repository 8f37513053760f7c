"""From a knowledge point, see and attach question-bank items (M7 two-way tagging, issue 6 + C4): the team
sees drafts and case parts; a published item gets a new draft (its live row keeps the reviewed points);
outsiders see no items and cannot tag; a graph of many points costs the same queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

POINT = """
query($id: ID!) { knowledgePoint(id: $id) { id name questions { id stem status knowledgePoints { name } } } }
"""
ATTACH = """
mutation($point: ID!, $ids: [ID!]!) {
  knowledgePointQuestionsAttach(pointId: $point, questionIds: $ids) {
    ok changed errors { code field message } point { questions { id } } }
}
"""
DETACH = """
mutation($point: ID!, $ids: [ID!]!) {
  knowledgePointQuestionsDetach(pointId: $point, questionIds: $ids) { ok changed errors { code field message } }
}
"""
COVERAGE_POINTS = """
query($course: ID!) { questionCoverage(courseId: $course) { points { point { name questions { id stem } } } } }
"""


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    point = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = point.course
    other = KnowledgePointFactory(name="G70 精车循环", course=course)
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {"course": course, "point": point, "other": other, "teacher": teacher, "browser": browser, "host": host}


def _item(world, stem, points=(), **extra):
    data = ItemData(
        question_type="true_false",
        stem=f"<p>{stem}</p>",
        content={"answer": True},
        knowledge_point_ids=[p.pk for p in points],
        **extra,
    )
    return question_create(user=world["teacher"], course=world["course"], data=data)


def _gql(browser, query, **variables):
    body = browser.gql(query, variables)
    assert "errors" not in body, body
    return body["data"]


def test_the_team_sees_the_items_of_a_point_including_case_parts(world):
    point = world["point"]
    _item(world, "直接标注", [point])
    case = question_create(
        user=world["teacher"],
        course=world["course"],
        data=ItemData(
            question_type="case",
            stem="<p>案例</p>",
            sub_questions=[
                ItemData(
                    question_type="true_false",
                    stem="<p>小问</p>",
                    content={"answer": False},
                    knowledge_point_ids=[point.pk],
                )
            ],
        ),
    )
    _item(world, "别的点", [world["other"]])

    shown = _gql(world["browser"], POINT, id=str(point.pk))["knowledgePoint"]["questions"]

    assert sorted(q["stem"] for q in shown) == ["<p>案例</p>", "<p>直接标注</p>"]
    assert str(case.pk) in {q["id"] for q in shown}


def test_attach_and_detach_from_the_point_side(world):
    point, teacher = world["point"], world["teacher"]
    draft = _item(world, "草稿题")
    published = _item(world, "已发布题")
    published.get_latest_revision().publish(user=teacher, skip_permission_checks=True)

    result = _gql(world["browser"], ATTACH, point=str(point.pk), ids=[str(draft.pk), str(published.pk)])

    attach = result["knowledgePointQuestionsAttach"]
    assert attach["ok"] and attach["changed"] == 2
    assert {q["id"] for q in attach["point"]["questions"]} == {str(draft.pk), str(published.pk)}
    assert list(draft.knowledge_points.all()) == [point]  # a draft changes at once
    assert list(published.knowledge_points.all()) == []  # the live row waits for review
    again = _gql(world["browser"], ATTACH, point=str(point.pk), ids=[str(draft.pk)])
    assert again["knowledgePointQuestionsAttach"]["changed"] == 0

    detach = _gql(world["browser"], DETACH, point=str(point.pk), ids=[str(draft.pk)])["knowledgePointQuestionsDetach"]
    assert detach["ok"] and detach["changed"] == 1
    assert list(draft.knowledge_points.all()) == []


def test_outsiders_see_no_items_and_cannot_tag(world, new_browser):
    item = _item(world, "题", [world["point"]])
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, world["host"]))
    assert _gql(outsider, POINT, id=str(world["point"].pk))["knowledgePoint"]["questions"] == []
    refused = _gql(outsider, DETACH, point=str(world["point"].pk), ids=[str(item.pk)])["knowledgePointQuestionsDetach"]
    assert not refused["ok"] and refused["errors"][0]["code"] == "PERMISSION_DENIED"
    assert list(item.knowledge_points.all()) == [world["point"]]


def test_an_item_of_another_course_is_not_found(world):
    stranger = KnowledgePointFactory(name="别的课").course
    CourseTeacherFactory(course=stranger, user=world["teacher"], role=TeacherRole.MEMBER, name="张老师")
    foreign = question_create(
        user=world["teacher"],
        course=stranger,
        data=ItemData(question_type="true_false", stem="<p>外课</p>", content={"answer": True}),
    )
    result = _gql(world["browser"], ATTACH, point=str(world["point"].pk), ids=[str(foreign.pk)])
    attach = result["knowledgePointQuestionsAttach"]
    assert not attach["ok"] and attach["errors"][0]["field"] == "questionIds"


def test_items_of_many_points_cost_the_same_queries(world):
    _item(world, "一", [world["point"]])
    variables = {"course": str(world["course"].pk)}
    _gql(world["browser"], COVERAGE_POINTS, **variables)
    with CaptureQueriesContext(connection) as small:
        _gql(world["browser"], COVERAGE_POINTS, **variables)
    for n in range(5):
        extra = KnowledgePointFactory(name=f"点{n}", course=world["course"])
        _item(world, f"题{n}", [extra, world["other"]])
    with CaptureQueriesContext(connection) as large:
        points = _gql(world["browser"], COVERAGE_POINTS, **variables)["questionCoverage"]["points"]
    assert sum(len(p["point"]["questions"]) for p in points) == 11
    assert len(large) == len(small)
