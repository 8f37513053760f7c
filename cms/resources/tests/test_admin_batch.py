"""Batch upload in the Wagtail admin (M3): a folder of files → recognised report → resources; bad files kept apart."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState

from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CoursePageFactory, OutlineItemFactory
from cms.resources.models import BatchItemStatus, Resource, ResourceBatch, ResourceBatchItem, ResourceType
from cms.resources.tests.factories import CourseTeacherFactory, grant
from media_pipeline.models import Upload
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db

UPLOAD = "resource_batches:upload"
REPORT = "resource_batches:report"


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world():
    role_groups_ensure()
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术")
    OutlineItemFactory(course=course, title="外圆车削")
    lead = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=lead, role=TeacherRole.LEAD, name="李主任")
    return {
        "host": host,
        "course": course,
        "major": course.get_parent().specific,
        "teacher": grant(Role.TEACHER, host),
        "learner": grant(Role.SCHOOL_STUDENT, host),
    }


def browser(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def attributes(world, **overrides) -> dict:
    data = {
        "organisation": world["host"].pk,
        "major": world["major"].pk,
        "course": "",
        "source": "original",
        "licence": "cc_by",
        "audience_level": "higher",
        "visibility": "public",
        "download_requires_login": "on",
        "keywords": "数控，车削",
        "authors": "王明, 示范职业技术学院\n李华",
        "rights_holder": "",
        "description": "",
    }
    data.update(overrides)
    return data


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_folder_of_two_files_becomes_two_resources(world, tmp_path):
    # given a folder named after the course and module, with a picture and a handout
    picture = samples.image(tmp_path / "车刀.png", size=(48, 32), color="green").read_bytes()
    handout = samples.pdf(tmp_path / "讲义.pdf", ["turning"]).read_bytes()
    client = browser(world["teacher"])
    # when both are posted with their folder paths
    response = client.post(
        reverse(UPLOAD),
        {
            **attributes(world),
            "files": [
                SimpleUploadedFile("车刀.png", picture, content_type="image/png"),
                SimpleUploadedFile("讲义.pdf", handout, content_type="application/pdf"),
            ],
            "relative_path": ["数控车削加工技术/外圆车削/车刀.png", "数控车削加工技术/外圆车削/讲义.pdf"],
        },
    )
    # then the report lists each file with what was recognised and where it came from
    batch = ResourceBatch.objects.get(owner=world["teacher"])
    assert response.status_code == 302 and response.url == reverse(REPORT, args=[batch.pk])
    assert not Upload.objects.exists()  # consumed by the batch
    items = {item.path: item for item in batch.items.all()}
    assert set(items) == {"数控车削加工技术/外圆车削/车刀.png", "数控车削加工技术/外圆车削/讲义.pdf"}
    assert all(item.status == BatchItemStatus.READY for item in items.values())
    report = text_of(client.get(reverse(REPORT, args=[batch.pk])))
    assert "数控车削加工技术/外圆车削/车刀.png" in report and "外圆车削" in report
    assert "folder name" in report and "Create 2 resources" in report
    # when the teacher renames one and creates both, sending them for review
    picture_item = items["数控车削加工技术/外圆车削/车刀.png"]
    response = client.post(
        reverse(REPORT, args=[batch.pk]),
        {
            f"include-{picture_item.pk}": "1",
            f"title-{picture_item.pk}": "外圆车刀照片",
            f"include-{items['数控车削加工技术/外圆车削/讲义.pdf'].pk}": "1",
            "submit_for_review": "1",
        },
    )
    # then
    assert response.status_code == 302
    created = {r.asset.original_filename: r for r in Resource.objects.select_related("asset", "module")}
    assert set(created) == {"车刀.png", "讲义.pdf"}
    assert created["车刀.png"].title == "外圆车刀照片" and created["车刀.png"].resource_type == ResourceType.IMAGE
    assert created["讲义.pdf"].resource_type == ResourceType.DOCUMENT
    assert all(r.course_id == world["course"].pk and r.module.title == "外圆车削" for r in created.values())
    assert all(r.licence == "cc_by" and r.owner == world["teacher"] for r in created.values())
    assert sorted(a.name for a in created["讲义.pdf"].authors.all()) == ["李华", "王明"]
    assert all(r.workflow_states.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists() for r in created.values())
    report = client.get(reverse(REPORT, args=[batch.pk])).content.decode()
    for resource in created.values():
        assert reverse("wagtailsnippets_resources_resource:edit", args=[resource.pk]) in report


def test_one_bad_file_is_reported_and_the_others_go_on(world, tmp_path):
    # given a good picture and a PDF renamed .png
    picture = samples.image(tmp_path / "a.png").read_bytes()
    fake = samples.pdf(tmp_path / "b.pdf", ["x"]).read_bytes()
    client = browser(world["teacher"])
    # when
    client.post(
        reverse(UPLOAD),
        {
            **attributes(world, course=world["course"].pk),
            "files": [
                SimpleUploadedFile("好图.png", picture, content_type="image/png"),
                SimpleUploadedFile("假图.png", fake, content_type="image/png"),
            ],
        },
    )
    # then
    batch = ResourceBatch.objects.get()
    statuses = {item.path: item.status for item in batch.items.all()}
    assert statuses == {"好图.png": BatchItemStatus.READY, "假图.png": BatchItemStatus.FAILED}
    report = text_of(client.get(reverse(REPORT, args=[batch.pk])))
    assert "“假图.png” is not a valid .png file" in report


def test_only_the_uploader_sees_the_report_and_learners_cannot_upload(world, tmp_path):
    # given a batch of the teacher
    picture = samples.image(tmp_path / "a.png").read_bytes()
    browser(world["teacher"]).post(
        reverse(UPLOAD),
        {**attributes(world), "files": [SimpleUploadedFile("a.png", picture, content_type="image/png")]},
    )
    batch = ResourceBatch.objects.get()
    colleague = grant(Role.TEACHER, world["host"])
    # then
    assert browser(colleague).get(reverse(REPORT, args=[batch.pk])).status_code == 404
    assert browser(world["learner"]).get(reverse(UPLOAD)).status_code in (302, 403)
    assert ResourceBatchItem.objects.count() == 1
