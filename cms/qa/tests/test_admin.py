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
    learner = grant(Role.SCHOOL_STUDENT, school)
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

    # and they mark a posted question answered
    edited = editor.post(_url("coursequestion", "edit", world["question"].pk), {"status": "answered"})
    assert edited.status_code == 302
    world["question"].refresh_from_db()
    assert world["question"].status == CourseQuestionStatus.ANSWERED
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
