"""Self-test papers (L5): the course team writes fixed and random papers; totals; the bank must satisfy the
rules when saved; who may read and take them; the viewer's attempt stats in one query."""

import random
from decimal import Decimal

import pytest
from django.utils import translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory, OutlineItemFactory
from cms.questions import attempts, papers
from cms.questions.models import Paper, PaperKind
from cms.questions.papers import PaperData, PaperItemData, PaperRuleData
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    host = host_organisation()
    point = KnowledgePointFactory(name="G71")
    course = point.course
    module = OutlineItemFactory(course=course)
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")

    def make(kind, content, publish=True, **extra):
        data = ItemData(question_type=kind, stem="<p>题</p>", content=content, knowledge_point_ids=[point.pk], **extra)
        question = question_create(user=teacher, course=course, data=data)
        if publish:
            question.get_latest_revision().publish(skip_permission_checks=True)
        return question

    options = [{"key": k, "text": k} for k in "ABCD"]
    singles = [make("single", {"options": options, "answer": "B"}, score=2, module_id=module.pk) for _ in range(3)]
    tf = make("true_false", {"answer": True}, score=1, difficulty=1)
    draft = make("single", {"options": options, "answer": "A"}, publish=False)
    return {
        "course": course,
        "module": module,
        "point": point,
        "teacher": teacher,
        "learner": grant(Role.SCHOOL_STUDENT, host),
        "singles": singles,
        "tf": tf,
        "draft": draft,
    }


def test_a_fixed_paper_holds_published_items_with_their_scores_and_a_total(world):
    # given two published items, one with its own score and one with the paper's
    data = PaperData(
        title="第一单元自测",
        items=[PaperItemData(world["singles"][0].pk), PaperItemData(world["tf"].pk, score="3.5")],
        open=True,
    )
    # when the teacher saves it
    paper = papers.paper_create(user=world["teacher"], course=world["course"], data=data)
    # then it keeps the items in order with the scores and totals 5.5
    assert [(i.question_id, i.score) for i in paper.items.all()] == [
        (world["singles"][0].pk, Decimal("2.00")),
        (world["tf"].pk, Decimal("3.50")),
    ]
    assert papers.paper_total(paper) == Decimal("5.50")
    assert papers.paper_item_count(paper) == 2


def test_a_fixed_paper_refuses_drafts_and_other_courses_items(world):
    data = PaperData(title="自测", items=[PaperItemData(world["singles"][0].pk), PaperItemData(world["draft"].pk)])
    with pytest.raises(DomainError) as refused:
        papers.paper_create(user=world["teacher"], course=world["course"], data=data)
    assert refused.value.field == "items.1.question_id"
    assert "not a published item" in refused.value.message
    assert not Paper.objects.exists()


def test_a_random_paper_is_checked_against_the_bank_and_names_the_short_rule(world):
    # given a bank of three published single-choice items and one true/false
    rules = [
        PaperRuleData("true_false", 1, "2"),
        PaperRuleData("single", 4, "1", module_id=world["module"].pk),
    ]
    # when the second rule asks for more than exist, then the refusal names it and how many fit
    with pytest.raises(DomainError) as refused:
        papers.paper_create(
            user=world["teacher"], course=world["course"], data=PaperData("随机", "random", rules=rules)
        )
    assert refused.value.field == "rules.1"
    assert refused.value.message == "Rule 2 (Single choice × 4) needs 4 items but the bank has 3 that fit."
    # and with three it saves, totals count × score and each attempt draws a paper that honours the rules
    rules[1].count = 3
    paper = papers.paper_create(
        user=world["teacher"], course=world["course"], data=PaperData("随机", "random", rules=rules, open=True)
    )
    assert papers.paper_total(paper) == Decimal("5.00") and papers.paper_item_count(paper) == 4
    attempt = attempts.attempt_start(user=world["learner"], paper=paper, rng=random.Random(3))
    assert sorted(i["type"] for i in attempt.items) == ["single", "single", "single", "true_false"]
    assert all(i["stem"] == "<p>题</p>" for i in attempt.items)  # what the learner reads is frozen too


def test_rules_refuse_foreign_modules_and_bad_scores(world):
    other = OutlineItemFactory()
    with pytest.raises(DomainError) as refused:
        papers.rules_check(world["course"], [PaperRuleData("single", 1, "1", module_id=other.pk)])
    assert refused.value.field == "rules.0.module_id"
    with pytest.raises(DomainError) as refused:
        papers.rules_check(world["course"], [PaperRuleData("single", 1, "0")])
    assert refused.value.field == "rules.0.score_each"


def test_only_the_team_writes_and_a_taken_paper_is_closed_not_deleted(world):
    data = PaperData(title="自测", items=[PaperItemData(world["tf"].pk)], open=True)
    with pytest.raises(DomainError) as refused:
        papers.paper_create(user=world["learner"], course=world["course"], data=data)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    paper = papers.paper_create(user=world["teacher"], course=world["course"], data=data)
    # update replaces the items
    data.items = [PaperItemData(world["singles"][1].pk, score=5)]
    paper = papers.paper_update(user=world["teacher"], paper=paper, data=data)
    assert [i.question_id for i in paper.items.all()] == [world["singles"][1].pk]
    attempts.attempt_start(user=world["learner"], paper=paper)
    with pytest.raises(DomainError) as refused:
        papers.paper_delete(user=world["teacher"], paper=paper)
    assert refused.value.code == ErrorCode.CONFLICT
    untaken = papers.paper_create(user=world["teacher"], course=world["course"], data=data)
    papers.paper_delete(user=world["teacher"], paper=untaken)
    assert not Paper.objects.filter(pk=untaken.pk).exists()


def test_learners_see_and_take_open_papers_of_published_courses_only(world):
    closed = papers.paper_create(
        user=world["teacher"], course=world["course"], data=PaperData("未开放", items=[PaperItemData(world["tf"].pk)])
    )
    opened = papers.paper_create(
        user=world["teacher"],
        course=world["course"],
        data=PaperData("已开放", items=[PaperItemData(world["tf"].pk)], open=True, module_id=world["module"].pk),
    )
    learner = world["learner"]
    assert list(papers.self_tests(world["course"])) == [opened]
    assert list(papers.self_tests(world["course"], module_id=world["module"].pk + 999)) == []
    assert papers.paper_for(learner, closed.pk) is None
    assert papers.paper_for(world["teacher"], closed.pk) == closed
    assert list(papers.course_papers(learner, world["course"])) == []
    with pytest.raises(DomainError):
        attempts.attempt_start(user=learner, paper=closed)
    # stats: two attempts, the best graded score, no open one after submitting
    for answer in (False, True):
        attempt = attempts.attempt_start(user=learner, paper=opened)
        attempts.attempt_submit(user=learner, attempt=attempt, answers={world["tf"].pk: answer})
    stats = papers.viewer_stats(learner, [opened.pk, closed.pk])
    assert stats[opened.pk].attempts == 2 and stats[opened.pk].best == Decimal("1.00")
    assert stats[opened.pk].open_attempt_id is None and closed.pk not in stats
    # an unpublished course's self-tests are not takeable
    world["course"].unpublish()
    opened.refresh_from_db()
    assert papers.paper_for(learner, opened.pk) is None
    with pytest.raises(DomainError):
        attempts.attempt_start(user=learner, paper=Paper.objects.select_related("course").get(pk=opened.pk))
    assert Paper.objects.get(pk=opened.pk).kind == PaperKind.FIXED
