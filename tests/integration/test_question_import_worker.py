"""A question import confirmed against a real Celery worker (C4, M5; issue 7): the request only marks the import
IMPORTING and sends the task; a worker process on the "default" queue imports it all or nothing. A worker killed
with SIGKILL mid-import leaves nothing imported and the import IMPORTING; once stale it is confirmed again, a
second worker imports it once, and the dead worker's redelivered message changes nothing.

Real worker processes (solo pool) on Redis, the test database on PostgreSQL shared with them.
"""

import os
import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db import OperationalError, connection, transaction
from django.utils import timezone, translation

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions.imports import (
    IMPORT_STALE_AFTER,
    question_import_confirm,
    question_import_preview,
    question_import_upload,
)
from cms.questions.models import ImportStatus, Question, QuestionImport
from cms.resources.tests.factories import grant
from tests.integration.test_media_jobs import Worker, broker_queue, database_url, wait_for

pytestmark = [
    # committed rows: the workers read them over their own connections
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the workers need the test database on PostgreSQL"),
    pytest.mark.skipif(
        not django_settings.CELERY_BROKER_URL.startswith("redis"), reason="broker redelivery is tested on Redis"
    ),
]


@pytest.fixture(autouse=True)
def english():
    """Refusals are compared in English."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def page_tree(transactional_db):
    """What Wagtail's migrations create and the flush between committing tests removes: a locale and a root.

    (Not ``serialized_rollback``: after another committing test's flush, post_migrate has already recreated the
    content types, and reloading the serialized ones collides with them.)"""
    from wagtail.models import Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code="zh-hans")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


def default_queue(action: str) -> list:
    return broker_queue("default", action)


@pytest.fixture
def worker_env(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    for action in ("drain", "restore", "drain"):  # nothing left over from earlier runs may reach these workers
        default_queue(action)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url(),
        "ZYK_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    env.pop("AWS_STORAGE_BUCKET_NAME", None)  # the workers share this test's local storage
    workers: list[Worker] = []
    yield env, workers
    for worker in workers:
        worker.stop()
    default_queue("restore")
    default_queue("drain")


def aiken(count: int) -> bytes:
    return "\n".join(
        f"第 {n} 题：G71 是？\nA. 外圆粗车循环\nB. 螺纹循环\nANSWER: A\n" for n in range(1, count + 1)
    ).encode()


def _previewed(count: int):
    host = host_organisation()
    course = KnowledgePointFactory(name="G71 外圆粗车循环").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    record = question_import_upload(user=teacher, course=course, filename="bank.txt", data=aiken(count))
    question_import_preview(user=teacher, question_import=record)
    return teacher, record


def _status(record) -> str:
    return QuestionImport.objects.get(pk=record.pk).status


def test_the_worker_imports_a_confirmed_file(worker_env, tmp_path):
    env, workers = worker_env
    log = tmp_path / "worker.log"
    workers.append(Worker(env, log, queue="default"))
    # given a previewed file of 30 items
    teacher, record = _previewed(30)

    # when it is confirmed: the request answers IMPORTING, nothing imported yet
    started = question_import_confirm(user=teacher, question_import=record)
    assert started.status == ImportStatus.IMPORTING

    # then the worker imports all of it
    wait_for(lambda: _status(record) == ImportStatus.IMPORTED, timeout=120, what="the import", logs=[log])
    record.refresh_from_db()
    assert (record.item_count, len(record.question_ids)) == (30, 30)
    assert Question.objects.filter(course=record.course, parent__isnull=True).count() == 30


def test_a_worker_killed_mid_import_leaves_nothing_and_the_stale_import_is_confirmed_again(worker_env, tmp_path):
    env, workers = worker_env
    logs = [tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
    # given a previewed file of 400 items (several seconds of writing) and a worker importing it
    teacher, record = _previewed(400)
    first = Worker(env, logs[0], queue="default")
    workers.append(first)
    question_import_confirm(user=teacher, question_import=record)

    def worker_holds_the_row() -> bool:
        try:
            with transaction.atomic():
                list(QuestionImport.objects.select_for_update(nowait=True).filter(pk=record.pk))
        except OperationalError:
            return True
        return False

    wait_for(worker_holds_the_row, timeout=120, what="the worker importing", logs=logs)
    # a second confirm meanwhile is refused at once, not queued behind the worker
    with pytest.raises(DomainError) as refused:
        question_import_confirm(user=teacher, question_import=record)
    assert (refused.value.code, refused.value.message) == (ErrorCode.CONFLICT, "This file is being imported.")
    time.sleep(1.5)  # in the middle of the writes

    # when the worker is killed outright
    first.kill()

    # then nothing was imported and the import still says IMPORTING: the message is still the broker's
    assert Question.objects.filter(course=record.course).count() == 0
    assert _status(record) == ImportStatus.IMPORTING
    assert len(default_queue("unacked")) == 1  # acks_late

    # when the import is stale (older than the task's time limit) and confirmed again, with a new worker
    QuestionImport.objects.filter(pk=record.pk).update(started_at=timezone.now() - IMPORT_STALE_AFTER - timedelta(1))
    assert question_import_confirm(user=teacher, question_import=record).status == ImportStatus.IMPORTING
    workers.append(Worker(env, logs[1], queue="default"))

    # then it is imported once
    wait_for(lambda: _status(record) == ImportStatus.IMPORTED, timeout=240, what="the import", logs=logs)
    assert Question.objects.filter(course=record.course, parent__isnull=True).count() == 400

    # when the dead worker's message is delivered again
    default_queue("restore")
    wait_for(lambda: not default_queue("unacked"), timeout=60, what="the redelivered message consumed", logs=logs)
    time.sleep(1)

    # then nothing changed
    record.refresh_from_db()
    assert (record.status, record.item_count) == (ImportStatus.IMPORTED, 400)
    assert Question.objects.filter(course=record.course, parent__isnull=True).count() == 400
