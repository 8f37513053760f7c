"""Images and practical-task attachments uploaded from the item editor (issue 7: C4, M5): sniffed, stored, served."""

import hashlib
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.content import ContentError, content_clean
from cms.questions.importers.base import MAX_IMAGE_BYTES
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def english(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with translation.override("en"):
        yield


@pytest.fixture
def world(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    host = host_organisation()
    course = KnowledgePointFactory(name="对刀").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {"course": course, "teacher": teacher, "outsider": grant(Role.TEACHER, host)}


def test_image_upload_stores_it_under_its_hash_and_serves_it(world, client, tmp_path):
    # given
    client.force_login(world["teacher"])

    # when
    response = client.post(
        f"/questions/courses/{world['course'].pk}/images", {"file": SimpleUploadedFile("图.png", PNG)}
    )

    # then
    assert response.status_code == 200
    url = response.json()["url"]
    assert url == f"/questions/images/{hashlib.sha256(PNG).hexdigest()}.png"
    assert (tmp_path / "questions" / "images" / url.rsplit("/", 1)[1]).read_bytes() == PNG
    served = client.get(url)
    assert served.status_code == 200
    assert (served["Content-Type"], served["X-Content-Type-Options"]) == ("image/png", "nosniff")
    assert b"".join(served.streaming_content) == PNG


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("evil.png", b"<html><script>alert(1)</script></html>"),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
)
def test_image_upload_refuses_what_is_not_an_image_whatever_its_name(world, client, tmp_path, name, data):
    client.force_login(world["teacher"])
    response = client.post(f"/questions/courses/{world['course'].pk}/images", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["code"] == "UNSUPPORTED_TYPE"
    assert error["message"] == f"“{name}” is not a PNG, JPEG, GIF or WebP image."
    assert not (tmp_path / "questions").exists()


def test_image_upload_refuses_a_too_large_image(world, client, tmp_path):
    client.force_login(world["teacher"])
    data = PNG + b"\x00" * MAX_IMAGE_BYTES
    response = client.post(
        f"/questions/courses/{world['course'].pk}/images", {"file": SimpleUploadedFile("a.png", data)}
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["message"] == "The file is larger than 5 MB."
    assert not (tmp_path / "questions").exists()


@pytest.mark.parametrize("kind", ["images", "attachments"])
def test_uploads_are_refused_to_outsiders_and_anonymous_people(world, client, tmp_path, kind):
    url = f"/questions/courses/{world['course'].pk}/{kind}"
    assert client.post(url, {"file": SimpleUploadedFile("a.png", PNG)}).status_code == 401
    client.force_login(world["outsider"])
    response = client.post(url, {"file": SimpleUploadedFile("a.png", PNG)})
    assert response.status_code == 403
    assert response.json()["errors"][0]["code"] == "PERMISSION_DENIED"
    assert client.get(url).status_code == 405
    assert not (tmp_path / "questions").exists()


def test_uploads_need_the_csrf_token_like_every_browser_post(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(world["teacher"])
    response = client.post(
        f"/questions/courses/{world['course'].pk}/images", {"file": SimpleUploadedFile("a.png", PNG)}
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("data", "extension", "content_type"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "pdf", "application/pdf"),
        (_docx(), "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (PNG, "png", "image/png"),
    ],
)
def test_attachment_upload_sniffs_the_type_and_serves_it_as_a_download(world, client, data, extension, content_type):
    # given
    client.force_login(world["teacher"])

    # when
    response = client.post(
        f"/questions/courses/{world['course'].pk}/attachments", {"file": SimpleUploadedFile("图纸 v2.bin", data)}
    )

    # then
    assert response.status_code == 200
    body = response.json()
    assert body["url"] == f"/questions/attachments/{hashlib.sha256(data).hexdigest()}.{extension}"
    assert body["name"] == "图纸 v2.bin"
    served = client.get(body["url"])
    assert served.status_code == 200
    assert served["Content-Type"] == content_type
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Disposition"].startswith("attachment;")
    assert b"".join(served.streaming_content) == data


def test_attachment_upload_refuses_html_and_too_large_files(world, client, tmp_path):
    client.force_login(world["teacher"])
    url = f"/questions/courses/{world['course'].pk}/attachments"
    html = client.post(url, {"file": SimpleUploadedFile("a.pdf", b"<!doctype html><script>x</script>")})
    assert html.status_code == 400
    assert html.json()["errors"][0]["message"].startswith("Attachments can be PDF, Word")
    big = client.post(url, {"file": SimpleUploadedFile("a.pdf", b"%PDF-" + b"0" * (20 * 1024 * 1024))})
    assert big.status_code == 413
    assert big.json()["errors"][0]["message"] == "The file is larger than 20 MB."
    assert not (tmp_path / "questions").exists()


def test_served_names_must_be_stored_hashes(client):
    assert client.get("/questions/attachments/settings.py").status_code == 404
    assert client.get("/questions/attachments/" + "a" * 64 + ".html").status_code == 404
    assert client.get("/questions/attachments/" + "a" * 64 + ".pdf").status_code == 404  # well-formed, not stored


RUBRIC = [{"criterion": "准确", "points": 5}]
ATTACHMENT = "/questions/attachments/" + "b" * 64 + ".pdf"


def test_practical_answer_key_keeps_cleaned_attachments():
    key = content_clean(
        "practical",
        {"instructions": "对刀", "rubric": RUBRIC, "attachments": [{"name": " 图纸<1>/a.pdf ", "url": ATTACHMENT}]},
    )
    assert key["attachments"] == [{"name": "图纸_1_a.pdf", "url": ATTACHMENT}]
    empty = content_clean("practical", {"instructions": "对刀", "rubric": RUBRIC, "attachments": []})
    assert "attachments" not in empty


@pytest.mark.parametrize(
    ("attachments", "part"),
    [
        ([{"name": "a", "url": "https://evil.example/a.pdf"}], "attachments[0].url"),
        ([{"name": "a", "url": "/questions/images/" + "b" * 64 + ".png"}], "attachments[0].url"),
        ([{"name": "", "url": ATTACHMENT}], "attachments[0].name"),
        (["x"], "attachments[0]"),
        ([{"name": "a", "url": ATTACHMENT}] * 11, "attachments"),
        ("x", "attachments"),
    ],
)
def test_practical_answer_key_refuses_foreign_or_bad_attachments(attachments, part):
    with pytest.raises(ContentError) as error:
        content_clean("practical", {"instructions": "对刀", "rubric": RUBRIC, "attachments": attachments})
    assert error.value.part == part
