"""The graph editor's point services (M7, C2): points stay consistent with the page revisions, so publishing a
portal draft neither drops a point added in the editor nor brings back one removed there; refusals; layout."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Revision

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.core.models import SensitiveWord
from cms.courses import points, portal, selectors
from cms.courses.models import (
    CoursePage,
    KnowledgeEdge,
    KnowledgeEdgeKind,
    KnowledgePoint,
    KnowledgePointLayout,
    TeacherRole,
)
from cms.courses.services import knowledge_edge_add
from cms.courses.tests.factories import (
    CoursePageFactory,
    CourseTeacherFactory,
    KnowledgePointFactory,
    OutlineItemFactory,
    SkillPointFactory,
)
from cms.majors.tests.factories import JobPositionFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术")
    OutlineItemFactory(course=course, title="车床认知", hours=4)
    first = KnowledgePointFactory(course=course, name="工件坐标系", sort_order=0)
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.LEAD, name="张海涛")
    course.save_revision().publish()
    return {
        "course": CoursePage.objects.get(pk=course.pk),
        "first": first,
        "teacher": teacher,
        "reviewer": grant(Role.REVIEWER, host),
        "outsider": grant(Role.TEACHER, host),
        "lathe": JobPositionFactory(name="数控车工"),
        "mill": JobPositionFactory(name="数控铣工"),
    }


def _fresh(course) -> CoursePage:
    return CoursePage.objects.get(pk=course.pk)


def _revision_rows(revision_id: int) -> list[dict]:
    return Revision.objects.get(pk=revision_id).content["knowledge_points"]


def _portal_draft(world) -> None:
    """The team saves a portal draft (a new latest revision) without touching the points."""
    portal.course_portal_save(
        user=world["teacher"],
        course=_fresh(world["course"]),
        data=portal.PortalData(portal_template="visual", level="advanced", summary="新的简介", intro="<p>新</p>"),
    )


def _approve(world) -> CoursePage:
    course = _fresh(world["course"])
    portal.course_portal_submit(user=world["teacher"], course=course)
    course = _fresh(course)
    task = course.current_workflow_task.specific
    task.on_action(course.current_workflow_task_state, world["reviewer"], "approve", comment="同意")
    return _fresh(course)


def _add(world, name="数控车削程序", **kwargs) -> KnowledgePoint:
    values = {"kind": "skill", "description": "编写外圆车削程序", "job_position_ids": [world["lathe"].pk]}
    values.update(kwargs)
    return points.knowledge_point_add(user=world["teacher"], course=world["course"], name=name, **values)


def test_a_point_added_in_the_editor_survives_the_approval_of_an_older_draft(world):
    # given a portal draft saved before the point was added (it did not know the point)
    _portal_draft(world)
    # when the team adds a point and links it, then the draft is approved and published
    point = _add(world)
    edge = knowledge_edge_add(
        user=world["teacher"], source=world["first"], target=point, kind=KnowledgeEdgeKind.PREREQUISITE
    )
    course = _approve(world)
    # then the point is still the same row, with its job position and its edge
    assert course.level == "advanced"  # the draft was indeed published
    kept = KnowledgePoint.objects.get(pk=point.pk)
    assert (kept.name, kept.kind, kept.description) == ("数控车削程序", "skill", "编写外圆车削程序")
    assert list(kept.job_positions.values_list("name", flat=True)) == ["数控车工"]
    assert KnowledgeEdge.objects.filter(pk=edge.pk).exists()


def test_the_revisions_hold_exactly_what_modelcluster_stores(world):
    point = _add(world, job_position_ids=[world["mill"].pk, world["lathe"].pk])
    course = _fresh(world["course"])
    assert course.latest_revision_id == course.live_revision_id
    rows = _revision_rows(course.latest_revision_id)
    assert [row["pk"] for row in rows] == [world["first"].pk, point.pk]
    assert rows[1] == KnowledgePoint.objects.get(pk=point.pk).serializable_data()
    assert sorted(rows[1]["job_positions"]) == sorted([world["mill"].pk, world["lathe"].pk])
    assert rows[1]["sort_order"] == 1  # after the course's last point


def test_publishing_the_latest_or_the_live_revision_keeps_the_point(world):
    _portal_draft(world)
    point = _add(world)
    course = _fresh(world["course"])
    assert course.latest_revision_id != course.live_revision_id
    # both revisions know the point
    for revision_id in (course.latest_revision_id, course.live_revision_id):
        assert point.pk in [row["pk"] for row in _revision_rows(revision_id)]
    # publishing the live one again (e.g. a revert in Wagtail) keeps it, and so does the latest
    course.live_revision.publish()
    assert KnowledgePoint.objects.filter(pk=point.pk).exists()
    _fresh(course).get_latest_revision().publish()
    assert KnowledgePoint.objects.filter(pk=point.pk, name="数控车削程序").exists()


def test_without_the_patch_a_row_written_alone_would_be_lost(world):
    """The danger the service guards against: a row the revisions do not know goes on the next publication."""
    _portal_draft(world)
    alone = SkillPointFactory(course=world["course"], name="只写进数据库的点")
    _approve(world)
    assert not KnowledgePoint.objects.filter(pk=alone.pk).exists()


def test_a_removed_point_does_not_come_back_and_takes_its_edges_and_position(world):
    point = _add(world)
    _portal_draft(world)  # this draft knows the point
    edge = knowledge_edge_add(
        user=world["teacher"], source=world["first"], target=point, kind=KnowledgeEdgeKind.CONTAINS
    )
    points.knowledge_graph_layout_save(user=world["teacher"], course=world["course"], positions=[(point.pk, 10, 20)])
    course = _fresh(world["course"])
    assert point.pk in [row["pk"] for row in _revision_rows(course.latest_revision_id)]

    edges = points.knowledge_point_remove(user=world["teacher"], point=point)

    assert edges == 1
    assert not KnowledgeEdge.objects.filter(pk=edge.pk).exists()
    assert not KnowledgePointLayout.objects.filter(point_id=point.pk).exists()
    course = _fresh(course)
    for revision_id in (course.latest_revision_id, course.live_revision_id):
        assert point.pk not in [row["pk"] for row in _revision_rows(revision_id)]
    course.live_revision.publish()  # e.g. republished from Wagtail's revision history
    assert not KnowledgePoint.objects.filter(pk=point.pk).exists()
    _approve(world)  # the draft saved while the point existed
    assert not KnowledgePoint.objects.filter(pk=point.pk).exists()
    assert list(KnowledgePoint.objects.filter(course=course).values_list("name", flat=True)) == ["工件坐标系"]


def test_an_update_changes_the_row_and_both_revisions_and_keeps_the_place(world):
    point = _add(world)
    _portal_draft(world)
    course = _fresh(world["course"])
    # the draft put the point first (as a Wagtail editor may reorder); an update must not move it back
    revision = course.latest_revision
    content = revision.content
    content["knowledge_points"] = [dict(row, sort_order=1 - i) for i, row in enumerate(content["knowledge_points"])]
    revision.content = content
    revision.save(update_fields=["content"])

    points.knowledge_point_update(
        user=world["teacher"],
        point=point,
        kind="knowledge",
        name="  数控车削编程  ",
        description="",
        job_position_ids=[world["mill"].pk],
    )

    row = KnowledgePoint.objects.get(pk=point.pk)
    assert (row.name, row.kind, row.description) == ("数控车削编程", "knowledge", "")
    assert list(row.job_positions.values_list("name", flat=True)) == ["数控铣工"]
    latest = {r["pk"]: r for r in _revision_rows(course.latest_revision_id)}
    assert latest[point.pk]["name"] == "数控车削编程" and latest[point.pk]["sort_order"] == 0
    assert latest[point.pk]["job_positions"] == [world["mill"].pk]
    assert {r["pk"]: r for r in _revision_rows(course.live_revision_id)}[point.pk]["kind"] == "knowledge"
    _approve(world)
    assert KnowledgePoint.objects.get(pk=point.pk).name == "数控车削编程"


@pytest.mark.parametrize(
    ("changes", "field", "code", "message"),
    [
        ({"name": "   "}, "name", ErrorCode.INVALID_INPUT, "Give the point a name."),
        ({"name": "长" * 129}, "name", ErrorCode.LIMIT_EXCEEDED, "at most 128 characters"),
        ({"name": "工件坐标系"}, "name", ErrorCode.DUPLICATE, "already has a point named “工件坐标系”"),
        ({"kind": "topic"}, "kind", ErrorCode.INVALID_INPUT, "Choose a knowledge point or a skill point."),
        ({"description": "x" * 2001}, "description", ErrorCode.LIMIT_EXCEEDED, "at most 2000 characters"),
        ({"job_position_ids": [999_999]}, "job_position_ids", ErrorCode.NOT_FOUND, "does not exist"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(world, changes, field, code, message):
    course = _fresh(world["course"])
    before = (KnowledgePoint.objects.count(), _revision_rows(course.latest_revision_id))
    with pytest.raises(DomainError, match=message) as refused:
        _add(world, **changes)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert (KnowledgePoint.objects.count(), _revision_rows(course.latest_revision_id)) == before


def test_names_are_unique_whatever_the_case_and_an_update_may_keep_its_own_name(world):
    point = _add(world, name="G71 Cycle")
    with pytest.raises(DomainError, match="already has a point"):
        _add(world, name="g71 cycle")
    updated = points.knowledge_point_update(
        user=world["teacher"], point=point, kind="skill", name="G71 Cycle", description="新说明"
    )
    assert updated.description == "新说明"
    with pytest.raises(DomainError, match="already has a point named “工件坐标系”"):
        points.knowledge_point_update(user=world["teacher"], point=point, kind="skill", name="工件坐标系")
    # another course may use the same name
    other = CoursePageFactory(parent=world["course"].get_parent())
    CourseTeacherFactory(course=other, user=world["teacher"])
    assert points.knowledge_point_add(user=world["teacher"], course=other, kind="skill", name="工件坐标系").pk


def test_a_course_holds_at_most_300_points(world):
    course = world["course"]
    KnowledgePoint.objects.bulk_create(
        KnowledgePoint(course=course, name=f"点{i}", kind="knowledge", sort_order=i + 1) for i in range(299)
    )
    with pytest.raises(DomainError, match="at most 300") as refused:
        _add(world)
    assert refused.value.code == ErrorCode.LIMIT_EXCEEDED
    assert KnowledgePoint.objects.filter(course=course).count() == 300


def test_blocked_sensitive_words_are_refused(world):
    SensitiveWord.objects.create(word="违禁词", action="block")
    with pytest.raises(DomainError, match="Sensitive words found: 违禁词") as refused:
        _add(world, description="这里有违禁词")
    assert refused.value.field == "description"
    assert not KnowledgePoint.objects.filter(name="数控车削程序").exists()


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_only_the_course_team_and_editors_change_points(world, who):
    user = AnonymousUser() if who == "anonymous" else world[who]
    with pytest.raises(DomainError) as refused:
        points.knowledge_point_add(user=user, course=world["course"], kind="skill", name="新点")
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    for action in (
        lambda: points.knowledge_point_update(user=user, point=world["first"], kind="skill", name="改名"),
        lambda: points.knowledge_point_remove(user=user, point=world["first"]),
        lambda: points.knowledge_graph_layout_save(user=user, course=world["course"], positions=[]),
    ):
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert KnowledgePoint.objects.get(pk=world["first"].pk).name == "工件坐标系"


def test_layout_is_saved_updated_and_read_with_the_graph(world):
    point = _add(world)
    teacher, course = world["teacher"], world["course"]
    graph = selectors.course_graph(course, teacher)
    assert [(n.x, n.y) for n in graph.nodes] == [(None, None), (None, None)]

    points.knowledge_graph_layout_save(
        user=teacher, course=course, positions=[(world["first"].pk, 120.5, 80), (point.pk, 400, 260.25)]
    )
    points.knowledge_graph_layout_save(user=teacher, course=course, positions=[points.PointPosition(point.pk, -30, 0)])

    graph = selectors.course_graph(course, teacher)
    assert {n.point.name: (n.x, n.y) for n in graph.nodes} == {"工件坐标系": (120.5, 80), "数控车削程序": (-30, 0)}


@pytest.mark.parametrize(
    ("positions", "code", "message"),
    [
        ("other-course", ErrorCode.NOT_FOUND, "not part of this course"),
        ("unknown", ErrorCode.NOT_FOUND, "not part of this course"),
        ("first-far", ErrorCode.INVALID_INPUT, "between -100000 and 100000"),
        ("first-nan", ErrorCode.INVALID_INPUT, "between -100000 and 100000"),
        ("too-many", ErrorCode.LIMIT_EXCEEDED, "At most 100 positions"),
    ],
)
def test_layout_refusals_store_nothing(world, positions, code, message):
    first = world["first"].pk
    stranger = KnowledgePointFactory(course=CoursePageFactory(parent=world["course"].get_parent()))
    given = {
        "other-course": [(first, 1, 1), (stranger.pk, 5, 5)],
        "unknown": [(999_999, 1, 1)],
        "first-far": [(first, 100_001, 0)],
        "first-nan": [(first, float("nan"), 0)],
        "too-many": [(first, i, i) for i in range(101)],
    }[positions]
    with pytest.raises(DomainError, match=message) as refused:
        points.knowledge_graph_layout_save(user=world["teacher"], course=world["course"], positions=given)
    assert refused.value.code == code
    assert not KnowledgePointLayout.objects.exists()
