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


def test_a_page_of_the_bank_costs_the_same_queries_whatever_its_size(world):
    teacher, course = world["teacher"], world["course"]
    question_create(user=teacher, course=course, data=_single(world))
    question_create(user=teacher, course=course, data=_case(world))
    browser = world["browser"]
    _bank(browser, course)
    with CaptureQueriesContext(connection) as small:
        _bank(browser, course)
    for n in range(6):
        question_create(user=teacher, course=course, data=_single(world, stem=f"第{n}题"))
        question_create(user=teacher, course=course, data=_case(world))
    with CaptureQueriesContext(connection) as large:
        assert _bank(browser, course)["totalCount"] == 14
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]
