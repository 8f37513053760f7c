"""Course builder edits through GraphQL (M5, T1): rename, move and remove modules and units, open an item for
trial, delete an assembly. The team succeeds; outsiders and bad input are refused with typed errors and
nothing stored changes."""

import pytest

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses import services
from cms.courses.models import Assembly, CourseItem, CourseModule, CourseUnit
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.models import Resource
from cms.resources.tests.factories import ResourceFactory, grant

pytestmark = pytest.mark.django_db

ERRORS = "ok errors { code message field }"
MODULE_RENAME = (
    f"mutation($id: ID!, $t: String!) {{ moduleRename(id: $id, title: $t) {{ {ERRORS} module {{ id title }} }} }}"
)
MODULE_REMOVE = f"mutation($id: ID!) {{ moduleRemove(id: $id) {{ {ERRORS} removedId }} }}"
UNIT_RENAME = f"mutation($id: ID!, $t: String!) {{ unitRename(id: $id, title: $t) {{ {ERRORS} unit {{ id title }} }} }}"
UNIT_MOVE = f"""
mutation($id: ID!, $m: ID!, $p: Int) {{
  unitMove(id: $id, moduleId: $m, position: $p) {{ {ERRORS} unit {{ id moduleId order }} }}
}}
"""
UNIT_REMOVE = f"mutation($id: ID!) {{ unitRemove(id: $id) {{ {ERRORS} removedId }} }}"
ITEM_UPDATE = f"""
mutation($id: ID!, $open: Boolean!) {{
  itemUpdate(id: $id, openForTrial: $open) {{ {ERRORS} item {{ id openForTrial }} }}
}}
"""
ASSEMBLY_DELETE = f"mutation($id: ID!) {{ assemblyDelete(id: $id) {{ {ERRORS} removedId }} }}"


@pytest.fixture
def world(new_browser):
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    second = CoursePageFactory(title="数控铣削加工技术", parent=course.get_parent())
    foreign = CoursePageFactory(title="别人的课程", parent=course.get_parent())
    teacher = grant(Role.TEACHER, school)
    for c in (course, second):
        CourseTeacherFactory(course=c, user=teacher, name="王老师")
    team = new_browser()
    team.client.force_login(teacher)
    resource = ResourceFactory(course=course, organisation=school, school=school, live=True, title="对刀视频")
    module = services.module_add(user=teacher, course=course, title="项目一")
    other_module = services.module_add(user=teacher, course=course, title="项目二")
    units = [services.unit_add(user=teacher, module=module, title=f"单元{n}") for n in (1, 2, 3)]
    item = services.item_add(user=teacher, unit=units[0], resource=resource)
    second_module = services.module_add(user=teacher, course=second, title="铣削项目")
    admin = UserFactory(is_superuser=True)
    foreign_module = services.module_add(user=admin, course=foreign, title="外课模块")
    return {
        "school": school,
        "course": course,
        "teacher": teacher,
        "team": team,
        "resource": resource,
        "module": module,
        "other_module": other_module,
        "units": units,
        "item": item,
        "second_module": second_module,
        "foreign_module": foreign_module,
    }


def _orders(module) -> list[tuple[int, int]]:
    return list(CourseUnit.objects.filter(module=module).order_by("order").values_list("pk", "order"))


def _snapshot() -> list:
    """Everything a refused edit must leave alone."""
    return [
        list(CourseModule.objects.order_by("pk").values_list("pk", "course_id", "parent_id", "title", "order")),
        list(CourseUnit.objects.order_by("pk").values_list("pk", "module_id", "title", "order")),
        list(CourseItem.objects.order_by("pk").values_list("pk", "unit_id", "order", "open_for_trial")),
        list(Assembly.objects.order_by("pk").values_list("pk", "title")),
    ]


def test_the_team_renames_modules_and_units_and_blank_titles_are_refused(world):
    team, module, unit = world["team"], world["module"], world["units"][0]
    # when the team renames a module and a unit
    renamed = team.mutate(MODULE_RENAME, {"id": module.pk, "t": "  项目一 外圆车削 "})
    unit_renamed = team.mutate(UNIT_RENAME, {"id": unit.pk, "t": "单元甲"})
    # then both are stored, trimmed
    assert renamed["ok"] and renamed["module"] == {"id": str(module.pk), "title": "项目一 外圆车削"}
    assert unit_renamed["ok"] and unit_renamed["unit"]["title"] == "单元甲"
    assert CourseUnit.objects.get(pk=unit.pk).title == "单元甲"
    # and an empty or overlong title is refused naming the field, keeping the old one
    before = _snapshot()
    for query, pk in ((MODULE_RENAME, module.pk), (UNIT_RENAME, unit.pk)):
        blank = team.mutate(query, {"id": pk, "t": "   "})
        assert blank["errors"] == [{"code": "INVALID_INPUT", "message": "Give it a title.", "field": "title"}]
        long = team.mutate(query, {"id": pk, "t": "长" * 129})
        assert long["errors"] == [
            {"code": "LIMIT_EXCEEDED", "message": "A title has at most 128 characters.", "field": "title"}
        ]
    assert _snapshot() == before


def test_the_team_moves_units_within_a_module_to_another_module_and_to_another_course(world):
    team, module, other, (u1, u2, u3) = world["team"], world["module"], world["other_module"], world["units"]
    # reorder within the module: the last unit first
    moved = team.mutate(UNIT_MOVE, {"id": u3.pk, "m": module.pk, "p": 0})
    assert moved["unit"] == {"id": str(u3.pk), "moduleId": str(module.pk), "order": 0}
    assert _orders(module) == [(u3.pk, 0), (u1.pk, 1), (u2.pk, 2)]
    # to another module of the course (with its items); the source module's orders stay dense
    moved = team.mutate(UNIT_MOVE, {"id": u1.pk, "m": other.pk})
    assert moved["ok"] and moved["unit"]["moduleId"] == str(other.pk)
    assert _orders(module) == [(u3.pk, 0), (u2.pk, 1)]
    assert CourseItem.objects.get(pk=world["item"].pk).unit.module_id == other.pk
    # to a module of another course the team also edits
    moved = team.mutate(UNIT_MOVE, {"id": u1.pk, "m": world["second_module"].pk})
    assert moved["ok"] and CourseUnit.objects.get(pk=u1.pk).module_id == world["second_module"].pk
    assert _orders(other) == []


def test_the_team_removes_units_and_modules_and_the_resources_stay(world):
    team, module, (u1, u2, u3) = world["team"], world["module"], world["units"]
    removed = team.mutate(UNIT_REMOVE, {"id": u2.pk})
    assert removed == {"ok": True, "errors": [], "removedId": str(u2.pk)}
    assert _orders(module) == [(u1.pk, 0), (u3.pk, 1)]
    # a nested module goes with its parent, and with it every unit and item
    child = services.module_add(user=world["teacher"], course=world["course"], title="子模块", parent=module)
    services.unit_add(user=world["teacher"], module=child, title="子单元")
    removed = team.mutate(MODULE_REMOVE, {"id": module.pk})
    assert removed == {"ok": True, "errors": [], "removedId": str(module.pk)}
    assert not CourseModule.objects.filter(pk__in=[module.pk, child.pk]).exists()
    assert not CourseUnit.objects.filter(pk__in=[u1.pk, u3.pk]).exists()
    assert not CourseItem.objects.filter(pk=world["item"].pk).exists()
    assert Resource.objects.filter(pk=world["resource"].pk).exists()
    # the remaining top-level module is renumbered
    assert CourseModule.objects.get(pk=world["other_module"].pk).order == 0


def test_the_team_opens_an_item_for_trial_and_closes_it_again(world):
    team, item = world["team"], world["item"]
    opened = team.mutate(ITEM_UPDATE, {"id": item.pk, "open": True})
    assert opened["item"] == {"id": str(item.pk), "openForTrial": True}
    assert CourseItem.objects.get(pk=item.pk).open_for_trial is True
    closed = team.mutate(ITEM_UPDATE, {"id": item.pk, "open": False})
    assert closed["ok"] and CourseItem.objects.get(pk=item.pk).open_for_trial is False


def test_an_outsider_is_refused_every_edit_and_nothing_changes(world, new_browser):
    # given a teacher of another school who is not on the course team, and an anonymous visitor
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, OrganisationFactory(kind=OrganisationKind.SCHOOL)))
    visitor = new_browser()
    module, unit, item = world["module"], world["units"][0], world["item"]
    edits = [
        (MODULE_RENAME, {"id": module.pk, "t": "改名"}),
        (MODULE_REMOVE, {"id": module.pk}),
        (UNIT_RENAME, {"id": unit.pk, "t": "改名"}),
        (UNIT_MOVE, {"id": unit.pk, "m": world["other_module"].pk, "p": 0}),
        (UNIT_REMOVE, {"id": unit.pk}),
        (ITEM_UPDATE, {"id": item.pk, "open": True}),
    ]
    before = _snapshot()
    for query, variables in edits:
        refused = outsider.mutate(query, variables)
        assert not refused["ok"]
        assert refused["errors"] == [
            {
                "code": "PERMISSION_DENIED",
                "message": "Only the course team and editors can change the structure of “数控车削加工技术”.",
                "field": None,
            }
        ]
        assert visitor.mutate(query, variables)["errors"][0]["code"] == "UNAUTHENTICATED"
    assert _snapshot() == before


def test_the_team_cannot_touch_a_course_it_does_not_edit(world):
    team, foreign_module, unit = world["team"], world["foreign_module"], world["units"][0]
    before = _snapshot()
    # removing (or renaming) a module of another course is refused, naming that course
    for query, variables in (
        (MODULE_REMOVE, {"id": foreign_module.pk}),
        (MODULE_RENAME, {"id": foreign_module.pk, "t": "x"}),
    ):
        refused = team.mutate(query, variables)
        assert refused["errors"][0]["code"] == "PERMISSION_DENIED"
        assert "“别人的课程”" in refused["errors"][0]["message"]
    # so is moving one of its own units into a module of that course: the unit stays where it was
    refused = team.mutate(UNIT_MOVE, {"id": unit.pk, "m": foreign_module.pk})
    assert refused["errors"][0]["code"] == "PERMISSION_DENIED" and "“别人的课程”" in refused["errors"][0]["message"]
    assert _snapshot() == before


def test_bad_ids_are_refused_with_the_field_they_are_about(world):
    team = world["team"]
    assert team.mutate(MODULE_REMOVE, {"id": "abc"})["errors"] == [
        {"code": "INVALID_INPUT", "message": "Invalid id.", "field": "id"}
    ]
    assert team.mutate(UNIT_REMOVE, {"id": 987654})["errors"] == [
        {"code": "NOT_FOUND", "message": "Nothing was found with this id.", "field": "id"}
    ]
    missing_target = team.mutate(UNIT_MOVE, {"id": world["units"][0].pk, "m": 987654})
    assert missing_target["errors"][0] == {
        "code": "NOT_FOUND",
        "message": "Nothing was found with this id.",
        "field": "moduleId",
    }
    assert team.mutate(ITEM_UPDATE, {"id": 987654, "open": True})["errors"][0]["field"] == "id"


def test_the_owner_deletes_an_unused_assembly_and_others_are_refused(world, new_browser):
    team, teacher = world["team"], world["teacher"]
    resource = world["resource"]
    unused = services.assembly_create(user=teacher, title="备用积件", resources=[resource])
    used = services.assembly_create(user=teacher, title="对刀积件", resources=[resource])
    services.item_add(user=teacher, unit=world["units"][1], assembly=used)
    # another teacher may read assemblies (to reuse them) but not delete them; visitors must log in
    colleague = new_browser()
    colleague.client.force_login(grant(Role.TEACHER, world["school"]))
    refused = colleague.mutate(ASSEMBLY_DELETE, {"id": unused.pk})
    assert refused["errors"] == [
        {"code": "PERMISSION_DENIED", "message": "Only the owner can change this assembly.", "field": None}
    ]
    assert new_browser().mutate(ASSEMBLY_DELETE, {"id": unused.pk})["errors"][0]["code"] == "UNAUTHENTICATED"
    # an assembly used by a course stays until it is taken out of the course
    refused = team.mutate(ASSEMBLY_DELETE, {"id": used.pk})
    assert refused["errors"][0]["code"] == "CONFLICT"
    assert refused["errors"][0]["message"] == "“对刀积件” is used in courses; remove it from them first."
    assert Assembly.objects.filter(pk__in=[used.pk, unused.pk]).count() == 2
    # the owner deletes the unused one; its resource stays in the library
    deleted = team.mutate(ASSEMBLY_DELETE, {"id": unused.pk})
    assert deleted == {"ok": True, "errors": [], "removedId": str(unused.pk)}
    assert not Assembly.objects.filter(pk=unused.pk).exists()
    assert Resource.objects.filter(pk=resource.pk).exists()
