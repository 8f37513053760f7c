"""Knowledge graph through GraphQL (M7, C2): graph and coverage reads, edge mutations, two-way tagging."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, KnowledgePointFactory
from cms.resources.models import Resource
from cms.resources.services import ResourceAttributes, resource_update
from cms.resources.tests.factories import grant, text_resource

pytestmark = pytest.mark.django_db

GRAPH = """
query Graph($id: ID!) {
  course(id: $id) {
    graph { canEdit
      nodes { id studyOrder step resourceTotal resourceCounts { type count } point { name kind jobPositions { name } } }
      edges { id sourceId targetId kind } }
    coverage { pointsWithGaps points { point { name } resources videosAndAnimations questions gaps } }
  }
}
"""
ADD = """
mutation Add($s: ID!, $t: ID!, $k: KnowledgeEdgeKind!) {
  knowledgeEdgeAdd(sourceId: $s, targetId: $t, kind: $k) { ok errors { code message field } edge { id kind } }
}
"""
REMOVE = "mutation($id: ID!) { knowledgeEdgeRemove(id: $id) { ok errors { code } removedId } }"
ATTACH = """
mutation Attach($p: ID!, $r: [ID!]!) {
  knowledgePointAttach(pointId: $p, resourceIds: $r) { ok errors { code message } changed point { name } }
}
"""
POINT = "query($id: ID!) { knowledgePoint(id: $id) { name resources { id title } } }"


def _publish(resource, user):
    """Approve the latest draft (read fresh: the in-memory object may predate it)."""
    resource = Resource.objects.get(pk=resource.pk)
    resource.get_latest_revision().publish(user=user, skip_permission_checks=True)
    return Resource.objects.get(pk=resource.pk)


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher, name="王老师")
    first = KnowledgePointFactory(course=course, name="外圆车削对刀", sort_order=1)
    second = KnowledgePointFactory(course=course, name="阶梯轴车削", sort_order=0)
    return {"school": school, "course": course, "teacher": teacher, "first": first, "second": second}


def _login(new_browser, user):
    browser = new_browser()
    browser.client.force_login(user)
    return browser


def test_team_adds_edges_learner_is_refused_and_a_cycle_is_explained(world, new_browser):
    first, second = world["first"], world["second"]
    learner = _login(new_browser, grant(Role.SCHOOL_STUDENT, world["school"]))
    refused = learner.mutate(ADD, {"s": first.pk, "t": second.pk, "k": "PREREQUISITE"})
    assert not refused["ok"] and refused["errors"][0]["code"] == "PERMISSION_DENIED"

    team = _login(new_browser, world["teacher"])
    added = team.mutate(ADD, {"s": first.pk, "t": second.pk, "k": "PREREQUISITE"})
    assert added["ok"], added
    cycle = team.mutate(ADD, {"s": second.pk, "t": first.pk, "k": "PREREQUISITE"})
    assert cycle["errors"][0]["code"] == "CONFLICT"
    assert "阶梯轴车削 → 外圆车削对刀 → 阶梯轴车削" in cycle["errors"][0]["message"]
    assert cycle["errors"][0]["field"] == "targetId"

    # the learner sees the graph in study order, but not the coverage report
    body = learner.gql(GRAPH, {"id": world["course"].pk})
    graph = body["data"]["course"]["graph"]
    assert [n["point"]["name"] for n in graph["nodes"]] == ["外圆车削对刀", "阶梯轴车削"]
    assert [n["step"] for n in graph["nodes"]] == [1, 2]
    assert graph["edges"] == [
        {"id": added["edge"]["id"], "sourceId": str(first.pk), "targetId": str(second.pk), "kind": "PREREQUISITE"}
    ]
    assert graph["canEdit"] is False and body["data"]["course"]["coverage"] is None

    removed = learner.mutate(REMOVE, {"id": added["edge"]["id"]})
    assert removed["errors"][0]["code"] == "PERMISSION_DENIED"
    assert team.mutate(REMOVE, {"id": added["edge"]["id"]})["ok"]
    assert not KnowledgeEdge.objects.exists()


def test_tagging_from_either_side_is_visible_from_the_other(world, new_browser):
    teacher, first, second = world["teacher"], world["first"], world["second"]
    team = _login(new_browser, teacher)
    anonymous = new_browser()
    # given a published resource tagged from the resource side
    from_resource = _publish(
        text_resource(teacher, world["school"], world["course"], title="对刀操作说明", knowledge_points=[first]),
        teacher,
    )
    # then the point side lists it
    body = anonymous.gql(POINT, {"id": first.pk})
    assert [r["title"] for r in body["data"]["knowledgePoint"]["resources"]] == ["对刀操作说明"]

    # when a point is attached from the point side
    attached = team.mutate(ATTACH, {"p": second.pk, "r": [from_resource.pk]})
    assert attached["ok"] and attached["changed"] == 1, attached
    # then the published resource keeps its approved tags until the new draft is reviewed …
    assert list(Resource.objects.get(pk=from_resource.pk).knowledge_points.all()) == [first]
    draft = Resource.objects.get(pk=from_resource.pk).get_latest_revision_as_object()
    assert {p.name for p in draft.knowledge_points.all()} == {"外圆车削对刀", "阶梯轴车削"}
    assert anonymous.gql(POINT, {"id": second.pk})["data"]["knowledgePoint"]["resources"] == []
    # … and once published, the resource side shows both points and the point side lists the resource
    _publish(from_resource, teacher)
    assert {p.name for p in Resource.objects.get(pk=from_resource.pk).knowledge_points.all()} == {
        "外圆车削对刀",
        "阶梯轴车削",
    }
    assert [r["title"] for r in anonymous.gql(POINT, {"id": second.pk})["data"]["knowledgePoint"]["resources"]] == [
        "对刀操作说明"
    ]
    # attaching again changes nothing (no empty revision); an unpublished draft changes in place
    assert team.mutate(ATTACH, {"p": second.pk, "r": [from_resource.pk]})["changed"] == 0
    unpublished = text_resource(teacher, world["school"], world["course"], title="对刀草稿")
    assert team.mutate(ATTACH, {"p": first.pk, "r": [unpublished.pk]})["changed"] == 1
    assert list(Resource.objects.get(pk=unpublished.pk).knowledge_points.all()) == [first]


def test_only_managers_attach_resources(world, new_browser):
    resource = text_resource(world["teacher"], world["school"], world["course"], title="对刀草稿")
    stranger = _login(new_browser, grant(Role.TEACHER, world["school"]))
    refused = stranger.mutate(ATTACH, {"p": world["first"].pk, "r": [resource.pk]})
    assert not refused["ok"] and refused["errors"][0]["code"] == "NOT_FOUND"


def test_graph_query_count_is_flat_with_10_or_100_points(world, new_browser):
    team = _login(new_browser, world["teacher"])
    counts = []
    for size in (10, 100):
        course = CoursePageFactory(parent=world["course"].get_parent())
        CourseTeacherFactory(course=course, user=world["teacher"])
        points = [KnowledgePointFactory(course=course, sort_order=i) for i in range(size)]
        for i in range(1, size):
            KnowledgeEdge.objects.create(
                course=course, source=points[i - 1], target=points[i], kind=KnowledgeEdgeKind.PREREQUISITE
            )
        for point in points[::5]:
            resource = text_resource(world["teacher"], world["school"], course, title=f"资源{point.pk}")
            resource_update(
                user=world["teacher"], resource=resource, attributes=ResourceAttributes(knowledge_points=[point])
            )
            _publish(resource, world["teacher"])
        with CaptureQueriesContext(connection) as queries:
            body = team.gql(GRAPH, {"id": course.pk})
        assert "errors" not in body, body
        assert len(body["data"]["course"]["graph"]["nodes"]) == size
        assert body["data"]["course"]["coverage"]["pointsWithGaps"] == size  # no questions yet
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
