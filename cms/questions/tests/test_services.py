"""Writing items of a course's question bank (C4, M5): drafts, revisions, case analyses, cleaning, refusals."""

from decimal import Decimal

import pytest
from django.utils import translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory, OutlineItemFactory
from cms.questions.models import Question
from cms.questions.services import ItemData, question_create, question_update
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    host = host_organisation()
    point = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = point.course
    other_point = KnowledgePointFactory(name="别的课程的点")
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {
        "course": course,
        "point": point,
        "other_point": other_point,
        "module": OutlineItemFactory(course=course, title="轴类零件"),
        "teacher": teacher,
        "outsider": grant(Role.TEACHER, host),
        "host": host,
    }


def _single(world, **changes) -> ItemData:
    data = ItemData(
        question_type="single",
        stem='<p>G71 指令中 <span data-latex="\\Delta d">Δd</span> 表示？<script>alert(1)</script></p>',
        content={"options": [{"key": "A", "text": "背吃刀量"}, {"key": "B", "text": "退刀量"}], "answer": "A"},
        explanation='<p onclick="x()">见说明书</p>',
        difficulty=2,
        score="2",
        knowledge_point_ids=[world["point"].pk],
        module_id=world["module"].pk,
        tags=["G71", " 循环 "],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_new_item_is_a_cleaned_draft_with_its_points_tags_and_revision(world):
    question = question_create(user=world["teacher"], course=world["course"], data=_single(world))
    question = Question.objects.get(pk=question.pk)
    assert not question.live and question.latest_revision is not None
    assert "<script" not in question.stem and 'data-latex="\\Delta d"' in question.stem
    assert question.explanation == "<p>见说明书</p>"
    assert question.content["answer"] == "A" and question.score == Decimal("2.00")
    assert list(question.knowledge_points.all()) == [world["point"]]
    assert sorted(t.name for t in question.tags.all()) == ["G71", "循环"]
    assert world["point"].questions.get() == question


def test_a_case_analysis_scores_as_the_sum_of_its_sub_questions(world):
    case = ItemData(
        question_type="case",
        stem="<p>某企业加工一批阶梯轴……</p>",
        sub_questions=[
            _single(world, score=3),
            ItemData(question_type="short_answer", stem="<p>说明刀具选择理由。</p>", score=7),
        ],
    )
    question = question_create(user=world["teacher"], course=world["course"], data=case)
    assert question.score == Decimal("10.00")
    assert [(q.question_type, q.sort_order) for q in question.sub_questions.all()] == [
        ("single", 0),
        ("short_answer", 1),
    ]
    edited = question_update(
        user=world["teacher"],
        question=question,
        data=ItemData(question_type="case", stem="<p>改</p>", sub_questions=[_single(world, score=4)]),
    )
    assert edited.score == Decimal("4.00") and edited.sub_questions.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"question_type": "dictation"}, "question_type", "Unknown question type"),
        ({"stem": "<script>only</script>"}, "stem", "Write the question"),
        ({"content": {"options": [{"key": "A", "text": "x"}], "answer": "A"}}, "content", "options: At least 2"),
        ({"difficulty": 9}, "difficulty", "from 1 (easy) to 5"),
        ({"score": "many"}, "score", "must be a number"),
        ({"score": "-1"}, "score", "between 0 and 1000"),
        ({"source": "internet"}, "source", "Unknown source"),
        ({"sub_questions": [ItemData(question_type="essay", stem="x")]}, "sub_questions", "Only a case analysis"),
    ],
)
def test_bad_items_are_refused_with_the_field_and_nothing_is_stored(world, changes, field, message):
    with pytest.raises(DomainError) as refused:
        question_create(user=world["teacher"], course=world["course"], data=_single(world, **changes))
    assert refused.value.code == ErrorCode.INVALID_INPUT and refused.value.field == field
    assert message in refused.value.message
    assert not Question.objects.exists()


def test_points_and_modules_of_another_course_and_nested_cases_are_refused(world):
    with pytest.raises(DomainError, match="not part of this course"):
        question_create(
            user=world["teacher"],
            course=world["course"],
            data=_single(world, knowledge_point_ids=[world["other_point"].pk]),
        )
    nested = ItemData(question_type="case", stem="x", sub_questions=[ItemData(question_type="case", stem="y")])
    with pytest.raises(DomainError) as refused:
        question_create(user=world["teacher"], course=world["course"], data=nested)
    assert refused.value.field == "sub_questions.0.question_type"
    assert refused.value.message.startswith("Sub-question 1: A case analysis cannot contain")
    assert not Question.objects.exists()


def test_only_the_course_team_writes_the_bank(world):
    with pytest.raises(DomainError) as refused:
        question_create(user=world["outsider"], course=world["course"], data=_single(world))
    assert refused.value.code == ErrorCode.PERMISSION_DENIED


def test_updating_a_draft_keeps_one_row_and_adds_a_revision(world):
    question = question_create(user=world["teacher"], course=world["course"], data=_single(world))
    question_update(user=world["teacher"], question=question, data=_single(world, stem="<p>新题干</p>", difficulty=4))
    question = Question.objects.get(pk=question.pk)
    assert question.stem == "<p>新题干</p>" and question.difficulty == 4
    assert question.revisions.count() == 2 and Question.objects.count() == 1


def test_the_course_coverage_counts_published_questions_per_point(world):
    from cms.courses.selectors import Gap, course_coverage

    def row():
        return next(r for r in course_coverage(world["course"]) if r.point == world["point"])

    question = question_create(user=world["teacher"], course=world["course"], data=_single(world))
    assert row().questions == 0 and Gap.NO_QUESTION in row().gaps  # a draft does not cover anything yet
    question.get_latest_revision().publish(skip_permission_checks=True)
    assert row().questions == 1 and Gap.NO_QUESTION not in row().gaps
    Question.objects.filter(pk=question.pk).update(deleted_at="2026-11-26T10:00:00Z")
    assert row().questions == 0
