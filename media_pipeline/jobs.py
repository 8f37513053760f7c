"""Processing jobs that never lose work and never finish twice (M2, M3, Q).

The job table in the database is the source of truth; the Celery message only says "look at job N".
A message may be lost (the reconciler sends another), delivered twice (the second finds nothing to do)
or outlive its worker (``kill -9``: the heartbeat stops, the reconciler gives the job to another worker).

Exactly once comes from three rules:

1. **Claim with a fencing token.** A worker claims a job in a short transaction (row lock): state
   ``running``, ``attempt`` + 1. Every later write of that worker is ``UPDATE … WHERE id = ? AND attempt = ?
   AND state = 'running'``; when it changes no row the attempt was superseded (reclaimed after a missed
   heartbeat, or cancelled) and the worker stops at its next progress call, publishing nothing.
2. **Write per attempt.** Files go to ``derived/<asset>/<job>/<attempt>/`` (the entry point, e.g. the HLS
   master playlist, last), so two attempts never touch the same key.
3. **Publish in one transaction.** Lock the row, check the attempt is still ours, insert the renditions
   and mark the job succeeded, all or nothing. A loser deletes its own folder; folders of older attempts
   go before a new attempt starts and, for finished jobs, in the reconciler.

Bad input (``MediaError`` from a processor) fails at once with its translated reason; anything else
(storage or database trouble) is retried with exponential backoff up to ``max_attempts``.
"""

import json
import logging
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, close_old_connections, connections, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from media_pipeline import storage
from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.models import (
    FINISHED_JOB_STATES,
    LIVE_JOB_STATES,
    JobKind,
    JobState,
    MediaAsset,
    ProcessingJob,
    Rendition,
)
from media_pipeline.processors.base import Output, Progress, Result, process
from media_pipeline.processors.document import convert_to_pdf
from media_pipeline.signals import asset_failed, asset_ready
from media_pipeline.sniff import Format, MediaKind, detect_format

logger = logging.getLogger("zyk.media.jobs")

# Progress is written at most this often; the heartbeat at least every ``_beat_interval()``.
PROGRESS_WRITE_SECONDS = 1.0
# Reconciler batch: one run never holds locks on more rows than this.
RECONCILE_BATCH = 100
_WORK_DIR_NAME = re.compile(r"^(\d+)-(\d+)$")

# What each kind of job can be asked of which kind of asset.
_KIND_ACCEPTS: dict[str, frozenset[str]] = {
    JobKind.CONVERT: frozenset(MediaKind.values),
    JobKind.PDF: frozenset({MediaKind.DOCUMENT, MediaKind.PRESENTATION, MediaKind.SPREADSHEET, MediaKind.TEXT}),
    JobKind.MP4: frozenset({MediaKind.VIDEO, MediaKind.ANIMATION}),
}


class JobSuperseded(Exception):
    """This attempt is no longer the job's current one (claimed again, or cancelled): stop, publish nothing."""


# ---- settings (read at call time so tests and operators can change them) ----------------------------


def heartbeat_timeout() -> timedelta:
    """A running job whose heartbeat is older than this is taken to have lost its worker."""
    return timedelta(seconds=float(getattr(settings, "ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS", 120)))


def _beat_interval() -> float:
    """Heartbeat period: a quarter of the timeout, so three beats may be late before anyone gives up."""
    return max(0.2, min(30.0, heartbeat_timeout().total_seconds() / 4))


def _redispatch_after() -> timedelta:
    return timedelta(seconds=float(getattr(settings, "ZYK_JOB_REDISPATCH_SECONDS", 600)))


def _max_attempts() -> int:
    return int(getattr(settings, "ZYK_JOB_MAX_ATTEMPTS", 3))


def _retry_delay(attempt: int) -> float:
    """Exponential backoff after failed attempt ``attempt`` (1, 2, …): base, 2 × base, 4 × base, capped at 1 h."""
    base = float(getattr(settings, "ZYK_JOB_RETRY_BACKOFF_SECONDS", 30))
    return min(3600.0, base * 2 ** max(0, attempt - 1))


def work_root() -> Path:
    """Local scratch space of this host's jobs: ``<job>-<attempt>/`` each (source copy and outputs)."""
    configured = getattr(settings, "ZYK_JOB_WORK_DIR", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "jobs"


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


# ---- services (editors, the cms layer) ---------------------------------------------------------------


def job_request(*, asset: MediaAsset, kind: str = JobKind.CONVERT) -> ProcessingJob:
    """Ask for a conversion of ``asset``; idempotent: the live job, else a succeeded one, else a new job.

    A new job's task message is sent when the surrounding transaction commits. MediaError INVALID_REQUEST
    for a kind of job that makes no sense for the asset (a PDF of a video).
    """
    kind = _check_kind(asset, kind)
    with transaction.atomic():
        # The asset's row lock serialises requests for it; the partial unique index would refuse a second
        # live job anyway, this makes the second request return the first one instead of failing.
        MediaAsset.objects.select_for_update().filter(pk=asset.pk).first()
        jobs = ProcessingJob.objects.filter(asset=asset, kind=kind)
        existing = jobs.filter(state__in=LIVE_JOB_STATES).first() or jobs.filter(state=JobState.SUCCEEDED).first()
        if existing is not None:
            return existing
        return _job_create(asset=asset, kind=kind)


def job_retry(*, job: ProcessingJob) -> ProcessingJob:
    """The editors' retry button: a new job for a failed or cancelled one (the old one stays as history).

    Idempotent like ``job_request``: when a live or succeeded job of the same asset and kind exists (a
    double click, a retry already made), that job is returned and nothing new is queued.
    """
    job.refresh_from_db()
    if job.state in LIVE_JOB_STATES:
        return job  # still queued or running: nothing to retry yet
    return job_request(asset=job.asset, kind=job.kind)


@transaction.atomic
def job_cancel(*, job: ProcessingJob) -> ProcessingJob:
    """Stop a queued or running job; its worker notices at its next heartbeat and throws its files away.

    Finished jobs are returned unchanged (cancelling twice is harmless).
    """
    locked = ProcessingJob.objects.select_for_update().get(pk=job.pk)
    if locked.state in LIVE_JOB_STATES:
        locked.state = JobState.CANCELLED
        locked.finished_at = timezone.now()
        locked.save(update_fields=["state", "finished_at"])
    return locked


def asset_renditions(asset: MediaAsset, *, kind: str | None = None) -> QuerySet[Rendition]:
    """The files made from ``asset`` by its succeeded jobs (of ``kind`` only, when given)."""
    renditions = Rendition.objects.filter(asset=asset, job__state=JobState.SUCCEEDED)
    if kind is not None:
        renditions = renditions.filter(job__kind=kind)
    return renditions.order_by("role", "label", "key")


def asset_job(asset: MediaAsset, *, kind: str = JobKind.CONVERT) -> ProcessingJob | None:
    """The job that tells the asset's state for ``kind``: the live one, else the newest; None when never asked."""
    jobs = ProcessingJob.objects.filter(asset=asset, kind=kind)
    return jobs.filter(state__in=LIVE_JOB_STATES).first() or jobs.order_by("-queued_at", "-id").first()


def _check_kind(asset: MediaAsset, kind: str) -> JobKind:
    if kind not in JobKind.values or asset.kind not in _KIND_ACCEPTS[JobKind(kind)]:
        raise MediaError(
            MediaErrorCode.INVALID_REQUEST,
            _("“%(name)s” cannot be converted this way (%(kind)s).") % {"name": asset.original_filename, "kind": kind},
        )
    return JobKind(kind)


def _job_create(*, asset: MediaAsset, kind: JobKind) -> ProcessingJob:
    job = ProcessingJob(asset=asset, kind=kind, max_attempts=_max_attempts(), dispatched_at=timezone.now())
    job.full_clean(validate_constraints=False)  # the partial unique index decides, under the asset lock
    job.save()
    _dispatch(job.pk)
    return job


def _dispatch(job_id: int, *, countdown: float = 0) -> None:
    """Send the job's task message once the transaction commits (never for a rolled-back job).

    A broker that is down is logged, not raised: the job is queued in the database and the reconciler
    sends its message again after ``ZYK_JOB_REDISPATCH_SECONDS``.
    """
    from media_pipeline.tasks import job_run_task  # tasks import this module

    def send() -> None:
        job_run_task.apply_async((job_id,), countdown=countdown or None)

    transaction.on_commit(send, robust=True)


# ---- the runner (one attempt of one job, in a worker) -------------------------------------------------


def job_run(*, job_id: int) -> str:
    """Run job ``job_id`` once if it is ours to run; returns what happened (for logs and tests).

    "skipped": finished already, missing, or running with a fresh heartbeat elsewhere (a redelivered
    message). "succeeded", "failed" (for good), "retrying" (queued again after a pause), "superseded"
    (another attempt took over, or the job was cancelled, while this one worked). Call it outside any
    transaction: each step commits on its own.
    """
    job = _claim(job_id)
    if job is None:
        return "skipped"
    attempt = job.attempt
    prefix = storage.derived_prefix(asset_id=job.asset_id, job_id=job.pk, attempt=attempt)
    work_dir = work_root() / f"{job.pk}-{attempt}"
    heartbeat = _Heartbeat(job.pk, attempt)
    outcome = "superseded"
    try:
        try:
            with heartbeat:
                _sweep_work_dirs()
                storage.delete_attempts(asset_id=job.asset_id, job_id=job.pk, keep=attempt)
                result, out_dir = _convert(job, work_dir, heartbeat.progress)
                keys = _upload(job, attempt, result, out_dir, heartbeat)
                rows = _renditions(job, result, out_dir, keys)
        finally:
            # Hours may have passed: drop a connection the server or a firewall closed meanwhile, so the
            # final write does not fail on it (the heartbeat thread used its own connection).
            close_old_connections()
        outcome = _publish(job.pk, attempt, result, keys, rows)
    except JobSuperseded:
        logger.info("job %s attempt %s superseded", job.pk, attempt)
    except SoftTimeLimitExceeded:
        message = _("Converting “%(name)s” took too long and was stopped.") % {"name": job.asset.original_filename}
        outcome = _fail(job.pk, attempt, MediaErrorCode.TIMED_OUT, message)
    except MediaError as error:
        if not heartbeat.superseded:  # a processor may turn an abort into its own error
            outcome = _fail(job.pk, attempt, error.code, error.message)
    except Exception as error:
        logger.exception("job %s attempt %s failed", job.pk, attempt)
        if not heartbeat.superseded:
            outcome = _retry_or_fail(job.pk, attempt, error)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    if outcome != "succeeded":
        try:
            storage.delete_prefix(prefix)
        except Exception:  # the next attempt or the reconciler's sweep removes them
            logger.warning("job %s: files of attempt %s not removed", job.pk, attempt, exc_info=True)
    return outcome


def _claim(job_id: int) -> ProcessingJob | None:
    """Take job ``job_id`` for this worker: attempt + 1, running, heartbeat now. None when not ours to run."""
    with transaction.atomic():
        job = ProcessingJob.objects.select_for_update().select_related("asset").filter(pk=job_id).first()
        if job is None:
            return None
        now = timezone.now()
        if job.state == JobState.RUNNING:
            if job.heartbeat_at is not None and job.heartbeat_at > now - heartbeat_timeout():
                return None  # alive elsewhere: this is a duplicate or redelivered message
            # Its worker died; this message takes over, exactly as the reconciler would.
        elif job.state != JobState.QUEUED:
            return None
        if job.attempt >= job.max_attempts:
            _give_up(job)
            return None
        job.attempt += 1
        job.state = JobState.RUNNING
        job.claimed_by = _worker_name()
        job.started_at = job.started_at or now
        job.heartbeat_at = now
        job.progress = 0.0
        job.save(update_fields=["attempt", "state", "claimed_by", "started_at", "heartbeat_at", "progress"])
    logger.info("job %s claimed by %s (attempt %s)", job.pk, job.claimed_by, job.attempt)
    return job


class _Heartbeat:
    """Keeps one attempt's row alive from a background thread, fenced by the attempt number.

    The processors call ``progress`` often, from the worker's thread; it only records the fraction and
    raises ``JobSuperseded`` once the thread has found the attempt superseded. The thread writes progress
    (at most once a second, when it changed) and the heartbeat (at least every ``_beat_interval()``), so
    long silent steps (an upload, a LibreOffice run) keep the job alive too, and database writes never
    happen in a processor's thread.
    """

    def __init__(self, job_id: int, attempt: int) -> None:
        self.job_id = job_id
        self.attempt = attempt
        self.fraction = 0.0
        self._written = -1.0
        self._last_write = time.monotonic()
        self._stop = threading.Event()
        self._superseded = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"job-{job_id}-heartbeat", daemon=True)

    @property
    def superseded(self) -> bool:
        return self._superseded.is_set()

    def __enter__(self) -> "_Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()

    def progress(self, fraction: float) -> None:
        self.check()
        self.fraction = min(1.0, max(0.0, float(fraction)))

    def check(self) -> None:
        if self._superseded.is_set():
            raise JobSuperseded

    def _run(self) -> None:
        try:
            while not self._stop.wait(PROGRESS_WRITE_SECONDS):
                fraction = self.fraction
                due = time.monotonic() - self._last_write >= _beat_interval()
                if fraction == self._written and not due:
                    continue
                try:
                    alive = _beat(self.job_id, self.attempt, fraction)
                except DatabaseError:
                    logger.warning("job %s: heartbeat not written", self.job_id, exc_info=True)
                    continue
                if not alive:
                    self._superseded.set()
                    return
                self._written, self._last_write = fraction, time.monotonic()
        finally:
            connections.close_all()  # this thread's own connections


def _beat(job_id: int, attempt: int, fraction: float) -> bool:
    """Write progress and heartbeat if ``attempt`` is still the job's running attempt."""
    updated = ProcessingJob.objects.filter(pk=job_id, attempt=attempt, state=JobState.RUNNING).update(
        progress=round(100 * fraction, 1), heartbeat_at=timezone.now()
    )
    return updated == 1


def _convert(job: ProcessingJob, work_dir: Path, progress: Progress) -> tuple[Result, Path]:
    """Run the processor for the job's kind on a local copy of the asset; outputs under ``work_dir/out``."""
    out_dir = work_dir / "out"
    out_dir.mkdir(parents=True)
    source = _local_source(job.asset, work_dir)
    converter = _CONVERTERS[JobKind(job.kind)]
    result = converter(job.asset, source, out_dir, progress)
    return result, out_dir


def _local_source(asset: MediaAsset, work_dir: Path) -> Path:
    """The asset's file on this host: its path on local storage, else a copy downloaded into ``work_dir``."""
    try:
        path = Path(asset.file.path)
    except NotImplementedError:  # object storage
        path = None
    if path is not None:
        if not path.is_file():
            raise FileNotFoundError(f"stored file of asset {asset.pk} is missing: {asset.file.name}")
        return path
    target = work_dir / f"source.{asset.extension or 'bin'}"
    with asset.file.open("rb") as stored, target.open("wb") as local:
        shutil.copyfileobj(stored, local, 1024 * 1024)
    return target


def _convert_default(asset: MediaAsset, source: Path, out_dir: Path, progress: Progress) -> Result:
    """The asset kind's whole pipeline (HLS ladder, page images, renditions …)."""
    return process(asset.kind, source, out_dir, progress=progress, filename=asset.original_filename)


def _convert_pdf(asset: MediaAsset, source: Path, out_dir: Path, progress: Progress) -> Result:
    """Only ``document.pdf``: LibreOffice without rendering pages (a PDF source is copied as it is)."""
    target = out_dir / "document.pdf"
    progress(0.0)
    if detect_format(source) == Format.PDF:
        shutil.copyfile(source, target)
    else:
        office = out_dir.parent / "office"
        office.mkdir()
        shutil.move(convert_to_pdf(source, office, progress=progress, filename=asset.original_filename), target)
    progress(1.0)
    return Result(outputs=[Output("pdf", "document.pdf", "application/pdf")], entrypoint="document.pdf")


def _convert_mp4(asset: MediaAsset, source: Path, out_dir: Path, progress: Progress) -> Result:
    """Only the MP4 download of a video or animation: the standard pipeline, keeping its "mp4" output.

    The processors have no MP4-only path yet, so this costs as much as the standard conversion.
    """
    result = _convert_default(asset, source, out_dir, progress)
    outputs = [output for output in result.outputs if output.role == "mp4"]
    if not outputs:
        raise MediaError(
            MediaErrorCode.CONVERSION_FAILED,
            _("No MP4 could be made of “%(name)s”.") % {"name": asset.original_filename},
        )
    return Result(outputs=outputs[:1], entrypoint=outputs[0].path, meta=result.meta)


_CONVERTERS: dict[JobKind, Callable[[MediaAsset, Path, Path, Progress], Result]] = {
    JobKind.CONVERT: _convert_default,
    JobKind.PDF: _convert_pdf,
    JobKind.MP4: _convert_mp4,
}


def _upload(job: ProcessingJob, attempt: int, result: Result, out_dir: Path, heartbeat: _Heartbeat) -> dict[str, str]:
    """Store every output under the attempt's folder, the entry point last; returns {relative path: key}."""
    names = [output.path for output in result.outputs]
    if result.entrypoint and result.entrypoint not in names:
        raise ValueError(f"entry point {result.entrypoint!r} is not among the outputs")
    mimes = {output.path: output.mime for output in result.outputs}
    ordered = sorted(set(names), key=lambda name: (name == result.entrypoint, name))
    keys: dict[str, str] = {}
    for name in ordered:
        heartbeat.check()
        key = storage.derived_key(asset_id=job.asset_id, job_id=job.pk, attempt=attempt, name=name)
        keys[name] = storage.put_file(out_dir / name, key, content_type=mimes[name])
    heartbeat.check()
    return keys


def _renditions(job: ProcessingJob, result: Result, out_dir: Path, keys: dict[str, str]) -> list[Rendition]:
    return [
        Rendition(
            asset_id=job.asset_id,
            job_id=job.pk,
            role=output.role,
            key=keys[output.path],
            mime=output.mime,
            size=(out_dir / output.path).stat().st_size,
            width=output.width,
            height=output.height,
            bitrate=output.bitrate,
            label=output.label,
        )
        for output in {output.path: output for output in result.outputs}.values()
    ]


def _publish(job_id: int, attempt: int, result: Result, keys: dict[str, str], rows: list[Rendition]) -> str:
    """All or nothing: the renditions appear and the job succeeds, if and only if the attempt is still ours."""
    with transaction.atomic():
        job = _locked_attempt(job_id, attempt)
        Rendition.objects.bulk_create(rows)
        job.state = JobState.SUCCEEDED
        job.progress = 100.0
        job.entrypoint = keys.get(result.entrypoint, "")
        job.meta = _json_safe({**job.meta, **result.meta})
        job.error_code = ""
        job.error_message = ""
        job.finished_at = timezone.now()
        job.save(
            update_fields=["state", "progress", "entrypoint", "meta", "error_code", "error_message", "finished_at"]
        )
        _notify_on_commit(job)
    logger.info("job %s succeeded (attempt %s, %d renditions)", job_id, attempt, len(rows))
    return "succeeded"


def _fail(job_id: int, attempt: int, code: str, message: str) -> str:
    """Bad input (or out of time): failed for good with a readable reason; no retry would do better."""
    try:
        with transaction.atomic():
            job = _locked_attempt(job_id, attempt)
            _finish_failed(job, code, message)
    except JobSuperseded:
        return "superseded"
    logger.info("job %s failed: %s %s", job_id, code, message)
    return "failed"


def _retry_or_fail(job_id: int, attempt: int, error: Exception) -> str:
    """Trouble of the moment (storage, database): queue again after a pause, or fail after the last attempt."""
    try:
        with transaction.atomic():
            job = _locked_attempt(job_id, attempt)
            job.meta = {**job.meta, "last_error": f"{type(error).__name__}: {error}"[:2000]}
            if job.attempt >= job.max_attempts:
                _finish_failed(job, MediaErrorCode.CONVERSION_FAILED, _attempts_used_message(job))
                return "failed"
            delay = _retry_delay(job.attempt)
            job.state = JobState.QUEUED
            job.claimed_by = ""
            job.dispatched_at = timezone.now() + timedelta(seconds=delay)
            job.save(update_fields=["meta", "state", "claimed_by", "dispatched_at"])
            _dispatch(job.pk, countdown=delay)
    except JobSuperseded:
        return "superseded"
    return "retrying"


def _locked_attempt(job_id: int, attempt: int) -> ProcessingJob:
    """The job's row, locked, if ``attempt`` is still its running attempt; JobSuperseded otherwise."""
    job = ProcessingJob.objects.select_for_update().select_related("asset").filter(pk=job_id).first()
    if job is None or job.attempt != attempt or job.state != JobState.RUNNING:
        raise JobSuperseded
    return job


def _attempts_used_message(job: ProcessingJob) -> str:
    return _(
        "Converting “%(name)s” failed %(attempts)d times in a row, so it was stopped. Try again later; "
        "if it fails again, ask an administrator to look at the server's log."
    ) % {"name": job.asset.original_filename, "attempts": job.attempt}


def _finish_failed(job: ProcessingJob, code: str, message: str) -> None:
    job.state = JobState.FAILED
    job.error_code = str(code)
    job.error_message = str(message)
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "error_code", "error_message", "finished_at", "meta"])
    _notify_on_commit(job)


def _give_up(job: ProcessingJob) -> None:
    """A job whose every attempt lost its worker (killed, out of memory, hard time limit): failed."""
    message = _(
        "Converting “%(name)s” stopped unexpectedly %(attempts)d times, so it was given up. The file may be "
        "too large for the server; ask an administrator."
    ) % {"name": job.asset.original_filename, "attempts": job.attempt}
    job.meta = {**job.meta, "last_error": "worker lost (heartbeat stopped)"}
    _finish_failed(job, MediaErrorCode.CONVERSION_FAILED, message)
    logger.warning("job %s given up after %s attempts without heartbeat", job.pk, job.attempt)


def _notify_on_commit(job: ProcessingJob) -> None:
    transaction.on_commit(lambda: _notify(job.pk))


def _notify(job_id: int) -> None:
    """Send asset_ready / asset_failed once the final state is committed, then record that it was sent.

    A receiver's error is logged, not raised (a broken receiver must not make the job run again); a crash
    before ``notified_at`` is written makes the reconciler send it again (at least once).
    """
    job = ProcessingJob.objects.select_related("asset").filter(pk=job_id).first()
    if job is None or job.state not in (JobState.SUCCEEDED, JobState.FAILED) or job.notified_at is not None:
        return
    signal = asset_ready if job.state == JobState.SUCCEEDED else asset_failed
    for receiver, response in signal.send_robust(sender=ProcessingJob, asset=job.asset, job=job):
        if isinstance(response, Exception):
            logger.error("job %s: receiver %r failed", job.pk, receiver, exc_info=response)
    ProcessingJob.objects.filter(pk=job.pk, notified_at__isnull=True).update(notified_at=timezone.now())


def _json_safe(value: dict) -> dict:
    return json.loads(json.dumps(value, default=str))


# ---- the reconciler (beat, every minute) -------------------------------------------------------------


def jobs_reconcile() -> dict[str, int]:
    """Repair what crashes leave behind; safe to run any time, from several places at once.

    - running jobs without a heartbeat for ``ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS`` lost their worker: queued
      again and sent (failed once ``max_attempts`` are used);
    - queued jobs whose message is overdue by ``ZYK_JOB_REDISPATCH_SECONDS`` (lost between commit and
      broker, or with a dead broker): sent again; duplicates are harmless, the claim lets one through;
    - finished jobs, once, after the heartbeat timeout: files of every attempt but the published one
      are deleted (a worker that died while uploading, then lost the race);
    - finished jobs whose signal was never sent (a worker died right after the commit): sent now.
    """
    now = timezone.now()
    counts = {"requeued": 0, "given_up": 0, "redispatched": 0, "swept_files": 0, "announced": 0}
    with transaction.atomic():
        stale = (
            ProcessingJob.objects.select_for_update(skip_locked=True)
            .select_related("asset")
            .filter(state=JobState.RUNNING)
            .filter(Q(heartbeat_at__lt=now - heartbeat_timeout()) | Q(heartbeat_at__isnull=True))
            .order_by("heartbeat_at")[:RECONCILE_BATCH]
        )
        for job in stale:
            if job.attempt >= job.max_attempts:
                _give_up(job)
                counts["given_up"] += 1
                continue
            logger.warning(
                "job %s: no heartbeat from %s since %s, queued again", job.pk, job.claimed_by, job.heartbeat_at
            )
            job.state = JobState.QUEUED
            job.claimed_by = ""
            job.dispatched_at = now
            job.save(update_fields=["state", "claimed_by", "dispatched_at"])
            _dispatch(job.pk)
            counts["requeued"] += 1
    with transaction.atomic():
        lost = (
            ProcessingJob.objects.select_for_update(skip_locked=True)
            .filter(state=JobState.QUEUED)
            .filter(Q(dispatched_at__lt=now - _redispatch_after()) | Q(dispatched_at__isnull=True))
            .order_by("dispatched_at")[:RECONCILE_BATCH]
        )
        for job in lost:
            job.dispatched_at = now
            job.save(update_fields=["dispatched_at"])
            _dispatch(job.pk)
            counts["redispatched"] += 1
    counts["swept_files"] = _sweep_finished(now)
    unannounced = ProcessingJob.objects.filter(
        state__in=(JobState.SUCCEEDED, JobState.FAILED),
        notified_at__isnull=True,
        finished_at__lt=now - heartbeat_timeout(),
    ).values_list("pk", flat=True)[:RECONCILE_BATCH]
    for job_id in list(unannounced):
        _notify(job_id)
        counts["announced"] += 1
    return counts


def _sweep_finished(now) -> int:
    """Delete the folders of attempts that did not publish, for jobs finished at least a heartbeat timeout ago."""
    removed = 0
    finished = ProcessingJob.objects.filter(
        state__in=FINISHED_JOB_STATES, swept_at__isnull=True, finished_at__lt=now - heartbeat_timeout()
    ).order_by("finished_at")[:RECONCILE_BATCH]
    for job in finished:
        keep = job.attempt if job.state == JobState.SUCCEEDED else None
        if keep != 1:  # a first attempt that succeeded had no predecessor to leave files
            removed += storage.delete_attempts(asset_id=job.asset_id, job_id=job.pk, keep=keep)
        ProcessingJob.objects.filter(pk=job.pk).update(swept_at=now)
    return removed


def _sweep_work_dirs() -> None:
    """Remove this host's scratch folders of attempts that are no longer running (a killed worker's)."""
    root = work_root()
    if not root.is_dir():
        return
    folders = {}
    for folder in root.iterdir():
        match = _WORK_DIR_NAME.match(folder.name)
        if match and folder.is_dir():
            folders[folder] = (int(match[1]), int(match[2]))
    if not folders:
        return
    running = set(
        ProcessingJob.objects.filter(
            pk__in={job_id for job_id, _attempt in folders.values()}, state=JobState.RUNNING
        ).values_list("pk", "attempt")
    )
    for folder, job_attempt in folders.items():
        if job_attempt not in running:
            shutil.rmtree(folder, ignore_errors=True)
