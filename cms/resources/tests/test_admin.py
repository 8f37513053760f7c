"""The resource library in the Wagtail admin (M1, M2, M3, C8, C12): lists, the resource form, review, dashboard."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory
from cms.accounts.tests.support import host_organisation, platform_admin, verified_client
from cms.core import sensitive_words
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CoursePageFactory
from cms.resources import services
from cms.resources.models import NamingRule, Resource, ResourceType
from cms.resources.services import ResourceAttributes
from cms.resources.tests.factories import CourseTeacherFactory, ResourceFactory, asset_from, grant, text_resource
from media_pipeline.models import MediaAsset
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_resources_resource:list"
ADD = "wagtailsnippets_resources_resource:add"
EDIT = "wagtailsnippets_resources_resource:edit"
DELETE = "wagtailsnippets_resources_resource:delete"
WORKFLOW_ACTION = "wagtailsnippets_resources_resource:workflow_action"


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in their English source form, whatever the catalogue translates them to."""
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    role_groups_ensure()
    host = host_organisation(name="示范职业技术学院")
    elsewhere = OrganisationFactory(name="远方职业学院")
    course = CoursePageFactory(title="数控车削加工技术")
    lead = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=lead, role=TeacherRole.LEAD, name="李主任")
    return {
        "host": host,
        "elsewhere": elsewhere,
        "course": course,
        "major": course.get_parent().specific,
        "editor": grant(Role.EDITOR, host),
        "teacher": grant(Role.TEACHER, host),
        "lead": lead,
        "reviewer": grant(Role.REVIEWER, host),
        "learner": grant(Role.SCHOOL_STUDENT, host),
        "stranger": grant(Role.TEACHER, elsewhere),
    }


def browser(user) -> Client:
    """Teachers, editors and reviewers are not administrators: no two-factor step in the admin."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def form_data(world, **overrides) -> dict:
    data = {
        "title": "",
        "resource_type": "",
        "url": "",
        "body": rich_text(""),
        "major": world["major"].pk,
        "course": world["course"].pk,
        "module": "",
        "keywords": "",
        "description": "",
        "source": "original",
        "organisation": world["host"].pk,
        "rights_holder": "",
        "licence": "all_rights_reserved",
        "authors": inline_formset([{"name": "王老师", "organisation_name": "示范职业技术学院"}]),
        "audience_level": "higher",
        "visibility": "public",
        "download_requires_login": "on",
    }
    data.update(overrides)
    return nested_form_data(data)


def png_bytes(tmp_path, name="图.png", color="red") -> bytes:
    return samples.image(tmp_path / name, size=(40, 30), color=color).read_bytes()


def stored_files(settings) -> list:
    return [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()] if settings.MEDIA_ROOT.exists() else []


def error_text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


# ---- access ------------------------------------------------------------------------------------------


def test_admin_pages_answer_for_an_editor_and_refuse_a_learner(world):
    # given
    editor, learner = browser(world["editor"]), browser(world["learner"])
    pages = [reverse(LIST), reverse(ADD), reverse("resource_batches:upload"), reverse("wagtailadmin_home")]
    # then
    for url in pages:
        assert editor.get(url).status_code == 200, url
    for url in pages:
        assert learner.get(url).status_code in (302, 403), url


def test_the_list_shows_only_what_the_user_may_read(world):
    # given a draft of each school and a resource published elsewhere
    own_draft = ResourceFactory(
        title="本校草稿", organisation=world["host"], course=world["course"], owner=world["teacher"]
    )
    foreign_draft = ResourceFactory(title="外校草稿", organisation=world["elsewhere"], owner=world["stranger"])
    foreign_live = ResourceFactory(
        title="外校已发布", organisation=world["elsewhere"], owner=world["stranger"], live=True
    )
    deleted = ResourceFactory(title="回收站里的", organisation=world["host"], owner=world["teacher"])
    services.resources_delete(user=world["teacher"], resources=[deleted])
    # when the editor of the host school opens the list
    client = browser(world["editor"])
    page = client.get(reverse(LIST)).content.decode()
    # then
    assert own_draft.title in page and foreign_live.title in page
    assert foreign_draft.title not in page and deleted.title not in page
    assert client.get(reverse(EDIT, args=[foreign_draft.pk])).status_code == 404
    # and a teacher of the same school may read the colleague's draft only when they review or manage it
    assert browser(world["stranger"]).get(reverse(EDIT, args=[own_draft.pk])).status_code == 404


def test_a_teacher_edits_only_their_own_resources(world):
    # given a published resource of a colleague (readable, not manageable)
    colleague = ResourceFactory(title="同事的资源", organisation=world["host"], owner=world["lead"], live=True)
    # then the teacher may not open its editor (Wagtail sends them to the dashboard), the editor of the school may
    refused = browser(world["teacher"]).get(reverse(EDIT, args=[colleague.pk]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert browser(world["editor"]).get(reverse(EDIT, args=[colleague.pk])).status_code == 200


# ---- the resource form -------------------------------------------------------------------------------


def test_creating_a_resource_with_a_real_png_makes_an_image_draft(world, tmp_path):
    # given
    client = browser(world["teacher"])
    upload = SimpleUploadedFile("车床照片.png", png_bytes(tmp_path), content_type="image/png")
    # when
    response = client.post(reverse(ADD), {**form_data(world), "upload": upload})
    # then
    assert response.status_code == 302, error_text(response)
    resource = Resource.objects.get()
    assert resource.resource_type == ResourceType.IMAGE
    assert not resource.live
    assert resource.asset.kind == "image" and resource.asset.original_filename == "车床照片.png"
    assert resource.owner == world["teacher"] and resource.school == world["host"]
    assert resource.title == "车床照片"
    assert [a.name for a in resource.authors.all()] == ["王老师"]
    assert resource.search_text  # unpublished rows are indexed as they are saved


def test_a_pdf_named_png_is_refused_and_nothing_is_stored(world, tmp_path, settings):
    # given a PDF renamed .png
    pdf = samples.pdf(tmp_path / "讲义.pdf", ["lathe"]).read_bytes()
    client = browser(world["teacher"])
    # when
    response = client.post(
        reverse(ADD), {**form_data(world), "upload": SimpleUploadedFile("fake.png", pdf, content_type="image/png")}
    )
    # then the form says what is wrong, in the person's language
    assert response.status_code == 200
    assert "“fake.png” is not a valid .png file" in error_text(response)
    assert not Resource.objects.exists() and not MediaAsset.objects.exists()
    assert stored_files(settings) == []


def test_a_duplicate_is_refused_with_a_link_to_the_existing_resource(world, tmp_path):
    # given the same picture already in the library
    picture = samples.image(tmp_path / "a.png", size=(40, 30), color="blue")
    existing = services.resource_create(
        user=world["editor"],
        attributes=ResourceAttributes(
            title="已有图片", major=world["major"], course=world["course"], organisation=world["host"]
        ),
        asset=asset_from(picture),
    )
    # when a teacher uploads it again
    response = browser(world["teacher"]).post(
        reverse(ADD),
        {**form_data(world), "upload": SimpleUploadedFile("again.png", picture.read_bytes(), content_type="image/png")},
    )
    # then
    page = error_text(response)
    assert response.status_code == 200
    assert "This file is already in the library as “已有图片”" in page
    assert f'href="{reverse(EDIT, args=[existing.pk])}"' in page
    assert MediaAsset.objects.count() == 1 and Resource.objects.count() == 1


def test_the_naming_rule_is_shown_and_enforced(world, tmp_path):
    # given a naming rule for the major
    NamingRule.objects.create(major=world["major"], pattern="{课程}-{素材类型}-{序号}")
    resource = text_resource(world["teacher"], world["host"], world["course"], title="数控车削加工技术-文本-01")
    client = browser(world["teacher"])
    # then the edit page shows the rule
    assert "{课程}-{素材类型}-{序号}" in client.get(reverse(EDIT, args=[resource.pk])).content.decode()
    # and a title that breaks it is refused
    response = client.post(
        reverse(EDIT, args=[resource.pk]),
        form_data(world, title="随便起的名字", resource_type="text", body=rich_text("<p>正文</p>")),
    )
    assert response.status_code == 200
    assert "does not follow the naming rule" in error_text(response)
    # and an empty title gets the next one
    response = client.post(
        reverse(ADD), {**form_data(world), "upload": SimpleUploadedFile("x.png", png_bytes(tmp_path), "image/png")}
    )
    assert response.status_code == 302
    assert Resource.objects.order_by("-pk").first().title == "数控车削加工技术-图片-01"


def test_nobody_publishes_around_the_review(world):
    # given a draft of the editor's school
    resource = text_resource(world["teacher"], world["host"], world["course"])
    client = browser(world["editor"])
    # when the editor posts "publish"
    client.post(
        reverse(EDIT, args=[resource.pk]),
        form_data(
            world, title=resource.title, resource_type="text", body=rich_text("<p>改过</p>"), **{"action-publish": "1"}
        ),
    )
    # then it is saved as a draft, not published, and the page offers no publish button
    resource.refresh_from_db()
    assert not resource.live and "改过" in resource.body
    assert 'name="action-publish"' not in client.get(reverse(EDIT, args=[resource.pk])).content.decode()


def test_deleting_moves_to_the_recycle_bin(world):
    resource = text_resource(world["teacher"], world["host"], world["course"])
    response = browser(world["teacher"]).post(reverse(DELETE, args=[resource.pk]))
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.deleted_at is not None and resource.deleted_by == world["teacher"]


# ---- review from the admin ---------------------------------------------------------------------------


def test_submitting_in_the_admin_starts_the_review_and_reviewers_approve_it(world):
    # given a draft text resource
    resource = text_resource(world["teacher"], world["host"], world["course"], title="对刀操作要点")
    teacher = browser(world["teacher"])
    assert "Submit to 资源分级审核" in teacher.get(reverse(EDIT, args=[resource.pk])).content.decode()
    # when the teacher submits it from the edit page
    response = teacher.post(
        reverse(EDIT, args=[resource.pk]),
        form_data(
            world, title=resource.title, resource_type="text", body=rich_text(resource.body), **{"action-submit": "1"}
        ),
    )
    assert response.status_code == 302
    resource.refresh_from_db()
    # then the automatic check passed and the course lead's level waits; the lead sees it on the dashboard
    assert resource.workflow_in_progress and resource.current_workflow_task.name == "课程负责人审核"
    lead = browser(world["lead"])
    assert resource.title in lead.get(reverse("wagtailadmin_home")).content.decode()
    # the lead approves through Wagtail's workflow action URL
    state = resource.current_workflow_task_state
    response = lead.post(reverse(WORKFLOW_ACTION, args=[resource.pk, "approve", state.pk]), {"comment": ""})
    assert response.status_code in (200, 302)
    resource.refresh_from_db()
    assert resource.current_workflow_task.name == "主持单位审核" and not resource.live
    # and the host reviewer's approval (no publish permission) publishes it
    state = resource.current_workflow_task_state
    task = state.task.specific
    task.on_action(state, world["reviewer"], "approve", comment="同意发布")
    resource.refresh_from_db()
    assert resource.live
    assert resource.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert TaskState.objects.filter(finished_by=world["lead"], status=TaskState.STATUS_APPROVED).exists()


def test_the_submitter_cannot_decide_their_own_review(world):
    # given a resource the course lead filed and submitted themselves
    resource = text_resource(world["lead"], world["host"], world["course"])
    services.resource_submit(user=world["lead"], resource=resource)
    resource.refresh_from_db()
    state = resource.current_workflow_task_state
    # then the workflow action is refused for them
    response = browser(world["lead"]).post(reverse(WORKFLOW_ACTION, args=[resource.pk, "approve", state.pk]))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    resource.refresh_from_db()
    assert resource.current_workflow_task_state.pk == state.pk


# ---- dashboard (C8) -----------------------------------------------------------------------------------


def _published(count: int, resource_type: str, world) -> None:
    for _ in range(count):
        ResourceFactory(organisation=world["host"], course=world["course"], resource_type=resource_type, live=True)


def test_the_dashboard_warns_when_text_and_image_exceed_30_percent(world):
    # given 2 text + 1 image of 5 published resources (60 %)
    _published(2, ResourceType.TEXT, world)
    _published(1, ResourceType.IMAGE, world)
    _published(2, ResourceType.VIDEO, world)
    # when
    page = error_text(browser(world["editor"]).get(reverse("wagtailadmin_home")))
    # then
    assert "Resource mix" in page
    assert "Text and image resources are 60.0 % of the published resources, above the 30 % limit." in page


def test_the_dashboard_shows_no_warning_within_the_limit(world):
    _published(1, ResourceType.TEXT, world)
    _published(4, ResourceType.VIDEO, world)
    page = error_text(browser(world["reviewer"]).get(reverse("wagtailadmin_home")))
    assert "Text and image resources are 20.0 % of the published resources (limit: 30 %)." in page
    assert "above the 30 % limit" not in page


# ---- rules the system administrator keeps (C3, C12) ---------------------------------------------------


@pytest.fixture
def system_admin(world):
    user = platform_admin(PlatformRole.SYSTEM_ADMIN)
    client = verified_client(user, HTTP_ACCEPT_LANGUAGE="en")
    return client


def test_the_system_administrator_keeps_naming_rules_workflow_rules_and_sensitive_words(world, system_admin):
    # given
    for name in ("namingrule", "resourceworkflowrule"):
        assert system_admin.get(reverse(f"wagtailsnippets_resources_{name}:add")).status_code == 200
    # when a naming rule with an unknown placeholder is saved
    response = system_admin.post(
        reverse("wagtailsnippets_resources_namingrule:add"),
        {"major": world["major"].pk, "pattern": "{课程}-{作者}", "enforced": "on"},
    )
    # then it is refused with the model's message; a valid one is kept
    assert response.status_code == 200 and "Unknown placeholder {作者}" in error_text(response)
    system_admin.post(
        reverse("wagtailsnippets_resources_namingrule:add"),
        {"major": world["major"].pk, "pattern": "{课程}-{素材类型}-{序号}", "enforced": "on"},
    )
    assert NamingRule.objects.get().pattern == "{课程}-{素材类型}-{序号}"
    # and a sensitive word added in the admin is checked at once
    response = system_admin.post(
        reverse("wagtailsnippets_core_sensitiveword:add"), {"word": "赌博", "category": "违法", "action": "block"}
    )
    assert response.status_code == 302
    assert [hit.word for hit in sensitive_words.find("网上赌 博广告")] == ["赌博"]
    # and the system administrator sees every school's drafts in the list
    ResourceFactory(title="外校草稿", organisation=world["elsewhere"], owner=world["stranger"])
    assert "外校草稿" in system_admin.get(reverse(LIST)).content.decode()


def test_teachers_cannot_change_the_rules(world):
    teacher = browser(world["teacher"])
    for url in (
        reverse("wagtailsnippets_resources_namingrule:add"),
        reverse("wagtailsnippets_core_sensitiveword:list"),
        reverse("wagtailsnippets_resources_resourceworkflowrule:list"),
    ):
        response = teacher.get(url)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), url
