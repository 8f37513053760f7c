"""Course structure built from the library (M5, T1, C3): modules → units → items referencing resources and
assemblies, citations, moves and copies, versions, affected items, and the refusals of bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors, services
from cms.courses.models import CourseItem, CourseModule
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.models import Resource, Visibility
from cms.resources.services import ResourceAttributes, resource_update, resources_delete
from cms.resources.tests.factories import ResourceFactory, grant, text_resource

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in their English source form (they are translated later)."""
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    other_school = OrganisationFactory(name="乙职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    second = CoursePageFactory(title="数控铣削加工技术", parent=course.get_parent())
    teacher = grant(Role.TEACHER, school)
    for c in (course, second):
        CourseTeacherFactory(course=c, user=teacher, name="王老师")
    return {"school": school, "other": other_school, "course": course, "second": second, "teacher": teacher}


def _live(world, **values) -> Resource:
    values.setdefault("organisation", world["school"])
    values.setdefault("school", world["school"])
    return ResourceFactory(course=world["course"], live=True, **values)


def _unit(world, course=None, title="模块一"):
    teacher = world["teacher"]
    module = services.module_add(user=teacher, course=course or world["course"], title=title)
    return module, services.unit_add(user=teacher, module=module, title="单元1")


def _citations(*resources) -> list[int]:
    counts = selectors.resource_citation_counts([r.pk for r in resources])
    return [counts.get(r.pk, 0) for r in resources]


def test_citations_follow_add_remove_move_copy_and_assemblies(world):
    # given a module with a unit referencing a resource, and an assembly of two resources
    teacher = world["teacher"]
    video, animation = _live(world, title="对刀视频"), _live(world, title="对刀动画")
    module, unit = _unit(world)
    item = services.item_add(user=teacher, unit=unit, resource=video)
    assert _citations(video, animation) == [1, 0]
    assembly = services.assembly_create(user=teacher, title="外圆车削对刀", resources=[video, animation])
    assert _citations(video, animation) == [2, 1]
    services.item_add(user=teacher, unit=unit, assembly=assembly)
    # when the module is copied to the other course: new rows, same resources (one more citation)
    copy = services.module_copy(user=teacher, module=module, course=world["second"])
    assert copy.course_id == world["second"].pk and copy.pk != module.pk
    assert _citations(video, animation) == [3, 1]
    assert Resource.objects.count() == 2  # never copied
    # moving keeps the count, removing lowers it
    services.module_move(user=teacher, module=copy, course=world["course"])
    assert _citations(video) == [3]
    services.item_remove(user=teacher, item=item)
    assert _citations(video, animation) == [2, 1]
    services.assembly_update(user=teacher, assembly=assembly, resources=[animation])
    assert _citations(video, animation) == [1, 1]


def test_bad_references_are_refused_with_clear_messages(world):
    teacher = world["teacher"]
    _module, unit = _unit(world)
    draft = ResourceFactory(course=world["course"], title="未审核的资源", live=False)
    deleted = _live(world, title="回收站里的资源", deleted_at=timezone.now())
    other = world["other"]
    private = _live(world, title="乙校自用", organisation=other, school=other, visibility=Visibility.ORGANISATION)
    own = _live(world, title="本校自用", visibility=Visibility.ORGANISATION)
    for resource, words in ((draft, "not published"), (deleted, "recycle bin"), (private, "another school")):
        with pytest.raises(DomainError, match=words):
            services.item_add(user=teacher, unit=unit, resource=resource)
        with pytest.raises(DomainError, match=words):
            services.assembly_create(user=teacher, title="积件", resources=[own, resource])
    assert not CourseItem.objects.exists()
    services.item_add(user=teacher, unit=unit, resource=own)  # own school's private resource is fine
    with pytest.raises(DomainError, match="either a resource or an assembly"):
        services.item_add(user=teacher, unit=unit)


def test_a_module_cannot_move_into_itself_or_its_own_modules(world):
    teacher = world["teacher"]
    outer = _unit(world, title="项目一")[0]
    inner = services.module_add(user=teacher, course=world["course"], title="任务1", parent=outer)
    for target in (outer, inner):
        with pytest.raises(DomainError) as refused:
            services.module_move(user=teacher, module=outer, course=world["course"], parent=target)
        assert refused.value.code == ErrorCode.CONFLICT
        assert "“项目一” cannot be moved into itself" in refused.value.message
    # a module of another course is no parent here
    elsewhere = services.module_add(user=teacher, course=world["second"], title="别的")
    with pytest.raises(DomainError, match="is not a module of"):
        services.module_move(user=teacher, module=inner, course=world["course"], parent=elsewhere)


def test_moves_between_courses_need_the_right_to_edit_both(world):
    teacher = world["teacher"]
    module, unit = _unit(world)
    foreign = CoursePageFactory(title="别人的课程", parent=world["course"].get_parent())
    target = services.module_add(user=UserFactory(is_superuser=True), course=foreign, title="外课模块")
    with pytest.raises(DomainError) as refused:
        services.module_move(user=teacher, module=module, course=foreign)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    with pytest.raises(DomainError):
        services.unit_move(user=teacher, unit=unit, module=target)
    with pytest.raises(DomainError):
        services.module_add(user=UserFactory(), course=world["course"], title="x")
    # moving a nested tree to the other course takes its children along
    child = services.module_add(user=teacher, course=world["course"], title="子模块", parent=module)
    services.module_move(user=teacher, module=module, course=world["second"])
    assert CourseModule.objects.get(pk=child.pk).course_id == world["second"].pk


def test_drag_to_reorder_modules_units_and_items(world):
    teacher = world["teacher"]
    a = services.module_add(user=teacher, course=world["course"], title="A")
    b = services.module_add(user=teacher, course=world["course"], title="B")
    services.module_move(user=teacher, module=b, course=world["course"], position=0)
    assert list(CourseModule.objects.filter(course=world["course"]).values_list("title", flat=True)) == ["B", "A"]
    first = services.unit_add(user=teacher, module=a, title="U1")
    second = services.unit_add(user=teacher, module=a, title="U2")
    services.unit_move(user=teacher, unit=second, module=b)
    x, y, z = (_live(world, title=t) for t in "XYZ")
    items = [services.item_add(user=teacher, unit=first, resource=r) for r in (x, y)]
    dragged = services.item_add(user=teacher, unit=second, resource=z)
    # when z is dragged from U2 between y and x of U1
    services.items_reorder(user=teacher, unit=first, item_ids=[items[1].pk, dragged.pk, items[0].pk])
    # then
    order = CourseItem.objects.filter(unit=first).order_by("order").values_list("resource__title", flat=True)
    assert list(order) == ["Y", "Z", "X"]
    with pytest.raises(DomainError, match="List every item"):
        services.items_reorder(user=teacher, unit=first, item_ids=[items[0].pk])


def test_versions_keep_a_running_class_stable_and_resources_show_their_new_approved_values(world):
    # given a real resource, published, referenced, and the structure published as version 1
    teacher, school = world["teacher"], world["school"]
    resource = text_resource(teacher, school, world["course"], title="车削安全操作规程")
    resource.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
    resource = Resource.objects.get(pk=resource.pk)
    module, unit = _unit(world)
    services.item_add(user=teacher, unit=unit, resource=resource, open_for_trial=True)
    v1 = services.course_structure_publish(user=teacher, course=world["course"])
    # when the team edits the working copy and the resource is updated and re-approved
    services.unit_add(user=teacher, module=module, title="新单元")
    draft = resource_update(
        user=teacher, resource=resource, attributes=ResourceAttributes(title="车削安全操作规程（第二版）")
    )
    draft.get_latest_revision().publish(user=teacher, skip_permission_checks=True)
    # then learners still read version 1's structure, with the resource's new approved title
    learner = UserFactory()
    outline = selectors.course_outline(world["course"], learner)
    assert outline.version == v1.number == 1
    assert [u.title for u in outline.modules[0].units] == ["单元1"]
    assert outline.modules[0].units[0].items[0].resource.title == "车削安全操作规程（第二版）"
    # the team sees the working copy; version 2 is what learners see after the next publish
    assert [u.title for u in selectors.course_outline(world["course"], teacher).modules[0].units] == ["单元1", "新单元"]
    services.course_structure_publish(user=teacher, course=world["course"])
    assert selectors.course_outline(world["course"], learner).version == 2
    assert len(selectors.course_outline(world["course"], learner, version=1).modules[0].units) == 1


def test_withdrawn_resources_mark_the_affected_units(world):
    teacher = world["teacher"]
    kept, gone, in_assembly = _live(world, title="保留"), _live(world, title="撤下"), _live(world, title="积件里的")
    module, unit = _unit(world)
    services.item_add(user=teacher, unit=unit, resource=kept)
    affected_item = services.item_add(user=teacher, unit=unit, resource=gone)
    assembly = services.assembly_create(user=teacher, title="积件", resources=[kept, in_assembly])
    via_assembly = services.item_add(user=teacher, unit=unit, assembly=assembly)
    services.course_structure_publish(user=teacher, course=world["course"])
    assert selectors.course_affected_items(world["course"]) == []
    # when one resource is unpublished and another goes to the recycle bin
    gone.unpublish()  # withdrawn (Wagtail's unpublish, as the admin does)
    resources_delete(user=grant(Role.EDITOR, world["school"]), resources=[Resource.objects.get(pk=in_assembly.pk)])
    # then the team sees which units are affected, and the learner's outline marks them
    affected = selectors.course_affected_items(world["course"])
    assert [(a.item.pk, a.unit.title, a.module.title) for a in affected] == [
        (affected_item.pk, "单元1", module.title),
        (via_assembly.pk, "单元1", module.title),
    ]
    assert [r.title for r in affected[1].resources] == ["积件里的"]
    items = selectors.course_outline(world["course"], UserFactory()).modules[0].units[0].items
    assert [(i.withdrawn, i.resource is not None) for i in items] == [(False, True), (True, False), (True, False)]
    assert [r.title for r in items[2].assembly_resources] == ["保留"]


def test_anonymous_visitors_open_only_trial_items(world):
    teacher = world["teacher"]
    _module, unit = _unit(world)
    services.item_add(user=teacher, unit=unit, resource=_live(world, title="试学"), open_for_trial=True)
    services.item_add(user=teacher, unit=unit, resource=_live(world, title="正式"))
    services.course_structure_publish(user=teacher, course=world["course"])
    from django.contrib.auth.models import AnonymousUser

    items = selectors.course_outline(world["course"], AnonymousUser()).modules[0].units[0].items
    assert [(i.locked, i.resource and i.resource.title) for i in items] == [(False, "试学"), (True, None)]


@pytest.mark.parametrize("size", [10, 200])
def test_outline_reads_a_fixed_number_of_queries(world, size):
    teacher = world["teacher"]
    unit = _unit(world)[1]
    resources = [_live(world, title=f"资源{n}") for n in range(size)]
    assembly = services.assembly_create(user=teacher, title="积件", resources=resources[:3])
    CourseItem.objects.bulk_create(CourseItem(unit=unit, resource=r, order=n) for n, r in enumerate(resources))
    CourseItem.objects.create(unit=unit, assembly=assembly, order=size)
    with CaptureQueriesContext(connection) as queries:
        outline = selectors.course_outline(world["course"], teacher)
        affected = selectors.course_affected_items(world["course"])
    assert len(outline.modules[0].units[0].items) == size + 1 and affected == []
    assert len(queries) <= 10, [q["sql"] for q in queries]
