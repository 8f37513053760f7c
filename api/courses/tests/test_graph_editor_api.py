"""The graph editor through GraphQL (M7, C2): points added, changed and removed by the course team, positions
saved and read back by everyone, refusals as typed errors, a flat query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint, KnowledgePointLayout
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, KnowledgePointFactory
from cms.majors.tests.factories import JobPositionFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

GRAPH = """
query Graph($id: ID!) {
  course(id: $id) {
    graph { canEdit jobPositionOptions { id name }
      nodes { id x y point { id name kind description jobPositions { name } } }
      edges { sourceId targetId kind } }
  }
}
"""
ADD = """
mutation Add($course: ID!, $kind: KnowledgePointKind!, $name: String!, $description: String, $jobs: [ID!]) {
  knowledgePointAdd(courseId: $course, kind: $kind, name: $name, description: $description, jobPositionIds: $jobs) {
    ok errors { code message field } point { id name kind description jobPositions { name } }
  }
}
"""
UPDATE = """
mutation Update($id: ID!, $kind: KnowledgePointKind!, $name: String!, $jobs: [ID!]) {
  knowledgePointUpdate(id: $id, kind: $kind, name: $name, jobPositionIds: $jobs) {
    ok errors { code message field } point { id name kind jobPositions { name } }
  }
}
"""
REMOVE = """
mutation Remove($id: ID!) { knowledgePointRemove(id: $id) { ok errors { code field } removedId removedEdges } }
"""
LAYOUT = """
mutation Layout($course: ID!, $positions: [KnowledgePointPositionInput!]!) {
  knowledgeGraphLayoutSave(courseId: $course, positions: $positions) {
    ok errors { code message field } positions { pointId x y }
  }
}
"""


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher, name="王老师")
    course.save_revision().publish()
    first = KnowledgePointFactory(course=course, name="外圆车削对刀", sort_order=0)
    return {
        "school": school,
        "course": course,
        "teacher": teacher,
        "first": first,
        "lathe": JobPositionFactory(name="数控车工", sort_order=1),
        "mill": JobPositionFactory(name="数控铣工", sort_order=2),
    }


def _login(new_browser, user):
    browser = new_browser()
    browser.client.force_login(user)
    return browser


def test_the_team_adds_changes_and_removes_a_point(world, new_browser):
    team = _login(new_browser, world["teacher"])
    course = world["course"]
    # given the team's graph: every job position is offered
    graph = team.gql(GRAPH, {"id": course.pk})["data"]["course"]["graph"]
    assert graph["canEdit"] and [j["name"] for j in graph["jobPositionOptions"]] == ["数控车工", "数控铣工"]

    # when a point is added
    added = team.mutate(
        ADD,
        {
            "course": course.pk,
            "kind": "SKILL",
            "name": " 阶梯轴车削 ",
            "description": "车削阶梯轴",
            "jobs": [world["lathe"].pk],
        },
    )
    assert added["ok"], added
    point = added["point"]
    assert (point["name"], point["kind"], point["jobPositions"]) == ("阶梯轴车削", "SKILL", [{"name": "数控车工"}])
    # then it is in the graph, never arranged, and in the page's latest revision
    graph = team.gql(GRAPH, {"id": course.pk})["data"]["course"]["graph"]
    node = next(n for n in graph["nodes"] if n["id"] == point["id"])
    assert (node["x"], node["y"]) == (None, None)
    revision = type(course).objects.get(pk=course.pk).latest_revision
    assert int(point["id"]) in [row["pk"] for row in revision.content["knowledge_points"]]

    # a repeated name is refused on the name field
    repeated = team.mutate(ADD, {"course": course.pk, "kind": "KNOWLEDGE", "name": "外圆车削对刀"})
    assert not repeated["ok"] and repeated["errors"][0]["code"] == "DUPLICATE"
    assert repeated["errors"][0]["field"] == "name" and "外圆车削对刀" in repeated["errors"][0]["message"]

    # when it is changed
    changed = team.mutate(
        UPDATE, {"id": point["id"], "kind": "KNOWLEDGE", "name": "阶梯轴", "jobs": [world["mill"].pk]}
    )
    assert changed["ok"], changed
    assert changed["point"] == {
        "id": point["id"],
        "name": "阶梯轴",
        "kind": "KNOWLEDGE",
        "jobPositions": [{"name": "数控铣工"}],
    }
    unknown_job = team.mutate(UPDATE, {"id": point["id"], "kind": "KNOWLEDGE", "name": "阶梯轴", "jobs": [987654]})
    assert unknown_job["errors"][0]["code"] == "NOT_FOUND" and unknown_job["errors"][0]["field"] == "jobPositionIds"

    # when it is removed, its edges go with it
    KnowledgeEdge.objects.create(
        course=course, source=world["first"], target_id=int(point["id"]), kind=KnowledgeEdgeKind.PREREQUISITE
    )
    removed = team.mutate(REMOVE, {"id": point["id"]})
    assert removed == {"ok": True, "errors": [], "removedId": point["id"], "removedEdges": 1}
    assert not KnowledgePoint.objects.filter(pk=point["id"]).exists() and not KnowledgeEdge.objects.exists()


def test_learners_and_visitors_are_refused_and_see_no_job_options(world, new_browser):
    course, first = world["course"], world["first"]
    learner = _login(new_browser, grant(Role.SCHOOL_STUDENT, world["school"]))
    anonymous = new_browser()
    positions = [{"pointId": first.pk, "x": 1, "y": 2}]
    for browser, code in ((learner, "PERMISSION_DENIED"), (anonymous, "UNAUTHENTICATED")):
        for document, variables in (
            (ADD, {"course": course.pk, "kind": "SKILL", "name": "新点"}),
            (UPDATE, {"id": first.pk, "kind": "SKILL", "name": "改名"}),
            (REMOVE, {"id": first.pk}),
            (LAYOUT, {"course": course.pk, "positions": positions}),
        ):
            refused = browser.mutate(document, variables)
            assert not refused["ok"] and refused["errors"][0]["code"] == code, (document, refused)
    graph = learner.gql(GRAPH, {"id": course.pk})["data"]["course"]["graph"]
    assert graph["canEdit"] is False and graph["jobPositionOptions"] == []
    assert KnowledgePoint.objects.get(pk=first.pk).name == "外圆车削对刀"
    assert not KnowledgePointLayout.objects.exists()


def test_positions_saved_by_the_team_are_what_learners_see(world, new_browser):
    course, first = world["course"], world["first"]
    second = KnowledgePointFactory(course=course, name="阶梯轴车削", sort_order=1)
    team = _login(new_browser, world["teacher"])

    saved = team.mutate(
        LAYOUT,
        {
            "course": course.pk,
            "positions": [{"pointId": first.pk, "x": 120.25, "y": 80}, {"pointId": second.pk, "x": 500, "y": 90}],
        },
    )
    assert saved["ok"], saved
    assert saved["positions"] == [
        {"pointId": str(first.pk), "x": 120.25, "y": 80.0},
        {"pointId": str(second.pk), "x": 500.0, "y": 90.0},
    ]
    moved = team.mutate(LAYOUT, {"course": course.pk, "positions": [{"pointId": second.pk, "x": 640.5, "y": 300}]})
    assert moved["ok"]

    learner = _login(new_browser, grant(Role.SCHOOL_STUDENT, world["school"]))
    nodes = learner.gql(GRAPH, {"id": course.pk})["data"]["course"]["graph"]["nodes"]
    assert {n["point"]["name"]: (n["x"], n["y"]) for n in nodes} == {
        "外圆车削对刀": (120.25, 80.0),
        "阶梯轴车削": (640.5, 300.0),
    }

    # a point of another course, a number out of bounds, too many positions: refused, nothing changed
    stranger = KnowledgePointFactory(course=CoursePageFactory(parent=course.get_parent()))
    for positions, code in (
        ([{"pointId": first.pk, "x": 0, "y": 0}, {"pointId": stranger.pk, "x": 0, "y": 0}], "NOT_FOUND"),
        ([{"pointId": first.pk, "x": 1e9, "y": 0}], "INVALID_INPUT"),
        ([{"pointId": first.pk, "x": i, "y": i} for i in range(101)], "LIMIT_EXCEEDED"),
        ([{"pointId": "abc", "x": 0, "y": 0}], "INVALID_INPUT"),
    ):
        refused = team.mutate(LAYOUT, {"course": course.pk, "positions": positions})
        assert not refused["ok"] and refused["errors"][0]["code"] == code, refused
        assert refused["errors"][0]["field"] == "positions" and refused["positions"] == []
    assert KnowledgePointLayout.objects.get(point=first).x == 120.25


def test_graph_with_positions_and_job_options_keeps_a_flat_query_count(world, new_browser):
    team = _login(new_browser, world["teacher"])
    JobPositionFactory.create_batch(5)
    counts = []
    for size in (5, 60):
        course = CoursePageFactory(parent=world["course"].get_parent())
        CourseTeacherFactory(course=course, user=world["teacher"])
        points = [KnowledgePointFactory(course=course, sort_order=i) for i in range(size)]
        for point in points[::2]:
            KnowledgePointLayout.objects.create(point=point, x=point.pk, y=2)
            point.job_positions.set([world["lathe"]])
            point.save()
        with CaptureQueriesContext(connection) as queries:
            body = team.gql(GRAPH, {"id": course.pk})
        assert "errors" not in body, body
        nodes = body["data"]["course"]["graph"]["nodes"]
        assert len(nodes) == size and sum(n["x"] is not None for n in nodes) == len(points[::2])
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
