"""questionCoverage (C4): every point of the course × published items by type and difficulty; points with no
item stand out; drafts only when asked; case parts count on their own points; recycle bin never counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.services import ItemData, question_create, question_update
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

COVERAGE = """
query($course: ID!, $drafts: Boolean) {
  questionCoverage(courseId: $course, includeDrafts: $drafts) {
    uncovered untagged
    points { total point { id name } cells { questionType difficulty count } }
  }
}
"""


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    g71 = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = g71.course
    g70 = KnowledgePointFactory(name="G70 精车循环", course=course)
    thread = KnowledgePointFactory(name="螺纹加工", course=course)
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {"course": course, "points": (g71, g70, thread), "teacher": teacher, "browser": browser, "host": host}


def _item(world, points, *, kind="true_false", difficulty=3, publish=True, **extra):
    data = ItemData(
        question_type=kind,
        stem="<p>题干</p>",
        content={"answer": True} if kind == "true_false" else {},
        difficulty=difficulty,
        knowledge_point_ids=[p.pk for p in points],
        **extra,
    )
    item = question_create(user=world["teacher"], course=world["course"], data=data)
    if publish:
        item.get_latest_revision().publish(user=world["teacher"], skip_permission_checks=True)
    return item


def _coverage(world, **variables):
    body = world["browser"].gql(COVERAGE, {"course": str(world["course"].pk), **variables})
    assert "errors" not in body, body
    return body["data"]["questionCoverage"]


def test_points_by_type_and_difficulty_with_the_uncovered_ones_counted(world):
    g71, g70, thread = world["points"]
    _item(world, [g71], difficulty=1)
    _item(world, [g71], difficulty=1)
    _item(world, [g71, g70], difficulty=5)
    _item(world, [g70], publish=False)  # a draft
    _item(world, [])  # covers nothing
    gone = _item(world, [thread])
    gone.deleted_at = timezone.now()
    gone.save(update_fields=["deleted_at"])

    report = _coverage(world)

    rows = {r["point"]["name"]: r for r in report["points"]}
    assert list(rows) == ["G71 外圆粗车循环", "G70 精车循环", "螺纹加工"]
    assert rows["G71 外圆粗车循环"]["cells"] == [
        {"questionType": "TRUE_FALSE", "difficulty": 1, "count": 2},
        {"questionType": "TRUE_FALSE", "difficulty": 5, "count": 1},
    ]
    assert rows["G71 外圆粗车循环"]["total"] == 3 and rows["G70 精车循环"]["total"] == 1
    assert rows["螺纹加工"]["total"] == 0 and rows["螺纹加工"]["cells"] == []
    assert report["uncovered"] == 1 and report["untagged"] == 1
    with_drafts = {r["point"]["name"]: r["total"] for r in _coverage(world, drafts=True)["points"]}
    assert with_drafts["G70 精车循环"] == 2


def test_case_parts_count_on_their_points_as_their_own_type(world):
    thread = world["points"][2]
    _item(
        world,
        [],
        kind="case",
        sub_questions=[
            ItemData(question_type="short_answer", stem="<p>一问</p>", knowledge_point_ids=[thread.pk], difficulty=4)
        ],
    )
    rows = {r["point"]["name"]: r for r in _coverage(world)["points"]}
    assert rows["螺纹加工"]["cells"] == [{"questionType": "SHORT_ANSWER", "difficulty": 4, "count": 1}]
    assert _coverage(world)["untagged"] == 0


def test_only_the_team_reads_the_matrix(world, new_browser):
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, world["host"]))
    body = outsider.gql(COVERAGE, {"course": str(world["course"].pk)})
    assert body["errors"] and not (body.get("data") or {}).get("questionCoverage")


def test_the_matrix_costs_the_same_queries_whatever_the_bank(world):
    g71, g70, thread = world["points"]
    _item(world, [g71])
    _coverage(world)
    with CaptureQueriesContext(connection) as small:
        _coverage(world)
    for n in range(5):
        KnowledgePointFactory(name=f"点{n}", course=world["course"])
        _item(world, [g70, thread], difficulty=n + 1)
    with CaptureQueriesContext(connection) as large:
        assert len(_coverage(world)["points"]) == 8
    assert len(large) == len(small)


def test_with_drafts_a_published_item_counts_as_its_pending_draft(world):
    g71, g70, _ = world["points"]
    item = _item(world, [g71], difficulty=2)
    question_update(
        user=world["teacher"],
        question=item,
        data=ItemData(
            question_type="true_false",
            stem="<p>改</p>",
            content={"answer": False},
            difficulty=4,
            knowledge_point_ids=[g70.pk],
        ),
    )
    published = {r["point"]["name"]: r["cells"] for r in _coverage(world)["points"]}
    drafts = {r["point"]["name"]: r["cells"] for r in _coverage(world, drafts=True)["points"]}
    assert published["G71 外圆粗车循环"] == [{"questionType": "TRUE_FALSE", "difficulty": 2, "count": 1}]
    assert published["G70 精车循环"] == []
    assert drafts["G71 外圆粗车循环"] == []
    assert drafts["G70 精车循环"] == [{"questionType": "TRUE_FALSE", "difficulty": 4, "count": 1}]
