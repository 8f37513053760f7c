"""Self-test attempts (L5): a drawn paper per attempt, autosave and resume, scoring on submit, idempotent
submit, history and best score, and the refusals."""

import random
from decimal import Decimal

import pytest
from django.utils import translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import attempts
from cms.questions.models import Attempt, AttemptAnswer, AttemptState, Paper, PaperItem, PaperKind, PaperRule
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _publish(question):
    question.get_latest_revision().publish(skip_permission_checks=True)
    for sub in question.sub_questions.all():
        sub.save_revision().publish(skip_permission_checks=True)
    return question


@pytest.fixture
def world():
    host = host_organisation()
    point = KnowledgePointFactory(name="G71")
    course = point.course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")

    def make(kind, content, stem="<p>题</p>", **extra):
        data = ItemData(question_type=kind, stem=stem, content=content, knowledge_point_ids=[point.pk], **extra)
        return _publish(question_create(user=teacher, course=course, data=data))

    options = [{"key": k, "text": k} for k in "ABCD"]
    single = make("single", {"options": options, "answer": "B"}, score=2)
    multiple = make("multiple", {"options": options, "answer": ["A", "C"]}, score=4)
    blank = make("fill_blank", {"blanks": [{"answers": ["G71"]}, {"answers": ["G70"]}]}, score=2)
    essay = make("essay", {}, score=10)
    return {
        "course": course,
        "point": point,
        "teacher": teacher,
        "learner": grant(Role.SCHOOL_STUDENT, host),
        "host": host,
        "single": single,
        "multiple": multiple,
        "blank": blank,
        "essay": essay,
        "make": make,
    }


def _fixed(world, *questions, **options) -> Paper:
    paper = Paper.objects.create(
        course=world["course"], title="第一单元自测", kind=PaperKind.FIXED, open=True, **options
    )
    for i, q in enumerate(questions):
        PaperItem.objects.create(paper=paper, question=q, score=q.score, sort_order=i)
    return paper


def test_autosave_resume_submit_scores_objective_items_and_keeps_the_best(world):
    learner = world["learner"]
    paper = _fixed(world, world["single"], world["multiple"], world["blank"])
    attempt = attempts.attempt_start(user=learner, paper=paper, rng=random.Random(1))
    assert attempt.max_score == Decimal("8.00") and len(attempt.items) == 3
    attempts.answer_save(user=learner, attempt=attempt, question_id=world["single"].pk, response="B")
    # closing the browser and coming back resumes the same attempt with the saved answer
    again = attempts.attempt_start(user=learner, paper=paper)
    assert again.pk == attempt.pk
    assert AttemptAnswer.objects.get(attempt=attempt, question_id=world["single"].pk).response == "B"
    result = attempts.attempt_submit(
        user=learner, attempt=attempt, answers={world["multiple"].pk: ["A"], world["blank"].pk: ["ｇ７１", "x"]}
    )
    # 2 (single) + 2 (multiple, a correct subset earns half) + 1 (one blank of two)
    assert result.attempt.state == AttemptState.GRADED and result.attempt.score == Decimal("5.00")
    assert result.best_score == Decimal("5.00")
    # a doubled submit changes nothing
    twice = attempts.attempt_submit(user=learner, attempt=attempt, answers={world["multiple"].pk: ["A", "C"]})
    assert twice.attempt.score == Decimal("5.00") and Attempt.objects.count() == 1
    # a second attempt is a new one; the best score is kept
    second = attempts.attempt_start(user=learner, paper=paper)
    assert second.number == 2
    done = attempts.attempt_submit(user=learner, attempt=second, answers={world["single"].pk: "A"})
    assert done.attempt.score == Decimal("0.00") and done.best_score == Decimal("5.00")
    assert [a.number for a in attempts.attempt_history(user=learner, paper=paper)] == [2, 1]


def test_open_items_wait_for_grading(world):
    paper = _fixed(world, world["single"], world["essay"])
    attempt = attempts.attempt_start(user=world["learner"], paper=paper)
    result = attempts.attempt_submit(
        user=world["learner"], attempt=attempt, answers={world["single"].pk: "B", world["essay"].pk: "我的论述"}
    )
    assert result.attempt.state == AttemptState.SUBMITTED and result.attempt.score == Decimal("2.00")
    assert result.best_score is None
    essay = AttemptAnswer.objects.get(attempt=attempt, question_id=world["essay"].pk)
    assert essay.points is None and essay.response == "我的论述"


def test_random_papers_draw_per_attempt_and_honour_the_rules(world):
    for i in range(6):
        world["make"]("true_false", {"answer": i % 2 == 0}, stem=f"<p>判断 {i}</p>")
    paper = Paper.objects.create(course=world["course"], title="随机自测", kind=PaperKind.RANDOM, open=True)
    PaperRule.objects.create(paper=paper, question_type="true_false", count=3, score_each=2)
    PaperRule.objects.create(paper=paper, question_type="single", count=1, knowledge_point=world["point"], score_each=5)
    first = attempts.attempt_start(user=world["learner"], paper=paper, rng=random.Random(1))
    assert [i["type"] for i in first.items].count("true_false") == 3 and first.max_score == Decimal("11.00")
    other = grant(Role.SCHOOL_STUDENT, world["host"])
    papers = {
        tuple(
            sorted(
                i["id"]
                for i in attempts.attempt_start(
                    user=grant(Role.SCHOOL_STUDENT, world["host"]), paper=paper, rng=random.Random(s)
                ).items
            )
        )
        for s in range(8)
    }
    assert len(papers) > 1
    PaperRule.objects.create(paper=paper, question_type="matching", count=1, score_each=1)
    with pytest.raises(DomainError, match="needs 1 items but the bank has 0"):
        attempts.attempt_start(user=other, paper=paper)


def test_answer_keys_are_frozen_when_the_attempt_starts(world):
    paper = _fixed(world, world["single"])
    attempt = attempts.attempt_start(user=world["learner"], paper=paper)
    single = world["single"]
    single.content = {**single.content, "answer": "A"}
    single.save()
    result = attempts.attempt_submit(user=world["learner"], attempt=attempt, answers={single.pk: "B"})
    assert result.attempt.score == Decimal("2.00")


def test_refusals(world):
    paper = _fixed(world, world["single"], max_attempts=1)
    learner = world["learner"]
    attempt = attempts.attempt_start(user=learner, paper=paper)
    stranger = grant(Role.SCHOOL_STUDENT, world["host"])
    with pytest.raises(DomainError) as refused:
        attempts.answer_save(user=stranger, attempt=attempt, question_id=world["single"].pk, response="A")
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    with pytest.raises(DomainError, match="not part of the attempt"):
        attempts.answer_save(user=learner, attempt=attempt, question_id=world["essay"].pk, response="x")
    with pytest.raises(DomainError, match="too long"):
        attempts.answer_save(user=learner, attempt=attempt, question_id=world["single"].pk, response="长" * 8000)
    attempts.attempt_submit(user=learner, attempt=attempt)
    with pytest.raises(DomainError) as late:
        attempts.answer_save(user=learner, attempt=attempt, question_id=world["single"].pk, response="A")
    assert late.value.code == ErrorCode.CONFLICT
    with pytest.raises(DomainError) as used:
        attempts.attempt_start(user=learner, paper=paper)
    assert used.value.code == ErrorCode.LIMIT_EXCEEDED
    paper.open = False
    paper.save()
    with pytest.raises(DomainError, match="not open"):
        attempts.attempt_start(user=stranger, paper=paper)


def test_a_case_analysis_is_scored_through_its_parts(world):
    options = [{"key": k, "text": k} for k in "AB"]
    case = ItemData(
        question_type="case",
        stem="<p>案例</p>",
        sub_questions=[
            ItemData(question_type="single", stem="<p>1</p>", content={"options": options, "answer": "A"}, score=3),
            ItemData(question_type="true_false", stem="<p>2</p>", content={"answer": True}, score=1),
        ],
    )
    question = _publish(question_create(user=world["teacher"], course=world["course"], data=case))
    paper = _fixed(world, question)
    attempt = attempts.attempt_start(user=world["learner"], paper=paper)
    first, second = (p["id"] for p in attempt.items[0]["parts"])
    result = attempts.attempt_submit(user=world["learner"], attempt=attempt, answers={first: "A", second: False})
    assert result.attempt.score == Decimal("3.00") and result.attempt.max_score == Decimal("4.00")
