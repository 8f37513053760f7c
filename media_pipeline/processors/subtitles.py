"""Subtitles for videos: SRT or WebVTT in, validated WebVTT out (M2, M3 "convert", C3 accessibility).

Teachers' subtitle files come from Windows tools in UTF-8 or GBK, with or without a BOM, CRLF, and
SRT's comma decimal mark. Every cue is parsed and written again, so what reaches the player is well-formed
WebVTT whatever came in: timings checked (end after start), markup reduced to <b>, <i>, <u>, everything
else escaped (a subtitle can never inject HTML into the page).
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors.base import Output, Progress, Result, display_name, no_progress
from media_pipeline.sniff import decode_text

MAX_BYTES = 5 * 1024 * 1024
MAX_CUES = 20_000

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?P<settings>(?:\s+[a-z]+:[^\s]+)*)\s*$")
_TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
_KEPT_TAGS = {"b", "i", "u"}


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str  # WebVTT cue text (already escaped)
    settings: str = ""  # WebVTT cue settings ("line:0 align:start"), VTT input only


def decode_subtitle(data: bytes, name: str = "") -> str:
    """The text of a subtitle file in UTF-8 (with or without BOM), UTF-16 with BOM or GBK/GB18030."""
    text = decode_text(data)
    if text is None:
        raise MediaError(
            MediaErrorCode.UNSUPPORTED_TYPE,
            _("“%(name)s” is not a subtitle file in UTF-8 or GBK encoding.") % {"name": name or _("subtitle")},
        )
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction.ljust(3, "0")) / 1000


def _clean_text(lines: list[str]) -> str:
    """Keep <b>, <i>, <u> (as WebVTT knows them), drop other tags (<font …>), escape the rest."""
    pieces = []
    for line in lines:
        out, position = [], 0
        for match in _TAG.finditer(line):
            out.append(_escape(line[position : match.start()]))
            closing, tag = match.group(1), match.group(2).lower()
            if tag in _KEPT_TAGS:
                out.append(f"<{closing}{tag}>")
            position = match.end()
        out.append(_escape(line[position:]))
        cleaned = "".join(out).strip()
        if cleaned:
            pieces.append(cleaned)
    return "\n".join(pieces)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse_cues(text: str, name: str = "") -> list[Cue]:
    """Cues of SRT or WebVTT text (numbered or not); MediaError when a timing is wrong or there are none."""
    shown = name or _("subtitle")
    blocks = re.split(r"\n\s*\n", text.strip())
    if blocks and blocks[0].startswith("WEBVTT"):
        blocks = blocks[1:]
    cues: list[Cue] = []
    for block in blocks:
        lines = block.split("\n")
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_index = next((index for index, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing_index is None:
            raise _invalid(shown, lines[0])
        match = _TIMING.match(lines[timing_index])
        if match is None:
            raise _invalid(shown, lines[timing_index])
        groups = match.groups()
        start, end = _seconds(*groups[0:4]), _seconds(*groups[4:8])
        if end <= start:
            raise _invalid(shown, lines[timing_index])
        body = _clean_text(lines[timing_index + 1 :])
        if not body:
            continue
        cues.append(Cue(start, end, body, " ".join((match.group("settings") or "").split())))
        if len(cues) > MAX_CUES:
            raise MediaError(
                MediaErrorCode.LIMIT_EXCEEDED,
                _("“%(name)s” has more than %(limit)d subtitles.") % {"name": shown, "limit": MAX_CUES},
            )
    if not cues:
        raise MediaError(MediaErrorCode.CORRUPT_FILE, _("“%(name)s” contains no subtitles.") % {"name": shown})
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


def _invalid(name: str, line: str) -> MediaError:
    return MediaError(
        MediaErrorCode.CORRUPT_FILE,
        _("“%(name)s” is not a valid SRT or WebVTT file: “%(line)s” is not a time range.")
        % {"name": name, "line": line.strip()[:80]},
    )


def _timestamp(seconds: float) -> str:
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def to_vtt(cues: list[Cue]) -> str:
    lines = ["WEBVTT", ""]
    for index, cue in enumerate(cues, start=1):
        timing = f"{_timestamp(cue.start)} --> {_timestamp(cue.end)}"
        lines += [str(index), f"{timing} {cue.settings}".rstrip(), cue.text, ""]
    return "\n".join(lines)


def srt_to_vtt(data: bytes, name: str = "") -> str:
    """WebVTT text from SRT (or WebVTT) bytes in UTF-8 or GBK: validated, normalised, escaped."""
    if len(data) > MAX_BYTES:
        raise MediaError(
            MediaErrorCode.LIMIT_EXCEEDED,
            _("“%(name)s” is too large for a subtitle file.") % {"name": name or _("subtitle")},
        )
    return to_vtt(parse_cues(decode_subtitle(data, name), name))


def process_subtitle(source: Path, out_dir: Path, *, progress: Progress = no_progress, filename: str = "") -> Result:
    """``subtitle.vtt`` from an SRT or WebVTT file. Meta: cues, duration_seconds (end of the last cue)."""
    source, out_dir = Path(source), Path(out_dir)
    name = display_name(source, filename)
    with source.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    vtt = srt_to_vtt(data, name)
    cues = parse_cues(vtt, name)
    (out_dir / "subtitle.vtt").write_text(vtt, encoding="utf-8")
    progress(1.0)
    return Result(
        outputs=[Output("subtitle", "subtitle.vtt", "text/vtt; charset=utf-8")],
        entrypoint="subtitle.vtt",
        meta={"cues": len(cues), "duration_seconds": max(cue.end for cue in cues)},
    )
