# ruff: noqa: F811  (pytest fixtures imported from test_attempts)
"""Hand-ins of practical tasks (issue 7: L5): files, photos and videos sniffed by content, stored privately,
listed in the item's response, kept on submit, downloadable by the learner and the course team only."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation  # noqa: F401  (world's helpers)
from cms.questions import attempts
from cms.questions.attempt_files import MB, sniff
from cms.questions.models import AttemptAnswer, AttemptState
from cms.questions.tests.test_attempts import _fixed, english, world  # noqa: F401  (fixtures)
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" + b"\x00" * 64
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def practical(world):
    def make(submission, score=10):
        return world["make"](
            "practical",
            {
                "instructions": "铣削一个台阶并拍照",
                "submission": submission,
                "rubric": [{"criterion": "尺寸", "points": 5}],
            },
            score=score,
        )

    return make


def _open(world, *questions):
    paper = _fixed(world, *questions)
    return attempts.attempt_start(user=world["learner"], paper=paper)


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def _upload(client, attempt, question, name, data):
    url = f"/questions/attempts/{attempt.pk}/items/{question.pk}/files"
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


def test_every_kind_is_taken_listed_kept_on_resume_and_submit(
    world, practical, media, django_capture_on_commit_callbacks
):
    task = practical(["photo", "video", "file", "text"])
    attempt = _open(world, world["single"], task)
    learner = _client(world["learner"])
    attempts.answer_save(user=world["learner"], attempt=attempt, question_id=task.pk, response="先写的文字")
    uploads = [
        ("台阶.png", PNG, "photo", "image/png"),
        ("side.jpg", JPEG, "photo", "image/jpeg"),
        ("过程.mp4", MP4, "video", "video/mp4"),
        ("报告.pdf", PDF, "file", "application/pdf"),
        ("工艺卡.docx", _docx(), "file", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("记录.txt", "实操记录：一切正常\n".encode(), "file", "text/plain"),
    ]
    records = []
    for name, data, kind, content_type in uploads:
        response = _upload(learner, attempt, task, name, data)
        assert response.status_code == 200, response.json()
        record = response.json()["file"]
        assert (record["name"], record["kind"], record["type"], record["size"]) == (name, kind, content_type, len(data))
        records.append(record)
    # stored privately under the attempt, by a random name (not the learner's)
    stored = sorted(p.name for p in (media / "attempts" / str(attempt.pk)).iterdir())
    assert len(stored) == 6 and all(len(n.split(".")[0]) == 32 for n in stored)
    # the response lists the files; the earlier written text is kept
    answer = AttemptAnswer.objects.get(attempt=attempt, question_id=task.pk)
    assert answer.response == {"text": "先写的文字", "files": records}
    # an autosave of the text (with a stale or empty file list) keeps the server's files
    attempts.answer_save(
        user=world["learner"], attempt=attempt, question_id=task.pk, response={"text": "新", "files": []}
    )
    again = attempts.attempt_start(user=world["learner"], paper=attempt.paper)  # resume
    assert again.pk == attempt.pk
    assert AttemptAnswer.objects.get(attempt=again, question_id=task.pk).response == {"text": "新", "files": records}
    # the learner downloads one as an attachment with its own name and the sniffed type
    download = learner.get(f"/questions/attempts/{attempt.pk}/items/{task.pk}/files/{records[0]['id']}")
    assert download.status_code == 200 and download["Content-Type"] == "image/png"
    assert b"".join(download.streaming_content) == PNG
    assert "attachment" in download["Content-Disposition"] and download["X-Content-Type-Options"] == "nosniff"
    # removing one deletes its stored file
    with django_capture_on_commit_callbacks(execute=True):  # the stored file goes once the removal commits
        gone = learner.delete(f"/questions/attempts/{attempt.pk}/items/{task.pk}/files/{records[1]['id']}")
    assert gone.status_code == 200 and [f["id"] for f in gone.json()["files"]] == [
        r["id"] for r in records if r is not records[1]
    ]
    assert len(list((media / "attempts" / str(attempt.pk)).iterdir())) == 5
    # submitting keeps the files (also when the submit carries the last text) and waits for grading
    result = attempts.attempt_submit(
        user=world["learner"], attempt=attempt, answers={world["single"].pk: "B", task.pk: "最后的文字"}
    )
    assert result.attempt.state == AttemptState.SUBMITTED
    response = AttemptAnswer.objects.get(attempt=attempt, question_id=task.pk).response
    assert response["text"] == "最后的文字" and len(response["files"]) == 5
    # after submit: no uploads, no removals — 409 Conflict (the attempt's state), with the reason the SPA shows
    late = _upload(learner, attempt, task, "late.png", PNG)
    assert late.status_code == 409 and late.json()["errors"][0]["code"] == "CONFLICT"
    assert "already submitted" in late.json()["errors"][0]["message"]
    late_remove = learner.delete(f"/questions/attempts/{attempt.pk}/items/{task.pk}/files/{records[0]['id']}")
    assert late_remove.status_code == 409 and late_remove.json()["errors"][0]["code"] == "CONFLICT"
    assert len(list((media / "attempts" / str(attempt.pk)).iterdir())) == 5


@pytest.mark.parametrize(
    ("submission", "name", "data", "message"),
    [
        (["photo"], "报告.pdf", PDF, "This task does not take documents. Hand in photos."),
        (["video"], "a.png", PNG, "This task does not take photos. Hand in videos."),
        (["photo", "file"], "photo.png", EXE, "This file type is not accepted. Hand in photos, documents."),
        (["file"], "notes.png", "看起来像文字".encode(), "This file type is not accepted. Hand in documents."),
        (["photo"], "fake.jpg", b"just text pretending", "This file type is not accepted. Hand in photos."),
    ],
)
def test_wrong_or_disguised_files_are_refused(world, practical, media, submission, name, data, message):
    task = practical(submission)
    attempt = _open(world, task)
    response = _upload(_client(world["learner"]), attempt, task, name, data)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == message
    assert not (media / "attempts").exists()
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_too_large_too_many_non_practical_and_other_learners(world, practical, media):
    task = practical(["photo"])
    attempt = _open(world, world["single"], task)
    learner = _client(world["learner"])
    big = _upload(learner, attempt, task, "big.png", PNG + b"\x00" * (20 * MB))
    assert big.status_code == 413 and big.json()["errors"][0]["message"] == "A photo may be at most 20 MB."
    for i in range(10):
        assert _upload(learner, attempt, task, f"{i}.png", PNG).status_code == 200
    eleventh = _upload(learner, attempt, task, "11.png", PNG)
    assert eleventh.status_code == 413
    assert eleventh.json()["errors"][0]["message"] == "At most 10 files can be handed in for one task."
    assert len(list((media / "attempts" / str(attempt.pk)).iterdir())) == 10
    objective = _upload(learner, attempt, world["single"], "a.png", PNG)
    assert objective.status_code == 400
    assert objective.json()["errors"][0]["message"] == "Only practical tasks take files."
    elsewhere = _upload(learner, attempt, world["essay"], "a.png", PNG)
    assert elsewhere.json()["errors"][0]["message"] == "This item is not part of the attempt."
    stranger = grant(Role.SCHOOL_STUDENT, world["host"])
    assert _upload(_client(stranger), attempt, task, "a.png", PNG).status_code == 404
    assert Client().post(f"/questions/attempts/{attempt.pk}/items/{task.pk}/files").status_code == 401


def test_only_the_learner_and_the_course_team_download(world, practical, media):
    task = practical(["photo"])
    attempt = _open(world, task)
    record = _upload(_client(world["learner"]), attempt, task, "台阶.png", PNG).json()["file"]
    url = f"/questions/attempts/{attempt.pk}/items/{task.pk}/files/{record['id']}"
    teacher = _client(world["teacher"]).get(url)
    assert teacher.status_code == 200 and b"".join(teacher.streaming_content) == PNG
    stranger = grant(Role.SCHOOL_STUDENT, world["host"])
    assert _client(stranger).get(url).status_code == 404
    other_teacher = grant(Role.TEACHER, world["host"])
    assert _client(other_teacher).get(url).status_code == 404
    assert _client(stranger).delete(url).status_code == 404
    assert _client(world["learner"]).get(url.replace(record["id"], "0" * 32)).status_code == 404
    # the media file itself is not at a guessable place: its name is a random uuid, not the learner's
    assert default_storage.exists(f"attempts/{attempt.pk}/{record['id']}.png")


def test_uploads_need_the_csrf_token(world, practical):
    task = practical(["photo"])
    attempt = _open(world, task)
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["learner"])
    assert _upload(client, attempt, task, "a.png", PNG).status_code == 403
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32, ("photo", "image/webp")),
        ("a.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32, ("photo", "image/heic")),
        ("a.mov", b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 32, ("video", "video/quicktime")),
        ("a.webm", b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\x00" * 32, ("video", "video/webm")),
        ("a.xlsx", _zip("[Content_Types].xml", "xl/workbook.xml"), ("file", "spreadsheetml")),
        ("a.pptx", _zip("[Content_Types].xml", "ppt/presentation.xml"), ("file", "presentationml")),
        ("a.zip", _zip("drawing.dxf"), ("file", "application/zip")),
        ("a.docx", b"PK\x03\x04 not really a zip", None),  # broken zips are refused, never half-read
        ("a.exe", EXE, None),
        ("a.txt", b"\x00\x01binary", None),
    ],
)
def test_sniffing_by_content(name, data, expected):
    sniffed = sniff(io.BytesIO(data), name)
    if expected is None:
        assert sniffed is None
    else:
        assert sniffed is not None and sniffed.kind == expected[0] and expected[1] in sniffed.content_type
