"""Answering posted questions through GraphQL (M7, issue 6): the team lists the open questions (asker by name,
newest first, flat query count) and answers one into the FAQ, after which the same question is answered from
it; the asker sees the answer under myQuestions; dismissing with a reason; outsiders and bad input refused."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.core.models import SensitiveWord
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, KnowledgePointFactory
from cms.qa.models import CourseQuestion, CourseQuestionStatus, FaqEntry
from cms.qa.tests.factories import CourseQuestionFactory, FaqEntryFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

QUESTION = "车床尾座顶尖偏移后怎样调整？"
ANSWER = "松开尾座底板螺母，用调节螺钉横向移动尾座，以百分表找正后锁紧。"

LISTS = """
query Lists($id: ID!, $limit: Int) {
  course(id: $id) {
    openQuestions(limit: $limit) { total questions { id text status askedBy createdAt } }
    myQuestions { total questions { id text status answer answeredBy answeredAt faqEntryId dismissReason dismissNote } }
  }
}
"""
ASK = "query Ask($c: ID!, $q: String!) { courseAnswer(courseId: $c, question: $q) { answered entry { id answer } } }"
POST = """
mutation Post($c: ID!, $t: String!) { courseQuestionPost(courseId: $c, text: $t) { ok question { id askedBy } } }
"""
ANSWER_MUTATION = """
mutation Answer($id: ID!, $answer: String!, $faq: Boolean, $points: [ID!]) {
  courseQuestionAnswer(questionId: $id, answer: $answer, addToFaq: $faq, pointIds: $points) {
    ok errors { code message field }
    question { id status answer answeredBy answeredAt askedBy faqEntryId }
    faqEntry { id question answer points { id name } }
  }
}
"""
DISMISS = """
mutation Dismiss($id: ID!, $reason: CourseQuestionDismissReason!, $note: String) {
  courseQuestionDismiss(questionId: $id, reason: $reason, note: $note) {
    ok errors { code message field } question { id status dismissReason dismissNote }
  }
}
"""


@pytest.fixture
def world(new_browser):
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    FaqEntryFactory(course=course, question="数控车床怎样用试切法对刀？", answer="先车端面设 Z0，再试车外圆。")
    FaqEntryFactory(course=course, question="车内孔时刀杆振动怎么办？", answer="选粗短刀杆，降低转速。")
    teacher = grant(Role.TEACHER, school, real_name="张海涛")
    CourseTeacherFactory(course=course, user=teacher, name="张海涛")
    learner = grant(Role.SCHOOL_STUDENT, school, real_name="陈小明", email="xiaoming@example.cn")

    def signed_in(user):
        browser = new_browser()
        browser.client.force_login(user)
        return browser

    return {
        "course": course,
        "school": school,
        "teacher": teacher,
        "learner": learner,
        "team": signed_in(teacher),
        "asker": signed_in(learner),
        "signed_in": signed_in,
        "point": KnowledgePointFactory(course=course, name="尾座找正"),
    }


def test_declined_posted_answered_into_the_faq_then_answered_from_it(world):
    course, team, asker = world["course"], world["team"], world["asker"]
    # given a question the FAQ declines, posted by the learner
    assert asker.gql(ASK, {"c": course.pk, "q": QUESTION})["data"]["courseAnswer"]["answered"] is False
    posted = asker.mutate(POST, {"c": course.pk, "t": QUESTION})["question"]
    assert posted["askedBy"] == "陈小明"

    # when the team lists the open questions, then it is there with the asker's name
    lists = team.gql(LISTS, {"id": course.pk})["data"]["course"]
    assert lists["openQuestions"]["total"] == 1
    assert lists["openQuestions"]["questions"][0] | {"createdAt": None} == {
        "id": posted["id"],
        "text": QUESTION,
        "status": "OPEN",
        "askedBy": "陈小明",
        "createdAt": None,
    }

    # when the teacher answers it into the FAQ with a point
    result = team.mutate(
        ANSWER_MUTATION, {"id": posted["id"], "answer": ANSWER, "faq": True, "points": [str(world["point"].pk)]}
    )
    # then the question is answered by them and the FAQ entry carries the point
    assert result["ok"] and result["errors"] == []
    assert result["question"]["status"] == "ANSWERED" and result["question"]["answeredBy"] == "张海涛"
    assert result["faqEntry"]["question"] == QUESTION and result["faqEntry"]["answer"] == ANSWER
    assert result["faqEntry"]["points"] == [{"id": str(world["point"].pk), "name": "尾座找正"}]
    assert result["question"]["faqEntryId"] == result["faqEntry"]["id"]
    assert team.gql(LISTS, {"id": course.pk})["data"]["course"]["openQuestions"]["total"] == 0

    # and the learner sees the answer under myQuestions; asking again is answered from the FAQ
    mine = asker.gql(LISTS, {"id": course.pk})["data"]["course"]
    assert mine["openQuestions"] is None
    assert mine["myQuestions"]["questions"][0]["answer"] == ANSWER
    assert mine["myQuestions"]["questions"][0]["status"] == "ANSWERED"
    assert mine["myQuestions"]["questions"][0]["answeredBy"] == "张海涛"
    again = asker.gql(ASK, {"c": course.pk, "q": QUESTION})["data"]["courseAnswer"]
    assert again["answered"] and again["entry"] == {"id": result["faqEntry"]["id"], "answer": ANSWER}


def test_outsiders_are_refused_and_see_no_open_questions(world, browser):
    question = CourseQuestionFactory(course=world["course"], user=world["learner"], text=QUESTION)
    other_learner = world["signed_in"](grant(Role.SCHOOL_STUDENT, world["school"]))
    for outsider in (world["asker"], other_learner):
        lists = outsider.gql(LISTS, {"id": world["course"].pk})["data"]["course"]
        assert lists["openQuestions"] is None
        refused = outsider.mutate(ANSWER_MUTATION, {"id": question.pk, "answer": ANSWER, "faq": True})
        assert not refused["ok"] and refused["errors"][0]["code"] == "PERMISSION_DENIED"
        dismissed = outsider.mutate(DISMISS, {"id": question.pk, "reason": "OFF_TOPIC"})
        assert dismissed["errors"][0]["code"] == "PERMISSION_DENIED"
    # the other learner does not see the asker's question among their own
    assert other_learner.gql(LISTS, {"id": world["course"].pk})["data"]["course"]["myQuestions"]["total"] == 0
    anonymous = browser.gql(LISTS, {"id": world["course"].pk})["data"]["course"]
    assert anonymous == {"openQuestions": None, "myQuestions": None}
    assert browser.mutate(ANSWER_MUTATION, {"id": question.pk, "answer": ANSWER})["errors"][0]["code"] == (
        "UNAUTHENTICATED"
    )
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and not FaqEntry.objects.filter(question=QUESTION).exists()


def test_bad_answers_are_refused_with_clear_errors(world):
    team = world["team"]
    question = CourseQuestionFactory(course=world["course"], user=world["learner"], text=QUESTION)
    empty = team.mutate(ANSWER_MUTATION, {"id": question.pk, "answer": "  "})
    assert empty["errors"] == [{"code": "INVALID_INPUT", "message": "Write the answer first.", "field": "answer"}]
    long = team.mutate(ANSWER_MUTATION, {"id": question.pk, "answer": "答" * 2001})
    assert long["errors"][0] == {
        "code": "LIMIT_EXCEEDED",
        "message": "Keep the answer to 2000 characters (it has 2001).",
        "field": "answer",
    }
    foreign = KnowledgePointFactory(name="寻边器找正")
    other = team.mutate(ANSWER_MUTATION, {"id": question.pk, "answer": ANSWER, "faq": True, "points": [foreign.pk]})
    assert other["errors"][0]["message"] == "Not points of this course: 寻边器找正"
    assert other["errors"][0]["field"] == "pointIds"
    missing = team.mutate(ANSWER_MUTATION, {"id": "999999", "answer": ANSWER})
    assert missing["errors"][0]["code"] == "NOT_FOUND"
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and question.answer == ""
    assert not FaqEntry.objects.filter(question=QUESTION).exists()


def test_the_team_dismisses_and_the_asker_sees_why(world):
    question = CourseQuestionFactory(course=world["course"], user=world["learner"], text="食堂几点开饭？")
    needs_note = world["team"].mutate(DISMISS, {"id": question.pk, "reason": "OTHER"})
    assert needs_note["errors"][0]["field"] == "note"
    dismissed = world["team"].mutate(DISMISS, {"id": question.pk, "reason": "OFF_TOPIC", "note": "请咨询后勤处。"})
    assert dismissed["ok"] and dismissed["question"] == {
        "id": str(question.pk),
        "status": "CLOSED",
        "dismissReason": "OFF_TOPIC",
        "dismissNote": "请咨询后勤处。",
    }
    mine = world["asker"].gql(LISTS, {"id": world["course"].pk})["data"]["course"]["myQuestions"]["questions"]
    assert [(q["status"], q["dismissReason"], q["dismissNote"]) for q in mine] == [
        ("CLOSED", "OFF_TOPIC", "请咨询后勤处。")
    ]


def _count(browser, course) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        body = browser.gql(LISTS, {"id": course.pk, "limit": 50})
    assert "errors" not in body, body
    return len(queries), body["data"]["course"]


def test_the_lists_keep_a_flat_query_count(world):
    course, teacher, learner = world["course"], world["teacher"], world["learner"]

    def add(n):
        for _ in range(n):
            CourseQuestionFactory(course=course, user=UserFactory())
            CourseQuestionFactory(
                course=course, user=learner, status=CourseQuestionStatus.ANSWERED, answer="答", answered_by=teacher
            )
            CourseQuestionFactory(course=course, user=teacher)  # the teacher asks too: both lists on one request

    add(2)
    few, lists = _count(world["team"], course)
    assert lists["openQuestions"]["total"] == 4 and lists["myQuestions"]["total"] == 2
    add(12)
    many, lists = _count(world["team"], course)
    assert lists["openQuestions"]["total"] == 28 and lists["myQuestions"]["total"] == 14
    assert all(q["askedBy"] for q in lists["openQuestions"]["questions"])
    assert many == few
    mine_few, _ = _count(world["asker"], course)
    add(5)
    mine_many, lists = _count(world["asker"], course)
    assert lists["myQuestions"]["total"] == 19 and mine_many == mine_few
    assert {q["answeredBy"] for q in lists["myQuestions"]["questions"]} == {"张海涛"}
    assert CourseQuestion.objects.count() == 57


POST_CHECKED = """
mutation Post($c: ID!, $t: String!) {
  courseQuestionPost(courseId: $c, text: $t) { ok errors { code message field } question { id } }
}
"""


def test_blocked_sensitive_words_are_refused_at_the_field_they_are_in(world):
    # given a blocked word (C12)
    SensitiveWord.objects.create(word="刷单返利", action="block")
    # when a learner posts it, then the refusal names the word and the question field, and nothing is stored
    posted = world["asker"].mutate(POST_CHECKED, {"c": world["course"].pk, "t": "尾座找正要刷单返利吗？"})
    assert posted["ok"] is False and posted["question"] is None
    assert posted["errors"] == [
        {
            "code": "INVALID_INPUT",
            "message": "Your question contains words that may not be posted: 刷单返利. Reword it and post it again.",
            "field": "text",
        }
    ]
    assert not CourseQuestion.objects.exists()
    # and the team's answer holding it is refused at the answer
    question = CourseQuestionFactory(course=world["course"], user=world["learner"], text=QUESTION)
    answered = world["team"].mutate(ANSWER_MUTATION, {"id": question.pk, "answer": f"{ANSWER}刷单返利", "faq": True})
    assert answered["errors"] == [
        {
            "code": "INVALID_INPUT",
            "message": "The answer contains words that may not be published: 刷单返利.",
            "field": "answer",
        }
    ]
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and not FaqEntry.objects.filter(question=QUESTION).exists()
