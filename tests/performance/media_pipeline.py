"""Media pipeline benchmark (issue 5; M2, M3, Q), called by scripts/bench.sh; writes its section of docs/benchmarks.md.

Issue 5 asks, on this 2-core machine: upload-to-playable for a 1-minute 720p video (first rendition ≤ 15 s,
full ladder ≤ 30 s), a 20-page docx to its first preview page ≤ 5 s, and images processed per minute.

1. Makes realistic sources at run time: a 60 s 1280x720 30 fps H.264 video with stereo AAC that is not
   trivially compressible (``testsrc2`` moving pattern + temporal noise, about 6 Mbit/s, as a phone or camera
   writes it; cached in ``var/bench-cache/`` by recipe, generating it takes about a minute), a 20-page Chinese
   docx (a heading and seven paragraphs a page, page breaks) and ``--photos`` 3000x2000 JPEG photos with EXIF
   (orientation, camera, GPS) and photo-like detail.
2. Creates a PostgreSQL database of its own (``zyk_bench_media`` on the server of ``DATABASE_URL``, or
   ``BENCH_MEDIA_DATABASE_URL``), migrates it, and starts a REAL Celery worker process on the "media" queue
   (prefork, concurrency 2, as ``deploy/entrypoint.sh`` starts one) on the Redis broker of ``REDIS_URL`` (or
   ``BENCH_MEDIA_REDIS_URL``: give it a Redis database nobody else's worker listens on), with local file
   storage and scratch space in a temporary folder.
3. Stores each source as an asset (``asset_create_from_file``, as an upload ends) and calls ``job_request``,
   then reads the job's own timestamps: ``queued_at`` (the request), ``meta["preview_at"]`` (the commit of the
   early set: 360p + poster + a master naming it, or the PDF + page 1), ``finished_at`` (the whole set). It
   also polls ``asset_renditions`` every 50 ms, as a client would, to confirm the sets became visible.
   One untimed warm-up of each kind first; then ``--video-runs`` videos and ``--docx-runs`` documents one after
   the other, then all photos at once (throughput of the worker).
4. Replaces the "Media pipeline (issue 5)" section of ``--out`` (inserted before "How to reproduce"), stops
   the worker and drops its database (``--keep`` leaves the database).
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil  # noqa: E402
import psycopg  # noqa: E402
from report import git_commit, machine  # noqa: E402
from sections import section_replace  # noqa: E402

SECTION = "## Media pipeline (issue 5)"
TARGET_FIRST_S = 15.0
TARGET_FULL_S = 30.0
TARGET_DOCX_FIRST_S = 5.0
CACHE = ROOT / "var" / "bench-cache" / "media"
STEPS = {  # process_video's meta["timings_s"]
    "first_pass": "pass 1 (decode + 360p)",
    "poster": "poster",
    "preview": "storing and showing the early set",
    "second_pass": "pass 2 (decode + 720p + 480p)",
    "sprite": "sprite",
    "mp4": "MP4 remux",
}
VIDEO_SECONDS = 60
VIDEO_RECIPE = [  # lavfi sources and encoder settings: the cache key
    "-f",
    "lavfi",
    "-i",
    f"testsrc2=size=1280x720:rate=30:duration={VIDEO_SECONDS}",
    "-f",
    "lavfi",
    "-i",
    f"sine=frequency=440:beep_factor=4:sample_rate=48000:duration={VIDEO_SECONDS}",
    "-vf",
    "noise=alls=10:allf=t",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-profile:v",
    "high",
    "-pix_fmt",
    "yuv420p",
    "-b:v",
    "6M",
    "-maxrate",
    "8M",
    "-bufsize",
    "12M",
    "-c:a",
    "aac",
    "-b:a",
    "128k",
    "-ac",
    "2",
    "-shortest",
    "-movflags",
    "+faststart",
]
SENTENCES = [
    "数控车床开机前应检查润滑油位、气压和冷却液，确认各操作手柄处于空挡位置。",
    "对刀时先用试切法确定工件坐标系原点，再将刀具补偿值输入刀补表并核对。",
    "G71外圆粗车循环适用于棒料毛坯的大余量切削，精车余量一般留零点二至零点五毫米。",
    "螺纹加工前要根据螺距计算主轴转速，保证进给速度不超过机床允许的最大值。",
    "加工中心换刀时，主轴必须回到换刀点，刀库与机械手的动作顺序不得颠倒。",
    "刀具半径补偿的建立与取消应在空行程中完成，否则会在工件上留下过切痕迹。",
    "宏程序通过变量和条件跳转实现系列零件的编程，提高了程序的通用性。",
    "测量台阶轴时应使用外径千分尺，读数前先校对零位，并在同一截面多点测量。",
    "切削用量的选择要兼顾刀具寿命、表面粗糙度和加工效率三方面的要求。",
    "FANUC系统中，程序段的执行顺序由顺序号之外的程序结构决定，顺序号只作标记。",
    "夹具的定位基准应尽量与设计基准重合，以减少基准不重合误差。",
    "数控铣削平面轮廓时，顺铣可以获得较好的表面质量，但要求机床进给系统无间隙。",
    "加工完成后应清理切屑，将工作台移到中间位置，关闭电源并填写设备运行记录。",
    "发现主轴异响或伺服报警时应立即按下急停按钮，查明原因后方可重新启动。",
    "形位公差的检测需要合适的量具和检测方法，例如用百分表检测圆跳动。",
    "工艺路线的安排遵循先粗后精、先主后次、先面后孔和基准先行的原则。",
]


# ---- sources ---------------------------------------------------------------------------------------------


def ffmpeg(args: list[str], *, timeout: float = 600) -> None:
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-v", "error", "-y", *args],
        check=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def video_source() -> tuple[Path, float]:
    """The 1-minute 720p source (made once per recipe, then cached) and the seconds it took to make now."""
    key = hashlib.sha256(json.dumps(VIDEO_RECIPE).encode()).hexdigest()[:12]
    path = CACHE / f"lesson-720p-{VIDEO_SECONDS}s-{key}.mp4"
    if path.is_file():
        return path, 0.0
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part.mp4")
    start = time.perf_counter()
    ffmpeg([*VIDEO_RECIPE, str(partial)])
    partial.rename(path)
    return path, time.perf_counter() - start


def small_video(path: Path) -> Path:
    ffmpeg(
        ["-f", "lavfi", "-i", "testsrc2=size=854x480:rate=25:duration=3"]
        + ["-f", "lavfi", "-i", "sine=duration=3", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"]
        + ["-shortest", str(path)]
    )
    return path


def docx_source(path: Path, pages: int) -> Path:
    """A Chinese Word document of ``pages`` pages: a heading and seven paragraphs each, page breaks between."""
    from media_pipeline.tests import samples

    rng = random.Random(5)
    content = []
    for number in range(1, pages + 1):
        paragraphs = [f"第{number}节　数控加工实训任务{number}"]
        for _paragraph in range(7):
            paragraphs.append("".join(rng.sample(SENTENCES, 2)))
        content.append(paragraphs)
    return samples.docx_pages(path, content)


def photo(path: Path, seed: int, size: tuple[int, int] = (3000, 2000)) -> Path:
    """A camera-like JPEG: smooth colour gradients, shapes, sensor noise; EXIF orientation, camera, GPS."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    small = Image.new("RGB", (60, 40))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _pixel in range(60 * 40)])
    picture = small.resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for _shape in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        w, h = rng.randrange(40, 600), rng.randrange(40, 400)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x, y, x + w, y + h), outline=colour, width=6)
    noise = Image.effect_noise(size, 40).convert("RGB")  # sensor noise and fine texture: ~2.3 MB at quality 90
    picture = Image.blend(picture, noise, 0.2)
    exif = Image.Exif()
    exif[0x0112] = rng.choice([1, 6, 8, 3])
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model 12"
    exif[0x0132] = "2026:05:01 09:30:00"
    exif[0x8825] = {1: "N", 2: (30.0, 15.0, 12.5), 3: "E", 4: (120.0, 9.0, 1.0)}
    picture.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


# ---- database, worker --------------------------------------------------------------------------------------


def database_urls() -> tuple[str, str, str]:
    """(maintenance URL, benchmark URL, database name): the benchmark's own database, never the test DB."""
    explicit = os.environ.get("BENCH_MEDIA_DATABASE_URL", "")
    base = explicit or os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        raise SystemExit(
            "The media benchmark needs PostgreSQL: set DATABASE_URL or BENCH_MEDIA_DATABASE_URL "
            "(postgres://user@host:port/anything; it creates and drops its own database)."
        )
    parts = urllib.parse.urlsplit(base)
    name = parts.path.lstrip("/") if explicit else "zyk_bench_media"
    if not name or name.startswith("test"):
        raise SystemExit(f"refusing to use database {name!r} for the benchmark")
    return parts._replace(path="/postgres").geturl(), parts._replace(path=f"/{name}").geturl(), name


def database_recreate(maintenance_url: str, name: str, *, drop_only: bool = False) -> None:
    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")


class Worker:
    """``celery worker -Q media`` (prefork, 2 processes) in its own process group, its output in a log file."""

    def __init__(self, env: dict[str, str], log: Path, concurrency: int) -> None:
        self.log = log
        self.concurrency = concurrency
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "cms", "worker", "-Q", "media", "--pool=prefork"]
                + [f"--concurrency={concurrency}", "-n", f"bench-media-{os.getpid()}@%h", "-l", "INFO"]
                + ["--without-heartbeat", "--without-gossip", "--without-mingle"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the worker exited:\n{self.log.read_text(errors='replace')[-3000:]}")
            if " ready." in self.log.read_text(errors="replace"):
                return
            time.sleep(0.2)
        raise SystemExit(f"the worker did not start:\n{self.log.read_text(errors='replace')[-3000:]}")

    def cpu_seconds(self) -> float:
        """CPU time of the worker's processes and of the programs they ran and reaped (ffmpeg, pdftoppm …)."""
        total = 0.0
        try:
            root = psutil.Process(self.process.pid)
            for process in [root, *root.children(recursive=True)]:
                try:
                    times = process.cpu_times()
                except psutil.NoSuchProcess:
                    continue
                total += times.user + times.system + times.children_user + times.children_system
        except psutil.NoSuchProcess:
            pass
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)


def machine_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat, all cores)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else "?"


# ---- measuring -----------------------------------------------------------------------------------------


def seconds_between(earlier, later) -> float | None:
    return (later - earlier).total_seconds() if earlier and later else None


def follow(asset, job, *, preview_role: str, preview_label: str = "", timeout: float = 600) -> dict:
    """Poll as a client would until the job finishes; when the early set and the final set became visible."""
    from media_pipeline.jobs import asset_renditions
    from media_pipeline.models import FINISHED_JOB_STATES

    started = time.perf_counter()
    seen_first = None
    while time.perf_counter() - started < timeout:
        shown = asset_renditions(asset).filter(role=preview_role)
        if preview_label:
            shown = shown.filter(label=preview_label)
        if seen_first is None and shown.exists():
            seen_first = time.perf_counter() - started
        job.refresh_from_db()
        if job.state in FINISHED_JOB_STATES:
            break
        time.sleep(0.05)
    else:
        raise SystemExit(f"job {job.pk} did not finish within {timeout} s")
    seen_full = time.perf_counter() - started
    if job.state != "succeeded":
        raise SystemExit(f"job {job.pk} {job.state}: {job.error_code} {job.error_message} {job.meta.get('last_error')}")
    preview_at = job.meta.get("preview_at")
    preview_at = datetime.datetime.fromisoformat(preview_at) if preview_at else None
    return {
        "job": job.pk,
        "attempt": job.attempt,
        "queue_s": seconds_between(job.queued_at, job.started_at),
        "first_s": seconds_between(job.queued_at, preview_at),
        "full_s": seconds_between(job.queued_at, job.finished_at),
        "first_seen_s": seen_first,
        "full_seen_s": seen_full,
    }


def run_video(source: Path, worker: Worker, number: int) -> dict:
    from media_pipeline.jobs import asset_renditions, job_request
    from media_pipeline.services import asset_create_from_file

    load = load_average()
    start = time.perf_counter()
    asset = asset_create_from_file(path=source, filename=f"数控车床操作演示-{number}.mp4")
    stored_s = time.perf_counter() - start
    cpu, busy = worker.cpu_seconds(), machine_busy_seconds()
    job = job_request(asset=asset)
    result = follow(asset, job, preview_role="hls_master")
    result["cpu_s"] = worker.cpu_seconds() - cpu
    result["others_cpu_s"] = max(0.0, machine_busy_seconds() - busy - result["cpu_s"])
    result["store_s"] = stored_s
    result["load_before"] = load
    result["ladder"] = [rung["label"] for rung in job.meta.get("ladder", [])]
    result["steps"] = job.meta.get("timings_s", {})
    result["renditions"] = asset_renditions(asset).count()
    result["playable_ok"] = playable_duration(job.entrypoint)
    return result


def playable_duration(key: str) -> float | None:
    """What ffprobe reads through the stored master playlist (the whole ladder must be there)."""
    from media_pipeline import storage

    path = Path(storage.media_storage().path(key))
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", f"file:{path}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    try:
        return float(done.stdout.strip())
    except ValueError:
        return None


def run_docx(source: Path, worker: Worker, number: int) -> dict:
    from media_pipeline.jobs import job_request
    from media_pipeline.services import asset_create_from_file

    load = load_average()
    asset = asset_create_from_file(path=source, filename=f"数控加工实训指导书-{number}.docx")
    cpu, busy = worker.cpu_seconds(), machine_busy_seconds()
    job = job_request(asset=asset)
    result = follow(asset, job, preview_role="page", preview_label="page 1")
    result["cpu_s"] = worker.cpu_seconds() - cpu
    result["others_cpu_s"] = max(0.0, machine_busy_seconds() - busy - result["cpu_s"])
    result["load_before"] = load
    result["pages"] = job.meta.get("pages")
    asset.refresh_from_db()
    result["asset_pages"] = asset.pages
    return result


def run_photos(paths: list[Path], worker: Worker) -> dict:
    from media_pipeline.jobs import job_request
    from media_pipeline.models import FINISHED_JOB_STATES, ProcessingJob
    from media_pipeline.services import asset_create_from_file

    load = load_average()
    start = time.perf_counter()
    assets = [
        asset_create_from_file(path=path, filename=f"实训照片-{index:03d}.jpg") for index, path in enumerate(paths)
    ]
    ingest_s = time.perf_counter() - start
    cpu, busy = worker.cpu_seconds(), machine_busy_seconds()
    jobs = [job_request(asset=asset) for asset in assets]
    ids = [job.pk for job in jobs]
    deadline = time.perf_counter() + 900
    while ProcessingJob.objects.filter(pk__in=ids).exclude(state__in=FINISHED_JOB_STATES).exists():
        if time.perf_counter() > deadline:
            raise SystemExit("the photos did not finish within 15 minutes")
        time.sleep(0.1)
    rows = list(ProcessingJob.objects.filter(pk__in=ids))
    failed = [job for job in rows if job.state != "succeeded"]
    if failed:
        raise SystemExit(f"{len(failed)} photo jobs failed: {failed[0].error_code} {failed[0].error_message}")
    span = (max(job.finished_at for job in rows) - min(job.queued_at for job in rows)).total_seconds()
    each = [seconds_between(job.started_at, job.finished_at) for job in rows]
    return {
        "photos": len(paths),
        "bytes": sum(path.stat().st_size for path in paths),
        "ingest_s": ingest_s,
        "span_s": span,
        "per_minute": len(paths) / span * 60 if span else None,
        "each_p50_s": statistics.median(each),
        "each_max_s": max(each),
        "cpu_s": worker.cpu_seconds() - cpu,
        "others_cpu_s": max(0.0, machine_busy_seconds() - busy - (worker.cpu_seconds() - cpu)),
        "load_before": load,
        "renditions_each": round(
            sum(job.renditions.count() for job in ProcessingJob.objects.filter(pk__in=ids[:5])) / min(5, len(ids))
        ),
    }


# ---- the report ----------------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def stats(runs: list[dict], key: str) -> tuple[float | None, float | None]:
    values = [run[key] for run in runs if run.get(key) is not None]
    return (statistics.median(values), max(values)) if values else (None, None)


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "not measured"
    return "**met**" if value <= target else "**not met**"


def quietest_sentence(runs: list[dict]) -> str:
    """What the run that shared the cores least shows: the time the conversion needs on its own."""
    measured = [run for run in runs if run.get("others_cpu_s") is not None]
    if not measured:
        return "Whatever else runs on the machine adds to these times."
    run = min(measured, key=lambda item: item["others_cpu_s"])
    return (
        f"The run that shared the cores least (others used {fmt(run['others_cpu_s'])} CPU s meanwhile) was playable "
        f"after {fmt(run['first_s'])} s and complete after {fmt(run['full_s'])} s, using "
        f"{run['cpu_s'] / run['full_s']:.1f} of the 2 cores; CPU taken by other work on the machine adds to the "
        "times of the other runs."
    )


def section(data: dict) -> list[str]:
    videos, docs, photos = data["video_runs"], data["docx_runs"], data["photos"]
    first_p50, first_max = stats(videos, "first_s")
    full_p50, full_max = stats(videos, "full_s")
    docx_p50, docx_max = stats(docs, "first_s")
    docx_full_p50, docx_full_max = stats(docs, "full_s")
    cpu_p50, _cpu_max = stats(videos, "cpu_s")
    lines = [
        SECTION,
        "",
        (
            f"Written by `tests/performance/media_pipeline.py` on {data['date']} at commit `{data['commit']}`. "
            "Targets of issue 5 on this 2-core machine: a 1-minute 720p video playable (first rendition) within "
            f"{TARGET_FIRST_S:g} s and its full ladder within {TARGET_FULL_S:g} s; a 20-page docx's first page "
            f"image within {TARGET_DOCX_FIRST_S:g} s; images processed per minute."
        ),
        "",
        "- Path measured: the upload is already stored as an asset (`asset_create_from_file`, as a finished "
        "upload ends); the clock starts at `job_request` and stops at the commit that made the set visible "
        "(the job's `queued_at`, `meta.preview_at`, `finished_at` in the database). The driver also polled "
        '`asset_renditions` every 50 ms, as a client would: the "seen" columns.',
        f"- Worker: one real Celery worker process (prefork, concurrency {data['concurrency']}, queue `media`, "
        "as `deploy/entrypoint.sh` starts it), Redis broker, PostgreSQL "
        f"{data.get('postgres', '')} database of its own, local file storage in a temporary folder; libx264 preset "
        f"`{data['preset']}`. One untimed warm-up job of each kind first; jobs one after the other (photos: all "
        "queued at once).",
        f"- Video source: {VIDEO_SECONDS} s, 1280x720, 30 fps, H.264 High at about "
        f"{data['video_mbit']:.1f} Mbit/s (`testsrc2` moving pattern + temporal noise: not trivially compressible), "
        "AAC stereo 48 kHz. Ladder made: "
        f"{', '.join(videos[0]['ladder']) if videos else '–'} + poster, sprite, MP4 download; the early set is the "
        "360p rung, the poster and a master naming it.",
        f"- Document: a 20-page Chinese docx (a heading and seven paragraphs of CNC text a page), "
        f"{data['docx_kib']:.0f} KiB; LibreOffice → PDF → page 1 (WebP, 1280 px) → text → pages 2–20.",
        f"- Photos: {photos['photos']} JPEG 3000x2000 with EXIF (orientation, camera, GPS), "
        f"{photos['bytes'] / photos['photos'] / 1024 / 1024:.1f} MiB each; each becomes "
        f"{photos['renditions_each']} files (WebP + JPEG at 1920 and 960 px wide, thumbnails at 320), upright, "
        "without EXIF.",
        "- Machine: "
        + ", ".join(
            f"{key} {value}" for key, value in data["machine"].items() if key in ("cores (nproc)", "memory", "CPU")
        )
        + f"; load average before the runs {data['load_before']} (other work on the machine competes for the "
        "same 2 cores: see the 'others' column).",
        "",
        "| measure | target | runs | p50 | max | target met (max) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
        f"| video: first rendition playable | ≤ {TARGET_FIRST_S:g} s | {len(videos)} | {fmt(first_p50)} s | "
        f"{fmt(first_max)} s | {verdict(first_max, TARGET_FIRST_S)} |",
        f"| video: full ladder published | ≤ {TARGET_FULL_S:g} s | {len(videos)} | {fmt(full_p50)} s | "
        f"{fmt(full_max)} s | {verdict(full_max, TARGET_FULL_S)} |",
        f"| docx 20 pages: page 1 visible | ≤ {TARGET_DOCX_FIRST_S:g} s | {len(docs)} | {fmt(docx_p50)} s | "
        f"{fmt(docx_max)} s | {verdict(docx_max, TARGET_DOCX_FIRST_S)} |",
        f"| docx 20 pages: all pages | – | {len(docs)} | {fmt(docx_full_p50)} s | {fmt(docx_full_max)} s | – |",
        f"| photos 3000x2000: processed per minute | – | 1 batch of {photos['photos']} | "
        f"**{fmt(photos['per_minute'], 0)}/min** | – | – |",
        "",
        (
            "Each run, in seconds. CPU: used by the worker's processes and the programs they ran; others: CPU used "
            "meanwhile by everything else on the machine (other people's tests and servers), which the 2 cores "
            "shared with the conversion."
        ),
        "",
        "| run | queue wait | first (seen) | full (seen) | CPU | others | load before |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for index, run in enumerate(videos, 1):
        lines.append(
            f"| video {index} | {fmt(run['queue_s'], 2)} | {fmt(run['first_s'])} ({fmt(run['first_seen_s'])}) | "
            f"{fmt(run['full_s'])} ({fmt(run['full_seen_s'])}) | {fmt(run['cpu_s'])} | "
            f"{fmt(run.get('others_cpu_s'))} | {run['load_before']} |"
        )
    for index, run in enumerate(docs, 1):
        lines.append(
            f"| docx {index} ({run['pages']} pages) | {fmt(run['queue_s'], 2)} | {fmt(run['first_s'])} "
            f"({fmt(run['first_seen_s'])}) | {fmt(run['full_s'])} ({fmt(run['full_seen_s'])}) | {fmt(run['cpu_s'])} | "
            f"{fmt(run.get('others_cpu_s'))} | {run['load_before']} |"
        )
    lines += [
        "",
        (
            f"- Photos: {photos['photos']} jobs queued at once took {fmt(photos['span_s'])} s from the first request "
            f"to the last commit ({fmt(photos['per_minute'], 0)} photos per minute with {data['concurrency']} "
            f"worker processes); one photo takes {fmt(photos['each_p50_s'], 2)} s (p50, max "
            f"{fmt(photos['each_max_s'], 2)} s) in a worker; {fmt(photos['cpu_s'])} CPU seconds in all. Storing "
            f"them as assets (sniff, measure, copy) took {fmt(photos['ingest_s'])} s before that."
        ),
        (
            f"- The video's whole conversion costs about {fmt(cpu_p50, 0)} CPU seconds (p50): two decodes of the "
            "source (pass 1: 360p alone; pass 2: 720p + 480p), the sprite from the 360p rung, the MP4 remux. "
            + quietest_sentence(videos)
        ),
        (
            f"- Every video played through its stored master playlist (ffprobe duration "
            f"{', '.join(fmt(run['playable_ok']) for run in videos)} s); every docx had "
            f"{', '.join(str(run['pages']) for run in docs)} pages, written back to the asset "
            f"({', '.join(str(run['asset_pages']) for run in docs)})."
        ),
    ]
    steps = {
        step: statistics.median(run["steps"][step] for run in videos if step in run.get("steps", {}))
        for step in STEPS
        if any(step in run.get("steps", {}) for run in videos)
    }
    if steps:
        rest = statistics.median(
            run["full_s"] - (run["queue_s"] or 0) - sum(run.get("steps", {}).values()) for run in videos
        )
        lines.append(
            "- Where a video's time goes (p50 of each step in the worker, `meta.timings_s`): "
            + ", ".join(f"{STEPS[step]} {fmt(seconds, 2)} s" for step, seconds in steps.items())
            + f"; the rest ({fmt(rest)} s) is the claim, probing the source, storing the final files and the "
            "publishing transaction."
        )
    lines += [f"- {note}" for note in data.get("notes", [])]
    lines += [
        "",
        (
            "Reproduce: `DATABASE_URL=postgres://... REDIS_URL=redis://... make bench` (the media step needs "
            "PostgreSQL and Redis), or alone: `DATABASE_URL=postgres://... REDIS_URL=redis://.../N "
            ".venv/bin/python tests/performance/media_pipeline.py --out docs/benchmarks.md`. Knobs: "
            "`BENCH_MEDIA_VIDEO_RUNS`, `BENCH_MEDIA_DOCX_RUNS`, `BENCH_MEDIA_PHOTOS`, `BENCH_MEDIA_DATABASE_URL`, "
            "`BENCH_MEDIA_REDIS_URL` (a Redis database no other worker listens on). Raw timings: "
            "`var/bench/media_pipeline.json`; the generated video is cached in `var/bench-cache/media/`."
        ),
        "",
    ]
    return lines


def write_section(out: Path, lines: list[str]) -> None:
    section_replace(out, SECTION, lines)


# ---- main ----------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--video-runs", type=int, default=int(os.environ.get("BENCH_MEDIA_VIDEO_RUNS", 3)))
    parser.add_argument("--docx-runs", type=int, default=int(os.environ.get("BENCH_MEDIA_DOCX_RUNS", 3)))
    parser.add_argument("--photos", type=int, default=int(os.environ.get("BENCH_MEDIA_PHOTOS", 30)))
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes (production default: 2)")
    parser.add_argument("--out", type=Path, help="docs/benchmarks.md: its Media pipeline section is replaced")
    parser.add_argument("--json", type=Path, help="raw results")
    parser.add_argument("--keep", action="store_true", help="leave the benchmark database in place")
    parser.add_argument("--note", action="append", default=[], help="a line added under the results")
    parser.add_argument("--skip", metavar="REASON", help="only write the section saying why it did not run")
    parser.add_argument("--from-json", type=Path, help="write the section from an earlier run's --json, no run")
    args = parser.parse_args()
    if args.from_json:
        lines = section(json.loads(args.from_json.read_text(encoding="utf-8")))
        if args.out:
            write_section(args.out, lines)
        print("\n".join(lines))
        return 0
    if args.skip:
        if args.out:
            now = datetime.datetime.now(datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
            write_section(
                args.out, [SECTION, "", f"The run of {now} did not measure the media pipeline: {args.skip}.", ""]
            )
        print(f"Media pipeline not measured: {args.skip}")
        return 0
    redis_url = os.environ.get("BENCH_MEDIA_REDIS_URL") or os.environ.get("REDIS_URL", "")
    if not redis_url.startswith("redis"):
        raise SystemExit("The media benchmark needs Redis: set REDIS_URL or BENCH_MEDIA_REDIS_URL.")
    maintenance_url, bench_url, name = database_urls()
    load_before = load_average()

    print("Sources")
    source, made_s = video_source()
    print(
        f"  video {source.name} ({source.stat().st_size / 1e6:.0f} MB, made in {made_s:.0f} s)"
        if made_s
        else f"  video {source.name} (cached)"
    )
    scratch = Path(tempfile.mkdtemp(prefix="zyk-bench-media-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",  # DEBUG off, no secrets needed; media settings are defaults
        "DATABASE_URL": bench_url,
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "ZYK_VAR_DIR": str(scratch / "var"),
        "DJANGO_MEDIA_ROOT": str(scratch / "media"),
        "ZYK_JOB_WORK_DIR": str(scratch / "work"),
        "ZYK_UPLOAD_DIR": str(scratch / "uploads"),
    }
    env.pop("AWS_STORAGE_BUCKET_NAME", None)  # local storage: the worker and this process share the folder
    os.environ.pop("AWS_STORAGE_BUCKET_NAME", None)
    os.environ.update(env)

    print(f"Creating database {name}")
    database_recreate(maintenance_url, name)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    from media_pipeline.processors.video import x264_preset

    worker = None
    data: dict = {"database": name, "load_before": load_before, "concurrency": args.concurrency}
    try:
        start = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print(f"  migrated in {time.perf_counter() - start:.1f} s")
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            data["postgres"] = cursor.fetchone()[0].split()[0]
        worker = Worker(env, scratch / "worker.log", args.concurrency)
        worker.wait_ready()
        print("Worker ready; warm-up")
        docx = docx_source(scratch / "guide.docx", 20)
        run_video(small_video(scratch / "warm.mp4"), worker, 0)
        run_docx(docx_source(scratch / "warm.docx", 2), worker, 0)
        photos = [photo(scratch / f"photo-{index:03d}.jpg", index) for index in range(max(1, args.photos))]
        run_photos(photos[:1], worker)
        data["video_mbit"] = source.stat().st_size * 8 / VIDEO_SECONDS / 1e6
        data["docx_kib"] = docx.stat().st_size / 1024
        data["preset"] = x264_preset()
        data["video_runs"] = []
        for number in range(1, args.video_runs + 1):
            run = run_video(source, worker, number)
            print(
                f"  video {number}: first {fmt(run['first_s'])} s, full {fmt(run['full_s'])} s, "
                f"CPU {fmt(run['cpu_s'])} s, load {run['load_before']}"
            )
            data["video_runs"].append(run)
        data["docx_runs"] = []
        for number in range(1, args.docx_runs + 1):
            run = run_docx(docx, worker, number)
            print(f"  docx {number}: page 1 {fmt(run['first_s'])} s, all {fmt(run['full_s'])} s ({run['pages']} pages)")
            data["docx_runs"].append(run)
        data["photos"] = run_photos(photos, worker)
        print(
            f"  photos: {fmt(data['photos']['per_minute'], 0)}/min "
            f"({data['photos']['photos']} in {fmt(data['photos']['span_s'])} s)"
        )
        data["machine"] = machine()
        data["commit"] = git_commit()
        data["date"] = datetime.datetime.now(datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
        data["notes"] = args.note
    finally:
        if worker is not None:
            worker.stop()
        connections.close_all()
        if not args.keep:
            database_recreate(maintenance_url, name, drop_only=True)
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    lines = section(data)
    if args.out:
        write_section(args.out, lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
