import io
import os
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from media_pipeline.errors import MediaError
from media_pipeline.models import Upload
from media_pipeline.tasks import uploads_expire_task
from media_pipeline.tests.support import user
from media_pipeline.uploads import (
    parse_upload_metadata,
    upload_append,
    upload_create,
    upload_path,
    uploads_expire,
)


class _Dropping(io.RawIOBase):
    """A request body that delivers some bytes and then fails like a client that went away."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.sent = False

    def read(self, size=-1):
        if not self.sent:
            self.sent = True
            return self.data
        raise OSError("connection reset by peer")


def test_parse_upload_metadata():
    header = "filename 5pWw5o6nLm1wNA==,relativePath 6K++56iLL+aVsOaOpy5tcDQ=,empty"
    assert parse_upload_metadata(header) == {"filename": "数控.mp4", "relativePath": "课程/数控.mp4", "empty": ""}


@pytest.mark.django_db
def test_a_dropped_connection_keeps_what_arrived():
    # given
    owner = user()
    upload = upload_create(owner=owner, length=100, metadata={"filename": "a.pdf"})
    # when
    with pytest.raises(OSError):
        upload_append(upload_id=upload.pk, owner=owner, offset=0, stream=_Dropping(b"x" * 30))
    # then
    upload.refresh_from_db()
    assert upload.offset == 30 and upload.completed_at is None
    assert upload_path(upload).read_bytes() == b"x" * 30


@pytest.mark.django_db
def test_a_resumed_append_overwrites_a_stale_tail():
    # given: the file holds bytes past the recorded offset (a write the database never recorded)
    owner = user()
    upload = upload_create(owner=owner, length=10, metadata={"filename": "a.txt"})
    upload_path(upload).write_bytes(b"zzzzzzzz")
    # when
    upload_append(upload_id=upload.pk, owner=owner, offset=0, stream=io.BytesIO(b"0123456789"))
    # then
    assert upload_path(upload).read_bytes() == b"0123456789"


@pytest.mark.django_db
def test_filenames_are_reduced_to_their_last_component():
    upload = upload_create(owner=user(), length=5, metadata={"filename": "C:\\fakepath\\课件\x00.pdf"})
    assert upload.filename == "课件.pdf"


@pytest.mark.django_db
def test_expired_uploads_and_stray_files_are_removed(settings):
    # given
    owner = user()
    old = upload_create(owner=owner, length=5, metadata={"filename": "old.pdf"})
    fresh = upload_create(owner=owner, length=5, metadata={"filename": "fresh.pdf"})
    Upload.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    stray = settings.ZYK_UPLOAD_DIR / "0b2f0f43-7d0e-4f4e-9d59-3b4f1c1f0a11.part"
    stray.write_bytes(b"left over")
    long_ago = time.time() - 3 * 24 * 3600
    os.utime(stray, (long_ago, long_ago))
    unrelated = settings.ZYK_UPLOAD_DIR / "keep.txt"
    unrelated.write_bytes(b"not ours")
    # when
    removed = uploads_expire_task()
    # then
    assert removed == 1
    assert list(Upload.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert not upload_path(old).exists() and upload_path(fresh).exists()
    assert not stray.exists() and unrelated.exists()
    assert uploads_expire() == 0


def test_the_expiry_task_runs_on_the_media_queue():
    assert uploads_expire_task.name == "media_pipeline.uploads_expire_task"
    assert uploads_expire_task.queue == "media"


class _Slow(io.RawIOBase):
    """A body that waits for a signal before it delivers its bytes."""

    def __init__(self, data: bytes, started: threading.Event, go: threading.Event) -> None:
        self.data, self.started, self.go, self.done = data, started, go, False

    def read(self, size=-1):
        self.started.set()
        self.go.wait(10)
        if self.done:
            return b""
        self.done = True
        return self.data


@pytest.mark.django_db(transaction=True)
def test_two_appends_at_the_same_offset_do_not_interleave():
    # given: a first PATCH holds the row while it streams
    owner = user()
    upload = upload_create(owner=owner, length=10, metadata={"filename": "a.txt"})
    started, go = threading.Event(), threading.Event()
    results: dict = {}

    def first():
        try:
            results["first"] = upload_append(
                upload_id=upload.pk, owner=owner, offset=0, stream=_Slow(b"a" * 6, started, go)
            ).offset
        finally:
            connection.close()

    def second():
        try:
            upload_append(upload_id=upload.pk, owner=owner, offset=0, stream=io.BytesIO(b"b" * 6))
        except MediaError as error:
            results["second"] = error.code
        finally:
            connection.close()

    one = threading.Thread(target=first)
    one.start()
    assert started.wait(10)
    two = threading.Thread(target=second)
    two.start()
    # when: the second waits on the row lock; the first finishes
    time.sleep(0.3)
    assert two.is_alive()
    go.set()
    one.join(10)
    two.join(10)
    # then
    assert results == {"first": 6, "second": "OFFSET_MISMATCH"}
    assert upload_path(upload).read_bytes() == b"a" * 6
