"""What the pipeline measures of a file: size, checksum, dimensions, duration, pages and text (M2).

Size and checksum are always computed (an unreadable file is the caller's problem). Everything else is
optional: a part that cannot be measured (a missing tool, a damaged file, a timeout) is left ``None``
or empty and logged, never raised, so that an asset can still be created and reprocessed later.
"""

import hashlib
import logging
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
from defusedxml import ElementTree
from PIL import Image

from media_pipeline import tools
from media_pipeline.sniff import Format, MediaKind, decode_text, detect_format

logger = logging.getLogger(__name__)

TEXT_MAX_CHARS = 200_000
_CHUNK = 1024 * 1024
_XML_MAX_BYTES = 32 * 1024 * 1024  # one member of a docx/pptx/odt read into memory at most
_TEXT_FILE_MAX_BYTES = TEXT_MAX_CHARS * 4 + 4
_MAX_ANIMATION_FRAMES = 10_000
_MAX_SHEET_ROWS = 100_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SLIDE = re.compile(r"^ppt/slides/slide(\d+)\.xml$")


@dataclass(frozen=True)
class Measurements:
    size: int
    checksum: str  # SHA-256, hex
    width: int | None = None
    height: int | None = None
    duration_seconds: float | None = None
    pages: int | None = None  # PDF pages, slides
    text: str = ""


def checksum_of(path: Path) -> tuple[int, str]:
    """(size, SHA-256 hex) of the file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    size = 0
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def measure(path: Path, kind: MediaKind | str, *, extension: str = "") -> Measurements:
    """Measure the file at ``path`` known to be of ``kind`` (from ``sniff``).

    ``extension`` (from ``sniff``) only refines text: HTML is reduced to its visible text. The content
    format is read from the bytes, so ``path`` may be a temporary name such as an upload's ``.part``.
    """
    path = Path(path)
    size, checksum = checksum_of(path)
    kind = MediaKind(kind)
    found = detect_format(path)
    values: dict = {}
    for part in _PARTS.get(kind, ()):
        try:
            values.update(part(path, found, extension))
        except Exception:  # a measurement is optional by contract; log and carry on
            logger.warning("measure: %s failed for %s (%s)", part.__name__, path.name, kind, exc_info=True)
    text = values.pop("text", "") or ""
    return Measurements(size=size, checksum=checksum, text=_cap(text), **values)


def _cap(text: str) -> str:
    text = text.replace("\x00", "").strip()
    return text[:TEXT_MAX_CHARS]


# ---- images -------------------------------------------------------------------------------------


def _image(path: Path, found: Format | None, extension: str) -> dict:
    if found not in (Format.JPEG, Format.PNG, Format.GIF, Format.WEBP, Format.BMP, Format.TIFF):
        return {}
    with Image.open(path) as image:
        values: dict = {"width": image.width, "height": image.height}
        if getattr(image, "is_animated", False):
            total_ms = 0
            for index in range(min(getattr(image, "n_frames", 1), _MAX_ANIMATION_FRAMES)):
                image.seek(index)
                total_ms += int(image.info.get("duration") or 0)
            if total_ms:
                values["duration_seconds"] = total_ms / 1000
    return values


# ---- audio and video -----------------------------------------------------------------------------


def _media(path: Path, found: Format | None, extension: str) -> dict:
    if found in (Format.GIF, Format.PNG, Format.WEBP):  # animations already measured by Pillow
        return {}
    probe = tools.ffprobe(path)
    if not probe:
        return {}
    values: dict = {}
    duration = _float((probe.get("format") or {}).get("duration"))
    streams = probe.get("streams") or []
    for stream in streams:
        if stream.get("codec_type") != "video" or (stream.get("disposition") or {}).get("attached_pic"):
            continue
        width, height = stream.get("width"), stream.get("height")
        if width and height:
            if _rotation(stream) in (90, 270):
                width, height = height, width
            values.update(width=int(width), height=int(height))
        duration = duration or _float(stream.get("duration"))
        break
    if duration is None:
        duration = next((_float(s.get("duration")) for s in streams if _float(s.get("duration"))), None)
    if duration is not None:
        values["duration_seconds"] = duration
    return values


def _float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _rotation(stream: dict) -> int:
    """Phones record portrait video as landscape plus a rotation; report the size as it is shown."""
    rotate = (stream.get("tags") or {}).get("rotate")
    for side_data in stream.get("side_data_list") or []:
        if "rotation" in side_data:
            rotate = side_data["rotation"]
    try:
        return int(float(rotate)) % 360
    except (TypeError, ValueError):
        return 0


# ---- documents ----------------------------------------------------------------------------------


def _pdf(path: Path, found: Format | None, extension: str) -> dict:
    if found != Format.PDF:
        return {}
    values: dict = {}
    resolved = str(path.resolve())
    info = tools.run(["pdfinfo", resolved], timeout=tools.PROBE_TIMEOUT_SECONDS)
    if info is not None:
        match = re.search(rb"^Pages:\s+(\d+)", info, re.MULTILINE)
        if match:
            values["pages"] = int(match.group(1))
    text = tools.run(
        ["pdftotext", "-enc", "UTF-8", "-q", resolved, "-"],
        timeout=tools.TEXT_TIMEOUT_SECONDS,
        max_output=TEXT_MAX_CHARS * 4,
    )
    if text is not None:
        values["text"] = text.decode("utf-8", errors="ignore").replace("\f", "\n")
    return values


def _zip_member(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > _XML_MAX_BYTES:
        raise ValueError(f"{name} is {info.file_size} bytes; not read")
    with archive.open(info) as handle:
        return handle.read(_XML_MAX_BYTES)


def _paragraphs(root, paragraph_tag: str, text_tags: dict[str, str]) -> list[str]:
    """Text of each paragraph: ``text_tags`` maps a tag to "" (use its text) or a fixed string (tab, break)."""
    lines: list[str] = []
    for paragraph in root.iter(paragraph_tag):
        pieces = []
        for node in paragraph.iter():
            if node.tag in text_tags:
                pieces.append(text_tags[node.tag] or node.text or "")
        line = "".join(pieces).strip()
        if line:
            lines.append(line)
    return lines


def _docx(path: Path, found: Format | None, extension: str) -> dict:
    if found != Format.DOCX:
        return {}
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(_zip_member(archive, "word/document.xml"))
    lines = _paragraphs(root, f"{_W}p", {f"{_W}t": "", f"{_W}tab": "\t", f"{_W}br": "\n"})
    return {"text": "\n".join(lines)}


def _pptx(path: Path, found: Format | None, extension: str) -> dict:
    if found != Format.PPTX:
        return {}
    with zipfile.ZipFile(path) as archive:
        slides = sorted(
            ((int(match.group(1)), name) for name in archive.namelist() if (match := _SLIDE.match(name))),
        )
        texts: list[str] = []
        length = 0
        for _number, name in slides:
            if length > TEXT_MAX_CHARS:
                break
            root = ElementTree.fromstring(_zip_member(archive, name))
            slide_text = "\n".join(_paragraphs(root, f"{_A}p", {f"{_A}t": "", f"{_A}br": "\n"}))
            texts.append(slide_text)
            length += len(slide_text)
    return {"pages": len(slides), "text": "\n\n".join(text for text in texts if text)}


def _xlsx(path: Path, found: Format | None, extension: str) -> dict:
    if found != Format.XLSX:
        return {}
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        lines: list[str] = []
        length = 0
        rows = 0
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                rows += 1
                cells = [value.strip() for value in row if isinstance(value, str) and value.strip()]
                if cells:
                    line = "\t".join(cells)
                    lines.append(line)
                    length += len(line) + 1
                if length > TEXT_MAX_CHARS or rows > _MAX_SHEET_ROWS:
                    return {"text": "\n".join(lines)}
        return {"text": "\n".join(lines)}
    finally:
        workbook.close()


def _odf(path: Path, found: Format | None, extension: str) -> dict:
    if found not in (Format.ODT, Format.ODS, Format.ODP):
        return {}
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(_zip_member(archive, "content.xml"))
    lines: list[str] = []
    for node in root.iter():
        if node.tag in (f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"):
            line = "".join(node.itertext()).strip()
            if line:
                lines.append(line)
    values: dict = {"text": "\n".join(lines)}
    if found == Format.ODP:
        values["pages"] = sum(1 for _node in root.iter(f"{_ODF_DRAW}page"))
    return values


# ---- text ---------------------------------------------------------------------------------------


class _VisibleText(HTMLParser):
    _HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _text(path: Path, found: Format | None, extension: str) -> dict:
    if found != Format.TEXT:
        return {}
    with path.open("rb") as handle:
        data = handle.read(_TEXT_FILE_MAX_BYTES)
        complete = not handle.read(1)
    text = decode_text(data, final=complete)
    if text is None:
        text = data.decode("utf-8", errors="replace")
    if extension in ("html", "htm"):
        parser = _VisibleText()
        parser.feed(text)
        parser.close()
        text = re.sub(r"\n\s*\n+", "\n", "".join(parser.parts))
    return {"text": text}


_PARTS = {
    MediaKind.TEXT: (_text,),
    MediaKind.IMAGE: (_image,),
    MediaKind.ANIMATION: (_image, _media),
    MediaKind.VIDEO: (_media,),
    MediaKind.AUDIO: (_media,),
    MediaKind.DOCUMENT: (_pdf, _docx, _odf),
    MediaKind.PRESENTATION: (_pdf, _pptx, _odf),
    MediaKind.SPREADSHEET: (_xlsx, _odf, _text),
}
