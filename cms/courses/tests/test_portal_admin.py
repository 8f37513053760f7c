"""Course portal review in the Wagtail admin (M6): the host reviewer finds the team's change on the dashboard,
opens the page editor and approves it through Wagtail's workflow action; the editor form checks weights."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.support import host_organisation
from cms.courses import portal
from cms.courses.models import CoursePage, TeacherRole
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


def browser(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def world():
    role_groups_ensure()
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控铣削加工技术")
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.LEAD, name="张海涛")
    course.save_revision().publish()
    return {"course": CoursePage.objects.get(pk=course.pk), "teacher": teacher, "reviewer": grant(Role.REVIEWER, host)}


def test_host_reviewer_approves_a_portal_change_in_the_admin(world):
    course, teacher = world["course"], world["teacher"]
    data = portal.PortalData(portal_template="compact", level="advanced", summary="新的简介", intro="<p>x</p>")
    portal.course_portal_save(user=teacher, course=course, data=data, submit=True)
    course.refresh_from_db()
    reviewer = browser(world["reviewer"])
    # the dashboard lists it under the reviewer's reviews, and the page editor opens for them
    assert "数控铣削加工技术" in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert reviewer.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200
    # the submitter gets no approve action
    state = course.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[course.pk, "approve", state.pk])
    browser(teacher).post(url, {"comment": ""})
    assert CoursePage.objects.get(pk=course.pk).portal_template == "classic"
    # the reviewer's approval publishes the change, also when approving from the page editor saved a revision
    course.get_latest_revision().as_object().save_revision(user=world["reviewer"])
    response = reviewer.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    course = CoursePage.objects.get(pk=course.pk)
    assert (course.portal_template, course.level, course.summary) == ("compact", "advanced", "新的简介")
    assert not course.has_unpublished_changes  # the team sees 已发布, not 草稿


def _page_form(course: CoursePage, weights: list[int]) -> dict:
    return nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "kind": course.kind,
            "level": "introductory",
            "portal_template": "visual",
            "hours": "64",
            "credits": "4",
            "summary": course.summary,
            "intro": rich_text("<p>简介</p>"),
            "goals": inline_formset([{"kind": "skill", "text": "能操作数控铣床", "ORDER": "0"}]),
            "outline_items": inline_formset([]),
            "teaching_methods": inline_formset([]),
            "assessment_items": inline_formset(
                [
                    {"name": f"考核{i}", "weight": str(w), "description": "", "ORDER": str(i)}
                    for i, w in enumerate(weights)
                ]
            ),
            "knowledge_points": inline_formset([]),
            "teachers": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_the_admin_form_refuses_weights_that_do_not_add_up_and_saves_those_that_do(world):
    course = world["course"]
    role_groups_ensure(root_page=course.get_parent().get_parent())
    editor = browser(grant(Role.EDITOR, host_organisation()))
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    refused = editor.post(url, _page_form(course, [30, 60]))
    assert refused.status_code == 200
    assert "The assessment weights add up to 90 %, not 100 %." in refused.content.decode()
    assert not CoursePage.objects.get(pk=course.pk).assessment_items.exists()
    saved = editor.post(url, _page_form(course, [30, 70]))
    assert saved.status_code == 302, saved.content.decode()[:1500]
    course = CoursePage.objects.get(pk=course.pk)
    assert [a.weight for a in course.assessment_items.all()] == [30, 70]
    assert course.portal_template == "visual" and [g.text for g in course.goals.all()] == ["能操作数控铣床"]
