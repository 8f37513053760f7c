"""Processing jobs (M2, M3, Q): claim and fencing, publish all or nothing, retries, the reconciler.

Real processors on tiny samples, real PostgreSQL (the runner's heartbeat thread has its own connection,
so these tests commit: ``transactional_db``), the real broker: messages the services send are read back
from the "media" queue.
"""

import subprocess
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connections
from django.utils import timezone

from media_pipeline import jobs, storage
from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.models import JobKind, JobState, MediaAsset, ProcessingJob, Rendition
from media_pipeline.processors.base import Result
from media_pipeline.services import asset_create_from_file
from media_pipeline.signals import asset_failed, asset_ready
from media_pipeline.tasks import job_run_task
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db(transaction=True)


# ---- fixtures ----------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def job_settings(settings, tmp_path):
    settings.ZYK_JOB_WORK_DIR = tmp_path / "work"
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 120
    settings.ZYK_JOB_RETRY_BACKOFF_SECONDS = 0
    settings.ZYK_JOB_MAX_ATTEMPTS = 3
    return settings


class Broker:
    """The "media" queue of the configured broker, read without a worker."""

    def drain(self) -> list[int]:
        """Job ids of the job_run_task messages waiting in the queue (they are removed)."""
        job_ids = []
        with job_run_task.app.connection_for_write() as connection, connection.SimpleQueue("media") as queue:
            while True:
                try:
                    message = queue.get(block=False)
                except queue.Empty:
                    return job_ids
                if message.headers.get("task") == "media_pipeline.job_run_task":
                    job_ids.append(message.payload[0][0])
                message.ack()


@pytest.fixture
def broker():
    broker = Broker()
    broker.drain()
    yield broker
    broker.drain()


class Received:
    """Every asset_ready / asset_failed sent during a test, as (signal name, asset id, job id)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []

    def ready(self, sender, asset, job, **kwargs) -> None:
        self.events.append(("ready", asset.pk, job.pk))

    def failed(self, sender, asset, job, **kwargs) -> None:
        self.events.append(("failed", asset.pk, job.pk))


@pytest.fixture
def received():
    events = Received()
    asset_ready.connect(events.ready)
    asset_failed.connect(events.failed)
    yield events
    asset_ready.disconnect(events.ready)
    asset_failed.disconnect(events.failed)


def make_asset(tmp_path: Path, name: str = "零件图.png") -> MediaAsset:
    path = samples.image(tmp_path / "source.png", size=(64, 48))
    return asset_create_from_file(path=path, filename=name)


def make_video(tmp_path: Path, *, seconds: int, size: str = "320x240", name: str = "数控车床.mp4") -> MediaAsset:
    path = tmp_path / "source.mp4"
    lavfi = ["-f", "lavfi", "-i"]
    video = [*lavfi, f"testsrc=duration={seconds}:size={size}:rate=25", *lavfi, f"sine=duration={seconds}"]
    encode = ["-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest"]
    subprocess.run(  # noqa: S603 - fixed arguments
        ["ffmpeg", "-nostdin", "-v", "error", "-y", *video, *encode, str(path)],  # noqa: S607
        check=True,
        timeout=60,
    )
    return asset_create_from_file(path=path, filename=name)


def new_job(asset: MediaAsset, **fields) -> ProcessingJob:
    """A job row as job_request makes it, without a message (the test runs it itself)."""
    return ProcessingJob.objects.create(asset=asset, dispatched_at=timezone.now(), **fields)


def derived_keys(asset: MediaAsset) -> list[str]:
    return storage.list_prefix(f"derived/{asset.pk}")


def attempt_prefix(job: ProcessingJob, attempt: int) -> str:
    return storage.derived_prefix(asset_id=job.asset_id, job_id=job.pk, attempt=attempt)


class RunInThread:
    """``job_run`` in another thread, as a second worker would run it (own database connection)."""

    def __init__(self, job_id: int) -> None:
        self.outcome: str | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(job_id,))
        self.thread.start()

    def _run(self, job_id: int) -> None:
        try:
            self.outcome = jobs.job_run(job_id=job_id)
        except BaseException as error:  # reported by the test
            self.error = error
        finally:
            connections.close_all()

    def join(self) -> str | None:
        self.thread.join(timeout=120)
        assert not self.thread.is_alive()
        if self.error is not None:
            raise self.error
        return self.outcome


def wait_for(condition, *, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


# ---- requests ------------------------------------------------------------------------------------


def test_job_request_is_idempotent_and_sends_one_message(tmp_path, broker):
    # given an image asset
    asset = make_asset(tmp_path)
    # when the conversion is requested twice
    first = jobs.job_request(asset=asset)
    second = jobs.job_request(asset=asset)
    # then there is one queued job and one message naming it
    assert second.pk == first.pk
    assert first.state == JobState.QUEUED
    assert first.kind == JobKind.CONVERT
    assert first.max_attempts == 3
    assert ProcessingJob.objects.filter(asset=asset).count() == 1
    assert broker.drain() == [first.pk]


def test_job_request_returns_the_succeeded_job_instead_of_converting_again(tmp_path, broker):
    # given a conversion that already succeeded
    asset = make_asset(tmp_path)
    job = jobs.job_request(asset=asset)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    broker.drain()
    # when it is requested again; then the finished job comes back and nothing is sent
    assert jobs.job_request(asset=asset).pk == job.pk
    assert broker.drain() == []


def test_job_request_refuses_a_conversion_that_makes_no_sense_for_the_asset(tmp_path, broker):
    # given an image; when a PDF of it is asked; then a clear refusal and no job
    asset = make_asset(tmp_path, name="照片.png")
    with pytest.raises(MediaError) as refused:
        jobs.job_request(asset=asset, kind=JobKind.PDF)
    assert refused.value.code == MediaErrorCode.INVALID_REQUEST
    assert "照片.png" in refused.value.message
    assert not ProcessingJob.objects.exists()
    assert broker.drain() == []


def test_one_live_job_per_asset_and_kind_is_enforced_by_the_database(tmp_path):
    # given a queued job; when a second live one is inserted behind the services' back; then refused
    from django.db import IntegrityError

    asset = make_asset(tmp_path)
    new_job(asset)
    with pytest.raises(IntegrityError):
        new_job(asset, state=JobState.RUNNING)


# ---- running -------------------------------------------------------------------------------------


def test_image_job_publishes_renditions_of_its_attempt_and_announces_once(tmp_path, received):
    # given a queued conversion of an image
    asset = make_asset(tmp_path)
    job = new_job(asset)
    # when a worker runs it
    outcome = jobs.job_run(job_id=job.pk)
    # then it succeeded at the first attempt with its files in the attempt's folder
    job.refresh_from_db()
    assert outcome == "succeeded"
    assert (job.state, job.attempt, job.progress) == (JobState.SUCCEEDED, 1, 100.0)
    assert job.started_at and job.finished_at and job.notified_at
    renditions = list(jobs.asset_renditions(asset))
    assert renditions
    assert {rendition.role for rendition in renditions} <= {"image", "thumbnail"}
    assert all(rendition.key.startswith(attempt_prefix(job, 1)) for rendition in renditions)
    assert sorted(rendition.key for rendition in renditions) == derived_keys(asset)
    assert all(rendition.size > 0 for rendition in renditions)
    assert job.entrypoint in {rendition.key for rendition in renditions}
    assert received.events == [("ready", asset.pk, job.pk)]
    # and nothing is left in the scratch folder
    assert list(Path(jobs.work_root()).iterdir()) == []


def test_a_redelivered_message_of_a_finished_job_does_nothing(tmp_path, received):
    # given a succeeded job
    asset = make_asset(tmp_path)
    job = new_job(asset)
    jobs.job_run(job_id=job.pk)
    keys = derived_keys(asset)
    # when its message is delivered again
    outcome = jobs.job_run(job_id=job.pk)
    # then nothing changes: same attempt, same renditions, one announcement
    job.refresh_from_db()
    assert outcome == "skipped"
    assert job.attempt == 1
    assert derived_keys(asset) == keys
    assert Rendition.objects.filter(asset=asset).count() == len(keys)
    assert received.events == [("ready", asset.pk, job.pk)]


def test_a_message_for_a_job_running_elsewhere_is_skipped(tmp_path):
    # given a job another worker claimed and keeps alive
    asset = make_asset(tmp_path)
    job = new_job(asset)
    ProcessingJob.objects.filter(pk=job.pk).update(
        state=JobState.RUNNING, attempt=1, claimed_by="other:1", heartbeat_at=timezone.now()
    )
    # when a duplicate message arrives; then it is skipped, the claim is untouched
    assert jobs.job_run(job_id=job.pk) == "skipped"
    job.refresh_from_db()
    assert (job.state, job.attempt, job.claimed_by) == (JobState.RUNNING, 1, "other:1")


def test_a_video_job_writes_hls_with_the_master_playlist_as_entry_point(tmp_path):
    # given a short video
    asset = make_video(tmp_path, seconds=2)
    job = new_job(asset)
    # when converted
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    # then the entry point is the stored master playlist, and ffprobe reads the stored HLS
    job.refresh_from_db()
    assert job.entrypoint == attempt_prefix(job, 1) + "hls/master.m3u8"
    roles = set(jobs.asset_renditions(asset).values_list("role", flat=True))
    assert {"hls_master", "hls_playlist", "hls_segment", "poster", "mp4"} <= roles
    assert job.meta["duration_seconds"] == pytest.approx(2, abs=0.2)
    master = Path(storage.media_storage().path(job.entrypoint))
    probed = subprocess.run(  # noqa: S603 - fixed arguments
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(master)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert float(probed.stdout.strip()) == pytest.approx(2, abs=0.3)


def test_corrupt_input_fails_at_once_with_a_clear_reason_and_no_files(tmp_path, received, broker):
    # given a "video" whose stored bytes are not a video (it passed no sniffing: damaged in storage)
    asset = MediaAsset(
        original_filename="损坏的视频.mp4", kind="video", mime="video/mp4", extension="mp4", size=13, checksum="0" * 64
    )
    asset.file.save("broken.mp4", ContentFile(b"not a video!\n"), save=True)
    job = new_job(asset)
    # when converted
    outcome = jobs.job_run(job_id=job.pk)
    # then failed for good at the first attempt, with the reason for people and the code for programs
    job.refresh_from_db()
    assert outcome == "failed"
    assert (job.state, job.attempt) == (JobState.FAILED, 1)
    assert job.error_code == MediaErrorCode.CORRUPT_FILE
    assert "损坏的视频.mp4" in job.error_message
    assert not Rendition.objects.filter(asset=asset).exists()
    assert derived_keys(asset) == []
    assert received.events == [("failed", asset.pk, job.pk)]
    assert broker.drain() == []  # no retry of bad input


# ---- retries -------------------------------------------------------------------------------------


def test_a_passing_storage_fault_is_retried_and_the_retry_publishes_alone(tmp_path, broker, received):
    # given an asset whose stored file is unreadable for a moment
    asset = make_asset(tmp_path)
    job = new_job(asset)
    stored = Path(asset.file.path)
    hidden = stored.with_suffix(".away")
    stored.rename(hidden)
    # when a worker runs it
    outcome = jobs.job_run(job_id=job.pk)
    # then it is queued again, with the error kept for administrators and a new message
    job.refresh_from_db()
    assert outcome == "retrying"
    assert (job.state, job.attempt, job.claimed_by) == (JobState.QUEUED, 1, "")
    assert "FileNotFoundError" in job.meta["last_error"]
    assert broker.drain() == [job.pk]
    # when the file is back and the message is delivered
    hidden.rename(stored)
    outcome = jobs.job_run(job_id=job.pk)
    # then attempt 2 publishes, alone
    job.refresh_from_db()
    assert outcome == "succeeded"
    assert (job.state, job.attempt) == (JobState.SUCCEEDED, 2)
    keys = derived_keys(asset)
    assert keys and all(key.startswith(attempt_prefix(job, 2)) for key in keys)
    assert received.events == [("ready", asset.pk, job.pk)]


def test_the_last_failed_attempt_fails_the_job_with_a_readable_reason(tmp_path, broker, received):
    # given an asset whose stored file is gone for good
    asset = make_asset(tmp_path, name="缺失.png")
    job = new_job(asset, max_attempts=2)
    Path(asset.file.path).unlink()
    # when both attempts run
    assert jobs.job_run(job_id=job.pk) == "retrying"
    assert jobs.job_run(job_id=job.pk) == "failed"
    # then the job failed after two attempts, saying so in words, and was announced once
    job.refresh_from_db()
    assert (job.state, job.attempt) == (JobState.FAILED, 2)
    assert job.error_code == MediaErrorCode.CONVERSION_FAILED
    assert "缺失.png" in job.error_message and "2 times" in job.error_message
    assert received.events == [("failed", asset.pk, job.pk)]
    assert broker.drain() == [job.pk]  # the one retry; nothing after the last attempt


def test_retry_makes_a_new_job_once_and_cancel_is_harmless_twice(tmp_path, broker):
    # given a failed job
    asset = make_asset(tmp_path)
    failed = new_job(asset, state=JobState.FAILED, error_code="CORRUPT_FILE", finished_at=timezone.now())
    # when an editor presses retry twice
    retried = jobs.job_retry(job=failed)
    again = jobs.job_retry(job=failed)
    # then one new queued job, one message; the failed one stays as history
    assert retried.pk != failed.pk and again.pk == retried.pk
    assert retried.state == JobState.QUEUED
    assert broker.drain() == [retried.pk]
    failed.refresh_from_db()
    assert failed.state == JobState.FAILED
    # when the new job is cancelled twice; then cancelled, and a late message does nothing
    assert jobs.job_cancel(job=retried).state == JobState.CANCELLED
    assert jobs.job_cancel(job=retried).state == JobState.CANCELLED
    assert jobs.job_run(job_id=retried.pk) == "skipped"
    assert jobs.asset_job(asset).pk == retried.pk


# ---- fencing -------------------------------------------------------------------------------------


def test_a_superseded_attempt_can_neither_beat_nor_publish(tmp_path, settings):
    # given attempt 1 claimed, then given up for dead and claimed again as attempt 2
    asset = make_asset(tmp_path)
    job = new_job(asset)
    assert jobs._claim(job.pk).attempt == 1
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 0
    assert jobs.jobs_reconcile()["requeued"] == 1
    assert jobs._claim(job.pk).attempt == 2
    # when attempt 1 writes progress or publishes; then refused, nothing changes
    assert jobs._beat(job.pk, 1, 0.5) is False
    assert jobs._beat(job.pk, 2, 0.5) is True
    row = Rendition(asset=asset, job=job, role="image", key=attempt_prefix(job, 1) + "a.png", mime="image/png", size=1)
    with pytest.raises(jobs.JobSuperseded):
        jobs._publish(job.pk, 1, Result(outputs=[], entrypoint=""), {}, [row])
    job.refresh_from_db()
    assert (job.state, job.attempt, job.progress) == (JobState.RUNNING, 2, 50.0)
    assert not Rendition.objects.exists()


def test_a_worker_given_up_for_dead_stops_and_cleans_up_while_the_next_attempt_publishes(tmp_path, settings):
    # given attempt 1 converting a video in one worker (about 2 s of work)
    asset = make_video(tmp_path, seconds=12, size="854x480")
    job = new_job(asset)
    first = RunInThread(job.pk)
    wait_for(lambda: any((jobs.work_root() / f"{job.pk}-1").glob("out/hls/*/seg-*.ts")))  # mid-transcode
    # when the reconciler thinks it dead (timeout 0) and another worker claims the job as attempt 2
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 0
    assert jobs.jobs_reconcile()["requeued"] == 1
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 120
    second = RunInThread(job.pk)
    # then attempt 1 stops without publishing and attempt 2 succeeds alone
    assert first.join() == "superseded"
    assert second.join() == "succeeded"
    job.refresh_from_db()
    assert (job.state, job.attempt) == (JobState.SUCCEEDED, 2)
    keys = [rendition.key for rendition in jobs.asset_renditions(asset)]
    assert len(keys) == len(set(keys))
    assert all(key.startswith(attempt_prefix(job, 2)) for key in keys)
    assert derived_keys(asset) == sorted(keys)  # nothing of attempt 1 is left
    assert list(Path(jobs.work_root()).iterdir()) == []


def test_cancelling_a_running_job_stops_its_worker_without_files(tmp_path, received):
    # given a video being converted (about 2 s of work)
    asset = make_video(tmp_path, seconds=20, size="640x360")
    job = new_job(asset)
    worker = RunInThread(job.pk)
    wait_for(lambda: ProcessingJob.objects.filter(pk=job.pk, state=JobState.RUNNING).exists())
    # when an editor cancels it
    jobs.job_cancel(job=job)
    # then the worker stops, publishes nothing and leaves no files; nobody is told it failed
    assert worker.join() == "superseded"
    job.refresh_from_db()
    assert job.state == JobState.CANCELLED
    assert not Rendition.objects.filter(asset=asset).exists()
    assert derived_keys(asset) == []
    assert received.events == []


# ---- the reconciler ------------------------------------------------------------------------------


def test_reconciler_requeues_a_job_whose_worker_died_and_the_rerun_removes_its_leftovers(tmp_path, settings, broker):
    # given a job claimed by a worker that died after writing part of its files
    asset = make_asset(tmp_path)
    job = new_job(asset)
    jobs._claim(job.pk)
    broker.drain()
    leftover = tmp_path / "partial.bin"
    leftover.write_bytes(b"half a segment")
    storage.put_file(leftover, attempt_prefix(job, 1) + "hls/seg-00000.ts", content_type="video/mp2t")
    (Path(jobs.work_root()) / f"{job.pk}-1" / "out").mkdir(parents=True)
    ProcessingJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    # when the reconciler runs
    counts = jobs.jobs_reconcile()
    # then the job is queued again and sent
    job.refresh_from_db()
    assert counts["requeued"] == 1
    assert (job.state, job.attempt, job.claimed_by) == (JobState.QUEUED, 1, "")
    assert broker.drain() == [job.pk]
    # when the message runs; then attempt 2 succeeds and the dead attempt's files and scratch are gone
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    job.refresh_from_db()
    assert job.attempt == 2
    assert all(key.startswith(attempt_prefix(job, 2)) for key in derived_keys(asset))
    assert list(Path(jobs.work_root()).iterdir()) == []


def test_reconciler_gives_up_a_job_whose_last_attempt_died(tmp_path, received):
    # given a job whose third and last attempt stopped beating
    asset = make_asset(tmp_path, name="大文件.png")
    job = new_job(asset)
    ProcessingJob.objects.filter(pk=job.pk).update(
        state=JobState.RUNNING, attempt=3, heartbeat_at=timezone.now() - timedelta(minutes=5)
    )
    # when the reconciler runs; then the job failed with a readable reason, announced once
    assert jobs.jobs_reconcile()["given_up"] == 1
    job.refresh_from_db()
    assert job.state == JobState.FAILED
    assert job.error_code == MediaErrorCode.CONVERSION_FAILED
    assert "大文件.png" in job.error_message and "3 times" in job.error_message
    assert received.events == [("failed", asset.pk, job.pk)]


def test_reconciler_resends_a_lost_message_but_not_a_recent_one(tmp_path, settings, broker):
    # given a queued job whose message was sent long ago and never claimed, and a fresh one
    old_asset, new_asset = make_asset(tmp_path, name="a.png"), make_asset(tmp_path, name="b.png")
    lost = new_job(old_asset)
    ProcessingJob.objects.filter(pk=lost.pk).update(dispatched_at=timezone.now() - timedelta(hours=1))
    new_job(new_asset)
    # when the reconciler runs (twice); then only the lost job is sent again, once
    assert jobs.jobs_reconcile()["redispatched"] == 1
    assert jobs.jobs_reconcile()["redispatched"] == 0
    assert broker.drain() == [lost.pk]


def test_reconciler_removes_files_of_attempts_that_did_not_publish(tmp_path, settings):
    # given a job that succeeded at attempt 2, with files of attempt 1 and of a late attempt 3
    asset = make_asset(tmp_path)
    job = new_job(asset)
    jobs._claim(job.pk)
    ProcessingJob.objects.filter(pk=job.pk).update(state=JobState.QUEUED)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    published = derived_keys(asset)
    leftover = tmp_path / "orphan.bin"
    leftover.write_bytes(b"orphan")
    for attempt in (1, 3):
        storage.put_file(leftover, attempt_prefix(job, attempt) + "poster.jpg", content_type="image/jpeg")
    ProcessingJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(hours=1))
    # when the reconciler runs (twice)
    assert jobs.jobs_reconcile()["swept_files"] == 2
    assert jobs.jobs_reconcile()["swept_files"] == 0
    # then only the published attempt's files remain
    assert derived_keys(asset) == published
    job.refresh_from_db()
    assert job.swept_at is not None


def test_reconciler_announces_a_job_whose_worker_died_right_after_the_commit(tmp_path, received):
    # given a succeeded job that was never announced
    asset = make_asset(tmp_path)
    job = new_job(asset)
    ProcessingJob.objects.filter(pk=job.pk).update(
        state=JobState.SUCCEEDED, attempt=1, finished_at=timezone.now() - timedelta(hours=1)
    )
    # when the reconciler runs twice; then asset_ready is sent once
    assert jobs.jobs_reconcile()["announced"] == 1
    assert jobs.jobs_reconcile()["announced"] == 0
    assert received.events == [("ready", asset.pk, job.pk)]


# ---- on-demand conversions -----------------------------------------------------------------------


def test_a_pdf_is_made_on_demand_from_a_word_document(tmp_path):
    # given a Word document
    path = samples.docx_pages(tmp_path / "source.docx", [["车床安全", "Check the chuck key"]])
    asset = asset_create_from_file(path=path, filename="安全规程.docx")
    # when a PDF is asked for and made
    job = jobs.job_request(asset=asset, kind=JobKind.PDF)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    # then the job published exactly one PDF, which is its entry point
    job.refresh_from_db()
    renditions = list(jobs.asset_renditions(asset, kind=JobKind.PDF))
    assert [(rendition.role, rendition.mime) for rendition in renditions] == [("pdf", "application/pdf")]
    assert job.entrypoint == renditions[0].key == attempt_prefix(job, 1) + "document.pdf"
    pdf = Path(storage.media_storage().path(job.entrypoint))
    assert pdf.read_bytes().startswith(b"%PDF")
    # and the standard conversion is a separate job
    assert jobs.asset_job(asset) is None
    assert jobs.asset_job(asset, kind=JobKind.PDF).pk == job.pk


def test_an_mp4_is_made_on_demand_from_a_video(tmp_path):
    # given a video; when an MP4 is asked for and made; then only the MP4 is stored
    asset = make_video(tmp_path, seconds=1, size="160x120")
    job = jobs.job_request(asset=asset, kind=JobKind.MP4)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    job.refresh_from_db()
    assert list(jobs.asset_renditions(asset).values_list("role", "mime")) == [("mp4", "video/mp4")]
    assert derived_keys(asset) == [job.entrypoint]
