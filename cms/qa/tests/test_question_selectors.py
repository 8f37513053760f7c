"""Posted-question lists (M7, issue 6): the team's open questions and a learner's own, newest first, paged, in a
fixed number of queries."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.tests.factories import UserFactory
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.qa.models import CourseQuestionStatus
from cms.qa.selectors import course_open_questions, my_course_questions
from cms.qa.tests.factories import CourseQuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_teacher():
    course = CoursePageFactory()
    teacher = UserFactory()
    CourseTeacherFactory(course=course, user=teacher)
    return course, teacher


def test_the_team_sees_open_questions_newest_first_others_see_none(course_and_teacher):
    course, teacher = course_and_teacher
    learner = UserFactory()
    first = CourseQuestionFactory(course=course, user=learner, text="第一问")
    CourseQuestionFactory(course=course, user=learner, text="已答", status=CourseQuestionStatus.ANSWERED)
    second = CourseQuestionFactory(course=course, text="第二问")
    CourseQuestionFactory(text="别的课程")
    page = course_open_questions(course, teacher)
    assert [q.pk for q in page.questions] == [second.pk, first.pk] and page.total == 2
    assert [q.pk for q in course_open_questions(course, teacher, limit=1, offset=1).questions] == [first.pk]
    assert course_open_questions(course, learner) is None
    assert course_open_questions(course, AnonymousUser()) is None


def test_a_learner_sees_their_own_questions_with_answers(course_and_teacher):
    course, _teacher = course_and_teacher
    learner = UserFactory()
    mine = CourseQuestionFactory(course=course, user=learner, text="我的")
    answered = CourseQuestionFactory(
        course=course, user=learner, text="我的已答", status=CourseQuestionStatus.ANSWERED, answer="答"
    )
    CourseQuestionFactory(course=course, text="别人的")
    page = my_course_questions(course, learner)
    assert [q.pk for q in page.questions] == [answered.pk, mine.pk] and page.total == 2
    assert my_course_questions(course, AnonymousUser()) is None


@pytest.mark.parametrize("select", ["open", "mine"])
def test_the_lists_take_a_fixed_number_of_queries(course_and_teacher, select):
    course, teacher = course_and_teacher
    learner = UserFactory()

    def run():
        with CaptureQueriesContext(connection) as queries:
            if select == "open":
                page = course_open_questions(course, teacher)
                names = [q.asker_name for q in page.questions]
            else:
                page = my_course_questions(course, learner)
                names = [q.answered_by.display_name for q in page.questions]
        return len(queries), names

    def add(n):
        for _ in range(n):
            CourseQuestionFactory(
                course=course,
                user=learner if select == "mine" else UserFactory(),
                status=CourseQuestionStatus.OPEN if select == "open" else CourseQuestionStatus.ANSWERED,
                answered_by=None if select == "open" else UserFactory(),
            )

    add(2)
    few, names = run()
    add(18)
    many, more = run()
    assert len(names) == 2 and len(more) == 20 and many == few
