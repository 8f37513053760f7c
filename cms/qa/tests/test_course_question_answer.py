"""course_question_answer (M7, issue 6): the course team answers a posted question; with "add to FAQ" the next
learner asking the same is answered from the FAQ; the asker is emailed once; outsiders and bad answers are
refused and nothing is stored."""

import pytest
from django.contrib.auth.models import AnonymousUser

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.core.errors import DomainError, ErrorCode
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, KnowledgePointFactory
from cms.qa.models import CourseQuestion, CourseQuestionStatus, DismissReason, FaqEntry
from cms.qa.services import course_question_answer, course_question_dismiss, course_question_post, faq_answer
from cms.qa.tests.factories import FaqEntryFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

QUESTION = "车床尾座顶尖偏移后怎样调整？"
ANSWER = "松开尾座底板螺母，用调节螺钉横向移动尾座，以百分表找正顶尖与主轴同轴，再锁紧。"


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    other = CoursePageFactory(title="数控铣削加工技术", parent=course.get_parent())
    for question, answer in (
        ("数控车床怎样用试切法对刀？", "先车端面设 Z0，再试车外圆测直径输入 X 值。"),
        ("G92和G76车螺纹有什么不同？", "G92 是单一螺纹循环，G76 是复合螺纹循环。"),
        ("车内孔时刀杆振动怎么办？", "选粗短刀杆，降低转速，减小背吃刀量。"),
    ):
        FaqEntryFactory(course=course, question=question, answer=answer)
    teacher = grant(Role.TEACHER, school, real_name="张海涛")
    CourseTeacherFactory(course=course, user=teacher, name="张海涛")
    learner = grant(Role.SCHOOL_STUDENT, school, real_name="陈小明", email="xiaoming@example.cn")
    return {
        "school": school,
        "course": course,
        "other": other,
        "teacher": teacher,
        "learner": learner,
        "point": KnowledgePointFactory(course=course, name="尾座找正"),
        "foreign_point": KnowledgePointFactory(course=other, name="寻边器找正"),
    }


def test_the_team_answers_and_the_faq_then_answers_the_same_question(world, django_capture_on_commit_callbacks):
    course, learner, teacher = world["course"], world["learner"], world["teacher"]
    # given the FAQ declines a learner's question, and they post it
    assert not faq_answer(course=course, question=QUESTION, user=learner).answered
    posted = course_question_post(course=course, user=learner, text=QUESTION)

    # when the course lead answers it, adding it to the FAQ with a point of the course
    with django_capture_on_commit_callbacks() as callbacks:
        answered = course_question_answer(
            user=teacher, question=posted, answer=f"  {ANSWER}\n", add_to_faq=True, knowledge_points=[world["point"]]
        )

    # then the answer is stored with who and when
    stored = CourseQuestion.objects.get(pk=posted.pk)
    assert stored.status == CourseQuestionStatus.ANSWERED and stored.answer == ANSWER
    assert stored.answered_by == teacher and stored.answered_at is not None
    # and an FAQ entry of the course holds the question, the answer and the point
    entry = FaqEntry.objects.get(pk=stored.faq_entry_id)
    assert (entry.course_id, entry.question, entry.answer) == (course.pk, QUESTION, ANSWER)
    assert list(entry.knowledge_points.all()) == [world["point"]]
    assert answered.faq_entry == entry
    # and the next learner asking the same is answered from the FAQ, citing that entry and its point
    again = faq_answer(course=course, question=QUESTION, user=AnonymousUser())
    assert again.answered and again.entry.pk == entry.pk and again.entry.answer == ANSWER
    assert [p.name for p in again.points] == ["尾座找正"]
    # and the asker's email is dispatched after the commit, once
    assert len(callbacks) == 1


def test_an_answer_without_the_faq_leaves_the_faq_alone(world):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    course_question_answer(user=world["teacher"], question=posted, answer=ANSWER, knowledge_points=[world["point"]])
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.ANSWERED and posted.faq_entry is None
    assert FaqEntry.objects.count() == 3
    assert not faq_answer(course=world["course"], question=QUESTION, user=AnonymousUser()).answered


def test_a_correction_updates_the_answer_and_its_faq_entry(world):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    course_question_answer(
        user=world["teacher"], question=posted, answer=ANSWER, add_to_faq=True, knowledge_points=[world["point"]]
    )
    # when an editor (page permissions on the library) corrects the answer later, without "add to FAQ" again
    role_groups_ensure(root_page=world["course"].get_parent().get_parent())
    editor = grant(Role.EDITOR, world["school"])
    course_question_answer(user=editor, question=posted, answer="先用百分表测量偏移量，再调整尾座。")
    # then the question and its FAQ entry both say the new answer, the entry keeps its point, no second entry
    posted.refresh_from_db()
    assert posted.answer == "先用百分表测量偏移量，再调整尾座。" and posted.answered_by == editor
    assert posted.faq_entry.answer == posted.answer
    assert list(posted.faq_entry.knowledge_points.all()) == [world["point"]]
    assert FaqEntry.objects.filter(question=QUESTION).count() == 1


@pytest.mark.parametrize("who", ["learner", "asker", "other_teacher", "anonymous"])
def test_people_outside_the_course_team_are_refused(world, who):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    outsider = {
        "learner": lambda: grant(Role.SCHOOL_STUDENT, world["school"]),
        "asker": lambda: world["learner"],
        "other_teacher": lambda: CourseTeacherFactory(course=world["other"], user=UserFactory()).user,
        "anonymous": AnonymousUser,
    }[who]()
    with pytest.raises(DomainError) as refused:
        course_question_answer(user=outsider, question=posted, answer=ANSWER, add_to_faq=True)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert "Only the course team and editors" in refused.value.message
    with pytest.raises(DomainError):
        course_question_dismiss(user=outsider, question=posted, reason=DismissReason.OFF_TOPIC)
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.OPEN and posted.answer == ""
    assert not FaqEntry.objects.filter(question=QUESTION).exists()


@pytest.mark.parametrize(
    ("answer", "code", "message"),
    [
        ("   \n ", ErrorCode.INVALID_INPUT, "Write the answer first."),
        ("答" * 2001, ErrorCode.LIMIT_EXCEEDED, "Keep the answer to 2000 characters (it has 2001)."),
    ],
)
def test_an_empty_or_oversized_answer_is_refused_with_a_clear_message(world, answer, code, message):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    with pytest.raises(DomainError) as refused:
        course_question_answer(user=world["teacher"], question=posted, answer=answer, add_to_faq=True)
    assert (refused.value.code, refused.value.message, refused.value.field) == (code, message, "answer")
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.OPEN and posted.answer == "" and posted.answered_by is None
    assert not FaqEntry.objects.filter(question=QUESTION).exists()
    # 2000 characters are fine
    course_question_answer(user=world["teacher"], question=posted, answer="答" * 2000)


def test_a_point_of_another_course_is_refused_and_nothing_is_stored(world):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    with pytest.raises(DomainError) as refused:
        course_question_answer(
            user=world["teacher"],
            question=posted,
            answer=ANSWER,
            add_to_faq=True,
            knowledge_points=[world["point"], world["foreign_point"]],
        )
    assert refused.value.message == "Not points of this course: 寻边器找正"
    assert refused.value.field == "point_ids"
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.OPEN and posted.faq_entry is None
    assert not FaqEntry.objects.filter(question=QUESTION).exists()


def test_a_question_already_in_the_faq_is_not_added_twice(world):
    posted = course_question_post(course=world["course"], user=world["learner"], text="车内孔时刀杆振动怎么办？")
    with pytest.raises(DomainError) as refused:
        course_question_answer(user=world["teacher"], question=posted, answer=ANSWER, add_to_faq=True)
    assert refused.value.code == ErrorCode.DUPLICATE and "already has this question" in refused.value.message
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.OPEN


def test_a_question_too_long_for_the_faq_is_refused_there_but_can_be_answered(world):
    posted = course_question_post(course=world["course"], user=world["learner"], text="尾" * 201)
    with pytest.raises(DomainError) as refused:
        course_question_answer(user=world["teacher"], question=posted, answer=ANSWER, add_to_faq=True)
    assert refused.value.code == ErrorCode.LIMIT_EXCEEDED and refused.value.field == "add_to_faq"
    assert "at most 200 characters and this one has 201" in refused.value.message
    course_question_answer(user=world["teacher"], question=posted, answer=ANSWER)
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.ANSWERED


def test_the_asker_is_emailed_the_answer_once(world, smtp_sink, eager_tasks, django_capture_on_commit_callbacks):
    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    # when the team answers (the on-commit task runs the real notification through a real SMTP server)
    with django_capture_on_commit_callbacks(execute=True):
        course_question_answer(user=world["teacher"], question=posted, answer=ANSWER)
    # then the asker got the question, the answer and a link to the course page
    mail = smtp_sink.last_to("xiaoming@example.cn")
    assert mail is not None and "数控车削加工技术" in mail.subject
    assert QUESTION in mail.body and ANSWER in mail.body
    assert f"/courses/{world['course'].pk}#knowledge-qa" in mail.body
    posted.refresh_from_db()
    assert posted.notified_at is not None
    # and a correction does not send a second email
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        course_question_answer(user=world["teacher"], question=posted, answer="更正：" + ANSWER)
    assert callbacks == [] and len(smtp_sink.messages) == 1


def test_an_asker_without_email_gets_no_email(world, smtp_sink, eager_tasks, django_capture_on_commit_callbacks):
    asker = grant(Role.SCHOOL_STUDENT, world["school"], email="")
    posted = course_question_post(course=world["course"], user=asker, text=QUESTION)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        course_question_answer(user=world["teacher"], question=posted, answer=ANSWER)
    assert callbacks == [] and smtp_sink.messages == []


def test_a_refused_email_leaves_the_answer_and_is_tried_again(world, smtp_sink):
    from cms.accounts.messaging.email import EmailError
    from cms.qa.services import course_question_answered_notify

    posted = course_question_post(course=world["course"], user=world["learner"], text=QUESTION)
    course_question_answer(user=world["teacher"], question=posted, answer=ANSWER)
    smtp_sink.refused_recipients.add("xiaoming@example.cn")
    with pytest.raises(EmailError):
        course_question_answered_notify(question_id=posted.pk)
    posted.refresh_from_db()
    assert posted.status == CourseQuestionStatus.ANSWERED and posted.notified_at is None
    # when the mail server takes it on the retry, then it is sent once and marked
    smtp_sink.refused_recipients.clear()
    assert course_question_answered_notify(question_id=posted.pk) is True
    assert course_question_answered_notify(question_id=posted.pk) is False
    assert len(smtp_sink.messages) == 1
