"""Sensitive words in the course Q&A (C12, M7): a learner's question, the team's answer, its FAQ entry and the
dismissal note are refused by field, naming the words, when they hold a word whose action is block, and nothing
is stored; flagged words pass (the team reads every question before anything of it is public)."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory
from cms.core.errors import DomainError
from cms.core.models import SensitiveWord, SensitiveWordAction
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.qa.models import CourseQuestion, CourseQuestionStatus, DismissReason, FaqEntry
from cms.qa.services import course_question_answer, course_question_dismiss, course_question_post, faq_entry_save
from cms.qa.tests.factories import CourseQuestionFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

ANSWER = "用百分表找正顶尖与主轴同轴，再锁紧尾座。"


@pytest.fixture
def world():
    school = OrganisationFactory(kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    role_groups_ensure(root_page=course.get_parent().get_parent())  # the admin's permissions for the team
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher)
    SensitiveWord.objects.create(word="刷单返利", action=SensitiveWordAction.BLOCK)
    SensitiveWord.objects.create(word="网络赌博", action=SensitiveWordAction.BLOCK)
    SensitiveWord.objects.create(word="代考", action=SensitiveWordAction.FLAG)
    return {"course": course, "teacher": teacher, "learner": grant(Role.SCHOOL_STUDENT, school)}


def test_a_question_with_blocked_words_is_refused_naming_them_and_not_stored(world):
    # when a learner posts a question holding two blocked words, one spaced out to slip through, one twice
    text = "尾座怎么调？顺便问 刷 单*返 利，还有网络赌博、网络赌博"
    with pytest.raises(DomainError) as refused:
        course_question_post(course=world["course"], user=world["learner"], text=text)
    # then it is refused at the question, naming the blocked word once, and nothing is stored
    assert refused.value.field == "text"
    assert refused.value.message == (
        "Your question contains words that may not be posted: 刷单返利、网络赌博. Reword it and post it again."
    )
    assert not CourseQuestion.objects.exists()


def test_a_word_blocked_after_posting_refuses_the_same_question_again(world):
    # given a question posted before its word was blocked
    posted = course_question_post(course=world["course"], user=world["learner"], text="私彩怎么玩？")
    SensitiveWord.objects.create(word="私彩", action=SensitiveWordAction.BLOCK)
    # when the learner posts it again, then it is refused instead of handing back the open one
    with pytest.raises(DomainError, match="私彩"):
        course_question_post(course=world["course"], user=world["learner"], text="私彩怎么玩？")
    assert list(CourseQuestion.objects.values_list("pk", flat=True)) == [posted.pk]


def test_a_normal_question_and_one_with_only_flagged_words_are_posted(world):
    # when a learner posts an ordinary question and one with a word only flagged for review
    plain = course_question_post(course=world["course"], user=world["learner"], text="尾座顶尖偏了怎么调？")
    flagged = course_question_post(course=world["course"], user=world["learner"], text="代考的题目考尾座找正吗？")
    # then both are stored as written, open for the course team (who read every posted question)
    stored = [q.text for q in CourseQuestion.objects.order_by("id")]
    assert stored == ["尾座顶尖偏了怎么调？", "代考的题目考尾座找正吗？"]
    assert plain.status == flagged.status == CourseQuestionStatus.OPEN


def test_an_answer_with_blocked_words_is_refused_and_nothing_is_stored(world):
    # given an open question
    question = CourseQuestionFactory(course=world["course"], text="尾座顶尖偏了怎么调？")
    # when the team answers with a blocked word, asking for an FAQ entry too
    with pytest.raises(DomainError) as refused:
        course_question_answer(
            user=world["teacher"], question=question, answer=f"{ANSWER}想赚钱加群刷单返利", add_to_faq=True
        )
    # then it is refused at the answer, naming the word; the question stays open and no FAQ entry is made
    assert refused.value.field == "answer"
    assert refused.value.message == "The answer contains words that may not be published: 刷单返利."
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and question.answer == "" and question.answered_by is None
    assert not FaqEntry.objects.exists()


def test_a_normal_answer_goes_into_the_faq(world):
    question = CourseQuestionFactory(course=world["course"], text="尾座顶尖偏了怎么调？")
    answered = course_question_answer(user=world["teacher"], question=question, answer=ANSWER, add_to_faq=True)
    assert answered.status == CourseQuestionStatus.ANSWERED and answered.answer == ANSWER
    assert FaqEntry.objects.get().answer == ANSWER


def test_a_question_with_a_word_blocked_since_is_answered_but_not_put_into_the_faq(world):
    # given a question posted before one of its words was blocked
    question = CourseQuestionFactory(course=world["course"], text="私彩开奖和车床有关吗？")
    SensitiveWord.objects.create(word="私彩", action=SensitiveWordAction.BLOCK)
    # when the team answers it into the (public) FAQ, then that is refused at "add to FAQ", nothing stored
    with pytest.raises(DomainError) as refused:
        course_question_answer(user=world["teacher"], question=question, answer="无关。", add_to_faq=True)
    assert refused.value.field == "add_to_faq" and "私彩" in refused.value.message
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and not FaqEntry.objects.exists()
    # and answering the asker alone still works
    assert course_question_answer(user=world["teacher"], question=question, answer="无关。").answer == "无关。"


def test_a_dismissal_note_with_blocked_words_is_refused(world):
    question = CourseQuestionFactory(course=world["course"])
    with pytest.raises(DomainError) as refused:
        course_question_dismiss(user=world["teacher"], question=question, reason=DismissReason.OTHER, note="网络赌博")
    assert refused.value.field == "note" and refused.value.message.endswith("网络赌博.")
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and question.dismiss_note == ""


def test_faq_entries_with_blocked_words_are_refused_in_the_service_and_the_admin(world):
    # the service, for every text of the entry
    entry = FaqEntry(course=world["course"], question="刷单返利可信吗？", answer="不可信。", alternatives="网络赌博呢")
    with pytest.raises(ValidationError) as refused:
        faq_entry_save(entry=entry)
    assert refused.value.message_dict == {
        "question": ["Sensitive words found: 刷单返利."],
        "alternatives": ["Sensitive words found: 网络赌博."],
    }
    # and the admin's FAQ form, at the field
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(world["teacher"])
    response = client.post(
        reverse("wagtailsnippets_qa_faqentry:add"),
        {"course": world["course"].pk, "question": "尾座怎么找正？", "answer": "加群刷单返利。"},
    )
    assert response.status_code == 200 and "Sensitive words found: 刷单返利." in response.text
    assert not FaqEntry.objects.exists()
