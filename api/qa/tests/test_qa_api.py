"""Knowledge Q&A through GraphQL (M7, issue 6): a paraphrase is answered with cited points, prerequisites and
resources; an off-topic question is declined with an offer to post; only logged-in users post; long questions
are refused; the course page's FAQ keeps a flat query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind
from cms.courses.tests.factories import CoursePageFactory, KnowledgePointFactory
from cms.qa.models import CourseQuestion, FaqEntry
from cms.qa.services import faq_entry_save
from cms.resources.models import Resource
from cms.resources.tests.factories import grant, text_resource

pytestmark = pytest.mark.django_db

ANSWER = """
query Answer($c: ID!, $q: String!) {
  courseAnswer(courseId: $c, question: $q) {
    answered confidence suggestion canPost
    entry { id question answer }
    points { id name } prerequisites { id name }
    resources { pointId resource { id title } }
    sources { kind id title reason }
  }
}
"""
POST = """
mutation Post($c: ID!, $t: String!) {
  courseQuestionPost(courseId: $c, text: $t) { ok errors { code message field } question { id text status createdAt } }
}
"""
FAQ = "query($id: ID!) { course(id: $id) { faq(limit: 100) { total entries { id question points { id name } } } } }"


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    setting = KnowledgePointFactory(course=course, name="外圆车削对刀", sort_order=0)
    nose = KnowledgePointFactory(course=course, name="刀尖圆弧半径补偿", sort_order=1)
    KnowledgeEdge.objects.create(course=course, source=setting, target=nose, kind=KnowledgeEdgeKind.PREREQUISITE)
    entry = FaqEntry(
        course=course,
        question="为什么要设置刀尖圆弧半径补偿？",
        answer="刀尖是圆弧，车锥面和圆弧会欠切或过切，用 G41/G42 补偿。",
        alternatives="刀补G41G42有什么用",
    )
    faq_entry_save(entry=entry, knowledge_points=[nose])
    faq_entry_save(
        entry=FaqEntry(course=course, question="数控车床怎样用试切法对刀？", answer="先车端面设 Z0，再试车外圆。"),
        knowledge_points=[setting],
    )
    resource = text_resource(teacher, school, course, title="对刀操作说明", knowledge_points=[setting])
    resource.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
    return {"school": school, "course": course, "entry": entry, "setting": setting, "nose": nose, "teacher": teacher}


def test_a_paraphrase_is_answered_with_cited_points_prerequisites_and_resources(world, browser):
    # given an anonymous visitor asking in their own words
    body = browser.gql(ANSWER, {"c": world["course"].pk, "q": "不设刀尖圆弧补偿车锥面会怎样"})
    answer = body["data"]["courseAnswer"]
    # then the FAQ entry answers, with its point, the prerequisite point and the public resource of that point
    assert answer["answered"] and 0 < answer["confidence"] <= 1
    assert answer["entry"]["question"] == "为什么要设置刀尖圆弧半径补偿？"
    assert [p["name"] for p in answer["points"]] == ["刀尖圆弧半径补偿"]
    assert [p["name"] for p in answer["prerequisites"]] == ["外圆车削对刀"]
    assert answer["resources"] == [
        {
            "pointId": str(world["setting"].pk),
            "resource": {"id": answer["resources"][0]["resource"]["id"], "title": "对刀操作说明"},
        }
    ]
    kinds = [(s["kind"], s["title"]) for s in answer["sources"]]
    assert kinds[0] == ("FAQ_ENTRY", "为什么要设置刀尖圆弧半径补偿？")
    assert ("KNOWLEDGE_POINT", "刀尖圆弧半径补偿") in kinds and ("PREREQUISITE", "外圆车削对刀") in kinds
    cited = next(s for s in answer["sources"] if s["kind"] == "RESOURCE")
    assert cited["title"] == "对刀操作说明" and cited["reason"] == "外圆车削对刀"
    assert answer["suggestion"] == "" and answer["canPost"] is False


def test_anonymous_sees_public_resources_only(world, browser):
    # given the resource becomes visible to logged-in users only
    Resource.objects.filter(title="对刀操作说明").update(visibility="login")
    answer = browser.gql(ANSWER, {"c": world["course"].pk, "q": "刀补G41G42有什么用"})["data"]["courseAnswer"]
    assert answer["answered"] and answer["resources"] == []
    assert all(s["kind"] != "RESOURCE" for s in answer["sources"])


def test_an_off_topic_question_is_declined_and_posting_is_offered_to_logged_in_users(world, browser, new_browser):
    anonymous = browser.gql(ANSWER, {"c": world["course"].pk, "q": "食堂几点开饭"})["data"]["courseAnswer"]
    assert not anonymous["answered"] and anonymous["entry"] is None and anonymous["sources"] == []
    assert "Post it to the course Q&A" in anonymous["suggestion"] and anonymous["canPost"] is False

    learner = new_browser()
    learner.client.force_login(grant(Role.SCHOOL_STUDENT, world["school"]))
    declined = learner.gql(ANSWER, {"c": world["course"].pk, "q": "食堂几点开饭"})["data"]["courseAnswer"]
    assert declined["canPost"] is True

    # when the learner posts it (twice), then one open question is kept
    first = learner.mutate(POST, {"c": world["course"].pk, "t": "  食堂几点开饭  "})
    again = learner.mutate(POST, {"c": world["course"].pk, "t": "食堂几点开饭"})
    assert first["ok"] and first["question"]["status"] == "OPEN" and first["question"]["text"] == "食堂几点开饭"
    assert again["question"]["id"] == first["question"]["id"]
    assert CourseQuestion.objects.count() == 1


def test_anonymous_cannot_post(world, browser):
    refused = browser.mutate(POST, {"c": world["course"].pk, "t": "对刀后第一刀车多深？"})
    assert not refused["ok"] and refused["errors"][0]["code"] == "UNAUTHENTICATED"
    assert not CourseQuestion.objects.exists()


def test_a_too_long_question_is_refused_with_a_clear_error(world, browser, new_browser):
    body = browser.gql(ANSWER, {"c": world["course"].pk, "q": "对刀" * 151})
    assert body["data"] is None or body["data"].get("courseAnswer") is None
    assert "300 characters" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"

    learner = new_browser()
    learner.client.force_login(grant(Role.SCHOOL_STUDENT, world["school"]))
    refused = learner.mutate(POST, {"c": world["course"].pk, "t": "问" * 501})
    assert refused["errors"][0]["code"] == "LIMIT_EXCEEDED" and refused["errors"][0]["field"] == "text"


def test_an_unknown_course_is_not_found(browser):
    body = browser.gql(ANSWER, {"c": "999999", "q": "怎样对刀"})
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def _faq_queries(browser, course) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        body = browser.gql(FAQ, {"id": course.pk})
    return len(queries), body


def test_course_faq_lists_entries_with_points_in_a_flat_number_of_queries(world, browser):
    course = world["course"]
    few, body = _faq_queries(browser, course)
    faq = body["data"]["course"]["faq"]
    assert faq["total"] == 2
    assert [(e["question"], [p["name"] for p in e["points"]]) for e in faq["entries"]] == [
        ("为什么要设置刀尖圆弧半径补偿？", ["刀尖圆弧半径补偿"]),
        ("数控车床怎样用试切法对刀？", ["外圆车削对刀"]),
    ]
    # when the FAQ grows, then the request asks the database as often as before
    for i in range(8):
        point = KnowledgePointFactory(course=course, name=f"点{i}")
        faq_entry_save(entry=FaqEntry(course=course, question=f"问题{i}", answer="答。"), knowledge_points=[point])
    many, body = _faq_queries(browser, course)
    assert body["data"]["course"]["faq"]["total"] == 10 and many == few
