"""questionBank / question (C4, M5): the course team reads its bank as drafts, with filters and a recycle bin;
outsiders find nothing; a page costs the same queries whatever the number of items and their parts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory, OutlineItemFactory
from cms.questions.services import ItemData, question_create, question_update
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

BANK = """
query Bank($course: ID!, $search: String, $type: QuestionType, $difficulty: Int, $point: ID, $module: ID,
            $status: QuestionStatus, $liveOnly: Boolean, $limit: Int, $offset: Int) {
  questionBank(courseId: $course, search: $search, questionType: $type, difficulty: $difficulty,
               knowledgePointId: $point, moduleId: $module, status: $status, liveOnly: $liveOnly,
               limit: $limit, offset: $offset) {
    totalCount
    items { id questionType stem content difficulty score source tags status live authorName
      knowledgePoints { id name } module { id title } course { id }
      subQuestions { id questionType stem score knowledgePoints { id name } tags } }
  }
}
"""


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    point = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = point.course
    teacher = grant(Role.TEACHER, host)
    teacher.real_name = "张海涛"
    teacher.save(update_fields=["real_name"])
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {
        "course": course,
        "point": point,
        "module": OutlineItemFactory(course=course, title="轴类零件"),
        "teacher": teacher,
        "browser": browser,
        "host": host,
    }


def _single(world, stem="G71 指令中 Δd 表示？", **changes) -> ItemData:
    data = ItemData(
        question_type="single",
        stem=f"<p>{stem}</p>",
        content={"options": [{"key": "A", "text": "背吃刀量"}, {"key": "B", "text": "退刀量"}], "answer": "A"},
        knowledge_point_ids=[world["point"].pk],
        tags=["数控"],
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _case(world) -> ItemData:
    return ItemData(
        question_type="case",
        stem="<p>某企业加工一批轴类零件……</p>",
        sub_questions=[
            _single(world, stem="第一问"),
            ItemData(question_type="short_answer", stem="<p>第二问</p>", score=4, tags=["工艺"]),
        ],
    )


def _bank(browser, course, **variables) -> dict:
    body = browser.gql(BANK, {"course": str(course.pk), **variables})
    assert "errors" not in body, body
    return body["data"]["questionBank"]


def test_the_team_reads_its_bank_with_answer_keys_points_and_case_parts(world):
    teacher, course = world["teacher"], world["course"]
    single = question_create(user=teacher, course=course, data=_single(world, module_id=world["module"].pk))
    case = question_create(user=teacher, course=course, data=_case(world))

    bank = _bank(world["browser"], course)

    assert bank["totalCount"] == 2
    by_id = {int(i["id"]): i for i in bank["items"]}
    first = by_id[single.pk]
    assert first["questionType"] == "SINGLE" and first["status"] == "DRAFT" and first["live"] is False
    assert first["content"]["answer"] == "A"
    assert [p["name"] for p in first["knowledgePoints"]] == ["G71 外圆粗车循环"]
    assert first["module"]["title"] == "轴类零件" and first["tags"] == ["数控"]
    assert first["authorName"] == "张海涛"  # the real name people know, not the login
    parts = by_id[case.pk]["subQuestions"]
    assert [p["stem"] for p in parts] == ["<p>第一问</p>", "<p>第二问</p>"]
    assert by_id[case.pk]["score"] == 5.0 and parts[1]["tags"] == ["工艺"]


def test_a_published_item_shows_its_pending_draft_to_the_team(world):
    teacher, course = world["teacher"], world["course"]
    item = question_create(user=teacher, course=course, data=_single(world))
    item.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
    question_update(user=teacher, question=item, data=_single(world, stem="改过的题干", tags=["改"]))

    [shown] = _bank(world["browser"], course)["items"]

    assert shown["status"] == "CHANGED" and shown["live"] is True
    assert shown["stem"] == "<p>改过的题干</p>" and shown["tags"] == ["改"]
    # still one learners can get (what a paper's item picker asks for), unlike a never-published draft
    question_create(user=teacher, course=course, data=_single(world, stem="从未发布"))
    live = _bank(world["browser"], course, liveOnly=True)["items"]
    assert [int(i["id"]) for i in live] == [item.pk]
    item.refresh_from_db()
    assert item.stem == "<p>G71 指令中 Δd 表示？</p>"  # learners keep the reviewed version


def test_the_paper_picker_reads_the_published_version_of_an_item_with_edits_waiting(world):
    """L5: with liveOnly the bank shows what a paper would use (the live row), not the team's draft."""
    # given a published single choice and a published case, both edited since
    teacher, course = world["teacher"], world["course"]
    other_point = KnowledgePointFactory(course=course, name="G73 仿形粗车")
    item = question_create(user=teacher, course=course, data=_single(world, difficulty=2, score=2))
    case = question_create(user=teacher, course=course, data=_case(world))
    for row in (item, case):
        row.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
    item.refresh_from_db()
    case.refresh_from_db()
    question_update(
        user=teacher,
        question=item,
        data=_single(
            world,
            stem="改过的题干",
            question_type="true_false",
            content={"answer": True},
            difficulty=5,
            score=4,
            tags=["改"],
            knowledge_point_ids=[other_point.pk],
        ),
    )
    edited_case = _case(world)
    edited_case.sub_questions[0].stem = "<p>改过的第一问</p>"
    question_update(user=teacher, question=case, data=edited_case)

    # when the paper's item picker asks for live items
    live = {int(i["id"]): i for i in _bank(world["browser"], course, liveOnly=True)["items"]}

    # then it gets the published stem, type, difficulty, points, tags and parts; the status still says CHANGED
    shown = live[item.pk]
    assert shown["status"] == "CHANGED"
    assert shown["stem"] == "<p>G71 指令中 Δd 表示？</p>" and shown["questionType"] == "SINGLE"
    assert shown["difficulty"] == 2 and shown["score"] == 2.0 and shown["content"]["answer"] == "A"
    assert shown["tags"] == ["数控"] and [p["name"] for p in shown["knowledgePoints"]] == ["G71 外圆粗车循环"]
    assert [p["stem"] for p in live[case.pk]["subQuestions"]] == ["<p>第一问</p>", "<p>第二问</p>"]
    # the search finds the live stem only; the team's bank still shows the draft
    assert _bank(world["browser"], course, liveOnly=True, search="改过")["totalCount"] == 0
    assert _bank(world["browser"], course, liveOnly=True, search="Δd")["totalCount"] == 1
    team = {int(i["id"]): i for i in _bank(world["browser"], course)["items"]}
    assert team[item.pk]["stem"] == "<p>改过的题干</p>" and team[item.pk]["difficulty"] == 5


def test_filters_search_and_the_recycle_bin(world):
    teacher, course = world["teacher"], world["course"]
    easy = question_create(user=teacher, course=course, data=_single(world, stem="车床主轴", difficulty=1))
    hard = question_create(
        user=teacher, course=course, data=_single(world, stem="刀尖圆弧半径补偿", difficulty=5, knowledge_point_ids=[])
    )
    gone = question_create(user=teacher, course=course, data=_single(world, stem="已删除"))
    gone.deleted_at = timezone.now()
    gone.save(update_fields=["deleted_at"])
    browser = world["browser"]

    def ids(**variables):
        return {int(i["id"]) for i in _bank(browser, course, **variables)["items"]}

    assert ids() == {easy.pk, hard.pk}
    assert ids(difficulty=5) == {hard.pk}
    assert ids(search="圆弧") == {hard.pk}
    assert ids(point=str(world["point"].pk)) == {easy.pk}
    assert ids(type="TRUE_FALSE") == set()
    assert ids(status="DELETED") == {gone.pk}
    assert ids(limit=1, offset=1) <= {easy.pk, hard.pk} and len(ids(limit=1)) == 1


def test_outsiders_and_anonymous_visitors_find_no_bank(world, new_browser):
    question_create(user=world["teacher"], course=world["course"], data=_single(world))
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, world["host"]))
    for browser in (outsider, new_browser()):
        body = browser.gql(BANK, {"course": str(world["course"].pk)})
        assert body["data"] is None or body["data"].get("questionBank") is None
        assert body["errors"]


@pytest.mark.parametrize("live_only", [False, True])
def test_a_page_of_the_bank_costs_the_same_queries_whatever_its_size(world, live_only):
    teacher, course = world["teacher"], world["course"]

    def add(**changes):
        for data in (_single(world, **changes), _case(world)):
            row = question_create(user=teacher, course=course, data=data)
            if live_only:  # published with edits waiting: the picker's hardest case
                row.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
                row.refresh_from_db()
                question_update(
                    user=teacher,
                    question=row,
                    data=_single(world, stem="改") if row.question_type == "single" else _case(world),
                )

    add()
    browser = world["browser"]
    _bank(browser, course, liveOnly=live_only)
    with CaptureQueriesContext(connection) as small:
        _bank(browser, course, liveOnly=live_only)
    for n in range(6):
        add(stem=f"第{n}题")
    with CaptureQueriesContext(connection) as large:
        assert _bank(browser, course, liveOnly=live_only)["totalCount"] == 14
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]
