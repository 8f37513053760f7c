"""The course-system graph of a major (C2, M7) through GraphQL: course nodes with their skill and knowledge
point counts, prerequisite edges, the job positions the points map to, and a query count that does not grow
with the number of courses."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.courses.models import CourseKind
from cms.courses.tests.factories import CoursePageFactory, KnowledgePointFactory, SkillPointFactory
from cms.majors.models import CourseRelation
from cms.majors.tests.factories import JobPositionFactory, MajorPageFactory

pytestmark = pytest.mark.django_db

GRAPH = """
query Graph($code: String) {
  major(code: $code) {
    courseSystemGraph {
      courses { id skillPointCount knowledgePointCount course { id name kind } }
      edges { id sourceId targetId kind }
      jobPositions { id name }
      mapsTo { courseId jobPositionId pointCount }
    }
  }
}
"""


def _points(course, *, skills: int, knowledge: int, jobs=()):
    points = [SkillPointFactory(course=course) for _ in range(skills)]
    points += [KnowledgePointFactory(course=course) for _ in range(knowledge)]
    for point, job in zip(points, jobs, strict=False):
        point.job_positions.add(job)
        point.save()  # ParentalManyToManyField writes on save
    return points


def test_the_graph_holds_courses_with_point_counts_prerequisites_and_jobs(new_browser):
    # given a major with a foundation and two core courses, one unpublished
    major = MajorPageFactory(code="460103", title="数控技术")
    turner, programmer, inspector = (JobPositionFactory(name=n) for n in ("数控车工", "数控编程员", "质量检验员"))
    drawing = CoursePageFactory(parent=major, title="机械制图与CAD", kind=CourseKind.FOUNDATION)
    programming = CoursePageFactory(parent=major, title="数控加工工艺与编程")
    hidden = CoursePageFactory(parent=major, title="未发布课程", live=False)
    _points(drawing, skills=2, knowledge=3, jobs=[programmer])
    # two points of the course map to 数控车工, one to 数控编程员 (a knowledge point maps too)
    programming_points = _points(programming, skills=2, knowledge=1, jobs=[turner, programmer, turner])
    _points(hidden, skills=1, knowledge=0, jobs=[inspector])
    CourseRelation.objects.create(major=major, source=drawing, target=programming, kind="prerequisite")
    CourseRelation.objects.create(major=major, source=programming, target=hidden, kind="prerequisite")
    # when an anonymous visitor asks
    body = new_browser().gql(GRAPH, {"code": "460103"})
    # then
    assert "errors" not in body, body
    graph = body["data"]["major"]["courseSystemGraph"]
    assert [
        (c["course"]["name"], c["course"]["kind"], c["skillPointCount"], c["knowledgePointCount"])
        for c in graph["courses"]
    ] == [("机械制图与CAD", "FOUNDATION", 2, 3), ("数控加工工艺与编程", "CORE", 2, 1)]
    assert all(c["id"] == c["course"]["id"] for c in graph["courses"])
    # the edge to the unpublished course is left out, like the course and the job only it maps to
    assert [(e["sourceId"], e["targetId"], e["kind"]) for e in graph["edges"]] == [
        (str(drawing.pk), str(programming.pk), "PREREQUISITE")
    ]
    assert {j["name"] for j in graph["jobPositions"]} == {"数控车工", "数控编程员"}
    assert {(m["courseId"], m["jobPositionId"], m["pointCount"]) for m in graph["mapsTo"]} == {
        (str(drawing.pk), str(programmer.pk), 1),
        (str(programming.pk), str(turner.pk), 2),
        (str(programming.pk), str(programmer.pk), 1),
    }
    assert len(programming_points) == 3


def _major_of(size: int, code: str):
    major = MajorPageFactory(code=code)
    jobs = JobPositionFactory.create_batch(4)
    previous = None
    for i in range(size):
        course = CoursePageFactory(parent=major, kind=CourseKind.FOUNDATION if i % 3 == 0 else CourseKind.CORE)
        _points(course, skills=3, knowledge=2, jobs=[jobs[i % 4], jobs[(i + 1) % 4]])
        if previous is not None:
            CourseRelation.objects.create(major=major, source=previous, target=course, kind="prerequisite")
        previous = course
    return major


def test_the_query_count_does_not_grow_with_the_number_of_courses(new_browser):
    def count(size: int, code: str) -> int:
        _major_of(size, code)
        with CaptureQueriesContext(connection) as queries:
            body = new_browser().gql(GRAPH, {"code": code})
        graph = body["data"]["major"]["courseSystemGraph"]
        assert len(graph["courses"]) == size and len(graph["edges"]) == size - 1
        assert len(graph["mapsTo"]) == 2 * size
        return len(queries)

    assert count(2, "460101") == count(12, "460102")
