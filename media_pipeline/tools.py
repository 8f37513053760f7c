"""External programs (ffprobe, pdfinfo, pdftotext) run with a timeout and an output cap.

They are optional at run time: a missing program yields ``None`` and the callers fall back to what
Python can tell on its own. File names are always passed as absolute paths (ffprobe with the ``file:``
protocol) so a name can never be read as an option or a URL.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

PROBE_TIMEOUT_SECONDS = 10
TEXT_TIMEOUT_SECONDS = 60


class ToolFailed(Exception):
    """The program ran but failed (non-zero exit, timeout, unreadable output)."""


def available(program: str) -> bool:
    return shutil.which(program) is not None


def run(args: list[str], *, timeout: float, max_output: int = 16 * 1024 * 1024) -> bytes | None:
    """Standard output of ``args`` (its first ``max_output`` bytes), or None when the program is absent.

    Output goes to a temporary file rather than a pipe, so a huge output neither fills memory nor
    blocks the program; only the first ``max_output`` bytes are read back.
    """
    executable = shutil.which(args[0])
    if executable is None:
        return None
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        try:
            completed = subprocess.run(  # noqa: S603 - fixed programs; paths are single arguments
                [executable, *args[1:]], stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, timeout=timeout
            )
        except subprocess.TimeoutExpired as error:
            raise ToolFailed(f"{args[0]} timed out after {timeout} s") from error
        except OSError as error:
            raise ToolFailed(f"{args[0]}: {error}") from error
        if completed.returncode != 0:
            stderr.seek(0)
            raise ToolFailed(f"{args[0]} exited with {completed.returncode}: {stderr.read(500)!r}")
        stdout.seek(0)
        return stdout.read(max_output)


def ffprobe(path: Path) -> dict | None:
    """ffprobe's JSON (format + streams), None when ffprobe is not installed; ToolFailed when it cannot read."""
    output = run(
        [
            "ffprobe",
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            f"file:{Path(path).resolve()}",
        ],
        timeout=PROBE_TIMEOUT_SECONDS,
    )
    if output is None:
        return None
    try:
        data = json.loads(output.decode("utf-8", errors="replace"))
    except ValueError as error:
        raise ToolFailed("ffprobe printed no JSON") from error
    if not isinstance(data, dict):
        raise ToolFailed("ffprobe printed no JSON object")
    return data
