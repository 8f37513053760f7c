"""Confirming an import runs it on the worker (C4, M5; issue 7): at once only the checks and ``importing``; the
task imports all or nothing and records the outcome; a second confirm while importing is refused; an import whose
worker died is not stuck; the task is safe to run twice; the progress shows while it runs."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import imports
from cms.questions.imports import (
    IMPORT_STALE_AFTER,
    IMPORT_TIME_LIMIT,
    import_running,
    question_import_confirm,
    question_import_preview,
    question_import_progress,
    question_import_run,
    question_import_upload,
)
from cms.questions.models import ImportStatus, Question, QuestionImport
from cms.questions.tasks import import_confirm_task
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


def aiken(count: int, bad_last: bool = False) -> bytes:
    items = [f"第 {n} 题：G71 是？\nA. 外圆粗车循环\nB. 螺纹循环\nANSWER: A\n" for n in range(1, count + 1)]
    if bad_last:
        items[-1] = items[-1].replace("ANSWER: A", "ANSWER: E")
    return "\n".join(items).encode()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def world():
    host = host_organisation()
    course = KnowledgePointFactory(name="G71 外圆粗车循环").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {"course": course, "teacher": teacher}


@pytest.fixture
def sent(monkeypatch):
    """Tasks that would go to the broker (Celery's ``delay``, not our code), in order."""
    calls = []
    monkeypatch.setattr(import_confirm_task, "delay", lambda *args: calls.append(args))
    return calls


def _previewed(world, data: bytes, name="bank.txt") -> QuestionImport:
    record = question_import_upload(user=world["teacher"], course=world["course"], filename=name, data=data)
    question_import_preview(user=world["teacher"], question_import=record)
    record.refresh_from_db()
    return record


def _confirm(world, record, capture):
    with capture(execute=True):
        return question_import_confirm(user=world["teacher"], question_import=record)


def test_confirm_only_marks_importing_and_sends_the_task_after_commit(world, sent, django_capture_on_commit_callbacks):
    # given
    record = _previewed(world, aiken(3))

    # when: the request's half
    with django_capture_on_commit_callbacks() as callbacks:
        started = question_import_confirm(user=world["teacher"], question_import=record)
        assert sent == []  # nothing leaves before the row says IMPORTING for everyone
    # then: nothing imported yet, the import is IMPORTING, the task goes out on commit with ids only
    assert (started.status, Question.objects.count()) == (ImportStatus.IMPORTING, 0)
    assert import_running(started) and question_import_progress(started) is None  # the worker notes it
    for callback in callbacks:
        callback()
    assert sent == [(record.pk, world["teacher"].pk)]
    assert import_confirm_task.name == "questions.import_confirm_task"
    assert import_confirm_task.queue == "default" and import_confirm_task.acks_late is True
    assert (import_confirm_task.time_limit, import_confirm_task.soft_time_limit) == (
        IMPORT_TIME_LIMIT,
        IMPORT_TIME_LIMIT - 60,
    )

    # when: the worker's half
    assert import_confirm_task.apply(args=sent[0]).get() == "imported"

    # then
    record.refresh_from_db()
    assert (record.status, record.item_count, len(record.question_ids)) == (ImportStatus.IMPORTED, 3, 3)
    assert sorted(record.question_ids) == sorted(Question.objects.values_list("pk", flat=True))
    assert question_import_progress(record) is None


def test_a_file_with_an_error_fails_on_the_worker_keeps_its_errors_and_imports_nothing(
    world, sent, django_capture_on_commit_callbacks
):
    # given: the file was fine when previewed, then changed under the import (the worker reads it again)
    record = _previewed(world, aiken(3))
    with record.file.open("wb") as handle:
        handle.write(aiken(3, bad_last=True))

    # when
    _confirm(world, record, django_capture_on_commit_callbacks)
    question_import_run(import_id=record.pk, user_id=world["teacher"].pk)

    # then
    record.refresh_from_db()
    assert record.status == ImportStatus.FAILED and Question.objects.count() == 0
    assert [e["location"] for e in record.errors] == ["question 3 (line 11)"]
    assert record.question_ids == [] and record.imported_at is None
    # the page can fix the file and upload it again; this one may be confirmed again (it fails the same way)
    assert not import_running(record)


def test_a_second_confirm_while_importing_is_refused_and_so_is_a_preview(
    world, sent, django_capture_on_commit_callbacks
):
    # given
    record = _previewed(world, aiken(2))
    _confirm(world, record, django_capture_on_commit_callbacks)

    # when / then
    for again in (
        lambda: question_import_confirm(user=world["teacher"], question_import=record),
        lambda: question_import_preview(user=world["teacher"], question_import=record),
    ):
        with pytest.raises(DomainError) as refused:
            again()
        assert (refused.value.code, refused.value.message) == (ErrorCode.CONFLICT, "This file is being imported.")
    assert len(sent) == 1
    record.refresh_from_db()
    assert record.status == ImportStatus.IMPORTING


def test_a_stale_import_whose_worker_died_can_be_confirmed_again_and_imports_once(
    world, sent, django_capture_on_commit_callbacks
):
    # given: confirmed, but the worker died (its transaction rolled back; the row still says IMPORTING) and the
    # task's time limit has passed
    record = _previewed(world, aiken(4))
    _confirm(world, record, django_capture_on_commit_callbacks)
    QuestionImport.objects.filter(pk=record.pk).update(
        started_at=timezone.now() - IMPORT_STALE_AFTER - timedelta(seconds=1)
    )
    record.refresh_from_db()
    assert record.status == ImportStatus.IMPORTING and not import_running(record)

    # when: confirmed again, and both messages reach a worker (the old one redelivered too)
    _confirm(world, record, django_capture_on_commit_callbacks)
    results = [import_confirm_task.apply(args=args).get() for args in sent]

    # then: imported exactly once
    assert len(sent) == 2 and results == ["imported", "imported"]
    record.refresh_from_db()
    assert (record.status, record.item_count) == (ImportStatus.IMPORTED, 4)
    assert Question.objects.filter(parent__isnull=True).count() == 4
    # and a finished import is never imported again
    with pytest.raises(DomainError) as refused:
        question_import_confirm(user=world["teacher"], question_import=record)
    assert refused.value.code == ErrorCode.CONFLICT


def test_confirm_refuses_at_once_what_it_can_check(world, sent):
    # given: an upload never previewed, and a previewed one whose file expired
    uploaded = question_import_upload(user=world["teacher"], course=world["course"], filename="a.txt", data=aiken(1))
    expired = _previewed(world, aiken(1))
    expired.file.delete(save=True)

    # when / then
    with pytest.raises(DomainError) as not_previewed:
        question_import_confirm(user=world["teacher"], question_import=uploaded)
    with pytest.raises(DomainError) as gone:
        question_import_confirm(user=world["teacher"], question_import=expired)
    assert (not_previewed.value.code, gone.value.code) == (ErrorCode.CONFLICT, ErrorCode.NOT_FOUND)
    assert sent == []
    assert set(QuestionImport.objects.values_list("status", flat=True)) == {
        ImportStatus.UPLOADED,
        ImportStatus.PREVIEWED,
    }


def test_who_lost_the_course_before_the_worker_ran_imports_nothing(world, sent, django_capture_on_commit_callbacks):
    # given
    record = _previewed(world, aiken(2))
    _confirm(world, record, django_capture_on_commit_callbacks)
    world["course"].teachers.all().delete()

    # when
    question_import_run(import_id=record.pk, user_id=world["teacher"].pk)

    # then
    record.refresh_from_db()
    assert record.status == ImportStatus.FAILED and Question.objects.count() == 0
    assert "course team" in record.errors[0]["message"]


def test_progress_is_noted_while_the_items_are_written(world, sent, monkeypatch, django_capture_on_commit_callbacks):
    # given: 45 items; the service's writes are watched to read the progress the page would poll meanwhile
    record = _previewed(world, aiken(45))
    _confirm(world, record, django_capture_on_commit_callbacks)
    seen, real_create = [], imports.question_create

    def watched(**kwargs):
        seen.append(question_import_progress(QuestionImport.objects.get(pk=record.pk)))
        return real_create(**kwargs)

    monkeypatch.setattr(imports, "question_create", watched)

    # when
    question_import_run(import_id=record.pk, user_id=world["teacher"].pk)

    # then: 0 at first, then every 20 items; gone once done
    assert seen[0] == 0 and seen[20] == 20 and seen[40] == 40 and seen[44] == 40
    record.refresh_from_db()
    assert record.status == ImportStatus.IMPORTED and question_import_progress(record) is None
