"""course_question_post (M7, issue 6): a declined question goes to the course Q&A for the course team."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from cms.accounts.tests.factories import UserFactory
from cms.courses.tests.factories import CoursePageFactory
from cms.qa.models import CourseQuestion, CourseQuestionStatus
from cms.qa.services import course_question_post

pytestmark = pytest.mark.django_db


def test_a_learner_posts_a_question_once():
    # given a learner and a course
    course, user = CoursePageFactory(), UserFactory()
    # when they post a question, then post it again
    first = course_question_post(course=course, user=user, text="  车床尾座顶尖偏了\n怎么调？ ")
    again = course_question_post(course=course, user=user, text="车床尾座顶尖偏了 怎么调？")
    # then one open question is stored with its text tidied
    assert first.pk == again.pk
    assert CourseQuestion.objects.get().text == "车床尾座顶尖偏了 怎么调？"
    assert first.status == CourseQuestionStatus.OPEN and first.user == user and first.course == course


def test_anonymous_visitors_and_empty_questions_are_refused():
    course = CoursePageFactory()
    with pytest.raises(PermissionDenied):
        course_question_post(course=course, user=AnonymousUser(), text="怎么对刀？")
    with pytest.raises(ValidationError):
        course_question_post(course=course, user=UserFactory(), text="   ")
    with pytest.raises(ValidationError):
        course_question_post(course=course, user=UserFactory(), text="长" * 501)
    assert not CourseQuestion.objects.exists()
