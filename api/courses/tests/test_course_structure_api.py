"""Course builder through GraphQL (M5, T1, C3): build, publish, read the structure with a flat query count,
citations on resources, affected items for the team, refusals as typed errors."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.models import CourseItem
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.tests.factories import ResourceFactory, grant

pytestmark = pytest.mark.django_db

STRUCTURE = """
query Structure($id: ID!, $v: Int) {
  course(id: $id) {
    structure(version: $v) { version
      modules { id title depth units { id title items { id order openForTrial locked withdrawn
        resource { id title type citationCount } assembly { id title } assemblyResources { id title } } } } }
    affectedItems { itemId unitTitle moduleTitle resourceTitles }
  }
}
"""
MODULE_ADD = """
mutation($c: ID!, $t: String!, $p: ID) {
  moduleAdd(courseId: $c, title: $t, parentId: $p) { ok errors { code message field } module { id } }
}
"""
MODULE_MOVE = """
mutation($id: ID!, $c: ID!, $p: ID) {
  moduleMove(id: $id, courseId: $c, parentId: $p) { ok errors { code message field } module { id courseId } }
}
"""
UNIT_ADD = 'mutation($m: ID!) { unitAdd(moduleId: $m, title: "单元1") { ok errors { code } unit { id } } }'
ITEM_ADD = """
mutation($u: ID!, $r: ID, $a: ID) {
  itemAdd(unitId: $u, resourceId: $r, assemblyId: $a, openForTrial: true) {
    ok errors { code message field } item { id order }
  }
}
"""
REORDER = "mutation($u: ID!, $ids: [ID!]!) { itemsReorder(unitId: $u, itemIds: $ids) { ok items { id order } } }"
REMOVE = "mutation($id: ID!) { itemRemove(id: $id) { ok removedId } }"
ASSEMBLY = """
mutation($r: [ID!]!) { assemblyCreate(title: "对刀积件", resourceIds: $r) { ok errors { code } assembly { id } } }
"""
COPY = "mutation($id: ID!, $c: ID!) { moduleCopy(id: $id, courseId: $c) { ok errors { code } module { id } } }"
PUBLISH = "mutation($c: ID!) { courseStructurePublish(courseId: $c) { ok errors { code } version } }"


@pytest.fixture
def world(new_browser):
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher, name="王老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    return {"school": school, "course": course, "teacher": teacher, "team": browser}


def _live(world, n: int, **values):
    return ResourceFactory.create_batch(
        n, course=world["course"], organisation=world["school"], school=world["school"], live=True, **values
    )


def test_build_publish_and_read_the_structure(world, new_browser):
    team, course = world["team"], world["course"]
    video, animation, exercise = _live(world, 3)
    module = team.mutate(MODULE_ADD, {"c": course.pk, "t": "项目一 外圆车削"})["module"]["id"]
    unit = team.mutate(UNIT_ADD, {"m": module})["unit"]["id"]
    first = team.mutate(ITEM_ADD, {"u": unit, "r": video.pk})["item"]["id"]
    assembly = team.mutate(ASSEMBLY, {"r": [animation.pk, exercise.pk]})["assembly"]["id"]
    second = team.mutate(ITEM_ADD, {"u": unit, "a": assembly})["item"]["id"]
    reordered = team.mutate(REORDER, {"u": unit, "ids": [second, first]})
    assert [i["id"] for i in reordered["items"]] == [second, first]
    # a module moved into itself is refused with a typed error naming the field
    refused = team.mutate(MODULE_MOVE, {"id": module, "c": course.pk, "p": module})
    assert not refused["ok"] and refused["errors"][0]["code"] == "CONFLICT"
    assert refused["errors"][0]["field"] == "parentId"
    # a withdrawn resource is refused
    draft = ResourceFactory(course=course, organisation=world["school"], live=False, title="草稿")
    refused = team.mutate(ITEM_ADD, {"u": unit, "r": draft.pk})
    assert refused["errors"][0]["code"] == "CONFLICT" and "草稿" in refused["errors"][0]["message"]
    # learners see nothing before the first publish; then version 1
    learner = new_browser()
    assert learner.gql(STRUCTURE, {"id": course.pk})["data"]["course"]["structure"]["modules"] == []
    assert team.mutate(PUBLISH, {"c": course.pk})["version"] == 1
    data = learner.gql(STRUCTURE, {"id": course.pk})["data"]["course"]
    assert data["affectedItems"] is None
    items = data["structure"]["modules"][0]["units"][0]["items"]
    assert data["structure"]["version"] == 1
    assert [i["assembly"] and i["assembly"]["id"] for i in items] == [assembly, None]
    assert items[1]["resource"]["citationCount"] == 1
    assert [r["id"] for r in items[0]["assemblyResources"]] == [str(animation.pk), str(exercise.pk)]
    # copying to another course adds citations; removing takes them away
    other = CoursePageFactory(title="数控铣削", parent=course.get_parent())
    CourseTeacherFactory(course=other, user=world["teacher"])
    assert team.mutate(COPY, {"id": module, "c": other.pk})["ok"]
    assert CourseItem.objects.filter(resource=video).count() == 2
    assert team.mutate(REMOVE, {"id": first})["ok"]
    # the team sees affected items once a resource goes to the recycle bin
    type(animation).objects.filter(pk=animation.pk).update(deleted_at=timezone.now())
    affected = team.gql(STRUCTURE, {"id": course.pk})["data"]["course"]["affectedItems"]
    assert affected == [
        {"itemId": second, "unitTitle": "单元1", "moduleTitle": "项目一 外圆车削", "resourceTitles": [animation.title]}
    ]


def test_the_structure_query_count_stays_flat(world, new_browser):
    course, teacher = world["course"], world["teacher"]
    from cms.courses import services

    module = services.module_add(user=teacher, course=course, title="模块")
    unit = services.unit_add(user=teacher, module=module, title="单元")
    resources = _live(world, 500)
    assembly = services.assembly_create(user=teacher, title="积件", resources=resources[:3])

    def count(n: int) -> int:
        CourseItem.objects.filter(unit=unit).delete()
        CourseItem.objects.bulk_create(CourseItem(unit=unit, resource=r, order=i) for i, r in enumerate(resources[:n]))
        CourseItem.objects.create(unit=unit, assembly=assembly, order=n)
        services.course_structure_publish(user=teacher, course=course)
        browser = new_browser()
        with CaptureQueriesContext(connection) as queries:
            body = browser.gql(STRUCTURE, {"id": course.pk})
        assert len(body["data"]["course"]["structure"]["modules"][0]["units"][0]["items"]) == n + 1
        return len(queries)

    assert count(10) == count(500)
