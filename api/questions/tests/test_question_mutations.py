"""questionCreate / questionUpdate / questionDelete / questionRestore (C4, M5): the course team writes its bank
from the SPA editor; refusals come back as errors naming the (camelCase) field; outsiders find no course."""

import pytest

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory, OutlineItemFactory
from cms.questions.models import Question
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

FIELDS = """
  ok
  errors { code message field }
  question { id questionType stem content difficulty score source tags status
    knowledgePoints { id name } module { id }
    subQuestions { id questionType stem content score } }
"""
CREATE = f"""
mutation Create($course: ID!, $input: QuestionInput!) {{
  questionCreate(courseId: $course, input: $input) {{ {FIELDS} }}
}}
"""
UPDATE = f"""
mutation Update($id: ID!, $input: QuestionInput!) {{ questionUpdate(id: $id, input: $input) {{ {FIELDS} }} }}
"""
DELETE = f"mutation Delete($id: ID!) {{ questionDelete(id: $id) {{ {FIELDS} }} }}"
RESTORE = f"mutation Restore($id: ID!) {{ questionRestore(id: $id) {{ {FIELDS} }} }}"


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    point = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = point.course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {
        "course": course,
        "point": point,
        "module": OutlineItemFactory(course=course, title="轴类零件"),
        "browser": browser,
        "host": host,
    }


def _single(world, **changes) -> dict:
    data = {
        "questionType": "SINGLE",
        "stem": '<p>切削速度 <span data-latex="v_c=\\frac{\\pi d n}{1000}">x</span> 中 d 是？</p>',
        "content": {"options": [{"key": "A", "text": "工件直径"}, {"key": "B", "text": "刀具长度"}], "answer": "A"},
        "explanation": "<p>d 为工件直径。</p>",
        "difficulty": 2,
        "score": 2.5,
        "knowledgePointIds": [str(world["point"].pk)],
        "moduleId": str(world["module"].pk),
        "tags": ["数控", "切削"],
        "source": "ENTERPRISE_CASE",
    }
    data.update(changes)
    return data


def _run(browser, document, variables, name) -> dict:
    body = browser.gql(document, variables)
    assert "errors" not in body, body
    return body["data"][name]


def test_the_team_creates_edits_deletes_and_restores_an_item(world):
    # given the course teacher
    browser = world["browser"]
    # when they create a single choice item with a formula
    created = _run(browser, CREATE, {"course": str(world["course"].pk), "input": _single(world)}, "questionCreate")
    # then it is a draft with every field as sent (the formula kept as LaTeX)
    assert created["ok"] and created["errors"] == []
    item = created["question"]
    assert item["questionType"] == "SINGLE" and item["status"] == "DRAFT"
    assert 'data-latex="v_c=\\frac{\\pi d n}{1000}"' in item["stem"]
    assert item["content"]["answer"] == "A" and item["score"] == 2.5 and item["difficulty"] == 2
    assert item["source"] == "ENTERPRISE_CASE" and item["tags"] == ["切削", "数控"]
    assert [p["name"] for p in item["knowledgePoints"]] == ["G71 外圆粗车循环"]
    assert item["module"] == {"id": str(world["module"].pk)}

    # when they change the stem, the answer and clear the module
    changed = _single(world, stem="<p>改过的题干</p>", moduleId="", knowledgePointIds=[])
    changed["content"] = {**changed["content"], "answer": "B"}
    updated = _run(browser, UPDATE, {"id": item["id"], "input": changed}, "questionUpdate")
    # then the draft says so
    assert updated["ok"], updated
    assert updated["question"]["stem"] == "<p>改过的题干</p>" and updated["question"]["content"]["answer"] == "B"
    assert updated["question"]["module"] is None and updated["question"]["knowledgePoints"] == []

    # when they delete it, it is in the recycle bin; deleting again is refused naming the id
    deleted = _run(browser, DELETE, {"id": item["id"]}, "questionDelete")
    assert deleted["ok"] and deleted["question"]["status"] == "DELETED"
    again = _run(browser, DELETE, {"id": item["id"]}, "questionDelete")
    assert not again["ok"] and again["errors"][0]["field"] == "id"
    assert "already in the recycle bin" in again["errors"][0]["message"]
    # an item in the recycle bin cannot be edited
    refused = _run(browser, UPDATE, {"id": item["id"], "input": changed}, "questionUpdate")
    assert not refused["ok"] and "restore it first" in refused["errors"][0]["message"]

    # when they restore it, it is a draft again with its edits
    restored = _run(browser, RESTORE, {"id": item["id"]}, "questionRestore")
    assert restored["ok"] and restored["question"]["status"] == "DRAFT"
    assert restored["question"]["stem"] == "<p>改过的题干</p>"
    assert Question.objects.get(pk=item["id"]).deleted_at is None
    twice = _run(browser, RESTORE, {"id": item["id"]}, "questionRestore")
    assert not twice["ok"] and "not in the recycle bin" in twice["errors"][0]["message"]


def test_a_case_analysis_is_written_with_its_sub_questions(world):
    case = {
        "questionType": "CASE",
        "stem": "<p>某企业加工一批轴类零件……</p>",
        "subQuestions": [
            _single(world, score=3),
            {"questionType": "SHORT_ANSWER", "stem": "<p>说明工艺路线。</p>", "referenceAnswer": "<p>粗车→精车</p>"},
        ],
    }
    created = _run(world["browser"], CREATE, {"course": str(world["course"].pk), "input": case}, "questionCreate")
    assert created["ok"], created
    item = created["question"]
    assert item["score"] == 4.0  # the sum of its parts (3 + the default 1)
    assert [s["questionType"] for s in item["subQuestions"]] == ["SINGLE", "SHORT_ANSWER"]
    assert item["subQuestions"][0]["content"]["answer"] == "A"

    # editing replaces the parts in the given order
    case["subQuestions"] = [case["subQuestions"][1]]
    updated = _run(world["browser"], UPDATE, {"id": item["id"], "input": case}, "questionUpdate")
    assert [s["questionType"] for s in updated["question"]["subQuestions"]] == ["SHORT_ANSWER"]
    assert Question.objects.filter(parent_id=item["id"]).count() == 1

    # deleting the case takes its parts to the recycle bin with it (they are reached only through it)
    assert _run(world["browser"], DELETE, {"id": item["id"]}, "questionDelete")["ok"]
    assert Question.objects.filter(parent_id=item["id"]).count() == 1  # kept for the restore


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"content": {"options": [{"key": "A", "text": "x"}, {"key": "B", "text": "y"}]}}, "content", "answer:"),
        ({"stem": "<script>x</script>"}, "stem", "Write the question"),
        ({"score": -1}, "score", "between 0 and 1000"),
        ({"difficulty": 7}, "difficulty", "from 1 (easy) to 5"),
        ({"moduleId": "abc"}, "moduleId", "Invalid id"),
    ],
)
def test_refusals_name_the_field_and_store_nothing(world, changes, field, message):
    body = _run(
        world["browser"],
        CREATE,
        {"course": str(world["course"].pk), "input": _single(world, **changes)},
        "questionCreate",
    )
    assert not body["ok"] and body["question"] is None
    assert body["errors"][0]["field"] == field and message in body["errors"][0]["message"]
    assert not Question.objects.exists()


def test_a_refused_sub_question_names_its_place(world):
    case = {
        "questionType": "CASE",
        "stem": "<p>案例</p>",
        "subQuestions": [_single(world), _single(world, content={"options": [], "answer": "A"})],
    }
    body = _run(world["browser"], CREATE, {"course": str(world["course"].pk), "input": case}, "questionCreate")
    assert not body["ok"]
    assert body["errors"][0]["field"] == "subQuestions.1.content"
    assert body["errors"][0]["message"].startswith("Sub-question 2:")
    assert not Question.objects.exists()


def test_outsiders_and_anonymous_visitors_cannot_write_the_bank(world, new_browser):
    # given an item of the course and a teacher of another team
    created = _run(
        world["browser"], CREATE, {"course": str(world["course"].pk), "input": _single(world)}, "questionCreate"
    )
    item_id = created["question"]["id"]
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, world["host"]))
    # then the outsider finds neither the course nor the item, an anonymous visitor is asked to sign in
    for browser, code in ((outsider, "NOT_FOUND"), (new_browser(), "UNAUTHENTICATED")):
        result = _run(browser, CREATE, {"course": str(world["course"].pk), "input": _single(world)}, "questionCreate")
        assert not result["ok"] and result["errors"][0]["code"] == code
        if code == "NOT_FOUND":
            assert result["errors"][0]["field"] == "courseId"
        for document, name in ((DELETE, "questionDelete"), (RESTORE, "questionRestore"), (UPDATE, "questionUpdate")):
            variables = (
                {"id": item_id, "input": _single(world, stem="<p>改</p>")}
                if name == "questionUpdate"
                else {"id": item_id}
            )
            payload = _run(browser, document, variables, name)
            assert not payload["ok"] and payload["errors"][0]["code"] == code
    # and nothing changed
    assert Question.objects.count() == 1
    stored = Question.objects.get()
    assert stored.deleted_at is None and "切削速度" in stored.stem
