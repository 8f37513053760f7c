"""questionImportPreview / questionImportConfirm / questionImport (C4, M5, issue 7): a teacher uploads a file by
POST, previews it through GraphQL (items with images inline, knowledge points found or not, errors by location),
confirms it (IMPORTING at once; the worker imports it all or nothing) and polls the import for the outcome;
people outside the course find no upload."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.models import Question, QuestionImport
from cms.questions.tasks import import_confirm_task
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"

PREVIEW = """
mutation Preview($id: ID!, $format: QuestionImportFormat) {
  questionImportPreview(importId: $id, format: $format) {
    ok errors { code message field }
    preview { importId filename format status canImport
      items { location questionType stem options { key html side } answer explanation score difficulty
              knowledgePoints { name found } tags subQuestionCount warnings }
      errors { location message } warnings { location message } }
  }
}
"""
CONFIRM = """
mutation Confirm($id: ID!) {
  questionImportConfirm(importId: $id) { ok errors { code message field } questionImport { id status } }
}
"""
STATE = """
query State($id: ID!) {
  questionImport(id: $id) { id status itemCount progress questionIds errors { location message } }
}
"""


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


class Worker:
    """Confirms send the task on commit (captured here instead of going to the broker); ``run()`` runs what was
    sent the way the worker does (the task itself, in this process and database)."""

    def __init__(self, capture):
        self.capture, self.sent = capture, []

    def confirm(self, browser, import_id):
        with self.capture(execute=True):
            return browser.mutate(CONFIRM, {"id": import_id})

    def run(self):
        while self.sent:
            import_confirm_task.apply(args=self.sent.pop(0)).get()


@pytest.fixture
def worker(monkeypatch, django_capture_on_commit_callbacks):
    worker = Worker(django_capture_on_commit_callbacks)
    monkeypatch.setattr(import_confirm_task, "delay", lambda *args: worker.sent.append(args))
    return worker


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    course = KnowledgePointFactory(name="G71 外圆粗车循环").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    browser = new_browser()
    browser.client.force_login(teacher)
    outsider = new_browser()
    outsider.client.force_login(grant(Role.TEACHER, host))
    return {"course": course, "browser": browser, "outsider": outsider}


def _upload(world, name: str) -> str:
    response = world["browser"].client.post(
        f"/questions/courses/{world['course'].pk}/import",
        {"file": SimpleUploadedFile(name, (FIXTURES / name).read_bytes())},
    )
    assert response.status_code == 200, response.content
    return response.json()["importId"]


def test_word_file_is_previewed_then_imported(world, worker):
    # given
    import_id = _upload(world, "word_cnc.docx")

    # when
    payload = world["browser"].mutate(PREVIEW, {"id": import_id})

    # then
    assert payload["ok"], payload
    preview = payload["preview"]
    assert (preview["format"], preview["status"], preview["canImport"]) == ("WORD", "PREVIEWED", True)
    assert len(preview["items"]) == 6 and preview["errors"] == []
    first = preview["items"][0]
    assert first["questionType"] == "SINGLE"
    assert first["location"].startswith("question 1")
    assert 'src="data:image/png;base64,' in first["stem"]  # not stored yet, shown inline
    assert first["knowledgePoints"] == [{"name": "G71 外圆粗车循环", "found": True}]
    assert [o["key"] for o in first["options"]][:2] == ["A", "B"]
    assert first["answer"] == "A"
    assert [(i["questionType"], i["answer"]) for i in preview["items"][3:5]] == [
        ("TRUE_FALSE", "true"),
        ("MULTIPLE", "A、C"),
    ]

    # when
    confirmed = worker.confirm(world["browser"], import_id)

    # then: accepted at once, nothing imported yet, and a second confirm is refused while it runs
    assert confirmed["ok"] and confirmed["questionImport"] == {"id": import_id, "status": "IMPORTING"}
    polled = world["browser"].gql(STATE, {"id": import_id})["data"]["questionImport"]
    assert (polled["status"], polled["progress"], polled["questionIds"]) == ("IMPORTING", None, [])
    assert Question.objects.count() == 0
    again = worker.confirm(world["browser"], import_id)
    assert (again["ok"], again["errors"][0]["code"], again["questionImport"]) == (False, "CONFLICT", None)

    # when the worker has run
    worker.run()

    # then the poll answers the outcome
    polled = world["browser"].gql(STATE, {"id": import_id})["data"]["questionImport"]
    assert (polled["status"], polled["itemCount"], polled["progress"], polled["errors"]) == ("IMPORTED", 6, None, [])
    assert sorted(int(i) for i in polled["questionIds"]) == sorted(
        Question.objects.filter(parent__isnull=True).values_list("pk", flat=True)
    )
    again = worker.confirm(world["browser"], import_id)
    assert (again["ok"], again["errors"][0]["code"]) == (False, "CONFLICT")


def test_broken_file_shows_errors_by_location_and_imports_nothing(world, worker):
    # given
    import_id = _upload(world, "excel_broken.xlsx")

    # when
    preview = world["browser"].mutate(PREVIEW, {"id": import_id})["preview"]
    confirmed = worker.confirm(world["browser"], import_id)
    worker.run()
    polled = world["browser"].gql(STATE, {"id": import_id})["data"]["questionImport"]

    # then
    assert (preview["status"], preview["canImport"]) == ("FAILED", False)
    assert preview["errors"][0]["location"].startswith("row 2")
    assert all(e["location"] and e["message"] for e in preview["errors"])
    assert confirmed["ok"] and confirmed["questionImport"]["status"] == "IMPORTING"
    assert polled["status"] == "FAILED" and polled["errors"] == preview["errors"]
    assert polled["questionIds"] == [] and Question.objects.count() == 0


def test_a_chosen_format_reads_the_file_that_way(world):
    # given: an Aiken file read as GIFT finds nothing it can use
    import_id = _upload(world, "aiken_cnc.txt")

    # when
    preview = world["browser"].mutate(PREVIEW, {"id": import_id, "format": "GIFT"})["preview"]

    # then
    assert preview["format"] == "GIFT"
    assert preview["canImport"] is False
    assert QuestionImport.objects.get(pk=import_id).kind == "gift"


def test_outsiders_find_no_upload(world):
    # given
    import_id = _upload(world, "aiken_cnc.txt")

    # when
    preview = world["outsider"].mutate(PREVIEW, {"id": import_id})
    confirm = world["outsider"].mutate(CONFIRM, {"id": import_id})
    polled = world["outsider"].gql(STATE, {"id": import_id})["data"]

    # then
    assert preview["errors"][0]["code"] == confirm["errors"][0]["code"] == "NOT_FOUND"
    assert polled == {"questionImport": None}
    assert Question.objects.count() == 0


LOG = """
query Log($course: ID!) {
  questionImports(courseId: $course) { id filename format status itemCount errorCount userName createdAt importedAt }
}
"""


def test_the_import_log_lists_uploads_newest_first_in_flat_queries(world, worker):
    # given
    first = _upload(world, "word_cnc.docx")
    world["browser"].mutate(PREVIEW, {"id": first})
    worker.confirm(world["browser"], first)
    worker.run()
    course = {"course": str(world["course"].pk)}

    # when
    with CaptureQueriesContext(connection) as one:
        log = world["browser"].gql(LOG, course)["data"]["questionImports"]
    for name in ("excel_broken.xlsx", "aiken_cnc.txt", "gift_cnc.txt"):
        _upload(world, name)
    with CaptureQueriesContext(connection) as four:
        longer = world["browser"].gql(LOG, course)["data"]["questionImports"]

    # then
    assert [(r["filename"], r["format"], r["status"], r["itemCount"]) for r in log] == [
        ("word_cnc.docx", "WORD", "IMPORTED", 6)
    ]
    assert log[0]["userName"] and log[0]["importedAt"]
    assert [r["filename"] for r in longer] == ["gift_cnc.txt", "aiken_cnc.txt", "excel_broken.xlsx", "word_cnc.docx"]
    assert len(four) == len(one)
    assert world["outsider"].gql(LOG, course)["errors"][0]["extensions"]["code"] == "NOT_FOUND"
