"""course_question_dismiss (M7, issue 6): the course team closes a duplicate or off-topic question with a reason;
"other" needs a note; an answered question is not dismissed; answering a dismissed one reopens it as answered."""

import pytest

from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.core.errors import DomainError, ErrorCode
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.qa.models import CourseQuestionStatus, DismissReason
from cms.qa.services import course_question_answer, course_question_dismiss
from cms.qa.tests.factories import CourseQuestionFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_and_question():
    school = OrganisationFactory()
    course = CoursePageFactory()
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher)
    return teacher, CourseQuestionFactory(course=course, text="食堂几点开饭？")


def test_the_team_dismisses_an_off_topic_question_with_a_reason(team_and_question):
    teacher, question = team_and_question
    dismissed = course_question_dismiss(
        user=teacher, question=question, reason=DismissReason.OFF_TOPIC, note="  请咨询 后勤处。 "
    )
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.CLOSED and dismissed.status == CourseQuestionStatus.CLOSED
    assert question.dismiss_reason == DismissReason.OFF_TOPIC and question.dismiss_note == "请咨询 后勤处。"
    assert question.dismissed_by == teacher and question.dismissed_at is not None


def test_other_needs_a_note_and_unknown_reasons_are_refused(team_and_question):
    teacher, question = team_and_question
    with pytest.raises(DomainError) as refused:
        course_question_dismiss(user=teacher, question=question, reason=DismissReason.OTHER, note="  ")
    assert (refused.value.message, refused.value.field) == ("Say why the question is dismissed.", "note")
    with pytest.raises(DomainError) as refused:
        course_question_dismiss(user=teacher, question=question, reason="rude")
    assert refused.value.field == "reason"
    with pytest.raises(DomainError) as refused:
        course_question_dismiss(user=teacher, question=question, reason=DismissReason.DUPLICATE, note="重" * 201)
    assert refused.value.code == ErrorCode.LIMIT_EXCEEDED
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.OPEN and question.dismiss_reason == ""


def test_an_answered_question_is_not_dismissed_but_a_dismissed_one_can_be_answered(team_and_question):
    teacher, question = team_and_question
    course_question_dismiss(user=teacher, question=question, reason=DismissReason.DUPLICATE)
    # when the team answers it after all, then it is answered and the dismissal is gone
    course_question_answer(user=teacher, question=question, answer="食堂 11:30 开饭。")
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.ANSWERED
    assert question.dismiss_reason == "" and question.dismissed_by is None
    # and it can no longer be dismissed
    with pytest.raises(DomainError) as refused:
        course_question_dismiss(user=teacher, question=question, reason=DismissReason.DUPLICATE)
    assert refused.value.code == ErrorCode.CONFLICT
    question.refresh_from_db()
    assert question.status == CourseQuestionStatus.ANSWERED
