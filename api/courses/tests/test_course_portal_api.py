"""Course portal and catalogue through GraphQL (M6): live portal, the team's draft, save and submit, review,
and the catalogue's filters with a flat query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import CourseKind, CourseLevel, CoursePage, TeacherRole
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, OutlineItemFactory
from cms.majors.tests.factories import MajorPageFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

PORTAL = """
query Portal($id: ID!) {
  course(id: $id) {
    level portalTemplate
    portal { name template level summary intro introSource
      standard { totalHours goals { kind text } modules { id title hours } methods { name } assessment { name weight } }
      teachers { id name role photoUrl } }
    portalDraft { status comment portal { template level summary standard { goals { text } } teachers { name } } }
  }
}
"""
SAVE = """
mutation Save($id: ID!, $input: CoursePortalInput!, $submit: Boolean) {
  coursePortalSave(courseId: $id, input: $input, submit: $submit) {
    ok errors { code message } draft { status portal { template } }
  }
}
"""
CATALOGUE = """
query Catalogue($major: String, $kind: CourseKind, $level: CourseLevel, $search: String) {
  courses(major: $major, kind: $kind, level: $level, search: $search, limit: 50) {
    totalCount items { id name kind level portalTemplate coverUrl major { code } teachers { name photoUrl } }
  }
}
"""


@pytest.fixture
def world():
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术", intro="<p>旧简介</p>")
    chapter = OutlineItemFactory(course=course, title="车床认知", hours=4)
    teacher = grant(Role.TEACHER, host)
    member = CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.LEAD, name="张海涛")
    course.save_revision().publish()
    return {
        "course": CoursePage.objects.get(pk=course.pk),
        "chapter": chapter,
        "member": member,
        "teacher": teacher,
        "reviewer": grant(Role.REVIEWER, host),
    }


def _input(world, template="COMPACT", weights=(30, 70)):
    return {
        "template": template,
        "level": "INTRODUCTORY",
        "summary": "入门课程",
        "intro": "<p>新简介</p>",
        "goals": [{"kind": "SKILL", "text": "能操作数控车床"}],
        "modules": [{"id": str(world["chapter"].pk), "title": "车床认知", "hours": 6, "summary": ""}],
        "methods": [{"name": "理实一体"}],
        "assessment": [{"name": "过程考核", "weight": weights[0]}, {"name": "期末实操", "weight": weights[1]}],
        "teachers": [{"id": str(world["member"].pk), "name": "张海涛", "role": "LEAD"}],
    }


def _login(new_browser, user):
    browser = new_browser()
    browser.client.force_login(user)
    return browser


def test_team_saves_a_draft_previews_it_and_publication_follows_review(world, new_browser):
    course_id = world["course"].pk
    team = _login(new_browser, world["teacher"])
    anonymous = new_browser()

    saved = team.mutate(SAVE, {"id": course_id, "input": _input(world), "submit": False})
    assert saved["ok"], saved
    assert saved["draft"] == {"status": "DRAFT", "portal": {"template": "COMPACT"}}

    public = anonymous.gql(PORTAL, {"id": course_id})["data"]["course"]
    assert public["portalTemplate"] == "CLASSIC" and public["portal"]["template"] == "CLASSIC"
    assert public["portalDraft"] is None and public["portal"]["introSource"] == ""
    assert public["portal"]["standard"]["goals"] == []

    mine = team.gql(PORTAL, {"id": course_id})["data"]["course"]
    assert mine["portalDraft"]["portal"]["template"] == "COMPACT"
    assert mine["portalDraft"]["portal"]["standard"]["goals"] == [{"text": "能操作数控车床"}]
    assert mine["portal"]["introSource"] == "<p>旧简介</p>"

    submitted = team.mutate(SAVE, {"id": course_id, "input": _input(world), "submit": True})
    assert submitted["draft"]["status"] == "IN_REVIEW"
    course = CoursePage.objects.get(pk=course_id)
    course.current_workflow_task.specific.on_action(course.current_workflow_task_state, world["reviewer"], "approve")

    public = anonymous.gql(PORTAL, {"id": course_id})["data"]["course"]
    assert public["portalTemplate"] == "COMPACT" and public["level"] == "INTRODUCTORY"
    standard = public["portal"]["standard"]
    assert standard["totalHours"] == 6 and standard["modules"][0]["id"] == str(world["chapter"].pk)
    assert [(a["name"], a["weight"]) for a in standard["assessment"]] == [("过程考核", 30), ("期末实操", 70)]
    assert public["portal"]["teachers"] == [
        {"id": str(world["member"].pk), "name": "张海涛", "role": "LEAD", "photoUrl": None}
    ]


def test_refusals_reach_the_client_as_messages(world, new_browser):
    team = _login(new_browser, world["teacher"])
    bad = team.mutate(SAVE, {"id": world["course"].pk, "input": _input(world, weights=(30, 60))})
    assert not bad["ok"] and bad["errors"][0]["code"] == "INVALID_INPUT"
    assert "90" in bad["errors"][0]["message"]
    outsider = _login(new_browser, grant(Role.TEACHER, host_organisation()))
    denied = outsider.mutate(SAVE, {"id": world["course"].pk, "input": _input(world)})
    assert denied["errors"][0]["code"] == "PERMISSION_DENIED"
    anonymous = new_browser().mutate(SAVE, {"id": world["course"].pk, "input": _input(world)})
    assert not anonymous["ok"]


def _catalogue(count: int, codes=("460103", "460104")):
    major = MajorPageFactory(code=codes[0])
    other = MajorPageFactory(code=codes[1])
    for i in range(count):
        course = CoursePageFactory(
            parent=major if i % 2 == 0 else other,
            kind=CourseKind.CORE if i % 3 else CourseKind.FOUNDATION,
            level=CourseLevel.ADVANCED if i % 4 == 0 else CourseLevel.INTERMEDIATE,
        )
        CourseTeacherFactory(course=course, name=f"老师{i}")
    return major


def test_catalogue_filters_by_major_kind_and_level(new_browser):
    _catalogue(12)
    browser = new_browser()
    everything = browser.gql(CATALOGUE, {})["data"]["courses"]
    assert everything["totalCount"] == 12
    in_major = browser.gql(CATALOGUE, {"major": "460103"})["data"]["courses"]
    assert in_major["totalCount"] == 6 and {c["major"]["code"] for c in in_major["items"]} == {"460103"}
    advanced_core = browser.gql(CATALOGUE, {"major": "460103", "kind": "CORE", "level": "ADVANCED"})["data"]
    expected = [i for i in range(0, 12, 2) if i % 3 and i % 4 == 0]
    assert advanced_core["courses"]["totalCount"] == len(expected)
    assert all(c["kind"] == "CORE" and c["level"] == "ADVANCED" for c in advanced_core["courses"]["items"])
    assert browser.gql(CATALOGUE, {"major": "999999"})["data"]["courses"]["totalCount"] == 0


def test_catalogue_query_count_is_flat(new_browser):
    def measure() -> tuple[int, int]:
        browser = new_browser()
        browser.gql(CATALOGUE, {})  # warm the locale and site caches
        with CaptureQueriesContext(connection) as queries:
            body = browser.gql(CATALOGUE, {})
        return len(body["data"]["courses"]["items"]), len(queries)

    _catalogue(3)
    small = measure()
    _catalogue(12, codes=("460105", "460106"))
    large = measure()
    assert (small[0], large[0]) == (3, 15)
    assert small[1] == large[1]
