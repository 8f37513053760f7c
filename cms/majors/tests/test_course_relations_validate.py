"""C2: the course-system graph accepts only edges between the major's courses and no prerequisite cycles."""

import pytest
from django.utils import translation

from cms.courses.tests.factories import CoursePageFactory
from cms.majors.models import CourseRelationKind as K
from cms.majors.services import course_relations_validate
from cms.majors.tests.factories import MajorPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def major_with_courses():
    major = MajorPageFactory()
    drawing, programming, turning = (CoursePageFactory(parent=major, title=t) for t in ("制图", "编程", "车削"))
    return major, drawing, programming, turning


def test_an_acyclic_graph_passes(major_with_courses):
    major, drawing, programming, turning = major_with_courses
    edges = [
        (drawing, programming, K.PREREQUISITE),
        (programming, turning, K.PREREQUISITE),
        (drawing, turning, K.RELATED),
    ]
    assert course_relations_validate(major=major, edges=edges) == []


def test_a_cycle_is_reported_on_the_closing_edge_with_its_path(major_with_courses):
    major, drawing, programming, turning = major_with_courses
    edges = [
        (drawing, programming, K.PREREQUISITE),
        (programming, turning, K.PREREQUISITE),
        (turning, drawing, K.PREREQUISITE),
    ]
    with translation.override("zh-hans"):
        problems = course_relations_validate(major=major, edges=edges)
    assert problems == [(2, "该先修关系会形成循环：车削 → 制图 → 编程 → 车削。")]


def test_related_edges_never_make_cycles(major_with_courses):
    major, drawing, programming, _turning = major_with_courses
    edges = [(drawing, programming, K.PREREQUISITE), (programming, drawing, K.RELATED)]
    assert course_relations_validate(major=major, edges=edges) == []


def test_self_loops_duplicates_and_foreign_courses_are_refused(major_with_courses):
    major, drawing, programming, _turning = major_with_courses
    foreign = CoursePageFactory(parent=MajorPageFactory())
    edges = [
        (drawing, drawing, K.PREREQUISITE),
        (drawing, programming, K.PREREQUISITE),
        (drawing, programming, K.PREREQUISITE),
        (drawing, foreign, K.PREREQUISITE),
        (drawing, programming, K.RELATED),
        (programming, drawing, K.RELATED),
    ]
    with translation.override("en"):
        problems = course_relations_validate(major=major, edges=edges)
    assert problems == [
        (0, "A course cannot be related to itself."),
        (2, "This relation is listed twice."),
        (3, "Only courses of this major can be linked in its course graph."),
        (5, "This relation is listed twice."),
    ]
