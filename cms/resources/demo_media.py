"""Media files of the demo library, made at load time (DEMO_DATA.md): nothing large is kept in git.

A file is described by a *spec*, a dict of JSON values (``kind`` plus what to draw or say). Its bytes
depend only on the spec and ``GENERATOR_VERSION``, so files are cached as ``<cache>/<hash>.<ext>`` and
a second ``make run`` generates nothing. The resource title is always part of the spec and drawn or
tagged into the file, so no two demo resources share a checksum (duplicates would be refused).

Tools degrade instead of failing: without ffmpeg, video and audio specs are skipped with a warning;
without LibreOffice, PDFs are drawn with Pillow; without a CJK font, Pillow's default font is used and
videos carry no caption. Work runs in parallel (ffmpeg jobs on a thread pool, all PDFs in ONE
LibreOffice call) because the whole demo must load in well under a minute on two cores.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

# Bump when a generator changes what it writes: cached files of older versions are then remade.
GENERATOR_VERSION = 1
FFMPEG_TIMEOUT_SECONDS = 120
SOFFICE_TIMEOUT_SECONDS = 240

_FFMPEG_KINDS = frozenset({"video", "animation_video", "audio"})
_EXTENSIONS = {
    "video": "mp4",
    "animation_video": "mp4",
    "gif": "gif",
    "image": "png",
    "pdf": "pdf",
    "docx": "docx",
    "pptx": "pptx",
    "xlsx": "xlsx",
    "simulation": "zip",
}


# ---- specs, cache and the run -------------------------------------------------------------------


def spec_key(spec: dict) -> str:
    """A stable hash of ``spec`` (and of the generator version): the cache file name."""
    version = {"_v": GENERATOR_VERSION}
    if spec["kind"] == "simulation":
        version["_t"] = _simulation_digest()
    data = json.dumps({**version, **spec}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def extension_for(spec: dict) -> str:
    if spec["kind"] == "audio":
        return spec.get("format", "m4a")
    return _EXTENSIONS[spec["kind"]]


def _seed(spec: dict) -> int:
    return int(spec_key(spec)[:8], 16)


@dataclass
class MediaReport:
    generated: int = 0
    cached: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)


class DemoMedia:
    """Makes (or finds in the cache) the file of every spec; ``path(spec)`` is None when it could not be made."""

    def __init__(self, cache_dir: Path, *, log: Callable[[str], None] | None = None) -> None:
        self.cache_dir = Path(cache_dir)
        self.log = log or (lambda message: None)
        self.report = MediaReport()
        self._missing: set[str] = set()

    def cached_path(self, spec: dict) -> Path:
        return self.cache_dir / f"{spec_key(spec)}.{extension_for(spec)}"

    def path(self, spec: dict) -> Path | None:
        path = self.cached_path(spec)
        return path if path.exists() and path.stat().st_size > 0 else None

    def prepare(self, specs: list[dict]) -> MediaReport:
        """Generate every missing file of ``specs``; ffmpeg and LibreOffice work run side by side."""
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        todo: dict[str, dict] = {}
        for spec in specs:
            key = spec_key(spec)
            if key in todo:
                continue
            if self.path(spec) is not None:
                self.report.cached += 1
            else:
                todo[key] = spec
        ffmpeg_jobs = [s for s in todo.values() if s["kind"] in _FFMPEG_KINDS]
        pdf_jobs = [s for s in todo.values() if s["kind"] == "pdf"]
        local_jobs = [s for s in todo.values() if s["kind"] not in _FFMPEG_KINDS and s["kind"] != "pdf"]
        if ffmpeg_jobs and not shutil.which("ffmpeg"):
            self._warn(f"ffmpeg is not installed: {len(ffmpeg_jobs)} video/audio demo files are skipped")
            self.report.skipped += len(ffmpeg_jobs)
            ffmpeg_jobs = []
        # LibreOffice gets its own thread (one long call); ffmpeg runs one job per core beside it, and
        # the Pillow/zip files are made meanwhile in this thread.
        workers = max(2, os.cpu_count() or 2)
        with ThreadPoolExecutor(max_workers=1) as office, ThreadPoolExecutor(max_workers=workers) as pool:
            pdf_future = office.submit(self._make_pdfs, pdf_jobs) if pdf_jobs else None
            futures = [pool.submit(self._make_one, spec, _ffmpeg_file) for spec in ffmpeg_jobs]
            for spec in local_jobs:
                self._make_one(spec, _LOCAL_MAKERS[spec["kind"]])
            for future in futures:
                future.result()
            if pdf_future is not None:
                pdf_future.result()
        return self.report

    def _warn(self, message: str) -> None:
        self.report.warnings.append(message)
        self.log(f"  ! {message}")

    def _make_one(self, spec: dict, maker: Callable[[dict, Path], None]) -> None:
        target = self.cached_path(spec)
        partial = target.with_name(f"partial-{os.getpid()}-{target.name}")
        try:
            maker(spec, partial)
            os.replace(partial, target)
            self.report.generated += 1
        except (OSError, subprocess.SubprocessError, ValueError) as error:
            partial.unlink(missing_ok=True)
            self.report.skipped += 1
            self._warn(f"could not make “{spec.get('title', spec['kind'])}”: {error}")

    def _make_pdfs(self, specs: list[dict]) -> None:
        """Every PDF from a generated .docx in ONE LibreOffice run (it starts slowly); Pillow when it fails."""
        left = list(specs)
        if shutil.which("soffice"):
            with tempfile.TemporaryDirectory(prefix="zyk-demo-pdf-") as tmp:
                folder = Path(tmp)
                sources = []
                for spec in specs:
                    source = folder / f"{spec_key(spec)}.docx"
                    write_docx(spec, source)
                    sources.append(source)
                try:
                    subprocess.run(  # noqa: S603 - fixed program, generated file names
                        [
                            shutil.which("soffice") or "soffice",
                            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                            "--headless",
                            "--norestore",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            str(folder / "out"),
                            *map(str, sources),
                        ],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        timeout=SOFFICE_TIMEOUT_SECONDS,
                        check=False,
                    )
                except (OSError, subprocess.SubprocessError) as error:
                    self._warn(f"LibreOffice failed ({error}); PDFs are drawn with Pillow")
                left = []
                for spec in specs:
                    made = folder / "out" / f"{spec_key(spec)}.pdf"
                    if made.exists() and made.stat().st_size > 0:
                        shutil.move(made, self.cached_path(spec))
                        self.report.generated += 1
                    else:
                        left.append(spec)
        elif specs:
            self._warn("LibreOffice (soffice) is not installed: demo PDFs are drawn with Pillow")
        for spec in left:
            self._make_one(spec, write_pdf_with_pillow)


# ---- fonts --------------------------------------------------------------------------------------


@functools.cache
def cjk_font() -> tuple[str, int, str] | None:
    """(file, face index, family) of a Simplified Chinese font from fontconfig, or None."""
    if not shutil.which("fc-match"):
        return None
    try:
        found = subprocess.run(  # noqa: S603 - fixed arguments
            [shutil.which("fc-match") or "fc-match", "-f", "%{file}|%{index}|%{family}", "Noto Sans CJK SC:lang=zh-cn"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _bar, rest = found.partition("|")
    index, _bar, family = rest.partition("|")
    family = family.split(",")[0]
    cjk_families = ("CJK", "Source Han", "WenQuanYi", "Droid Sans Fallback", "AR PL", "Noto Sans SC")
    if not path or not Path(path).exists() or not any(name in family for name in cjk_families):
        return None
    return path, int(index or 0), family


@functools.cache
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    found = cjk_font()
    if found:
        return ImageFont.truetype(found[0], size, index=found[1])
    return ImageFont.load_default(size=size)


# ---- video and audio (ffmpeg) -------------------------------------------------------------------

_PATTERNS = {
    "testsrc2": "testsrc2=s={size}:r=15:d={seconds}",
    "smptebars": "smptebars=s={size}:r=15:d={seconds}",
    "smptehdbars": "smptehdbars=s={size}:r=15:d={seconds}",
    "gradients": "gradients=s={size}:r=15:d={seconds}:speed=0.03:seed={seed}",
    "rgbtestsrc": "rgbtestsrc=s={size}:r=15:d={seconds}",
}


@functools.cache
def _video_encoder() -> list[str]:
    try:
        encoders = subprocess.run(  # noqa: S603 - fixed arguments
            [shutil.which("ffmpeg") or "ffmpeg", "-hide_banner", "-encoders"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        encoders = ""
    if " libx264 " in encoders:
        return ["-c:v", "libx264", "-preset", "veryfast", "-crf", "30", "-pix_fmt", "yuv420p"]
    return ["-c:v", "mpeg4", "-q:v", "6", "-pix_fmt", "yuv420p"]


def _drawtext(textfile: Path, *, size: int, x: str, y: str, colour: str = "white") -> str:
    found = cjk_font()
    # Without fontconfig's CJK font the captions would be boxes: leave them out (the sound still differs).
    face = f"font='{found[2]}'" if found else ""
    return f"drawtext={face}:textfile='{textfile}':fontcolor={colour}:fontsize={size}:x={x}:y={y}"


def _ffmpeg_file(spec: dict, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="zyk-demo-ff-") as tmp:
        folder = Path(tmp)
        args = _audio_args(spec) if spec["kind"] == "audio" else _video_args(spec, folder)
        output_format = {"mp3": "mp3", "m4a": "mp4", "mp4": "mp4"}[extension_for(spec)]
        metadata = [
            "-metadata",
            f"title={spec.get('title', '')}",
            "-metadata",
            f"artist={spec.get('organisation', '')}",
        ]
        subprocess.run(  # noqa: S603 - fixed program; text goes through files and metadata values
            [
                shutil.which("ffmpeg") or "ffmpeg",
                "-nostdin",
                "-v",
                "error",
                "-y",
                *args,
                *metadata,
                "-f",
                output_format,
                str(target),
            ],
            check=True,
            timeout=FFMPEG_TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL,
            capture_output=True,
        )


def _video_args(spec: dict, folder: Path) -> list[str]:
    seconds = int(spec.get("seconds", 4))
    size = spec.get("size", "640x360")
    width, height = (int(v) for v in size.split("x"))
    seed = _seed(spec)
    (folder / "heading.txt").write_text(spec.get("heading", ""), encoding="utf-8")
    (folder / "subtitle.txt").write_text(spec.get("subtitle", ""), encoding="utf-8")
    (folder / "title.txt").write_text(spec.get("title", ""), encoding="utf-8")
    if spec["kind"] == "animation_video" or spec.get("pattern") == "workshop":
        # A workpiece and a tool moving along it: the machining scene of an animation.
        source = f"color=c=0x1e293b:s={size}:r=15:d={seconds}"
        tool = f"color=c=0xf59e0b:s=28x70:r=15:d={seconds}"
        travel = width - 220
        scene = (
            f"[0:v]drawbox=x=40:y={height // 2 - 50}:w=70:h=100:color=0x64748b:t=fill,"
            f"drawbox=x=110:y={height // 2 - 30}:w={width - 200}:h=60:color=0x94a3b8:t=fill[bg];"
            f"[1:v]drawbox=x=0:y=50:w=28:h=20:color=0xfde68a:t=fill[tool];"
            f"[bg][tool]overlay=x='{width - 110}-mod(t*{travel / seconds:.1f}\\,{travel})':y={height // 2 - 100}[scene]"
        )
        inputs = ["-f", "lavfi", "-i", source, "-f", "lavfi", "-i", tool]
        audio_input = 2
    else:
        pattern = _PATTERNS.get(spec.get("pattern", "testsrc2"), _PATTERNS["testsrc2"])
        inputs = ["-f", "lavfi", "-i", pattern.format(size=size, seconds=seconds, seed=seed % 1000)]
        scene = "[0:v]null[scene]"
        audio_input = 1
    text = ""
    if cjk_font():
        text = (
            ",drawbox=x=0:y=0:w=iw:h=36:color=black@0.55:t=fill,"
            "drawbox=x=0:y=ih-96:w=iw:h=96:color=black@0.6:t=fill,"
            + _drawtext(folder / "title.txt", size=16, x="12", y="10", colour="0xe2e8f0")
            + ","
            + _drawtext(folder / "subtitle.txt", size=30, x="(w-tw)/2", y="h-86")
            + ","
            + _drawtext(folder / "heading.txt", size=20, x="(w-tw)/2", y="h-36", colour="0xfde68a")
        )
    frequency = 330 + seed % 330
    graph = f"{scene};[scene]null{text}[v];[{audio_input}:a]volume=0.06[a]"
    return [
        *inputs,
        "-f",
        "lavfi",
        "-i",
        f"sine=f={frequency}:d={seconds}:sample_rate=44100",
        "-filter_complex",
        graph,
        "-map",
        "[v]",
        "-map",
        "[a]",
        "-t",
        str(seconds),
        *_video_encoder(),
        "-c:a",
        "aac",
        "-b:a",
        "48k",
        "-movflags",
        "+faststart",
    ]


def _audio_args(spec: dict) -> list[str]:
    """A short sound: a tone sequence (narration stand-in), or a spindle hum with noise (fault sounds)."""
    seconds = int(spec.get("seconds", 5))
    seed = _seed(spec)
    sound = spec.get("sound", "tone")
    if sound == "spindle":
        base = 90 + seed % 120
        graph = (
            f"sine=f={base}:d={seconds}[a];sine=f={base * 3}:d={seconds}[b];"
            f"anoisesrc=c=brown:a=0.25:d={seconds}:seed={seed % 10000}[n];"
            "[a][b][n]amix=inputs=3:weights=1 0.4 0.8,volume=0.8[out]"
        )
    elif sound == "knock":
        base = 140 + seed % 60
        graph = (
            f"sine=f={base}:d={seconds}[a];"
            f"anoisesrc=c=pink:a=0.4:d={seconds}:seed={seed % 10000},"
            "volume='0.2+0.8*gt(mod(t\\,0.5)\\,0.44)':eval=frame[n];"
            "[a][n]amix=inputs=2,volume=0.9[out]"
        )
    else:
        notes = [262, 294, 330, 349, 392, 440, 494]
        a, b, c = (notes[(seed >> shift) % len(notes)] for shift in (0, 3, 6))
        third = seconds / 3
        graph = (
            f"sine=f={a}:d={third:.2f}[a];sine=f={b}:d={third:.2f}[b];sine=f={c}:d={third:.2f}[c];"
            "[a][b][c]concat=n=3:v=0:a=1,volume=0.5[out]"
        )
    codec = ["-c:a", "libmp3lame", "-b:a", "64k"] if extension_for(spec) == "mp3" else ["-c:a", "aac", "-b:a", "64k"]
    return ["-filter_complex", graph, "-map", "[out]", "-t", str(seconds), *codec]


# ---- images and animations (Pillow) -------------------------------------------------------------

INK = (30, 41, 59)
BLUE = (37, 99, 235)
GREY = (148, 163, 184)
LIGHT = (226, 232, 240)
ORANGE = (245, 158, 11)
RED = (220, 38, 38)
GREEN = (22, 163, 74)


def _arrow(draw: ImageDraw.ImageDraw, start, end, *, fill=INK, width=2, head=12) -> None:
    draw.line([start, end], fill=fill, width=width)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    for side in (-0.4, 0.4):
        draw.line(
            [end, (end[0] - head * math.cos(angle + side), end[1] - head * math.sin(angle + side))],
            fill=fill,
            width=width,
        )


def _label(draw, xy, text, *, size=22, fill=INK, anchor="la") -> None:
    draw.text(xy, text, font=font(size), fill=fill, anchor=anchor)


def _leader(draw, point, text_xy, text) -> None:
    """A leader line from ``point`` to a shoulder under the label, away from the part it names."""
    width = draw.textlength(text, font=font(22))
    right = text_xy[0] >= point[0]
    shoulder = (text_xy[0] + width + 8, text_xy[1]) if right else (text_xy[0] - width - 8, text_xy[1])
    draw.line([point, text_xy, shoulder], fill=BLUE, width=2)
    draw.ellipse([point[0] - 4, point[1] - 4, point[0] + 4, point[1] + 4], fill=BLUE)
    _label(draw, (text_xy[0] + (4 if right else -4), text_xy[1] - 4), text, fill=BLUE, anchor="ld" if right else "rd")


def _dimension(draw, a, b, text, *, offset=0, vertical=False) -> None:
    """A dimension line with arrows at both ends and its value in the middle."""
    if vertical:
        x = a[0] + offset
        _arrow(draw, (x, (a[1] + b[1]) / 2), (x, a[1]), head=10)
        _arrow(draw, (x, (a[1] + b[1]) / 2), (x, b[1]), head=10)
        _label(draw, (x - 8, (a[1] + b[1]) / 2), text, size=20, anchor="rm")
    else:
        y = a[1] + offset
        _arrow(draw, ((a[0] + b[0]) / 2, y), (a[0], y), head=10)
        _arrow(draw, ((a[0] + b[0]) / 2, y), (b[0], y), head=10)
        _label(draw, ((a[0] + b[0]) / 2, y - 4), text, size=20, anchor="mb")


def _sheet(spec: dict, size=(1280, 720)) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """A drawing sheet: frame, heading and a title block with the resource title and its institution."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle([12, 12, w - 12, h - 12], outline=INK, width=3)
    _label(draw, (36, 30), spec.get("subtitle", ""), size=34)
    _label(draw, (36, 76), spec.get("heading", ""), size=22, fill=(71, 85, 105))
    draw.rectangle([w - 560, h - 92, w - 12, h - 12], outline=INK, width=2)
    draw.line([w - 560, h - 52, w - 12, h - 52], fill=INK, width=1)
    _label(draw, (w - 548, h - 84), spec.get("title", ""), size=18)
    _label(draw, (w - 548, h - 44), f"{spec.get('organisation', '')}　教学资源库演示素材", size=18)
    return image, draw


def _draw_lathe(spec: dict, draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle([140, 470, 1100, 520], fill=LIGHT, outline=INK, width=3)  # bed
    draw.rectangle([180, 520, 240, 600], outline=INK, width=3)
    draw.rectangle([1000, 520, 1060, 600], outline=INK, width=3)
    draw.rectangle([140, 250, 360, 470], fill=(203, 213, 225), outline=INK, width=3)  # headstock
    draw.rectangle([360, 290, 410, 430], fill=GREY, outline=INK, width=3)  # chuck
    for y in (290, 400):
        draw.rectangle([410, y, 440, y + 30], fill=INK)
    draw.rectangle([410, 330, 760, 390], fill=(191, 219, 254), outline=INK, width=2)  # workpiece
    draw.line([120, 360, 1140, 360], fill=RED, width=1)  # spindle axis
    draw.rectangle([900, 300, 1060, 470], fill=(203, 213, 225), outline=INK, width=3)  # tailstock
    draw.polygon([(900, 345), (800, 355), (800, 365), (900, 375)], fill=GREY, outline=INK)
    draw.rectangle([560, 400, 700, 470], fill=(203, 213, 225), outline=INK, width=3)  # turret and saddle
    draw.polygon([(610, 400), (640, 400), (628, 392)], fill=ORANGE, outline=INK)
    _leader(draw, (250, 300), (200, 170), "主轴箱")
    _leader(draw, (385, 300), (400, 200), "卡盘")
    _leader(draw, (600, 345), (600, 230), "工件")
    _leader(draw, (660, 440), (740, 560), "刀架（转塔）")
    _leader(draw, (980, 330), (980, 220), "尾座")
    _leader(draw, (300, 495), (300, 640), "床身")
    _arrow(draw, (1140, 560), (1230, 560), width=3)
    _arrow(draw, (1140, 560), (1140, 470), width=3)
    _label(draw, (1234, 550), "+Z", size=20)
    _label(draw, (1148, 462), "+X", size=20)


def _draw_mill(spec: dict, draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle([200, 560, 1000, 610], fill=LIGHT, outline=INK, width=3)  # base
    draw.rectangle([700, 150, 900, 560], fill=(203, 213, 225), outline=INK, width=3)  # column
    draw.rectangle([430, 170, 720, 300], fill=(203, 213, 225), outline=INK, width=3)  # spindle head
    draw.rectangle([540, 300, 580, 370], fill=GREY, outline=INK, width=2)  # spindle
    draw.rectangle([552, 370, 568, 430], fill=ORANGE, outline=INK, width=2)  # tool
    draw.rectangle([300, 500, 820, 540], fill=(203, 213, 225), outline=INK, width=3)  # saddle
    draw.rectangle([260, 450, 860, 500], fill=(191, 219, 254), outline=INK, width=3)  # table
    draw.rectangle([480, 430, 640, 450], fill=GREY, outline=INK, width=2)  # workpiece
    draw.ellipse([920, 200, 1040, 320], outline=INK, width=3)  # tool magazine
    for i in range(8):
        angle = i * math.pi / 4
        cx, cy = 980 + 48 * math.cos(angle), 260 + 48 * math.sin(angle)
        draw.ellipse([cx - 8, cy - 8, cx + 8, cy + 8], fill=GREY)
    _leader(draw, (800, 250), (850, 130), "立柱")
    _leader(draw, (470, 200), (300, 160), "主轴箱")
    _leader(draw, (560, 400), (380, 380), "刀具")
    _leader(draw, (300, 470), (180, 420), "工作台")
    _leader(draw, (420, 530), (300, 660), "床鞍")
    _leader(draw, (1020, 260), (1080, 380), "刀库")
    _arrow(draw, (1100, 560), (1190, 560), width=3)
    _arrow(draw, (1100, 560), (1150, 520), width=3)
    _arrow(draw, (1100, 560), (1100, 470), width=3)
    _label(draw, (1194, 550), "+X", size=20)
    _label(draw, (1154, 504), "+Y", size=20)
    _label(draw, (1108, 460), "+Z", size=20)


def _draw_shaft(spec: dict, draw: ImageDraw.ImageDraw) -> None:
    """A stepped shaft (front view) with diameters, lengths, chamfer and roughness."""
    x0, axis, scale = 220, 330, 5
    steps = spec.get("steps") or [[24, 25], [30, 40], [40, 30], [30, 25]]  # [diameter, length] mm
    largest = max(d for d, _length in steps) * scale / 2
    lengths_y = axis + largest + 50
    draw.line([x0 - 40, axis, x0 + scale * sum(s[1] for s in steps) + 40, axis], fill=RED, width=1)
    x = x0
    for diameter, length in steps:
        r = diameter * scale / 2
        right = x + length * scale
        draw.rectangle([x, axis - r, right, axis + r], outline=INK, width=3)
        _dimension(draw, (x, axis - r), (x, axis + r), f"Φ{diameter}", offset=length * scale / 2, vertical=True)
        for edge in (x, right):  # extension lines down to the length dimensions
            draw.line([edge, axis + r + 4, edge, lengths_y + 70], fill=GREY, width=1)
        _dimension(draw, (x, lengths_y), (right, lengths_y), str(length))
        x = right
    total = sum(s[1] for s in steps)
    _dimension(draw, (x0, lengths_y + 60), (x, lengths_y + 60), str(total))
    requirements = ["技术要求：", "1. 未注倒角 C1；", "2. 未注尺寸公差按 GB/T 1804-m；", "3. 去毛刺、锐边倒钝。"]
    for i, line in enumerate(requirements):
        _label(draw, (40 + (0 if i == 0 else 30), 560 + i * 30), line, size=20)
    rx, ry = x + 30, axis - largest - 30  # surface roughness symbol and value
    draw.line([(rx, ry), (rx + 10, ry + 16), (rx + 30, ry - 22), (rx + 80, ry - 22)], fill=BLUE, width=2)
    draw.line([(rx - 8, ry), (rx, ry)], fill=BLUE, width=2)
    _label(draw, (rx + 34, ry - 24), "Ra 3.2", size=20, fill=BLUE, anchor="ld")


def _draw_plate(spec: dict, draw: ImageDraw.ImageDraw) -> None:
    """A plate with a rounded pocket and four holes (top view), dimensioned."""
    left, top, scale = 300, 170, 5
    width_mm, height_mm = spec.get("plate", [120, 80])
    right, bottom = left + width_mm * scale, top + height_mm * scale
    draw.rectangle([left, top, right, bottom], outline=INK, width=3)
    draw.rounded_rectangle([left + 100, top + 100, right - 100, bottom - 100], radius=40, outline=BLUE, width=3)
    for hx, hy in ((left + 40, top + 40), (right - 40, top + 40), (left + 40, bottom - 40), (right - 40, bottom - 40)):
        draw.ellipse([hx - 20, hy - 20, hx + 20, hy + 20], outline=INK, width=3)
        draw.line([hx - 28, hy, hx + 28, hy], fill=RED)
        draw.line([hx, hy - 28, hx, hy + 28], fill=RED)
    _dimension(draw, (left, top), (right, top), str(width_mm), offset=-30)
    _dimension(draw, (left, top), (left, bottom), str(height_mm), offset=-40, vertical=True)
    _label(draw, (right + 30, top + 40), "4×Φ8 通孔", size=22)
    _label(draw, (right + 30, top + 100), "型腔深 5，R8", size=22, fill=BLUE)
    _label(draw, (right + 30, top + 160), "未注公差 ±0.05", size=22)


def _draw_flow(spec: dict, draw: ImageDraw.ImageDraw) -> None:
    """Boxes joined by arrows, left to right in rows: a procedure, a wiring or a diagnosis flow."""
    nodes = spec.get("nodes") or ["准备", "执行", "检查"]
    per_row = 4
    box_w, box_h, gap = 220, 90, 70
    for i, text in enumerate(nodes):
        row, col = divmod(i, per_row)
        if row % 2:
            col = per_row - 1 - col
        x = 90 + col * (box_w + gap)
        y = 170 + row * (box_h + 90)
        draw.rounded_rectangle([x, y, x + box_w, y + box_h], radius=14, fill=(239, 246, 255), outline=BLUE, width=3)
        lines = textwrap.wrap(text, 9)[:2]
        for j, line in enumerate(lines):
            _label(draw, (x + box_w / 2, y + box_h / 2 + (j - (len(lines) - 1) / 2) * 30), line, size=22, anchor="mm")
        if i + 1 < len(nodes):
            next_row = (i + 1) // per_row
            if next_row != row:
                _arrow(draw, (x + box_w / 2, y + box_h), (x + box_w / 2, y + box_h + 90), width=3)
            elif row % 2:
                _arrow(draw, (x, y + box_h / 2), (x - gap, y + box_h / 2), width=3)
            else:
                _arrow(draw, (x + box_w, y + box_h / 2), (x + box_w + gap, y + box_h / 2), width=3)


_DRAWINGS = {
    "lathe": _draw_lathe,
    "mill": _draw_mill,
    "shaft": _draw_shaft,
    "plate": _draw_plate,
    "flow": _draw_flow,
}


def write_image(spec: dict, target: Path) -> None:
    image, draw = _sheet(spec)
    _DRAWINGS[spec.get("drawing", "flow")](spec, draw)
    image.save(target, format="PNG", optimize=True)


def _gif_turning(draw, frame, frames, w, h) -> None:
    progress = frame / (frames - 1)
    axis = h // 2 - 10
    draw.rectangle([20, axis - 60, 70, axis + 60], fill=GREY, outline=INK, width=2)
    tool_x = int(w - 40 - progress * (w - 150))
    # The tool feeds from the free end towards the chuck: behind it (right) the diameter is already smaller.
    draw.rectangle([70, axis - 40, tool_x, axis + 40], fill=(147, 197, 253), outline=INK)
    draw.rectangle([tool_x, axis - 32, w - 40, axis + 32], fill=(191, 219, 254), outline=INK)
    for i in range(0, w, 24):  # rotation marks
        x = 70 + (i + frame * 8) % (w - 110)
        draw.line([x, axis - 30, x + 10, axis + 30], fill=(96, 165, 250), width=1)
    draw.polygon([(tool_x, axis - 32), (tool_x + 16, axis - 90), (tool_x + 40, axis - 90)], fill=ORANGE, outline=INK)
    draw.line([10, axis, w - 10, axis], fill=RED, width=1)


def _gif_milling(draw, frame, frames, w, h) -> None:
    left, top, right, bottom = 60, 40, w - 60, h - 70
    draw.rectangle([left, top, right, bottom], fill=LIGHT, outline=INK, width=2)
    path = [(left + 40, top + 30), (right - 40, top + 30), (right - 40, bottom - 30), (left + 40, bottom - 30)]
    perimeter = [(path[i], path[(i + 1) % 4]) for i in range(4)]
    lengths = [math.dist(a, b) for a, b in perimeter]
    travel = sum(lengths) * frame / (frames - 1)
    points = [path[0]]
    for (a, b), length in zip(perimeter, lengths, strict=True):
        if travel <= length:
            t = travel / length
            points.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            break
        travel -= length
        points.append(b)
    draw.line(points, fill=BLUE, width=14, joint="curve")
    x, y = points[-1]
    draw.ellipse([x - 12, y - 12, x + 12, y + 12], fill=ORANGE, outline=INK, width=2)
    angle = frame * 0.8
    draw.line([x, y, x + 10 * math.cos(angle), y + 10 * math.sin(angle)], fill=INK, width=2)


def _gif_drilling(draw, frame, frames, w, h) -> None:
    top = h // 2
    draw.rectangle([40, top, w - 40, h - 60], fill=LIGHT, outline=INK, width=2)
    holes = 3
    per = frames / holes
    current = min(int(frame // per), holes - 1)
    depth = math.sin(math.pi * (frame % per) / per) * 70
    for i in range(holes):
        x = 100 + i * (w - 200) / (holes - 1)
        if i < current:
            draw.rectangle([x - 10, top, x + 10, top + 70], fill="white", outline=INK)
        if i == current:
            draw.rectangle([x - 10, top, x + 10, top + depth], fill="white", outline=INK)
            draw.rectangle([x - 10, top - 110 + depth, x + 10, top + depth], fill=ORANGE, outline=INK)
            for k in range(4):
                yy = top - 100 + depth + ((k * 26 + frame * 9) % 100)
                draw.line([x - 10, yy, x + 10, yy + 8], fill=INK)


def _gif_rotary(draw, frame, frames, w, h) -> None:
    cx, cy, r = w // 2 - 40, h // 2 - 20, min(w, h) // 2 - 50
    angle = 2 * math.pi * frame / frames
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=LIGHT, outline=INK, width=3)
    corners = [(-60, -40), (60, -40), (60, 40), (-60, 40)]
    rotated = [
        (cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle))
        for x, y in corners
    ]
    draw.polygon(rotated, fill=(191, 219, 254), outline=INK)
    draw.line([cx, cy, cx + r * math.cos(angle), cy + r * math.sin(angle)], fill=RED, width=2)
    tx = cx + r + 30
    draw.rectangle([tx, cy - 50, tx + 24, cy + 10], fill=ORANGE, outline=INK, width=2)
    _label(draw, (tx - 6, cy + 30), f"A {int(math.degrees(angle)) % 360:03d}°", size=18)


_GIF_SCENES = {"turning": _gif_turning, "milling": _gif_milling, "drilling": _gif_drilling, "rotary": _gif_rotary}


def write_gif(spec: dict, target: Path) -> None:
    """A short looping animation of a machining motion with its caption."""
    w, h = 480, 270
    frames = int(spec.get("frames", 24))
    scene = _GIF_SCENES[spec.get("scene", "turning")]
    images = []
    for frame in range(frames):
        image = Image.new("RGB", (w, h), "white")
        draw = ImageDraw.Draw(image)
        scene(draw, frame, frames, w, h)
        draw.rectangle([0, h - 44, w, h], fill=INK)
        _label(draw, (w / 2, h - 22), spec.get("subtitle", ""), size=20, fill="white", anchor="mm")
        _label(draw, (8, 6), spec.get("title", ""), size=11, fill=(100, 116, 139))
        images.append(image.convert("P", palette=Image.Palette.ADAPTIVE, colors=32))
    images[0].save(target, format="GIF", save_all=True, append_images=images[1:], duration=90, loop=0, optimize=True)


# ---- Office documents (hand-made OOXML, openpyxl) ------------------------------------------------


def _document_blocks(spec: dict) -> list[tuple[str, str]]:
    """(style, text) blocks of a document: title, meta line, then headings, paragraphs and bullets."""
    blocks = [("title", spec.get("subtitle") or spec.get("title", "")), ("meta", spec.get("title", ""))]
    meta = "　".join(x for x in (spec.get("heading", ""), spec.get("organisation", ""), spec.get("authors", "")) if x)
    if meta:
        blocks.append(("meta", meta))
    if spec.get("description"):
        blocks.append(("p", spec["description"]))
    for section in spec.get("sections", []):
        blocks.append(("h", section["heading"]))
        for paragraph in section.get("paragraphs", []):
            blocks.append(("p", paragraph))
        for item in section.get("items", []):
            blocks.append(("li", item))
    return blocks


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _docx_run(text: str, *, size: int, bold: bool = False, colour: str = "1E293B") -> str:
    fonts = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Noto Sans CJK SC"/>'
    return (
        f'<w:r><w:rPr>{fonts}{"<w:b/>" if bold else ""}<w:color w:val="{colour}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


_PARAGRAPH_STYLES = {
    # style: (paragraph properties, run size in half-points, bold, colour)
    "title": ('<w:jc w:val="center"/><w:spacing w:after="120"/>', 36, True, "1E293B"),
    "meta": ('<w:jc w:val="center"/>', 18, False, "64748B"),
    "h": ('<w:spacing w:before="240" w:after="80"/>', 28, True, "1D4ED8"),
    "li": ('<w:ind w:left="420" w:hanging="280"/>', 22, False, "1E293B"),
    "p": ('<w:ind w:firstLine="440"/><w:spacing w:line="360" w:lineRule="auto"/>', 22, False, "1E293B"),
}


def _docx_paragraph(style: str, text: str) -> str:
    properties, size, bold, colour = _PARAGRAPH_STYLES[style]
    text = "• " + text if style == "li" else text
    return f"<w:p><w:pPr>{properties}</w:pPr>{_docx_run(text, size=size, bold=bold, colour=colour)}</w:p>"


def _docx_table(table: dict) -> str:
    def row(cells, header=False):
        return (
            "<w:tr>"
            + "".join(
                '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>'
                + ('<w:shd w:val="clear" w:color="auto" w:fill="DBEAFE"/>' if header else "")
                + f"</w:tcPr><w:p>{_docx_run(str(cell), size=20, bold=header)}</w:p></w:tc>"
                for cell in cells
            )
            + "</w:tr>"
        )

    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="94A3B8"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
        + row(table["header"], header=True)
        + "".join(row(r) for r in table["rows"])
        + "</w:tbl><w:p/>"
    )


def write_docx(spec: dict, target: Path) -> None:
    """A Word document (OOXML by hand: python-docx is not a dependency) that Word, WPS and LibreOffice open."""
    body = "".join(_docx_paragraph(style, text) for style, text in _document_blocks(spec))
    if spec.get("table"):
        body += _docx_paragraph("h", spec["table"].get("caption", "附表")) + _docx_table(spec["table"])
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" '
        'w:header="851" w:footer="992" w:gutter="0"/>'
        "</w:sectPr>"
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W_NS}" xmlns:r="{_R_NS}"><w:body>{body}{section}</w:body></w:document>'
    )
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_OFFICE_DOC}" Target="word/document.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": _core_properties(spec),
        "word/document.xml": document,
    }
    _write_zip(target, members)


def _core_properties(spec: dict) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(spec.get('title', ''))}</dc:title>"
        f"<dc:creator>{escape(spec.get('authors', '') or spec.get('organisation', ''))}</dc:creator>"
        "</cp:coreProperties>"
    )


def _write_zip(target: Path, members: dict[str, str | bytes]) -> None:
    # Fixed timestamps: the same spec gives the same bytes (and the same checksum) on every machine.
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS = f'xmlns:a="{_A_NS}" xmlns:r="{_R_NS}" xmlns:p="{_P_NS}"'
_SLIDE_W, _SLIDE_H = 12192000, 6858000  # 16:9 in EMU


def _pptx_shape(
    shape_id: int, name: str, box: tuple[int, int, int, int], paragraphs: list[tuple[str, int, bool, str]]
) -> str:
    x, y, cx, cy = box
    body = ""
    for text, size, bold, colour in paragraphs:
        body += (
            f'<a:p><a:r><a:rPr lang="zh-CN" sz="{size}" b="{1 if bold else 0}">'
            f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
            '<a:latin typeface="Arial"/><a:ea typeface="Noto Sans CJK SC"/></a:rPr>'
            f"<a:t>{escape(text)}</a:t></a:r></a:p>"
        )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square"><a:normAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>'
    )


def _pptx_bar(shape_id: int, box: tuple[int, int, int, int], colour: str) -> str:
    x, y, cx, cy = box
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Bar {shape_id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
        "<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    )


def _pptx_slide(shapes: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {_NS}><p:cSld><p:spTree>'
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


_THEME = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<a:theme xmlns:a="{_A_NS}" name="ZYK"><a:themeElements>'
    '<a:clrScheme name="ZYK"><a:dk1><a:srgbClr val="1E293B"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
    '<a:dk2><a:srgbClr val="1E3A8A"/></a:dk2><a:lt2><a:srgbClr val="F1F5F9"/></a:lt2>'
    '<a:accent1><a:srgbClr val="2563EB"/></a:accent1><a:accent2><a:srgbClr val="F59E0B"/></a:accent2>'
    '<a:accent3><a:srgbClr val="16A34A"/></a:accent3><a:accent4><a:srgbClr val="DC2626"/></a:accent4>'
    '<a:accent5><a:srgbClr val="7C3AED"/></a:accent5><a:accent6><a:srgbClr val="0891B2"/></a:accent6>'
    '<a:hlink><a:srgbClr val="2563EB"/></a:hlink><a:folHlink><a:srgbClr val="7C3AED"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="ZYK"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface="Noto Sans CJK SC"/>'
    '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface="Noto Sans CJK SC"/>'
    '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="ZYK"><a:fillStyleLst>'
    + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
    + "</a:fillStyleLst><a:lnStyleLst>"
    + '<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3
    + "</a:lnStyleLst><a:effectStyleLst>"
    + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    + "</a:effectStyleLst><a:bgFillStyleLst>"
    + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
    + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"
)
_EMPTY_TREE = (
    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    "<p:grpSpPr/></p:spTree></p:cSld>"
)
_MASTER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {_NS}>{_EMPTY_TREE}'
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
    'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
    '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'
)
_LAYOUT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {_NS} type="blank" preserve="1">'
    f"{_EMPTY_TREE}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
)


def _rels(*targets: tuple[str, str]) -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{base}{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, start=1)
    )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return f'{head}<Relationships xmlns="{_REL_NS}">{items}</Relationships>'


def write_pptx(spec: dict, target: Path) -> None:
    """A 16:9 presentation (OOXML by hand: python-pptx is not a dependency): a title slide, then content slides."""
    margin = 600000
    slides = [
        _pptx_bar(2, (0, 0, _SLIDE_W, 300000), "2563EB")
        + _pptx_shape(
            3,
            "Title",
            (margin, 2000000, _SLIDE_W - 2 * margin, 1400000),
            [(spec.get("subtitle", ""), 4000, True, "1E293B")],
        )
        + _pptx_shape(
            4,
            "Subtitle",
            (margin, 3500000, _SLIDE_W - 2 * margin, 1500000),
            [
                (spec.get("heading", ""), 2200, False, "1D4ED8"),
                (spec.get("organisation", ""), 1800, False, "475569"),
                (spec.get("title", ""), 1200, False, "94A3B8"),
            ],
        )
    ]
    for slide in spec.get("slides", []):
        bullets = [("• " + item, 2000, False, "1E293B") for item in slide.get("bullets", [])]
        slides.append(
            _pptx_bar(2, (0, 0, 200000, _SLIDE_H), "2563EB")
            + _pptx_shape(
                3, "Title", (margin, 350000, _SLIDE_W - 2 * margin, 900000), [(slide["title"], 3200, True, "1E3A8A")]
            )
            + _pptx_shape(4, "Body", (margin, 1400000, _SLIDE_W - 2 * margin, 4800000), bullets)
            + _pptx_shape(
                5,
                "Footer",
                (margin, 6300000, _SLIDE_W - 2 * margin, 400000),
                [(spec.get("title", ""), 1000, False, "94A3B8")],
            )
        )
    count = len(slides)
    slide_overrides = "".join(
        f'<Override PartName="/ppt/slides/slide{n}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
        for n in range(1, count + 1)
    )
    presentation = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {_NS}>'
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        "<p:sldIdLst>"
        + "".join(f'<p:sldId id="{256 + n}" r:id="rId{n + 2}"/>' for n in range(1, count + 1))
        + f'</p:sldIdLst><p:sldSz cx="{_SLIDE_W}" cy="{_SLIDE_H}"/><p:notesSz cx="6858000" cy="9144000"/>'
        "</p:presentation>"
    )
    members: dict[str, str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/ppt/presentation.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
            '<Override PartName="/ppt/slideMasters/slideMaster1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
            '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
            '<Override PartName="/ppt/theme/theme1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f"{slide_overrides}</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_OFFICE_DOC}" Target="ppt/presentation.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": _core_properties(spec),
        "ppt/presentation.xml": presentation,
        "ppt/_rels/presentation.xml.rels": _rels(
            ("slideMaster", "slideMasters/slideMaster1.xml"),
            ("theme", "theme/theme1.xml"),
            *(("slide", f"slides/slide{n}.xml") for n in range(1, count + 1)),
        ),
        "ppt/slideMasters/slideMaster1.xml": _MASTER,
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": _rels(
            ("slideLayout", "../slideLayouts/slideLayout1.xml"), ("theme", "../theme/theme1.xml")
        ),
        "ppt/slideLayouts/slideLayout1.xml": _LAYOUT,
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": _rels(("slideMaster", "../slideMasters/slideMaster1.xml")),
        "ppt/theme/theme1.xml": _THEME,
    }
    for n, shapes in enumerate(slides, start=1):
        members[f"ppt/slides/slide{n}.xml"] = _pptx_slide(shapes)
        members[f"ppt/slides/_rels/slide{n}.xml.rels"] = _rels(("slideLayout", "../slideLayouts/slideLayout1.xml"))
    _write_zip(target, members)


def write_xlsx(spec: dict, target: Path) -> None:
    """A workbook with a title row, a header and the data rows of each sheet (openpyxl)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet_spec in spec.get("sheets", []):
        sheet = workbook.create_sheet(sheet_spec["name"][:31])
        header = sheet_spec["header"]
        sheet.append([spec.get("subtitle", "")])
        sheet.append([spec.get("title", "")])
        sheet.append(header)
        for row in sheet_spec["rows"]:
            sheet.append(row)
        sheet["A1"].font = Font(size=14, bold=True)
        sheet["A2"].font = Font(size=9, color="94A3B8")
        for cell in sheet[3]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DBEAFE")
            cell.alignment = Alignment(horizontal="center")
        for column, title in enumerate(header, start=1):
            longest = max([len(str(title))] + [len(str(r[column - 1])) for r in sheet_spec["rows"] if len(r) >= column])
            sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = min(48, 4 + 2 * longest)
        sheet.freeze_panes = "A4"
    workbook.properties.title = spec.get("title", "")
    workbook.properties.creator = spec.get("organisation", "")
    workbook.save(target)


# ---- PDF without LibreOffice (Pillow) -----------------------------------------------------------


def write_pdf_with_pillow(spec: dict, target: Path) -> None:
    """A4 pages drawn as images (no text layer): the fallback when LibreOffice is not installed."""
    width, height, margin = 1240, 1754, 110  # A4 at 150 dpi
    pages: list[Image.Image] = []
    page = draw = None
    y = height

    def new_page():
        nonlocal page, draw, y
        page = Image.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = margin

    sizes = {"title": 44, "meta": 22, "h": 34, "p": 26, "li": 26}
    for style, text in _document_blocks(spec):
        size = sizes[style]
        prefix = "• " if style == "li" else ("　　" if style == "p" else "")
        for line in textwrap.wrap(prefix + text, max(8, (width - 2 * margin) // size)) or [""]:
            if y + size * 1.7 > height - margin:
                new_page()
            if style in ("title", "meta"):
                _label(draw, (width / 2, y), line, size=size, anchor="ma", fill=INK if style == "title" else GREY)
            else:
                _label(draw, (margin, y), line, size=size, fill=BLUE if style == "h" else INK)
            y += size * 1.7
        y += size * 0.5
    if not pages:
        new_page()
    pages[0].save(target, format="PDF", save_all=True, append_images=pages[1:], resolution=150)


# ---- HTML5 virtual simulations ------------------------------------------------------------------

# The package's page, style and one script per template live in fixtures/demo/simulation (readable
# HTML/JS/CSS, a few KB); data.js carries the spec. Scripts are files so a strict sandbox can run them.
SIMULATION_TEMPLATES = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "simulation"
_SIM_SCRIPTS = {"gcode": "gcode.js", "ladder": "ladder.js", "diagnosis": "diagnosis.js"}


@functools.cache
def _simulation_digest() -> str:
    """Part of a simulation's cache key: editing a template remakes the packages."""
    digest = hashlib.sha256()
    for path in sorted(SIMULATION_TEMPLATES.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def write_simulation(spec: dict, target: Path) -> None:
    """An HTML5 package: index.html at the root, the template's script, and the spec as data.js."""
    data = {k: v for k, v in spec.items() if k not in ("kind", "template")}
    fields = ("title", "subtitle", "heading", "organisation")
    page = (SIMULATION_TEMPLATES / "index.html").read_text(encoding="utf-8")
    page = page.format(**{k: html.escape(str(spec.get(k, ""))) for k in fields})
    script = _SIM_SCRIPTS[spec.get("template", "gcode")]
    _write_zip(
        target,
        {
            "index.html": page,
            "style.css": (SIMULATION_TEMPLATES / "style.css").read_text(encoding="utf-8"),
            "data.js": "window.SIM = " + json.dumps(data, ensure_ascii=False, indent=1) + ";\n",
            "sim.js": (SIMULATION_TEMPLATES / script).read_text(encoding="utf-8"),
        },
    )


_LOCAL_MAKERS: dict[str, Callable[[dict, Path], None]] = {
    "image": write_image,
    "gif": write_gif,
    "docx": write_docx,
    "pptx": write_pptx,
    "xlsx": write_xlsx,
    "simulation": write_simulation,
}
