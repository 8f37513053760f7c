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

An early preview (the smallest video rung with its own master, a document's PDF and page 1) is shown the
same way within the running job: stored in the attempt's folder under its final names, then made visible
in a transaction fenced by the attempt (rows, ``entrypoint``, ``meta["preview"]``). ``_publish`` replaces it
by the final set in its one transaction; a job that leaves "running" any other way drops it with the same
row lock. So readers (``asset_renditions``) see nothing, the preview or the final set, never a mix.

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
from collections.abc import Callable, Iterable
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
from media_pipeline.processors.base import OnPreview, Output, Progress, Result, process
from media_pipeline.processors.document import convert_to_pdf
from media_pipeline.processors.image import is_animated_image
from media_pipeline.processors.video import process_mp4
from media_pipeline.signals import asset_failed, asset_preview_ready, asset_ready
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


def job_request(*, asset: MediaAsset, kind: str = JobKind.CONVERT, again: bool = False) -> ProcessingJob:
    """Ask for a conversion of ``asset``; idempotent: the live job, else a succeeded one, else a new job.

    ``again=True`` (a batch re-conversion after the pipeline improved) queues a new job even when one
    succeeded; a live job is still returned as it is, so asking twice queues one. The older job's renditions
    stay current until the new one succeeds, then its files go (``jobs_reconcile``'s sweep).
    A new job's task message is sent when the surrounding transaction commits. MediaError INVALID_REQUEST
    for a kind of job that makes no sense for the asset (a PDF of a video).
    """
    kind = _check_kind(asset, kind)
    with transaction.atomic():
        # The asset's row lock serialises requests for it; the partial unique index would refuse a second
        # live job anyway, this makes the second request return the first one instead of failing.
        MediaAsset.objects.select_for_update().filter(pk=asset.pk).first()
        jobs = ProcessingJob.objects.filter(asset=asset, kind=kind)
        existing = jobs.filter(state__in=LIVE_JOB_STATES).first()
        if existing is None and not again:
            existing = jobs.filter(state=JobState.SUCCEEDED).first()
        if existing is not None:
            return existing
        return _job_create(asset=asset, kind=kind)


def job_retry(*, job: ProcessingJob) -> ProcessingJob:
    """The editors' retry button: a new job for a failed or cancelled one (the old one stays as history).

    Idempotent like ``job_request``: when a live job, or a job that succeeded after this one, exists (a
    double click, a retry already made), that job is returned and nothing new is queued. A failed
    re-conversion is retried even though an older conversion succeeded.
    """
    job.refresh_from_db()
    if job.state in LIVE_JOB_STATES:
        return job  # still queued or running: nothing to retry yet
    succeeded_since = ProcessingJob.objects.filter(
        asset_id=job.asset_id, kind=job.kind, state=JobState.SUCCEEDED, queued_at__gt=job.queued_at
    ).exists()
    return job_request(asset=job.asset, kind=job.kind, again=not succeeded_since)


@transaction.atomic
def job_cancel(*, job: ProcessingJob) -> ProcessingJob:
    """Stop a queued or running job; its worker notices at its next heartbeat and throws its files away.

    An early preview it had shown disappears with it. Finished jobs are returned unchanged (cancelling
    twice is harmless).
    """
    locked = ProcessingJob.objects.select_for_update().get(pk=job.pk)
    if locked.state in LIVE_JOB_STATES:
        _drop_preview(locked)
        locked.state = JobState.CANCELLED
        locked.finished_at = timezone.now()
        locked.save(update_fields=["state", "finished_at", "entrypoint", "meta"])
    return locked


def asset_renditions(asset: MediaAsset, *, kind: str | None = None) -> QuerySet[Rendition]:
    """The current files made from ``asset``, for each kind of job (``kind`` only, when given).

    Per kind, the current set is that of the newest succeeded job (by ``finished_at``): after a
    re-conversion (``job_request(again=True)``) the older job's files stop being current the moment the new
    one succeeds. When no job of that kind has succeeded yet, it is the live job's early preview (the
    smallest video rung, the poster and a master naming that rung; a document's PDF and page 1) once the
    worker has shown one, else nothing. Ordered by role, label, key.
    """
    jobs = ProcessingJob.objects.filter(asset=asset, state__in=(JobState.SUCCEEDED, *LIVE_JOB_STATES))
    if kind is not None:
        jobs = jobs.filter(kind=kind)
    return Rendition.objects.filter(asset=asset, job_id__in=current_job_ids(jobs)).order_by("role", "label", "key")


def current_job_ids(jobs: Iterable[ProcessingJob]) -> list[int]:
    """Of ``jobs`` (any assets and kinds), those whose files are current: per asset and kind, the newest
    succeeded job (by ``finished_at``), else the live job's early preview. The one rule behind
    ``asset_renditions`` and the batch loaders that already hold the jobs (e.g. a list of resources)."""
    current: dict[tuple[int, str], int] = {}
    previews: dict[tuple[int, str], int] = {}
    newest_first = sorted(jobs, key=lambda j: (j.finished_at is not None, j.finished_at, j.pk), reverse=True)
    for job in newest_first:
        key = (job.asset_id, job.kind)
        if job.state == JobState.SUCCEEDED:
            current.setdefault(key, job.pk)
        elif job.state in LIVE_JOB_STATES:
            previews.setdefault(key, job.pk)
    return [current.get(key, previews.get(key)) for key in {*current, *previews}]


def asset_job(asset: MediaAsset, *, kind: str = JobKind.CONVERT) -> ProcessingJob | None:
    """The job that tells the asset's state for ``kind``: the live one, else the newest; None when never asked."""
    jobs = ProcessingJob.objects.filter(asset=asset, kind=kind)
    return jobs.filter(state__in=LIVE_JOB_STATES).first() or jobs.order_by("-queued_at", "-id").first()


def asset_files_delete(*, asset: MediaAsset) -> None:
    """Everything the pipeline made of ``asset`` goes: for the cms layer when it purges the asset.

    Now: its live jobs are cancelled (their workers stop and delete what they wrote) and its rendition rows
    deleted. When the transaction commits: every file under ``derived/<asset>/`` and every public copy of
    one (``public/derived/<asset>/``, with a CDN purge) is removed. The original (``asset.file``) is the
    caller's to delete with the row. Safe to call twice; a storage or CDN error is logged and the files are
    left for an administrator (the asset is gone, nothing would retry).
    """
    with transaction.atomic():
        for job in ProcessingJob.objects.filter(asset=asset, state__in=LIVE_JOB_STATES):
            job_cancel(job=job)
        Rendition.objects.filter(asset=asset).delete()
    asset_id = asset.pk  # the caller may delete the row (and so clear ``asset.pk``) before the commit
    prefix = f"{storage.DERIVED_PREFIX}{asset_id}"

    def remove() -> None:
        try:
            removed = _remove_prefix(prefix)
        except Exception:
            logger.exception("asset %s: derived files not removed", asset_id)
        else:
            logger.info("asset %s: %d derived files removed", asset_id, removed)

    transaction.on_commit(remove)


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
    uploaded: dict[str, str] = {}  # relative path → key, of files stored for the early preview
    preview_keys: list[str] = []
    outcome = "superseded"
    try:
        try:
            with heartbeat:
                _sweep_work_dirs()
                _remove_attempts(job.asset_id, job.pk, keep=attempt)

                def on_preview(preview: Result) -> None:
                    preview_keys[:] = _show_preview(job, attempt, preview, work_dir / "out", heartbeat, uploaded)

                result, out_dir = _convert(job, work_dir, heartbeat.progress, on_preview)
                keys = _upload(job, attempt, result, out_dir, heartbeat, uploaded)
                rows = _renditions(job, result, out_dir, keys)
        finally:
            # Hours may have passed: drop a connection the server or a firewall closed meanwhile, so the
            # final write does not fail on it (the heartbeat thread used its own connection).
            close_old_connections()
        outcome = _publish(job.pk, attempt, result, keys, rows, stale=set(preview_keys) - set(keys.values()))
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
            _remove_prefix(prefix)
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
        _drop_preview(job)  # a preview of an attempt that died: its files go next
        job.attempt += 1
        job.state = JobState.RUNNING
        job.claimed_by = _worker_name()
        job.started_at = job.started_at or now
        job.heartbeat_at = now
        job.progress = 0.0
        job.save(
            update_fields=[
                "attempt",
                "state",
                "claimed_by",
                "started_at",
                "heartbeat_at",
                "progress",
                "entrypoint",
                "meta",
            ]
        )
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


def _convert(job: ProcessingJob, work_dir: Path, progress: Progress, on_preview: OnPreview) -> tuple[Result, Path]:
    """Run the processor for the job's kind on a local copy of the asset; outputs under ``work_dir/out``."""
    out_dir = work_dir / "out"
    out_dir.mkdir(parents=True)
    source = _local_source(job.asset, work_dir)
    converter = _CONVERTERS[JobKind(job.kind)]
    result = converter(job.asset, source, out_dir, progress, on_preview)
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


def _convert_default(
    asset: MediaAsset, source: Path, out_dir: Path, progress: Progress, on_preview: OnPreview
) -> Result:
    """The asset kind's whole pipeline (HLS ladder, page images, renditions …), with its early preview."""
    return process(
        asset.kind, source, out_dir, progress=progress, filename=asset.original_filename, on_preview=on_preview
    )


def _convert_pdf(asset: MediaAsset, source: Path, out_dir: Path, progress: Progress, on_preview: OnPreview) -> Result:
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


def _convert_mp4(asset: MediaAsset, source: Path, out_dir: Path, progress: Progress, on_preview: OnPreview) -> Result:
    """Only the MP4 download of a video or animation: one encode (``process_mp4``), no HLS ladder.

    An animated image (GIF, APNG, WebP) has no cheaper path than its own conversion, which makes the MP4.
    """
    if asset.kind == MediaKind.ANIMATION and is_animated_image(source):
        result = process(asset.kind, source, out_dir, progress=progress, filename=asset.original_filename)
        outputs = [output for output in result.outputs if output.role == "mp4"][:1]
        if not outputs:
            raise MediaError(
                MediaErrorCode.CONVERSION_FAILED,
                _("No MP4 could be made of “%(name)s”.") % {"name": asset.original_filename},
            )
        for output in result.outputs:
            if output not in outputs:
                (out_dir / output.path).unlink(missing_ok=True)
        return Result(outputs=outputs, entrypoint=outputs[0].path, meta=result.meta)
    return process_mp4(source, out_dir, progress=progress, filename=asset.original_filename)


_CONVERTERS: dict[JobKind, Callable[[MediaAsset, Path, Path, Progress, OnPreview], Result]] = {
    JobKind.CONVERT: _convert_default,
    JobKind.PDF: _convert_pdf,
    JobKind.MP4: _convert_mp4,
}


def _upload(
    job: ProcessingJob,
    attempt: int,
    result: Result,
    out_dir: Path,
    heartbeat: _Heartbeat,
    uploaded: dict[str, str] | None = None,
) -> dict[str, str]:
    """Store every output under the attempt's folder, the entry point last; returns {relative path: key}.

    Files in ``uploaded`` (stored already for the preview: same attempt, same bytes) are not sent again.
    """
    uploaded = uploaded if uploaded is not None else {}
    names = [output.path for output in result.outputs]
    if result.entrypoint and result.entrypoint not in names:
        raise ValueError(f"entry point {result.entrypoint!r} is not among the outputs")
    mimes = {output.path: output.mime for output in result.outputs}
    ordered = sorted(set(names), key=lambda name: (name == result.entrypoint, name))
    keys: dict[str, str] = {}
    for name in ordered:
        heartbeat.check()
        if name in uploaded:
            keys[name] = uploaded[name]
            continue
        key = storage.derived_key(asset_id=job.asset_id, job_id=job.pk, attempt=attempt, name=name)
        keys[name] = uploaded[name] = storage.put_file(out_dir / name, key, content_type=mimes[name])
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


# Set in job.meta while (and after) a job shows something: "preview" while only the early set is shown,
# "playable" once a video can be played (the early set or the whole ladder).
_PREVIEW_FLAGS = ("preview", "playable")


def _show_preview(
    job: ProcessingJob,
    attempt: int,
    preview: Result,
    out_dir: Path,
    heartbeat: _Heartbeat,
    uploaded: dict[str, str],
) -> list[str]:
    """Store the processor's early set and make it the job's visible renditions; returns its keys.

    Called from the processor (its thread) between two programs. Its files are stored where the final set
    will be (same attempt folder, same names), so they are not uploaded twice and stay valid; a file only
    the preview has (the video's preview master) is deleted once the final set is published.
    """
    keys = _upload(job, attempt, preview, out_dir, heartbeat, uploaded)
    rows = _renditions(job, preview, out_dir, keys)
    with transaction.atomic():
        locked = _locked_attempt(job.pk, attempt)  # fenced: a superseded attempt shows nothing either
        Rendition.objects.filter(job_id=job.pk).delete()
        Rendition.objects.bulk_create(rows)
        locked.entrypoint = keys.get(preview.entrypoint, "")
        locked.meta = _json_safe(
            {
                **locked.meta,
                **preview.meta,
                "preview": True,
                "playable": preview.entrypoint.endswith(".m3u8"),
                "preview_at": timezone.now().isoformat(),
            }
        )
        locked.save(update_fields=["entrypoint", "meta"])
        transaction.on_commit(lambda: _announce_preview(job.pk, attempt))
    logger.info("job %s attempt %s: preview of %d files shown", job.pk, attempt, len(rows))
    return list(keys.values())


def _announce_preview(job_id: int, attempt: int) -> None:
    """``asset_preview_ready`` once the early set is committed, while the attempt still runs."""
    job = ProcessingJob.objects.select_related("asset").filter(pk=job_id, attempt=attempt).first()
    if job is None or job.state != JobState.RUNNING:
        return
    for receiver, response in asset_preview_ready.send_robust(sender=ProcessingJob, asset=job.asset, job=job):
        if isinstance(response, Exception):
            logger.error("job %s: receiver %r failed", job.pk, receiver, exc_info=response)


def _drop_preview(job: ProcessingJob) -> None:
    """The job leaves "running" without succeeding: what it showed early is no longer shown (rows only;
    the files go with their attempt's folder). The caller saves ``entrypoint`` and ``meta``."""
    Rendition.objects.filter(job_id=job.pk).delete()
    job.entrypoint = ""
    job.meta = {key: value for key, value in job.meta.items() if key not in (*_PREVIEW_FLAGS, "preview_at")}


def _publish(
    job_id: int,
    attempt: int,
    result: Result,
    keys: dict[str, str],
    rows: list[Rendition],
    *,
    stale: set[str] = frozenset(),
) -> str:
    """All or nothing: the renditions appear and the job succeeds, if and only if the attempt is still ours.

    An early preview's rows are replaced in the same transaction (rows of files in both sets stay, those
    of preview-only files go), so readers see the preview or the final set, never a mix or nothing. The
    asset's measured fields take better values from the conversion (``_asset_measured_update``). After the
    commit the ``stale`` preview-only files are deleted, then ``asset_ready`` is sent.
    """
    with transaction.atomic():
        job = _locked_attempt(job_id, attempt)
        final = {row.key for row in rows}
        shown = set(Rendition.objects.filter(job_id=job_id).values_list("key", flat=True))
        Rendition.objects.filter(job_id=job_id).exclude(key__in=final).delete()
        Rendition.objects.bulk_create([row for row in rows if row.key not in shown])
        if job.kind == JobKind.CONVERT:
            _asset_measured_update(job.asset, result.meta)
        job.state = JobState.SUCCEEDED
        job.progress = 100.0
        job.entrypoint = keys.get(result.entrypoint, "")
        meta = {key: value for key, value in job.meta.items() if key != "preview"}
        meta.update(result.meta)
        if result.entrypoint.endswith(".m3u8"):
            meta["playable"] = True
        job.meta = _json_safe(meta)
        job.error_code = ""
        job.error_message = ""
        job.finished_at = timezone.now()
        job.save(
            update_fields=["state", "progress", "entrypoint", "meta", "error_code", "error_message", "finished_at"]
        )
    logger.info("job %s succeeded (attempt %s, %d renditions)", job_id, attempt, len(rows))

    def after_commit() -> None:
        if stale:
            try:
                _remove_keys(sorted(stale))
            except Exception:  # the reconciler's sweep removes them
                logger.warning("job %s: preview-only files not removed", job_id, exc_info=True)
        _notify(job_id)

    transaction.on_commit(after_commit)  # at once, unless a caller's transaction is still open
    return "succeeded"


# Kinds of asset whose page count is what LibreOffice lays out (the PDF), not what the file claims.
_PAGED_KINDS = frozenset({MediaKind.DOCUMENT, MediaKind.PRESENTATION, MediaKind.SPREADSHEET, MediaKind.TEXT})
_TIMED_KINDS = frozenset({MediaKind.VIDEO, MediaKind.ANIMATION, MediaKind.AUDIO})


def _asset_measured_update(asset: MediaAsset, meta: dict) -> None:
    """Take the conversion's measurements where they are better than the upload's (inside ``_publish``).

    - pages of office and text files: the PDF's page count (the file's own statistics may be missing or
      stale, and a text file has none);
    - width/height of videos and animations: the picture as shown (rotation and pixel aspect applied);
      of other kinds only when missing;
    - duration: when missing;
    - extracted_text: the PDF's text when the asset has none or less (a scanned page gives none, an old
      .doc only what the quick reader found).
    """
    changed: list[str] = []

    def take(field: str, value) -> None:
        if value is not None and value != getattr(asset, field):
            setattr(asset, field, value)
            changed.append(field)

    pages = meta.get("pages")
    if asset.kind in _PAGED_KINDS and isinstance(pages, int) and pages > 0:
        take("pages", pages)
    width, height = meta.get("width"), meta.get("height")
    sized = asset.kind not in _PAGED_KINDS  # a document's meta width/height are page 1's, not the file's
    if sized and isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
        shown_size = asset.kind in (MediaKind.VIDEO, MediaKind.ANIMATION)
        if shown_size or not (asset.width and asset.height):
            take("width", width)
            take("height", height)
    duration = meta.get("duration_seconds")
    if asset.kind in _TIMED_KINDS and isinstance(duration, int | float) and duration > 0 and not asset.duration_seconds:
        take("duration_seconds", float(duration))
    text = meta.get("text")
    if isinstance(text, str) and len(text.strip()) > len(asset.extracted_text.strip()):
        take("extracted_text", text.strip())
    if changed:
        asset.full_clean(exclude=[field.name for field in MediaAsset._meta.fields if field.name not in changed])
        asset.save(update_fields=changed)


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
            _drop_preview(job)
            job.state = JobState.QUEUED
            job.claimed_by = ""
            job.dispatched_at = timezone.now() + timedelta(seconds=delay)
            job.save(update_fields=["meta", "state", "claimed_by", "dispatched_at", "entrypoint"])
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
    _drop_preview(job)
    job.state = JobState.FAILED
    job.error_code = str(code)
    job.error_message = str(message)
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "error_code", "error_message", "finished_at", "meta", "entrypoint"])
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
            _drop_preview(job)  # its files go when the next attempt starts
            job.state = JobState.QUEUED
            job.claimed_by = ""
            job.dispatched_at = now
            job.save(update_fields=["state", "claimed_by", "dispatched_at", "entrypoint", "meta"])
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
    """Once per job finished at least a heartbeat timeout ago: its storage holds its renditions, nothing else.

    A failed or cancelled job keeps no file. A succeeded one loses every file that is not one of its
    renditions (attempts that did not publish, a preview-only master left by a worker that died right after
    publishing), and older succeeded jobs of the same asset and kind, replaced by this one
    (``job_request(again=True)``), lose their renditions and files: the grace of one heartbeat timeout lets
    players that loaded the old set finish their segment.
    """
    removed = 0
    finished = ProcessingJob.objects.filter(
        state__in=FINISHED_JOB_STATES, swept_at__isnull=True, finished_at__lt=now - heartbeat_timeout()
    ).order_by("finished_at")[:RECONCILE_BATCH]
    for job in finished:
        job_prefix = f"{storage.DERIVED_PREFIX}{job.asset_id}/{job.pk}"
        if job.state == JobState.SUCCEEDED:
            kept = set(Rendition.objects.filter(job_id=job.pk).values_list("key", flat=True))
            removed += _remove_keys([key for key in storage.list_prefix(job_prefix) if key not in kept])
            removed += _retire_older(job)
        else:
            removed += _remove_prefix(job_prefix)
        ProcessingJob.objects.filter(pk=job.pk).update(swept_at=now)
    return removed


def _retire_older(job: ProcessingJob) -> int:
    """Rows and files of the succeeded jobs that ``job`` (succeeded, same asset and kind) replaced."""
    removed = 0
    older = (
        ProcessingJob.objects.filter(
            asset_id=job.asset_id, kind=job.kind, state=JobState.SUCCEEDED, finished_at__lt=job.finished_at
        )
        .filter(renditions__isnull=False)
        .distinct()
    )
    for old in older:
        with transaction.atomic():
            Rendition.objects.filter(job_id=old.pk).delete()
            ProcessingJob.objects.filter(pk=old.pk).update(meta={**old.meta, "replaced_by": job.pk})
        removed += _remove_prefix(f"{storage.DERIVED_PREFIX}{old.asset_id}/{old.pk}")
        logger.info("job %s: files of job %s, which it replaced, removed", job.pk, old.pk)
    return removed


# ---- removing files (derived and their public copies) ----------------------------------------------------


def _remove_prefix(prefix: str) -> int:
    """Delete everything under ``prefix`` (``derived/…``) and the public copies of it, if any were made.

    The cms layer publishes and unpublishes copies itself; this only makes sure none outlives its original
    (a resource purged, an attempt that lost). Returns how many derived files went.
    """
    removed = storage.delete_prefix(prefix)
    _unpublish(storage.list_prefix(storage.PUBLIC_PREFIX + prefix.rstrip("/")))
    return removed


def _remove_keys(keys: list[str]) -> int:
    """Delete single derived files and their public copies, if any."""
    if not keys:
        return 0
    media = storage.media_storage()
    for key in keys:
        media.delete(key)
    _unpublish([storage.public_key(key) for key in keys if media.exists(storage.public_key(key))])
    return len(keys)


def _unpublish(public_keys: list[str]) -> None:
    if public_keys:
        storage.unpublish([key[len(storage.PUBLIC_PREFIX) :] for key in public_keys])


def _remove_attempts(asset_id: int, job_id: int, *, keep: int | None) -> int:
    """Files of a job's attempts other than ``keep`` (all when None), and their public copies."""
    base = f"{storage.DERIVED_PREFIX}{asset_id}/{job_id}/"
    attempts = {key[len(base) :].split("/", 1)[0] for key in storage.list_prefix(base)}
    return sum(_remove_prefix(base + attempt) for attempt in sorted(attempts) if attempt != str(keep))


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
