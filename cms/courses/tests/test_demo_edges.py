"""Demo knowledge-graph edges (M7, issue 6): the fixture names real demo points and holds no cycle, and the loader
is idempotent and goes through the graph's cycle check."""

import json
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings

from cms.courses.demo import EDGES_FILE, demo_knowledge_edges_load
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind
from cms.courses.tests.factories import CoursePageFactory, KnowledgePointFactory, SkillPointFactory

DEMO = Path(settings.BASE_DIR) / "fixtures" / "demo"


def _has_cycle(edges: list[tuple[str, str]]) -> bool:
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    state: dict[str, int] = {}

    def visit(node: str) -> bool:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1 or (nxt not in state and visit(nxt)):
                return True
        state[node] = 2
        return False

    return any(node not in state and visit(node) for node in list(graph))


def test_the_fixture_names_demo_points_and_has_no_cycle():
    data = json.loads(EDGES_FILE.read_text(encoding="utf-8"))
    library = json.loads((DEMO / "library.json").read_text(encoding="utf-8"))
    resources = json.loads((DEMO / "resources.json").read_text(encoding="utf-8"))
    points = {c["slug"]: {name for name, *_ in c["skills"]} for c in library["courses"]}
    for slug, rows in resources["knowledge_points"].items():
        points[slug] |= {row["name"] for row in rows}
    for slug, edges in data["courses"].items():
        assert slug in points, slug
        for source, kind, target in edges:
            assert {source, target} <= points[slug], (slug, source, target)
            assert kind in KnowledgeEdgeKind.values and source != target
        for kind in KnowledgeEdgeKind.values:
            assert not _has_cycle([(s, t) for s, k, t in edges if k == kind]), (slug, kind)
        assert len({tuple(e) for e in edges}) == len(edges), slug


@pytest.mark.django_db
def test_loading_twice_adds_each_edge_once_and_a_cycle_is_refused(tmp_path):
    # given a demo course with its points, and a fixture whose last edge would close a cycle
    course = CoursePageFactory(slug="cnc-turning")
    SkillPointFactory(course=course, name="数控车床对刀与刀补设置")
    for name in ("外圆车削对刀", "刀尖圆弧半径补偿", "阶梯轴车削"):
        KnowledgePointFactory(course=course, name=name)
    fixture = tmp_path / "edges.json"
    fixture.write_text(
        json.dumps(
            {
                "courses": {
                    "cnc-turning": [
                        ["数控车床对刀与刀补设置", "contains", "外圆车削对刀"],
                        ["外圆车削对刀", "prerequisite", "刀尖圆弧半径补偿"],
                        ["刀尖圆弧半径补偿", "prerequisite", "阶梯轴车削"],
                        ["阶梯轴车削", "prerequisite", "外圆车削对刀"],
                        ["外圆车削对刀", "prerequisite", "内孔车削"],
                    ],
                    "not-loaded-course": [["甲", "prerequisite", "乙"]],
                }
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    # when it is loaded twice
    first = demo_knowledge_edges_load(fixture)
    second = demo_knowledge_edges_load(fixture)
    # then the three good edges exist once, the cycle is refused each time and missing points are skipped
    assert (first.added, first.kept) == (3, 0) and (second.added, second.kept) == (0, 3)
    assert KnowledgeEdge.objects.count() == 3
    assert len(first.refused) == 1 and "阶梯轴车削 → 外圆车削对刀" in first.refused[0]
    assert len(first.missing) == 2 and "Refused" in first.summary()


@pytest.mark.django_db
def test_the_real_fixture_loads_into_demo_named_courses_without_duplicates():
    # given the demo course slugs with their point names (as load_demo leaves them)
    data = json.loads(EDGES_FILE.read_text(encoding="utf-8"))
    for slug, edges in data["courses"].items():
        course = CoursePageFactory(slug=slug)
        for name in dict.fromkeys(n for s, _, t in edges for n in (s, t)):
            KnowledgePointFactory(course=course, name=name)
    total = sum(len(edges) for edges in data["courses"].values())
    # when loaded twice, then every edge is there once and none was refused
    first = demo_knowledge_edges_load()
    second = demo_knowledge_edges_load()
    assert first.added == total and not first.refused and not first.missing
    assert second.added == 0 and second.kept == total
    assert KnowledgeEdge.objects.count() == total
