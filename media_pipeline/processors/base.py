"""What every conversion processor returns, and how it runs external programs (M2, M3, C3, Q).

Processors are pure functions over files: ``source`` in, files under ``out_dir`` out, described by a
``Result`` whose ``outputs`` list every file written (the job runner uploads exactly these and publishes
the ``entrypoint`` last). They know nothing of models, storage or Celery.

External programs (ffmpeg, LibreOffice, poppler) run in their own process group with a deadline; on a
timeout, or when the ``progress`` callback raises (the job runner aborting a job), the whole group is
killed before the exception goes on, so no converter outlives its job. When the worker process itself
is killed, the kernel kills the program it started (``setpriv --pdeathsig KILL``, when installed).
"""

import contextlib
import json
import logging
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode

logger = logging.getLogger(__name__)

Progress = Callable[[float], None]  # fraction 0..1; a heartbeat too, and the runner may raise from it to abort


def no_progress(fraction: float) -> None:
    """The default ``progress``: nobody listens."""


@dataclass(frozen=True)
class Output:
    role: str  # see ROLES
    path: str  # POSIX path relative to out_dir
    mime: str
    width: int | None = None
    height: int | None = None
    bitrate: int | None = None  # bits per second (peak for HLS playlists)
    label: str = ""  # "720p", "page 3", "960w"


ROLES = frozenset(
    {
        "hls_master",
        "hls_playlist",
        "hls_segment",
        "poster",
        "sprite",
        "sprite_vtt",
        "mp4",
        "webm",
        "aac",
        "peaks",
        "image",
        "thumbnail",
        "pdf",
        "page",
        "subtitle",
        "package_file",
    }
)


@dataclass
class Result:
    outputs: list[Output]
    entrypoint: str  # relative path of the main output; "" when nothing was converted (plain archives)
    meta: dict = field(default_factory=dict)  # duration_seconds, width, height, pages, text, ladder …


# Hears of an early, already usable subset of the conversion (the smallest video rung and a master naming it;
# a document's PDF and page 1) while the rest is still being made: every file it lists is complete.
OnPreview = Callable[[Result], None]


# ---- limits (settings are read at call time so tests and operators can change them) -------------

DEFAULTS: dict[str, float] = {
    "ZYK_MEDIA_MAX_DURATION_SECONDS": 4 * 3600,
    "ZYK_MEDIA_MAX_PIXELS": 64_000_000,
    "ZYK_MEDIA_MAX_VIDEO_PIXELS": 8192 * 4320,
    "ZYK_MEDIA_MAX_PAGES": 1000,
    "ZYK_FFMPEG_TIMEOUT_SECONDS": 3 * 3600,
    "ZYK_LIBREOFFICE_TIMEOUT_SECONDS": 300,
    "ZYK_PDF_TIMEOUT_SECONDS": 600,
}


def setting(name: str) -> float:
    return getattr(settings, name, DEFAULTS[name])


def limit_exceeded(message: str) -> MediaError:
    return MediaError(MediaErrorCode.LIMIT_EXCEEDED, message)


def display_name(source: Path, filename: str) -> str:
    """The name shown in messages: the user's file name when the caller knows it, else the path's."""
    return filename or Path(source).name


# ---- output bookkeeping --------------------------------------------------------------------------


def relative(out_dir: Path, path: Path) -> str:
    return Path(path).relative_to(out_dir).as_posix()


# ---- running programs ----------------------------------------------------------------------------


class ProgramFailed(Exception):
    """The program exited non-zero; ``stderr`` holds the end of what it printed (for logs, not users)."""

    def __init__(self, program: str, returncode: int, stderr: str) -> None:
        super().__init__(f"{program} exited with {returncode}: {stderr}")
        self.program = program
        self.returncode = returncode
        self.stderr = stderr


class _DeadlinePassed(Exception):
    """Internal: the program ran out of time (distinct from anything a callback may raise)."""


_HEARTBEAT_SECONDS = 0.5
_STDERR_TAIL = 4000


def executable(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        raise MediaError(
            MediaErrorCode.CONVERSION_FAILED,
            _("The conversion program “%(program)s” is not installed on the server.") % {"program": program},
        )
    return found


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the program's whole process group (LibreOffice forks soffice.bin) and reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def run_program(
    args: list[str],
    *,
    timeout: float,
    on_stdout: Callable[[bytes], None] | None = None,
    heartbeat: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> None:
    """Run ``args`` (program name first) in a new process group until it exits or ``timeout`` seconds pass.

    ``on_stdout`` receives standard output as it comes (ffmpeg's ``-progress pipe:1`` or PCM samples);
    ``heartbeat`` is called about twice a second while the program runs. Whatever either raises (an abort)
    propagates after the group is killed; a timeout kills the group and raises MediaError(TIMED_OUT).
    """
    command = [executable(args[0]), *args[1:]]
    guard = shutil.which("setpriv")
    if guard:  # util-linux: the program gets SIGKILL if the worker itself dies (OOM killer, kill -9)
        command = [guard, "--pdeathsig", "KILL", "--", *command]
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(  # noqa: S603 - fixed programs; paths are single absolute arguments
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,  # own process group: killpg reaches every child
            env=env,
            cwd=cwd,
        )
        try:
            _pump(process, deadline, on_stdout, heartbeat)
        except _DeadlinePassed:
            kill_group(process)
            raise MediaError(
                MediaErrorCode.TIMED_OUT,
                _("The conversion took longer than %(seconds)s seconds and was stopped.") % {"seconds": f"{timeout:g}"},
            ) from None
        except BaseException:
            kill_group(process)
            raise
        finally:
            process.stdout.close()
        kill_group(process)  # the leader has exited; whatever it left behind in its group goes with it
        returncode = process.returncode
        if returncode != 0:
            stderr.seek(0, os.SEEK_END)
            stderr.seek(max(0, stderr.tell() - _STDERR_TAIL))
            raise ProgramFailed(args[0], returncode, stderr.read().decode("utf-8", errors="replace"))


def _pump(
    process: subprocess.Popen,
    deadline: float,
    on_stdout: Callable[[bytes], None] | None,
    heartbeat: Callable[[], None] | None,
) -> None:
    """Feed stdout and beat until the program has exited (not yet reaped, so its group id stays ours)."""
    stream = process.stdout
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    open_stream = True
    next_beat = time.monotonic() + _HEARTBEAT_SECONDS
    try:
        while True:
            now = time.monotonic()
            if now >= deadline:
                raise _DeadlinePassed
            wait = max(0.0, min(deadline, next_beat) - now)
            if open_stream:
                for _key, _events in selector.select(wait):
                    chunk = os.read(stream.fileno(), 256 * 1024)
                    if not chunk:
                        selector.unregister(stream)
                        open_stream = False
                    elif on_stdout is not None:
                        on_stdout(chunk)
            elif _exited(process):
                return
            else:
                time.sleep(min(wait, 0.05))
            if heartbeat is not None and time.monotonic() >= next_beat:
                heartbeat()
                next_beat = time.monotonic() + _HEARTBEAT_SECONDS
    finally:
        selector.close()


def _exited(process: subprocess.Popen) -> bool:
    """Whether the program exited, without reaping it (WNOWAIT): a zombie leader keeps its group id reserved."""
    try:
        return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


# How often ffmpeg reports its progress: a short step (a 1-minute rung encodes in seconds) still moves the bar.
FFMPEG_STATS_SECONDS = 0.25


class FfmpegProgress:
    """Turns ffmpeg's ``-progress pipe:1`` key=value lines into ``progress(start + span * done)`` calls."""

    def __init__(self, progress: Progress, *, duration: float | None, start: float = 0.0, span: float = 1.0) -> None:
        self.progress = progress
        self.duration = duration if duration and duration > 0 else None
        self.start = start
        self.span = span
        self.done = 0.0
        self._pending = b""

    @property
    def fraction(self) -> float:
        return min(1.0, self.start + self.span * self.done)

    def feed(self, chunk: bytes) -> None:
        """Parse what ffmpeg printed; a report that moved the fraction is passed on at once."""
        lines = (self._pending + chunk).split(b"\n")
        self._pending = lines.pop()
        before = self.done
        for line in lines:
            key, _sep, value = line.strip().partition(b"=")
            if key == b"out_time_us" and self.duration:
                try:
                    seconds = int(value) / 1_000_000
                except ValueError:
                    continue
                self.done = max(self.done, min(1.0, seconds / self.duration))
            elif key == b"progress" and value == b"end":
                self.done = 1.0
        if self.done > before:
            self.progress(self.fraction)

    def beat(self) -> None:
        self.progress(self.fraction)


def ffmpeg_base() -> list[str]:
    """The start of every ffmpeg command: quiet, never reads stdin, overwrites only our own outputs."""
    return ["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-v", "error", "-y"]


def ffmpeg_input(source: Path, demuxer: str | None = None) -> list[str]:
    """A local file and nothing else: ``file:`` absolute path, only the file protocol, the probed demuxer."""
    pinned = ["-f", demuxer] if demuxer else []
    return ["-protocol_whitelist", "file", *pinned, "-i", f"file:{Path(source).resolve()}"]


def run_ffmpeg(
    args: list[str],
    *,
    progress: Progress,
    duration: float | None,
    start: float = 0.0,
    span: float = 1.0,
    what: str = "",
) -> None:
    """Run an ffmpeg command (without the ``ffmpeg_base`` prefix) under ZYK_FFMPEG_TIMEOUT_SECONDS."""
    tracker = FfmpegProgress(progress, duration=duration, start=start, span=span)
    try:
        run_program(
            [*ffmpeg_base(), *args, "-progress", "pipe:1", "-stats_period", str(FFMPEG_STATS_SECONDS)],
            timeout=float(setting("ZYK_FFMPEG_TIMEOUT_SECONDS")),
            on_stdout=tracker.feed,
            heartbeat=tracker.beat,
        )
    except ProgramFailed as error:
        raise conversion_failed(what, error) from error
    tracker.done = 1.0
    tracker.beat()


def conversion_failed(what: str, error: Exception | None = None) -> MediaError:
    """CONVERSION_FAILED for users; the program's own words go to the log."""
    if error is not None:
        logger.warning("conversion failed (%s): %s", what, error)
    return MediaError(
        MediaErrorCode.CONVERSION_FAILED,
        _("The file could not be converted (%(step)s).") % {"step": what or _("conversion")},
    )


# ---- probing audio and video ---------------------------------------------------------------------

# Demuxers that read other files or URLs named inside the input: never for uploaded files (no
# server-side fetches, no reading of local files a playlist points at).
REFUSED_DEMUXERS = frozenset({"hls", "applehttp", "concat", "ffconcat", "dash", "sdp", "rtp", "rtsp", "tee"})
_PLAYLIST_MAGIC = (b"#EXTM3U", b"ffconcat", b"<?xml", b"<MPD", b"v=0")
_PROBE_TIMEOUT_SECONDS = 30


def probe(source: Path, filename: str = "") -> dict:
    """ffprobe's format and streams of a local media file; playlists and unreadable files are refused.

    ffprobe itself runs with ``-protocol_whitelist file`` so even a playlist's probe reads nothing remote.
    """
    name = display_name(source, filename)
    output: list[bytes] = []
    try:
        run_program(
            [
                "ffprobe",
                "-v",
                "error",
                "-protocol_whitelist",
                "file",
                "-print_format",
                "json",
                "-show_format",
                "-show_streams",
                f"file:{Path(source).resolve()}",
            ],
            timeout=_PROBE_TIMEOUT_SECONDS,
            on_stdout=output.append,
        )
        data = json.loads(b"".join(output).decode("utf-8", errors="replace"))
    except (ProgramFailed, ValueError) as error:
        if _looks_like_playlist(source):
            raise playlist_refused(name) from error
        logger.info("probe: %s is unreadable: %s", name, error)
        raise MediaError(
            MediaErrorCode.CORRUPT_FILE,
            _("“%(name)s” is damaged or is not a media file, so it cannot be converted.") % {"name": name},
        ) from error
    demuxers = set(str((data.get("format") or {}).get("format_name", "")).split(","))
    if demuxers & REFUSED_DEMUXERS:
        raise playlist_refused(name)
    return data


def playlist_refused(name: str) -> MediaError:
    return MediaError(
        MediaErrorCode.UNSUPPORTED_TYPE,
        _("“%(name)s” is a playlist or a list of other files, not a media file; upload the media file itself.")
        % {"name": name},
    )


def _looks_like_playlist(source: Path) -> bool:
    with Path(source).open("rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(_PLAYLIST_MAGIC)


def demuxer_of(probed: dict) -> str:
    """The demuxer ffprobe chose, to pin the conversion to it (``-f``): the content cannot change meaning."""
    return str((probed.get("format") or {}).get("format_name", "")).split(",")[0]


def duration_of(probed: dict) -> float | None:
    """Seconds from the container, else the longest stream; None when nothing says."""
    values = [(probed.get("format") or {}).get("duration")]
    values += [stream.get("duration") for stream in probed.get("streams") or []]
    for value in values:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            continue
        if seconds > 0:
            return seconds
    return None


def check_duration(duration: float | None, name: str) -> None:
    maximum = float(setting("ZYK_MEDIA_MAX_DURATION_SECONDS"))
    if duration is not None and duration > maximum:
        raise limit_exceeded(
            _("“%(name)s” lasts %(minutes)d minutes; at most %(limit)d minutes can be converted.")
            % {"name": name, "minutes": round(duration / 60), "limit": round(maximum / 60)}
        )


# ---- dispatch ------------------------------------------------------------------------------------


def process(
    kind: str,
    source: Path,
    out_dir: Path,
    *,
    progress: Progress = no_progress,
    filename: str = "",
    on_output: Callable[[Output], None] | None = None,
    on_preview: OnPreview | None = None,
) -> Result:
    """Convert ``source`` of MediaKind ``kind`` into files under ``out_dir`` (existing, empty).

    ``filename`` (optional) is the user's name of the file, used in error messages only. ``on_output``
    (documents only) hears of each file as soon as it is complete: the PDF, page 1, then the rest.
    ``on_preview`` (videos with more than one rung, documents) is called once, in the processor's thread,
    with a usable subset of the outputs (see ``OnPreview``) so it can be published before the rest is
    done; whatever it raises propagates. Plain archives need no conversion: an empty Result.
    Raises MediaError for anything refused or failed; whatever ``progress`` raises propagates.
    """
    from media_pipeline.sniff import MediaKind

    kind = MediaKind(kind)
    source, out_dir = Path(source).resolve(), Path(out_dir).resolve()
    options = {"progress": progress, "filename": filename}
    # One module per kind, imported when needed (they import this module).
    if kind == MediaKind.VIDEO:
        from media_pipeline.processors.video import process_video

        return process_video(source, out_dir, on_preview=on_preview, **options)
    if kind == MediaKind.AUDIO:
        from media_pipeline.processors.audio import process_audio

        return process_audio(source, out_dir, **options)
    if kind == MediaKind.IMAGE:
        from media_pipeline.processors.image import process_image

        return process_image(source, out_dir, **options)
    if kind == MediaKind.ANIMATION:
        from media_pipeline.processors.image import is_animated_image, process_animation
        from media_pipeline.processors.video import process_video

        if is_animated_image(source):
            return process_animation(source, out_dir, **options)
        return process_video(source, out_dir, on_preview=on_preview, **options)  # an MP4 filed as an animation
    if kind in (MediaKind.DOCUMENT, MediaKind.PRESENTATION, MediaKind.SPREADSHEET, MediaKind.TEXT):
        from media_pipeline.processors.document import process_document

        return process_document(source, out_dir, on_output=on_output, on_preview=on_preview, **options)
    if kind == MediaKind.SIMULATION:
        from media_pipeline.processors.archive import process_package

        return process_package(source, out_dir, **options)
    progress(1.0)
    return Result(outputs=[], entrypoint="", meta={})
