"""Review of question bank items (C4, M5): submit, the automatic check, host reviewers decide, approval publishes."""

import pytest
from django.utils import translation
from wagtail.models import WorkflowState

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.core.models import SensitiveWord
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import review, selectors
from cms.questions.models import Question, QuestionReviewTask
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
    course = KnowledgePointFactory(name="G71 外圆粗车循环").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {
        "course": course,
        "teacher": teacher,
        "reviewer": grant(Role.REVIEWER, host),
        "outsider": grant(Role.TEACHER, host),
    }


def _single(stem="<p>G71 指令中 Δd 表示？</p>", option="背吃刀量") -> ItemData:
    return ItemData(
        question_type="single",
        stem=stem,
        content={"options": [{"key": "A", "text": option}, {"key": "B", "text": "退刀量"}], "answer": "A"},
        explanation="<p>见编程说明书</p>",
    )


def _case(sub_stem="<p>选用哪把刀？</p>") -> ItemData:
    return ItemData(
        question_type="case",
        stem="<p>某轴类零件……</p>",
        sub_questions=[_single(), ItemData(question_type="short_answer", stem=sub_stem, content={})],
    )


def _approve(question, reviewer, comment=""):
    question.refresh_from_db()
    task = question.current_workflow_task
    assert isinstance(task, QuestionReviewTask)
    task.on_action(question.current_workflow_task_state, reviewer, "approve", comment=comment)
    question.refresh_from_db()


def test_submit_passes_the_automatic_check_and_a_host_reviewer_publishes_it(world):
    # given a teacher's draft item
    teacher, reviewer = world["teacher"], world["reviewer"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    assert not question.live

    # when the teacher submits it
    state = review.question_submit(user=teacher, question=question)

    # then the automatic level passed and the host reviewers' level waits; the submitter cannot decide
    question.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert selectors.bank_status(question) == selectors.BankStatus.IN_REVIEW
    automatic = state.task_states.order_by("id").first()
    assert automatic.status == "approved" and "Automatic checks passed" in automatic.get_comment()
    task = question.current_workflow_task
    assert not task.user_can_review(question, teacher)
    assert not task.user_can_review(question, world["outsider"])
    assert task.user_can_review(question, reviewer)
    assert list(task.get_task_states_user_can_moderate(reviewer)) == [question.current_workflow_task_state]
    assert list(task.get_task_states_user_can_moderate(teacher)) == []

    # and when the reviewer approves, the item is published as submitted
    _approve(question, reviewer, comment="同意")
    assert question.live and not question.has_unpublished_changes
    assert question.live_revision_id == question.latest_revision_id
    assert selectors.bank_status(question) == selectors.BankStatus.PUBLISHED
    assert Question.objects.filter(pk=question.pk, live=True).exists()


def test_edits_of_a_published_item_wait_for_the_next_review(world):
    teacher, reviewer = world["teacher"], world["reviewer"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    review.question_submit(user=teacher, question=question)
    _approve(question, reviewer)

    question_update(user=teacher, question=question, data=_single(stem="<p>改过的题干</p>"))
    question.refresh_from_db()
    assert selectors.bank_status(question) == selectors.BankStatus.CHANGED
    assert "Δd" in question.stem  # learners keep the reviewed version

    review.question_submit(user=teacher, question=question)
    _approve(question, reviewer)
    assert question.stem == "<p>改过的题干</p>"
    assert not question.has_unpublished_changes


def test_blocked_sensitive_words_send_the_item_back_with_the_words_listed(world):
    # given blocked words in an option and in a case's sub-question
    SensitiveWord.objects.create(word="违禁词", action="block")
    SensitiveWord.objects.create(word="敏感甲", action="block")
    SensitiveWord.objects.create(word="提示词", action="flag")  # only flagged: no refusal
    teacher = world["teacher"]
    single = question_create(user=teacher, course=world["course"], data=_single(option="含违禁词的选项 提示词"))
    case = question_create(user=teacher, course=world["course"], data=_case(sub_stem="<p>敏 感*甲？</p>"))

    # when both are submitted
    for question in (single, case):
        review.question_submit(user=teacher, question=question)
        question.refresh_from_db()

    # then the automatic level returns them with the words, nothing is published
    assert single.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert review.review_comment(single) == "Sensitive words found: 违禁词."
    assert review.review_comment(case) == "Sensitive words found: 敏感甲."
    assert not single.live and not case.live

    # and a resubmission without a change is refused; after the fix it passes on to the reviewers
    with pytest.raises(DomainError, match="Change the question"):
        review.question_submit(user=teacher, question=single)
    question_update(user=teacher, question=single, data=_single(option="背吃刀量"))
    single.refresh_from_db()
    review.question_submit(user=teacher, question=single)
    single.refresh_from_db()
    assert isinstance(single.current_workflow_task, QuestionReviewTask)


def test_texts_checked_cover_stem_key_answer_explanation_and_parts(world):
    question = question_create(
        user=world["teacher"],
        course=world["course"],
        data=ItemData(
            question_type="fill_blank",
            stem="<p>主轴转速 ____ 与 ____</p>",
            content={"blanks": [{"answers": ["甲答案", "乙答案"]}, {"answers": ["丙"]}]},
            reference_answer="<p>参考</p>",
            explanation="<p>解析</p>",
        ),
    )
    texts = review.question_texts(question)
    for word in ("主轴转速", "甲答案", "乙答案", "丙", "参考", "解析"):
        assert any(word in text for text in texts), word


def test_rejection_by_the_reviewer_then_resubmission(world):
    teacher, reviewer = world["teacher"], world["reviewer"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    review.question_submit(user=teacher, question=question)
    question.refresh_from_db()

    question.current_workflow_task.on_action(
        question.current_workflow_task_state, reviewer, "reject", comment="选项B不够具体"
    )
    question.refresh_from_db()
    assert question.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert review.review_comment(question) == "选项B不够具体"
    assert not question.live

    question_update(user=teacher, question=question, data=_single(option="背吃刀量（半径值）"))
    review.question_submit(user=teacher, question=question)
    _approve(question, reviewer)
    assert question.live
    assert question.content["options"][0]["text"] == "背吃刀量（半径值）"


def test_submitting_is_for_the_team_and_refused_in_review_deleted_or_unchanged(world):
    teacher, course = world["teacher"], world["course"]
    question = question_create(user=teacher, course=course, data=_single())

    with pytest.raises(DomainError) as refused:
        review.question_submit(user=world["outsider"], question=question)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    with pytest.raises(DomainError) as refused:
        review.question_submit(user=world["reviewer"], question=question)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED

    review.question_submit(user=teacher, question=question)
    with pytest.raises(DomainError, match="already being reviewed"):
        review.question_submit(user=teacher, question=question)

    _approve(question, world["reviewer"])
    with pytest.raises(DomainError, match="no unpublished change"):
        review.question_submit(user=teacher, question=question)

    Question.objects.filter(pk=question.pk).update(deleted_at="2026-01-01T00:00:00Z")
    question.refresh_from_db()
    with pytest.raises(DomainError, match="recycle bin"):
        review.question_submit(user=teacher, question=question)


def test_a_reviewer_who_submitted_never_approves(world):
    # a host reviewer who is also on the course team submits: another reviewer must decide
    reviewer, other = world["reviewer"], grant(Role.REVIEWER, host_organisation())
    CourseTeacherFactory(course=world["course"], user=reviewer, role=TeacherRole.MEMBER, name="王老师")
    question = question_create(user=reviewer, course=world["course"], data=_single())
    review.question_submit(user=reviewer, question=question)
    question.refresh_from_db()
    task = question.current_workflow_task
    assert not task.user_can_review(question, reviewer)
    assert task.get_actions(question, reviewer) == []
    assert task.user_can_review(question, other)


def test_an_item_in_review_cannot_be_changed(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    review.question_submit(user=teacher, question=question)
    with pytest.raises(DomainError, match="being reviewed") as refused:
        question_update(user=teacher, question=question, data=_single(stem="<p>偷偷改</p>"))
    assert refused.value.field == "id"
    question.refresh_from_db()
    assert question.current_workflow_task_state.revision.as_object().stem == "<p>G71 指令中 Δd 表示？</p>"


def test_a_published_case_keeps_its_live_parts_until_the_review_publishes_the_new_ones(world):
    # given a published case analysis with two parts
    teacher, reviewer = world["teacher"], world["reviewer"]
    case = question_create(user=teacher, course=world["course"], data=_case())
    review.question_submit(user=teacher, question=case)
    _approve(case, reviewer)
    live_parts = list(case.sub_questions.order_by("sort_order").values_list("pk", "stem"))
    assert [stem for _pk, stem in live_parts] == ["<p>G71 指令中 Δd 表示？</p>", "<p>选用哪把刀？</p>"]

    # when the team edits the parts (one changed, one added)
    edited = _case(sub_stem="<p>改过的第二问</p>")
    edited.sub_questions.append(ItemData(question_type="essay", stem="<p>新增的第三问</p>"))
    question_update(user=teacher, question=case, data=edited)

    # then learners keep the live parts; the team's view shows the edited ones
    case.refresh_from_db()
    assert list(case.sub_questions.order_by("sort_order").values_list("pk", "stem")) == live_parts
    view = selectors.bank_view(selectors.bank_question_get(case.pk))
    parts = selectors.pending_parts(view.row, view.draft.pending_parts, [pk for pk, _s in live_parts])
    new_stems = ["<p>G71 指令中 Δd 表示？</p>", "<p>改过的第二问</p>", "<p>新增的第三问</p>"]
    assert [p.draft.stem for p in parts] == new_stems
    assert [p.row.pk for p in parts] == [live_parts[0][0], live_parts[1][0], -3]

    # and a blocked word in a new part is caught by the automatic check before anything changes
    SensitiveWord.objects.create(word="违禁词", action="block")
    blocked = _case(sub_stem="<p>含违禁词的问</p>")
    question_update(user=teacher, question=case, data=blocked)
    review.question_submit(user=teacher, question=case)
    case.refresh_from_db()
    assert review.review_comment(case) == "Sensitive words found: 违禁词."
    assert list(case.sub_questions.order_by("sort_order").values_list("pk", "stem")) == live_parts

    # after the fix and the approval, the new parts are the live ones
    question_update(user=teacher, question=case, data=edited)
    review.question_submit(user=teacher, question=case)
    _approve(case, reviewer)
    assert list(case.sub_questions.order_by("sort_order").values_list("stem", flat=True)) == new_stems
    assert case.score == sum(s.score for s in case.sub_questions.all())
    assert not case.has_unpublished_changes


def test_an_unpublished_case_replaces_its_parts_at_once(world):
    teacher = world["teacher"]
    case = question_create(user=teacher, course=world["course"], data=_case())
    question_update(user=teacher, question=case, data=_case(sub_stem="<p>新第二问</p>"))
    stems = list(case.sub_questions.order_by("sort_order").values_list("stem", flat=True))
    assert stems == ["<p>G71 指令中 Δd 表示？</p>", "<p>新第二问</p>"]
    assert "pending_sub_questions" not in case.get_latest_revision().content
