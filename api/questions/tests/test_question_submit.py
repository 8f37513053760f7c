"""questionSubmit (C4, M5): the course team sends an item to review; outsiders find nothing; refusals are errors."""

import pytest

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.models import SensitiveWord
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

SUBMIT = """
mutation Submit($id: ID!) {
  questionSubmit(id: $id) { ok errors { code message field } question { id status live stem reviewComment } }
}
"""


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    course = KnowledgePointFactory().course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {"course": course, "teacher": teacher, "browser": browser, "host": host}


def _item(world, option="背吃刀量"):
    return question_create(
        user=world["teacher"],
        course=world["course"],
        data=ItemData(
            question_type="single",
            stem="<p>G71 指令中 Δd 表示？</p>",
            content={"options": [{"key": "A", "text": option}, {"key": "B", "text": "退刀量"}], "answer": "A"},
        ),
    )


def _submit(browser, question) -> dict:
    body = browser.gql(SUBMIT, {"id": str(question.pk)})
    assert "errors" not in body, body
    return body["data"]["questionSubmit"]


def test_the_team_submits_and_the_item_is_in_review(world):
    result = _submit(world["browser"], _item(world))
    assert result["ok"] is True and result["errors"] == []
    assert result["question"]["status"] == "IN_REVIEW"
    assert result["question"]["live"] is False
    assert result["question"]["reviewComment"] == ""


def test_a_second_submit_is_refused_with_a_message(world):
    question = _item(world)
    _submit(world["browser"], question)
    result = _submit(world["browser"], question)
    assert result["ok"] is False
    assert result["errors"][0]["code"] == "INVALID_INPUT"
    assert result["errors"][0]["field"] == "id"
    assert result["question"] is None


def test_blocked_words_come_back_as_a_draft_with_changes_requested(world):
    SensitiveWord.objects.create(word="违禁词", action="block")
    result = _submit(world["browser"], _item(world, option="违禁词"))
    assert result["ok"] is True
    assert result["question"]["status"] == "DRAFT"  # sent back by the automatic level, not in review
    assert "违禁词" in result["question"]["reviewComment"]


def test_outsiders_and_anonymous_visitors_find_nothing(world, new_browser):
    question = _item(world)
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, world["host"]))
    result = _submit(outsider, question)
    assert result["ok"] is False and result["errors"][0]["code"] == "NOT_FOUND"
    body = new_browser().gql(SUBMIT, {"id": str(question.pk)})
    assert body.get("errors") or body["data"]["questionSubmit"]["ok"] is False


PARTS = "query Item($id: ID!) { question(id: $id) { status subQuestions { id stem questionType score } } }"


def test_the_bank_shows_a_published_case_with_its_edited_parts(world):
    from cms.questions import review
    from cms.questions.services import question_update

    teacher = world["teacher"]
    reviewer = grant(Role.REVIEWER, world["host"])

    def case(second: str) -> ItemData:
        return ItemData(
            question_type="case",
            stem="<p>案例</p>",
            sub_questions=[
                ItemData(question_type="short_answer", stem="<p>第一问</p>", score=2),
                ItemData(question_type="short_answer", stem=f"<p>{second}</p>", score=3),
            ],
        )

    question = question_create(user=teacher, course=world["course"], data=case("第二问"))
    review.question_submit(user=teacher, question=question)
    question.refresh_from_db()
    question.current_workflow_task.on_action(question.current_workflow_task_state, reviewer, "approve")
    live_ids = [str(pk) for pk in question.sub_questions.order_by("sort_order").values_list("pk", flat=True)]
    question_update(user=teacher, question=question, data=case("改过的第二问"))

    body = world["browser"].gql(PARTS, {"id": str(question.pk)})
    assert "errors" not in body, body
    item = body["data"]["question"]
    assert item["status"] == "CHANGED"
    assert [p["stem"] for p in item["subQuestions"]] == ["<p>第一问</p>", "<p>改过的第二问</p>"]
    assert [p["id"] for p in item["subQuestions"]] == live_ids
    assert [p["score"] for p in item["subQuestions"]] == [2.0, 3.0]
