"""Course.structureVersions (M5, T1): the team's list of published versions (number, when, by whom, how many
items), newest first and paged; null for everyone else; a flat query count whatever the number of versions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses import services
from cms.courses.models import CourseVersion
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.tests.factories import ResourceFactory, grant

pytestmark = pytest.mark.django_db

VERSIONS = """
query Versions($id: ID!, $limit: Int, $offset: Int) {
  course(id: $id) { structureVersions(limit: $limit, offset: $offset) { number publishedAt publishedBy itemCount } }
}
"""


@pytest.fixture
def world(new_browser):
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school, real_name="王老师")
    CourseTeacherFactory(course=course, user=teacher, name="王老师")
    team = new_browser()
    team.client.force_login(teacher)
    resources = ResourceFactory.create_batch(6, course=course, organisation=school, school=school, live=True)
    return {"school": school, "course": course, "teacher": teacher, "team": team, "resources": resources}


def _versions(browser, course, **variables):
    body = browser.gql(VERSIONS, {"id": course.pk, **variables})
    assert "errors" not in body, body
    return body["data"]["course"]["structureVersions"]


def test_the_team_lists_published_versions_with_their_item_counts(world, new_browser):
    teacher, course, resources = world["teacher"], world["course"], world["resources"]
    # given version 1 with two items, then version 2 adding a nested module with three more
    module = services.module_add(user=teacher, course=course, title="项目一")
    unit = services.unit_add(user=teacher, module=module, title="单元1")
    for resource in resources[:2]:
        services.item_add(user=teacher, unit=unit, resource=resource)
    services.course_structure_publish(user=teacher, course=course)
    child = services.module_add(user=teacher, course=course, title="子模块", parent=module)
    nested = services.unit_add(user=teacher, module=child, title="子单元")
    assembly = services.assembly_create(user=teacher, title="积件", resources=resources[3:6])
    services.item_add(user=teacher, unit=nested, assembly=assembly)
    services.item_add(user=teacher, unit=nested, resource=resources[2])
    services.item_add(user=teacher, unit=unit, resource=resources[3])
    services.course_structure_publish(user=teacher, course=course)
    # when the team asks for the versions
    versions = _versions(world["team"], course)
    # then newest first, with who published them and how many items each holds (an assembly is one item)
    assert [(v["number"], v["publishedBy"], v["itemCount"]) for v in versions] == [(2, "王老师", 5), (1, "王老师", 2)]
    assert all(v["publishedAt"] for v in versions)
    # paged
    assert [v["number"] for v in _versions(world["team"], course, limit=1, offset=1)] == [1]
    # a learner, another school's teacher and an anonymous visitor get null
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, OrganisationFactory(kind=OrganisationKind.SCHOOL)))
    learner = new_browser()
    learner.client.force_login(grant(Role.SCHOOL_STUDENT, world["school"]))
    for browser in (outsider, learner, new_browser()):
        assert _versions(browser, course) is None


def test_a_version_published_by_a_removed_account_has_no_publisher(world):
    teacher, course = world["teacher"], world["course"]
    version = services.course_structure_publish(user=teacher, course=course)
    CourseVersion.objects.filter(pk=version.pk).update(published_by=None)
    [row] = _versions(world["team"], course)
    assert (row["number"], row["publishedBy"], row["itemCount"]) == (1, None, 0)


def test_a_page_size_out_of_bounds_is_refused(world):
    body = world["team"].gql(VERSIONS, {"id": world["course"].pk, "limit": 101})
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert body["errors"][0]["message"] == "limit must be between 1 and 100."


def test_the_query_count_stays_flat_as_versions_grow(world):
    teacher, course = world["teacher"], world["course"]
    module = services.module_add(user=teacher, course=course, title="项目一")
    unit = services.unit_add(user=teacher, module=module, title="单元1")

    def count(total: int) -> int:
        while CourseVersion.objects.filter(course=course).count() < total:
            services.item_add(user=teacher, unit=unit, resource=world["resources"][0])
            services.course_structure_publish(user=teacher, course=course)
        with CaptureQueriesContext(connection) as queries:
            versions = _versions(world["team"], course)
        assert len(versions) == total
        return len(queries)

    assert count(2) == count(12)
