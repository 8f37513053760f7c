"""myAssemblies (M5, C3): the builder's own assemblies with their resources, paged and searchable; withdrawn
resources counted, not shown; a login is needed; a flat query count whatever the number of assemblies."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses import services
from cms.courses.models import Assembly
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.models import Resource
from cms.resources.tests.factories import ResourceFactory, grant

pytestmark = pytest.mark.django_db

MINE = """
query Mine($q: String, $limit: Int, $offset: Int) {
  myAssemblies(query: $q, limit: $limit, offset: $offset) {
    total
    items { id title description withdrawnCount courseItemCount canEdit createdAt updatedAt
      resources { id title type citationCount organisation { name } course { name } keywords } }
  }
}
"""
STRUCTURE_ASSEMBLIES = """
query($id: ID!) {
  course(id: $id) { structure { modules { units { items { assembly { id courseItemCount resources { id } } } } } } }
}
"""


@pytest.fixture
def world(new_browser):
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher)
    browser = new_browser()
    browser.client.force_login(teacher)
    resources = ResourceFactory.create_batch(6, course=course, organisation=school, school=school, live=True)
    return {"school": school, "course": course, "teacher": teacher, "browser": browser, "resources": resources}


def _mine(browser, **variables) -> dict:
    body = browser.gql(MINE, variables)
    assert "errors" not in body, body
    return body["data"]["myAssemblies"]


def test_the_builder_lists_own_assemblies_with_their_resources(world):
    teacher, (a, b, c, d, *_) = world["teacher"], world["resources"]
    # given two assemblies of the teacher (one used by a course) and one of a colleague
    first = services.assembly_create(user=teacher, title="对刀积件", description="外圆车刀", resources=[c, a, b])
    second = services.assembly_create(user=teacher, title="量具积件", resources=[d])
    services.assembly_create(user=grant(Role.TEACHER, world["school"]), title="别人的积件", resources=[a])
    module = services.module_add(user=teacher, course=world["course"], title="项目一")
    unit = services.unit_add(user=teacher, module=module, title="单元1")
    services.item_add(user=teacher, unit=unit, assembly=first)
    services.item_add(user=teacher, unit=unit, assembly=first)
    # and one resource of the first withdrawn since
    Resource.objects.filter(pk=a.pk).update(live=False)
    # when the teacher lists their assemblies
    mine = _mine(world["browser"])
    # then only their own, last changed first, each with its usable resources in order
    assert mine["total"] == 2
    assert [i["id"] for i in mine["items"]] == [str(second.pk), str(first.pk)]
    listed = mine["items"][1]
    assert (listed["title"], listed["description"], listed["canEdit"]) == ("对刀积件", "外圆车刀", True)
    assert [r["id"] for r in listed["resources"]] == [str(c.pk), str(b.pk)]
    assert listed["resources"][0]["organisation"] == {"name": "甲职业技术学院"}
    assert (listed["withdrawnCount"], listed["courseItemCount"]) == (1, 2)
    assert (mine["items"][0]["withdrawnCount"], mine["items"][0]["courseItemCount"]) == (0, 0)
    # searched by title and paged
    assert [i["title"] for i in _mine(world["browser"], q="量具")["items"]] == ["量具积件"]
    paged = _mine(world["browser"], limit=1, offset=1)
    assert (paged["total"], [i["id"] for i in paged["items"]]) == (2, [str(first.pk)])


def test_a_visitor_must_log_in_and_page_sizes_are_capped(world, new_browser):
    body = new_browser().gql(MINE)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    body = world["browser"].gql(MINE, {"limit": 500})
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


def test_the_query_count_stays_flat_as_assemblies_grow(world):
    teacher, resources = world["teacher"], world["resources"]

    def count(total: int) -> int:
        while Assembly.objects.filter(owner=teacher).count() < total:
            services.assembly_create(user=teacher, title="积件", resources=resources[:3])
        with CaptureQueriesContext(connection) as queries:
            mine = _mine(world["browser"], limit=100)
        assert len(mine["items"]) == total and all(len(i["resources"]) == 3 for i in mine["items"])
        return len(queries)

    assert count(2) == count(12)


def test_assemblies_in_a_course_structure_load_their_resources_in_a_flat_query_count(world, new_browser):
    teacher, course, resources = world["teacher"], world["course"], world["resources"]
    module = services.module_add(user=teacher, course=course, title="项目一")
    unit = services.unit_add(user=teacher, module=module, title="单元1")

    def count(total: int) -> int:
        while Assembly.objects.filter(owner=teacher).count() < total:
            assembly = services.assembly_create(user=teacher, title="积件", resources=resources[:2])
            services.item_add(user=teacher, unit=unit, assembly=assembly)
        with CaptureQueriesContext(connection) as queries:
            body = world["browser"].gql(STRUCTURE_ASSEMBLIES, {"id": course.pk})
        items = body["data"]["course"]["structure"]["modules"][0]["units"][0]["items"]
        assert len(items) == total and all(len(i["assembly"]["resources"]) == 2 for i in items)
        assert all(i["assembly"]["courseItemCount"] == 1 for i in items)
        return len(queries)

    assert count(2) == count(10)
