"""Browser endpoints of the bank (C4, M5): upload, template and export downloads with UTF-8 names, refusals."""

import io
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.importers import parse
from cms.questions.models import QuestionImport
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"


@pytest.fixture(autouse=True)
def english(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with translation.override("en"):
        yield


@pytest.fixture
def world(client):
    host = host_organisation()
    course = KnowledgePointFactory(name="对刀").course
    course.title = "数控车削加工技术"
    course.save()
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    for stem in ("<p>G71 是？</p>", "<p>G70 是？</p>"):
        question_create(
            user=teacher,
            course=course,
            data=ItemData(
                "single", stem, {"options": [{"key": "A", "text": "循环"}, {"key": "B", "text": "否"}], "answer": "A"}
            ),
        )
    question_create(
        user=teacher,
        course=course,
        data=ItemData(
            "practical",
            "<p>完成对刀。</p>",
            {"instructions": "对刀", "rubric": [{"criterion": "准确", "points": 5}]},
        ),
    )
    return {"course": course, "teacher": teacher, "outsider": grant(Role.TEACHER, host)}


def test_upload_keeps_the_file_for_the_team(world, client):
    # given
    client.force_login(world["teacher"])
    data = (FIXTURES / "word_cnc.docx").read_bytes()

    # when
    response = client.post(
        f"/questions/courses/{world['course'].pk}/import", {"file": SimpleUploadedFile("试题.docx", data)}
    )

    # then
    assert response.status_code == 200
    body = response.json()
    record = QuestionImport.objects.get(pk=body["importId"])
    assert (body["ok"], body["filename"], record.status) == (True, "试题.docx", "uploaded")
    assert record.file.read() == data


def test_upload_is_refused_to_outsiders_and_anonymous_people(world, client):
    url = f"/questions/courses/{world['course'].pk}/import"
    assert client.post(url, {"file": SimpleUploadedFile("a.txt", b"x")}).status_code == 401
    client.force_login(world["outsider"])
    response = client.post(url, {"file": SimpleUploadedFile("a.txt", b"x")})
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "PERMISSION_DENIED"
    assert client.post(url, {}).status_code == 400
    assert QuestionImport.objects.count() == 0


@pytest.mark.parametrize(
    ("kind", "magic", "extension"), [("word", "word/document.xml", "docx"), ("excel", "xl/workbook.xml", "xlsx")]
)
def test_templates_download_with_a_utf8_name_and_parse_back(world, client, kind, magic, extension):
    # given
    client.force_login(world["teacher"])

    # when
    with translation.override("zh-hans"):
        response = client.get(f"/questions/templates/{kind}", HTTP_ACCEPT_LANGUAGE="zh-hans")

    # then
    assert response.status_code == 200
    assert "filename*=UTF-8''" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith(f".{extension}")
    assert magic in zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    result = parse(response.content, filename=f"template.{extension}")
    assert result.errors == [] and len(result.items) == 8


def test_export_downloads_the_bank_and_counts_what_it_left_out(world, client):
    # given
    client.force_login(world["teacher"])
    course = world["course"]

    # when
    moodle = client.get(f"/questions/courses/{course.pk}/export/moodle_xml")
    qti = client.get(f"/questions/courses/{course.pk}/export/qti")

    # then
    assert moodle.status_code == qti.status_code == 200
    assert moodle["Content-Disposition"].endswith(quote("数控车削加工技术-question bank-Moodle.xml"))
    assert (moodle["X-Zyk-Exported"], moodle["X-Zyk-Skipped"]) == ("2", "1")
    assert moodle.content.count(b"<question ") == 2
    assert len(parse(moodle.content, filename="a.xml").items) == 2
    assert qti["Content-Type"] == "application/zip"
    assert len(parse(qti.content, filename="a.zip").items) == 2


def test_export_is_not_found_for_outsiders(world, client):
    url = f"/questions/courses/{world['course'].pk}/export/qti"
    assert client.get(url).status_code == 401
    client.force_login(world["outsider"])
    assert client.get(url).status_code == 404
    assert client.get(f"/questions/courses/{world['course'].pk}/export/pdf").status_code == 404
