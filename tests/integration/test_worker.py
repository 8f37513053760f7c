"""A real Celery worker process consumes tasks from the configured broker (Redis in CI)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "ZYK_VAR_DIR": str(tmp_path)}
    if not env.get("REDIS_URL"):  # embedded default: filesystem broker, so keep results on disk too
        (tmp_path / "results").mkdir()
        env["CELERY_RESULT_BACKEND"] = f"file://{tmp_path / 'results'}"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "-Q",
            "default",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    yield env
    process.terminate()
    process.wait(timeout=30)


def test_worker_runs_a_task(worker):
    # given a worker on the same broker; when a task is sent; then its result comes back
    script = (
        "import django; django.setup();from cms.celery import ping_task;r = ping_task.delay();print(r.get(timeout=60))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=worker, capture_output=True, text=True, timeout=90
    )
    assert out.stdout.strip().endswith("pong"), out.stderr
