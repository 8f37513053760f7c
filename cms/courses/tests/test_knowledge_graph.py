"""Knowledge graph of a course (M7, C2): edge rules, cycle refusal, study order, coverage, permissions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.tests.factories import UserFactory
from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors, services
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind
from cms.courses.tests.factories import (
    CoursePageFactory,
    CourseTeacherFactory,
    KnowledgePointFactory,
    SkillPointFactory,
)
from cms.resources.models import ResourceType, Visibility
from cms.resources.tests.factories import ResourceFactory

pytestmark = pytest.mark.django_db

PRE = KnowledgeEdgeKind.PREREQUISITE
CONTAINS = KnowledgeEdgeKind.CONTAINS


@pytest.fixture
def course():
    return CoursePageFactory(title="数控车削加工技术")


@pytest.fixture
def teacher(course):
    user = UserFactory()
    CourseTeacherFactory(course=course, user=user, name="王老师")
    return user


def _points(course, *names):
    return [KnowledgePointFactory(course=course, name=name, sort_order=i) for i, name in enumerate(names)]


def test_prerequisite_cycle_is_refused_naming_the_points(course, teacher):
    # given 对刀 → 刀补 → 车外圆
    setting, offset, turning = _points(course, "外圆车削对刀", "刀尖圆弧半径补偿", "阶梯轴车削")
    services.knowledge_edge_add(user=teacher, source=setting, target=offset, kind=PRE)
    services.knowledge_edge_add(user=teacher, source=offset, target=turning, kind=PRE)
    # when the last one would close the loop
    with pytest.raises(DomainError) as refused:
        services.knowledge_edge_add(user=teacher, source=turning, target=setting, kind=PRE)
    # then the message names the cycle, in order, and nothing was saved
    assert refused.value.code == ErrorCode.CONFLICT
    assert "阶梯轴车削 → 外圆车削对刀 → 刀尖圆弧半径补偿 → 阶梯轴车削" in refused.value.message
    assert KnowledgeEdge.objects.count() == 2


def test_contains_cycle_refused_but_kinds_do_not_mix(course, teacher):
    # given a skill containing a knowledge point
    skill = SkillPointFactory(course=course, name="数控车床对刀与刀补设置")
    (point,) = _points(course, "外圆车削对刀")
    services.knowledge_edge_add(user=teacher, source=skill, target=point, kind=CONTAINS)
    # when the point would contain its skill: refused
    with pytest.raises(DomainError, match="containment would create a cycle"):
        services.knowledge_edge_add(user=teacher, source=point, target=skill, kind=CONTAINS)
    # then a prerequisite the other way round is another graph and is accepted
    services.knowledge_edge_add(user=teacher, source=point, target=skill, kind=PRE)
    assert KnowledgeEdge.objects.filter(course=course).count() == 2


def test_self_duplicate_and_cross_course_edges_are_refused(course, teacher):
    a, b = _points(course, "甲", "乙")
    other = KnowledgePointFactory(course=CoursePageFactory(parent=course.get_parent()), name="外课知识点")
    services.knowledge_edge_add(user=teacher, source=a, target=b, kind=PRE)
    with pytest.raises(DomainError) as duplicate:
        services.knowledge_edge_add(user=teacher, source=a, target=b, kind=PRE)
    assert duplicate.value.code == ErrorCode.DUPLICATE
    with pytest.raises(DomainError, match="cannot be linked to itself"):
        services.knowledge_edge_add(user=teacher, source=a, target=a, kind=PRE)
    with pytest.raises(DomainError, match="belong to different courses"):
        services.knowledge_edge_add(user=teacher, source=a, target=other, kind=PRE)
    with pytest.raises(DomainError, match="contains or prerequisite"):
        services.knowledge_edge_add(user=teacher, source=b, target=a, kind="related")


def test_learner_and_other_teachers_cannot_change_the_graph(course, teacher):
    a, b = _points(course, "甲", "乙")
    elsewhere = UserFactory()
    CourseTeacherFactory(course=CoursePageFactory(parent=course.get_parent()), user=elsewhere)
    for outsider in (UserFactory(), elsewhere):
        with pytest.raises(DomainError) as refused:
            services.knowledge_edge_add(user=outsider, source=a, target=b, kind=PRE)
        assert refused.value.code == ErrorCode.PERMISSION_DENIED
    edge = services.knowledge_edge_add(user=UserFactory(is_superuser=True), source=a, target=b, kind=PRE)
    with pytest.raises(DomainError):
        services.knowledge_edge_remove(user=UserFactory(), edge=edge)
    services.knowledge_edge_remove(user=teacher, edge=edge)
    assert not KnowledgeEdge.objects.exists()


def test_study_order_follows_prerequisites_then_course_order(course, teacher):
    # given points written in an order that the prerequisites contradict
    thread, turning, setting, _safety = _points(course, "三角形外螺纹车削", "阶梯轴车削", "外圆车削对刀", "安全操作")
    services.knowledge_edge_add(user=teacher, source=setting, target=turning, kind=PRE)
    services.knowledge_edge_add(user=teacher, source=turning, target=thread, kind=PRE)
    # when
    graph = selectors.course_graph(course, UserFactory())
    # then 对刀 before 车轴 before 螺纹; 安全操作 has no prerequisite and is studied after 对刀 (course order)
    assert [n.point.name for n in graph.nodes] == ["外圆车削对刀", "阶梯轴车削", "三角形外螺纹车削", "安全操作"]
    steps = {n.point.name: n.step for n in graph.nodes}
    assert steps == {"外圆车削对刀": 1, "阶梯轴车削": 2, "三角形外螺纹车削": 3, "安全操作": 1}
    assert [n.study_order for n in graph.nodes] == [1, 2, 3, 4]


def _tag(course, point, resource_type, *, live=True, visibility=Visibility.PUBLIC):
    resource = ResourceFactory(course=course, resource_type=resource_type, live=live, visibility=visibility)
    resource.knowledge_points.set([point])
    resource.save()
    return resource


def test_coverage_lists_the_gaps(course):
    # given one point fully covered by a video, one with only a document, one with nothing published
    video, document, empty = _points(course, "外圆车削对刀", "切削用量三要素", "内孔车削")
    _tag(course, video, ResourceType.VIDEO)
    _tag(course, document, ResourceType.DOCUMENT)
    _tag(course, empty, ResourceType.VIDEO, live=False)  # a draft does not cover anything
    # when
    report = {row.point.name: row for row in selectors.course_coverage(course)}
    # then
    assert report["外圆车削对刀"].gaps == ["no_question"]
    assert report["切削用量三要素"].gaps == ["no_video_or_animation", "no_question"]
    assert report["内孔车削"].gaps == ["no_resource", "no_video_or_animation", "no_question"]
    assert (report["外圆车削对刀"].resources, report["外圆车削对刀"].videos_and_animations) == (1, 1)
    assert report["内孔车削"].questions == 0


def test_graph_counts_only_resources_the_user_may_open(course):
    (point,) = _points(course, "外圆车削对刀")
    _tag(course, point, ResourceType.VIDEO)
    _tag(course, point, ResourceType.ANIMATION, visibility=Visibility.LOGGED_IN)
    anonymous = selectors.course_graph(course, None).nodes[0]
    member = selectors.course_graph(course, UserFactory()).nodes[0]
    assert anonymous.resource_counts == {"video": 1}
    assert member.resource_counts == {"video": 1, "animation": 1}
    assert member.resource_total == 2


def _graph_of(size: int):
    course = CoursePageFactory()
    points = _points(course, *[f"点{i}" for i in range(size)])
    for i in range(1, size):
        KnowledgeEdge.objects.create(course=course, source=points[i - 1], target=points[i], kind=PRE)
    for point in points[::3]:
        _tag(course, point, ResourceType.VIDEO)
    return course


def test_graph_and_coverage_queries_stay_flat_with_10_or_100_points():
    user = UserFactory()
    counts = []
    for size in (10, 100):
        course = _graph_of(size)
        user.__dict__.pop("_resource_permission_cache", None)
        with CaptureQueriesContext(connection) as graph_queries:
            graph = selectors.course_graph(course, user)
        with CaptureQueriesContext(connection) as coverage_queries:
            coverage = selectors.course_coverage(course)
        assert len(graph.nodes) == len(coverage) == size
        counts.append((len(graph_queries), len(coverage_queries)))
    assert counts[0] == counts[1]
