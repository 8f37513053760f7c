"""Trial learning (试学) through GraphQL (M6): anonymous visitors open only the items the team opened for trial;
locked items say what they are (title and type of a public resource) but carry no resource to open; signed-in
learners open every item they may see; a withdrawn resource marks its item."""

import pytest
from django.utils import timezone

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses import services
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.models import Resource, Visibility
from cms.resources.tests.factories import ResourceFactory, grant

pytestmark = pytest.mark.django_db

STRUCTURE = """
query Structure($id: ID!, $v: Int) {
  course(id: $id) {
    structure(version: $v) { version
      modules { title units { title items { openForTrial locked withdrawn title type
        resource { id title } assembly { id title } assemblyResources { id } } } } }
  }
}
"""


@pytest.fixture
def course_with_trial(new_browser):
    """A published structure: a trial video, a locked document, a locked own-school (logged-in) resource and
    a trial assembly."""
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, school)
    CourseTeacherFactory(course=course, user=teacher)

    def live(title, resource_type="video", **values):
        return ResourceFactory(
            course=course,
            organisation=school,
            school=school,
            live=True,
            title=title,
            resource_type=resource_type,
            **values,
        )

    trial = live("试切法对刀")
    locked = live("刀尖圆弧半径补偿课件", "presentation")
    members_only = live("内孔车削作业指导书", "document", visibility=Visibility.LOGGED_IN)
    animation, simulation = live("阶梯轴车削动画", "animation"), live("阶梯轴精车仿真", "simulation")
    module = services.module_add(user=teacher, course=course, title="项目一 数控车床操作基础")
    unit = services.unit_add(user=teacher, module=module, title="任务1 对刀")
    assembly = services.assembly_create(user=teacher, title="阶梯轴车削积件", resources=[animation, simulation])
    services.item_add(user=teacher, unit=unit, resource=trial, open_for_trial=True)
    services.item_add(user=teacher, unit=unit, resource=locked)
    services.item_add(user=teacher, unit=unit, resource=members_only)
    services.item_add(user=teacher, unit=unit, assembly=assembly, open_for_trial=True)
    services.course_structure_publish(user=teacher, course=course)
    return {
        "course": course,
        "teacher": teacher,
        "trial": trial,
        "locked": locked,
        "members_only": members_only,
        "assembly": assembly,
        "assembly_resources": [animation, simulation],
    }


def _items(browser, course, version=None):
    body = browser.gql(STRUCTURE, {"id": course.pk, "v": version})
    assert "errors" not in body, body
    structure = body["data"]["course"]["structure"]
    return structure, structure["modules"][0]["units"][0]["items"]


def test_an_anonymous_visitor_opens_only_trial_items(course_with_trial, new_browser):
    world = course_with_trial
    # when an anonymous visitor reads the latest version
    structure, items = _items(new_browser(), world["course"])
    # then the trial items carry what to open, the others are locked with nothing to open
    assert structure["version"] == 1
    assert [(i["openForTrial"], i["locked"]) for i in items] == [
        (True, False),
        (False, True),
        (False, True),
        (True, False),
    ]
    trial, locked, members_only, assembly = items
    assert trial["resource"] == {"id": str(world["trial"].pk), "title": "试切法对刀"}
    assert assembly["assembly"]["title"] == "阶梯轴车削积件"
    assert [r["id"] for r in assembly["assemblyResources"]] == [str(r.pk) for r in world["assembly_resources"]]
    for item in (locked, members_only):
        assert item["resource"] is None and item["assembly"] is None and item["assemblyResources"] == []
    # a locked public resource says what it is; a resource visitors may not see at all does not
    assert (locked["title"], locked["type"]) == ("刀尖圆弧半径补偿课件", "PRESENTATION")
    assert (members_only["title"], members_only["type"]) == ("", None)
    # asking for the version by number does not unlock anything
    _, again = _items(new_browser(), world["course"], version=1)
    assert [i["locked"] for i in again] == [False, True, True, False]
    assert again[1]["resource"] is None


def test_a_signed_in_learner_opens_every_item_they_may_see(course_with_trial, new_browser):
    world = course_with_trial
    learner = new_browser()
    learner.client.force_login(UserFactory())
    # when
    structure, items = _items(learner, world["course"])
    # then nothing is locked, every resource is there (also the logged-in-only one)
    assert structure["version"] == 1
    assert [i["locked"] for i in items] == [False, False, False, False]
    assert [i["resource"] and i["resource"]["id"] for i in items[:3]] == [
        str(world["trial"].pk),
        str(world["locked"].pk),
        str(world["members_only"].pk),
    ]
    assert items[2]["title"] == "内孔车削作业指导书" and items[2]["type"] == "DOCUMENT"


def test_a_withdrawn_resource_marks_its_item_for_everyone(course_with_trial, new_browser):
    world = course_with_trial
    # given the trial video goes to the recycle bin after the version was published
    Resource.objects.filter(pk=world["trial"].pk).update(deleted_at=timezone.now())
    for browser in (new_browser(), _signed_in(new_browser)):
        # when
        _, items = _items(browser, world["course"])
        # then the item stays, withdrawn, without its resource or title
        assert items[0]["withdrawn"] is True
        assert items[0]["resource"] is None and items[0]["title"] == ""
        assert items[1]["withdrawn"] is False


def test_the_team_reads_the_working_copy_and_anonymous_visitors_do_not(course_with_trial, new_browser):
    world = course_with_trial
    unit_module = services.module_add(user=world["teacher"], course=world["course"], title="项目二 未发布")
    team = new_browser()
    team.client.force_login(world["teacher"])
    # when / then: the team sees the unpublished module (no version number), visitors only version 1
    team_structure, _ = _items(team, world["course"])
    assert team_structure["version"] is None
    assert [m["title"] for m in team_structure["modules"]][-1] == unit_module.title
    visitor_structure, _ = _items(new_browser(), world["course"])
    assert [m["title"] for m in visitor_structure["modules"]] == ["项目一 数控车床操作基础"]


def _signed_in(new_browser):
    browser = new_browser()
    browser.client.force_login(UserFactory())
    return browser
