"""Editors change a major, its program and its course graph in the Wagtail admin (issue 2, C1, C2).

Bad input is refused with a clear message and nothing is saved half-way.
"""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.accounts.roles import Role
from cms.accounts.services import role_grant, role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses.tests.factories import CoursePageFactory
from cms.majors.models import CourseRelation, CourseSetting, MajorPage
from cms.majors.tests.factories import MajorPageFactory

pytestmark = pytest.mark.django_db

HOME_QUERY = "{ major { name trainingProgram { trainingGoal courseSettings { hours } } courseRelations { kind } } }"


@pytest.fixture
def editor_client(major_setup) -> Client:
    major = major_setup[0]
    role_groups_ensure(root_page=major.get_parent())
    editor = UserFactory()
    role_grant(user=editor, role=Role.EDITOR, organisation=OrganisationFactory())
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def major_setup():
    major = MajorPageFactory(title="数控技术", code="460103")
    courses = [CoursePageFactory(parent=major, title=title) for title in ("机械制图", "数控编程", "数控车削")]
    major.get_parent().specific.__class__.objects.update(featured_major=major)
    return major, courses


def _form(major: MajorPage, *, relations: list[tuple], **overrides) -> dict:
    data = {
        "title": major.title,
        "slug": major.slug,
        "code": major.code,
        "category": major.category,
        "subcategory": major.subcategory,
        "level": major.level,
        "duration_years": major.duration_years,
        "intro": major.intro,
        "training_goal": major.training_goal,
        "abilities": major.abilities,
        "graduation_requirements": major.graduation_requirements,
        "course_settings": inline_formset(
            [{"category": "core", "credits": "40", "hours": "700", "practice_hours": "420", "course_names": "数控编程"}]
        ),
        "practice_components": inline_formset([]),
        "course_relations": inline_formset(
            [
                {"source": s.pk, "target": t.pk, "kind": kind, "ORDER": str(i)}
                for i, (s, t, kind) in enumerate(relations)
            ]
        ),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def _graphql(client_: Client) -> dict:
    response = Client().post("/graphql/", {"query": HOME_QUERY}, content_type="application/json")
    return response.json()["data"]["major"]


def test_editor_publishes_program_and_graph_and_the_api_shows_them(editor_client, major_setup):
    # given
    major, (drawing, programming, turning) = major_setup
    relations = [(drawing, programming, "prerequisite"), (programming, turning, "prerequisite")]
    # when
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[major.pk]),
        _form(major, relations=relations, training_goal="培养新时代数控工匠。"),
    )
    # then
    assert response.status_code == 302, response.content.decode()[:2000]
    shown = _graphql(editor_client)
    assert shown["trainingProgram"]["trainingGoal"] == "培养新时代数控工匠。"
    assert shown["trainingProgram"]["courseSettings"] == [{"hours": 700}]
    assert shown["courseRelations"] == [{"kind": "PREREQUISITE"}, {"kind": "PREREQUISITE"}]


def test_a_cycle_is_refused_with_a_message_and_nothing_is_saved(editor_client, major_setup):
    # given
    major, (drawing, programming, _turning) = major_setup
    relations = [(drawing, programming, "prerequisite"), (programming, drawing, "prerequisite")]
    # when
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[major.pk]),
        _form(major, relations=relations, training_goal="不应保存"),
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    # then
    assert response.status_code == 200
    assert "该先修关系会形成循环：数控编程 → 机械制图 → 数控编程。" in response.content.decode()
    major.refresh_from_db()
    assert major.training_goal != "不应保存"
    assert not CourseRelation.objects.exists()
    assert not CourseSetting.objects.filter(major=major).exists()
    assert major.revisions.count() == 0 or major.latest_revision.content["training_goal"] != "不应保存"


def test_a_duplicate_major_code_is_refused(editor_client, major_setup):
    # given
    major, _courses = major_setup
    other = MajorPageFactory(parent=major.get_parent(), title="机械制造及自动化", code="460104")
    # when
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[other.pk]),
        _form(other, relations=[], code="460103"),
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    # then
    assert response.status_code == 200
    assert "专业代码 460103 已被其他专业使用。" in response.content.decode()
    other.refresh_from_db()
    assert other.code == "460104"


def test_the_api_keeps_showing_the_published_revision_while_a_draft_is_pending(editor_client, major_setup):
    # given a published change, then a saved-but-unpublished draft
    major, (drawing, programming, _turning) = major_setup
    url = reverse("wagtailadmin_pages:edit", args=[major.pk])
    editor_client.post(url, _form(major, relations=[(drawing, programming, "prerequisite")], training_goal="已发布"))
    draft = _form(major, relations=[], training_goal="草稿")
    draft.pop("action-publish")
    # when
    response = editor_client.post(url, draft)
    # then
    assert response.status_code == 302
    shown = _graphql(editor_client)
    assert shown["trainingProgram"]["trainingGoal"] == "已发布"
    assert json.dumps(shown["courseRelations"]) == '[{"kind": "PREREQUISITE"}]'
