"""A worker killed with ``kill -9`` mid-transcode: the job still finishes exactly once (M2, M3, Q).

Real Celery workers (separate processes, "media" queue, solo pool) on Redis, the test database on
PostgreSQL shared with them, real ffmpeg. The first worker's process group is killed with SIGKILL while
ffmpeg is writing segments (its ffmpeg dies with it); a second worker and the reconciler finish the job.
Then the dead worker's original message, still held by the broker, is delivered again: it changes nothing.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone

from cms.celery import app
from media_pipeline import jobs, storage
from media_pipeline.models import JobState, ProcessingJob, Rendition
from media_pipeline.services import asset_create_from_file
from media_pipeline.tasks import job_run_task

ROOT = Path(__file__).resolve().parents[2]
HEARTBEAT_TIMEOUT_SECONDS = 2

pytestmark = [
    pytest.mark.django_db(transaction=True),  # committed rows: the workers read them over their own connections
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the workers need the test database on PostgreSQL"),
    pytest.mark.skipif(
        not django_settings.CELERY_BROKER_URL.startswith("redis"), reason="broker redelivery is tested on Redis"
    ),
]


def database_url() -> str:
    """The test database (``test_<name>``) as a URL for the worker processes."""
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    return f"postgres://{quote(db['USER'], safe='')}{password}@{host}:{port}/{db['NAME']}"


class Worker:
    """``celery worker -Q <queue> --pool=solo`` in its own process group, its output in a log file."""

    def __init__(self, env: dict[str, str], log: Path, queue: str = "media") -> None:
        self.log = log
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "cms", "worker", "--pool=solo", "--concurrency=1", "-Q", queue]
                + ["--without-heartbeat", "--without-gossip", "--without-mingle", "-l", "INFO"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def name(self) -> str:
        return f"{socket.gethostname()}:{self.process.pid}"  # solo pool: tasks run in the worker's own process

    def kill(self) -> list[int]:
        """SIGKILL the worker's process group; returns the processes it had started (its converters)."""
        started = descendants(self.process.pid)
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        return started

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return fields[0], int(fields[1])


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            children.setdefault(stat[1], []).append(int(entry.name))
    found, pending = [], [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child)
    return found


def alive(pids: list[int]) -> list[int]:
    return [pid for pid in pids if (stat := _stat(pid)) is not None and stat[0] != "Z"]


def wait_for(condition, *, timeout: float, what: str, logs: list[Path] = ()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    output = "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}" for log in logs if log.exists())
    raise AssertionError(f"{what}: not reached within {timeout} s\n{output}")


def broker_queue(name: str, action: str) -> list:
    """``drain`` queue ``name`` (its payloads), its ``size``, the ``unacked`` delivery tags, or ``restore`` those."""
    with app.connection_for_write() as broker:
        channel = broker.default_channel
        if action == "size":
            return [None] * channel._size(name)
        if action == "drain":
            with broker.SimpleQueue(name) as queue:
                drained = []
                while True:
                    try:
                        message = queue.get(block=False)
                    except queue.Empty:
                        return drained
                    drained.append(message.payload)
                    message.ack()
        tags = sorted(tag.decode() for tag in channel.client.hkeys(channel.unacked_key))
        if action == "restore":
            for tag in tags:
                channel.qos.restore_by_tag(tag)
        return tags


def media_queue(action: str) -> list:
    return broker_queue("media", action)


@pytest.fixture
def worker_env(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ZYK_JOB_WORK_DIR = tmp_path / "work"
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = HEARTBEAT_TIMEOUT_SECONDS
    media_queue("drain")
    media_queue("restore")  # nothing left over from earlier runs may reach these workers
    media_queue("drain")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url(),
        "ZYK_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "ZYK_JOB_WORK_DIR": str(settings.ZYK_JOB_WORK_DIR),
        "ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS": str(HEARTBEAT_TIMEOUT_SECONDS),
    }
    env.pop("AWS_STORAGE_BUCKET_NAME", None)  # the workers share this test's local storage
    workers: list[Worker] = []
    yield env, workers
    for worker in workers:
        worker.stop()
    media_queue("restore")
    media_queue("drain")


def make_video(path: Path) -> Path:
    """20 s of 854x480 test pattern with sound: about 4 s of transcoding here, so there is a middle to kill."""
    lavfi = ["-f", "lavfi", "-i"]
    subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-y", *lavfi, "testsrc=duration=20:size=854x480:rate=25"]
        + [*lavfi, "sine=duration=20", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest"]
        + [str(path)],
        check=True,
        timeout=60,
    )
    return path


def test_a_worker_killed_mid_transcode_leaves_one_published_result_and_no_orphans(worker_env, tmp_path):
    env, workers = worker_env
    logs = [tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
    # given a video and a worker converting it
    asset = asset_create_from_file(path=make_video(tmp_path / "lesson.mp4"), filename="数控车床操作.mp4")
    first = Worker(env, logs[0])
    workers.append(first)
    job = jobs.job_request(asset=asset)
    work = Path(django_settings.ZYK_JOB_WORK_DIR) / f"{job.pk}-1"

    def mid_transcode() -> bool:
        job.refresh_from_db()
        # "In the middle": claimed, beating, and ffmpeg has begun writing segments (on a loaded machine a short
        # first pass may not have reported a fraction yet, so progress is not the signal).
        return job.state == JobState.RUNNING and job.heartbeat_at is not None and any(work.glob("out/hls/*/seg-*.ts"))

    wait_for(mid_transcode, timeout=90, what="the first worker transcoding", logs=logs)
    assert job.claimed_by == first.name
    # when that worker is killed with SIGKILL (its whole process group)
    converters = first.kill()
    assert converters  # ffmpeg was running …
    wait_for(lambda: not alive(converters), timeout=30, what="the dead worker's ffmpeg exiting")  # … and died too
    killed_message = media_queue("unacked")
    assert len(killed_message) == 1  # acks_late: the broker still holds the message of the dead worker
    job.refresh_from_db()
    assert (job.state, job.attempt) == (JobState.RUNNING, 1)
    # and, once its heartbeat is stale, a new worker is started and the reconciler runs
    wait_for(
        lambda: ProcessingJob.objects.filter(
            pk=job.pk, heartbeat_at__lt=timezone.now() - timedelta(seconds=HEARTBEAT_TIMEOUT_SECONDS)
        ).exists(),
        timeout=30,
        what="the heartbeat going stale",
    )
    second = Worker(env, logs[1])
    workers.append(second)
    assert jobs.jobs_reconcile()["requeued"] == 1
    # then the job finishes (and is announced), at the second attempt, done by the second worker
    wait_for(
        lambda: ProcessingJob.objects.filter(pk=job.pk, notified_at__isnull=False).exists(),
        timeout=120,
        what="the job finishing",
        logs=logs,
    )
    job.refresh_from_db()
    assert (job.state, job.attempt, job.error_message) == (JobState.SUCCEEDED, 2, "")
    assert job.claimed_by == second.name
    # with exactly one set of renditions, all in the second attempt's folder
    renditions = list(Rendition.objects.filter(asset=asset))
    keys = [rendition.key for rendition in renditions]
    assert len(keys) == len(set(keys))
    assert {rendition.job_id for rendition in renditions} == {job.pk}
    second_attempt = storage.derived_prefix(asset_id=asset.pk, job_id=job.pk, attempt=2)
    assert all(key.startswith(second_attempt) for key in keys)
    assert sum(1 for rendition in renditions if rendition.role == "hls_master") == 1
    # and no orphan anywhere: storage holds exactly the renditions, the workers' scratch space is empty
    assert storage.list_prefix(f"derived/{asset.pk}") == sorted(keys)
    assert list(Path(django_settings.ZYK_JOB_WORK_DIR).iterdir()) == []
    # and the published master playlist plays: ffprobe reads the whole ladder through it
    master = Path(storage.media_storage().path(job.entrypoint))
    probed = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", f"file:{master}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert float(probed.stdout) == pytest.approx(20, abs=0.5)

    # when the dead worker's original message is finally delivered again (the broker's visibility timeout)
    media_queue("restore")
    wait_for(
        lambda: not media_queue("unacked") and not media_queue("size"),
        timeout=60,
        what="the redelivered message consumed",
        logs=logs,
    )
    # and once more by hand, as a late duplicate
    assert job_run_task(job.pk) == "skipped"
    # then nothing changed
    job.refresh_from_db()
    assert (job.state, job.attempt) == (JobState.SUCCEEDED, 2)
    assert sorted(Rendition.objects.filter(asset=asset).values_list("key", flat=True)) == sorted(keys)
    assert storage.list_prefix(f"derived/{asset.pk}") == sorted(keys)
