"""The knowledge Q&A in the Wagtail admin (M7, issue 6): editors and the course team manage FAQ entries,
synonym groups and posted questions of their courses; learners are refused; never looser than the graph."""

import pytest
from django.test import Client
from django.urls import reverse

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, KnowledgePointFactory
from cms.qa.models import CourseQuestion, CourseQuestionStatus, FaqEntry
from cms.qa.tests.factories import FaqEntryFactory, SynonymFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


def _url(model: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_qa_{model}:{view}", args=args)


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    turning = CoursePageFactory(title="数控车削加工技术")
    milling = CoursePageFactory(title="数控铣削加工技术", parent=turning.get_parent())
    role_groups_ensure(root_page=turning.get_parent().get_parent())
    point = KnowledgePointFactory(course=turning, name="外圆车削对刀")
    entry = FaqEntryFactory(course=turning, question="数控车床怎样用试切法对刀？")
    other = FaqEntryFactory(course=milling, question="寻边器怎么找正工件？")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=turning, user=teacher)
    learner = grant(
        Role.SCHOOL_STUDENT,
        school,
        username="chenxm2024",
        real_name="陈小明",
        email="xiaoming@example.cn",
        phone="13912345678",
        student_or_staff_number="2024013307",
    )
    question = CourseQuestion.objects.create(course=turning, user=learner, text="对刀后第一刀车多深？")
    return {
        "school": school,
        "turning": turning,
        "milling": milling,
        "point": point,
        "entry": entry,
        "other": other,
        "editor": grant(Role.EDITOR, school),
        "teacher": teacher,
        "learner": learner,
        "question": question,
    }


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def test_an_editor_manages_faq_synonyms_and_posted_questions(world):
    # given an editor (page permissions on the library)
    editor = _client(world["editor"])
    SynonymFactory(terms="对刀 找正")
    # when they open the three lists, then each answers with every course's rows
    faq = editor.get(_url("faqentry", "list"))
    assert faq.status_code == 200
    assert "数控车床怎样用试切法对刀？" in faq.text and "寻边器怎么找正工件？" in faq.text
    assert editor.get(_url("synonym", "list")).status_code == 200
    questions = editor.get(_url("coursequestion", "list"), {"status": "open"})
    assert questions.status_code == 200 and "对刀后第一刀车多深？" in questions.text
    # and the FAQ search finds an entry by its words
    found = editor.get(_url("faqentry", "list"), {"q": "试切法"})
    assert "数控车床怎样用试切法对刀？" in found.text and "寻边器怎么找正工件？" not in found.text

    # when they add an entry with a point of its course
    added = editor.post(
        _url("faqentry", "add"),
        {
            "course": world["turning"].pk,
            "question": "对刀后怎样验证刀补是否正确？",
            "alternatives": "刀补对不对怎么检查",
            "answer": "用 MDI 移动到工件端面附近，看显示坐标与实际位置是否一致。",
            "knowledge_points": [world["point"].pk],
        },
    )
    # then it is saved with the point
    assert added.status_code == 302, added.content[:2000]
    entry = FaqEntry.objects.get(question="对刀后怎样验证刀补是否正确？")
    assert list(entry.knowledge_points.all()) == [world["point"]]

    # and a point of another course is refused with a message
    refused = editor.post(
        _url("faqentry", "add"),
        {
            "course": world["milling"].pk,
            "question": "寻边器对刀步骤？",
            "answer": "……",
            "knowledge_points": [world["point"].pk],
        },
    )
    assert refused.status_code == 200 and "Not points of this course" in refused.text
    assert not FaqEntry.objects.filter(question="寻边器对刀步骤？").exists()

    # and they dismiss a posted question with a reason
    edited = editor.post(
        _url("coursequestion", "edit", world["question"].pk), {"dismiss_reason": "duplicate", "dismiss_note": ""}
    )
    assert edited.status_code == 302
    world["question"].refresh_from_db()
    assert world["question"].status == CourseQuestionStatus.CLOSED
    assert world["question"].dismiss_reason == "duplicate" and world["question"].dismissed_by == world["editor"]
    # but nobody adds a learner's question in the admin
    assert editor.get(_url("coursequestion", "add")).status_code in (302, 403)


def test_the_course_team_manages_only_its_course(world):
    team = _client(world["teacher"])
    listing = team.get(_url("faqentry", "list"))
    assert listing.status_code == 200
    assert "数控车床怎样用试切法对刀？" in listing.text and "寻边器怎么找正工件？" not in listing.text
    assert team.get(_url("faqentry", "edit", world["entry"].pk)).status_code == 200
    assert team.get(_url("faqentry", "edit", world["other"].pk)).status_code in (302, 403, 404)
    # a synonym group for every course is for editors only
    every_course = SynonymFactory(terms="车刀 刀具")
    assert team.get(_url("synonym", "edit", every_course.pk)).status_code in (302, 403, 404)


def test_a_learner_is_refused(world):
    learner = _client(world["learner"])
    for model in ("faqentry", "synonym", "coursequestion"):
        response = learner.get(_url(model, "list"))
        assert response.status_code in (302, 403), model
        assert "数控车床怎样用试切法对刀？" not in response.text
    assert learner.get(_url("faqentry", "edit", world["entry"].pk)).status_code in (302, 403)


PRIVATE = ("chenxm2024", "xiaoming@example.cn", "13912345678", "2024013307")


def test_the_team_answers_in_the_admin_into_the_faq_and_sees_the_asker_by_name_only(world):
    team = _client(world["teacher"])
    # given the teacher opens the posted questions and the question
    listing = team.get(_url("coursequestion", "list"))
    page = team.get(_url("coursequestion", "edit", world["question"].pk))
    # then they see the question and the asker's name, and nothing else of the asker's account
    for response in (listing, page):
        assert response.status_code == 200
        assert "对刀后第一刀车多深？" in response.text and "陈小明" in response.text
        for private in PRIVATE:
            assert private not in response.text, private
    assert "外圆车削对刀" in page.text  # the course's points to pick for the FAQ entry

    # when they answer it into the FAQ with a point of the course
    answered = team.post(
        _url("coursequestion", "edit", world["question"].pk),
        {
            "answer": "第一刀背吃刀量取 0.5–1 mm，试切后测量再定。",
            "add_to_faq": "on",
            "knowledge_points": [world["point"].pk],
        },
    )
    # then the answer is stored with who, and the FAQ entry exists with the point
    assert answered.status_code == 302, answered.content[:2000]
    question = CourseQuestion.objects.get(pk=world["question"].pk)
    assert question.status == CourseQuestionStatus.ANSWERED and question.answered_by == world["teacher"]
    assert question.faq_entry.question == "对刀后第一刀车多深？"
    assert list(question.faq_entry.knowledge_points.all()) == [world["point"]]
    # and the edit page shows who answered
    again = team.get(_url("coursequestion", "edit", question.pk))
    assert "第一刀背吃刀量" in again.text and world["teacher"].display_name in again.text


def test_the_admin_shows_the_services_refusals_and_stores_nothing(world):
    team = _client(world["teacher"])
    url = _url("coursequestion", "edit", world["question"].pk)
    empty = team.post(url, {"answer": "  ", "dismiss_reason": ""})
    assert empty.status_code == 200 and "Write an answer, or choose why the question is dismissed." in empty.text
    other = team.post(url, {"answer": "", "dismiss_reason": "other", "dismiss_note": ""})
    assert other.status_code == 200 and "Say why the question is dismissed." in other.text
    long = team.post(url, {"answer": "答" * 2001})
    assert long.status_code == 200 and "Keep the answer to 2000 characters (it has 2001)." in long.text
    world["question"].refresh_from_db()
    assert world["question"].status == CourseQuestionStatus.OPEN and world["question"].answer == ""


def test_a_teacher_of_another_course_sees_no_question_of_this_one(world):
    stranger = grant(Role.TEACHER, world["school"])
    CourseTeacherFactory(course=world["milling"], user=stranger)
    client = _client(stranger)
    listing = client.get(_url("coursequestion", "list"))
    assert listing.status_code == 200 and "对刀后第一刀车多深？" not in listing.text and "陈小明" not in listing.text
    assert client.get(_url("coursequestion", "edit", world["question"].pk)).status_code in (302, 403, 404)
    refused = client.post(_url("coursequestion", "edit", world["question"].pk), {"answer": "乱答"})
    assert refused.status_code in (302, 403, 404)
    world["question"].refresh_from_db()
    assert world["question"].answer == ""
