"""What every question importer shares (C4, M5): the result shapes, limits against hostile files, text → HTML.

An importer turns one uploaded file into ``ImportResult``: the items it could read (``ParsedItem``: the
``ItemData`` to hand to ``question_create``, where it came from, the images it uses) and every error with its
location. The caller imports all-or-nothing: it stores nothing while ``errors`` is not empty, but shows
``items`` as a preview. Each item's answer key already passed ``content_clean``; the caller still runs
``item_clean`` (knowledge points, module) when it writes.

Images found in a file are not stored here: an item's HTML points at ``/import-image/<name>`` and the bytes
travel in ``ParsedItem.images``; the caller stores them and calls ``ImportResult.resolve_images`` with the
site paths before writing. Names are unique per result (the same name always means the same bytes).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET
from bs4 import BeautifulSoup, NavigableString, Tag
from django.utils.translation import gettext as _

from cms.questions.content import ContentError, QuestionType, content_clean
from cms.questions.html import MAX_LATEX, html_clean
from cms.questions.models import QuestionSource
from cms.questions.services import ItemData

MAX_FILE_BYTES = 20 * 1024 * 1024  # one uploaded file
MAX_ITEMS = 1000  # items per file
MAX_ERRORS = 500  # errors listed per file; past that one line says how many more
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # one image
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_TOTAL = 100 * 1024 * 1024  # all members of an archive, uncompressed
MAX_XML_DEPTH = 100  # elements inside elements (XML files and item HTML)
IMAGE_PATH = "/import-image/"
BLANK = "____"  # how a blank shows in a fill-in-the-blank stem

IMAGE_TYPES = {  # signature → (content type, extension); no SVG (it can carry scripts)
    b"\x89PNG\r\n\x1a\n": ("image/png", "png"),
    b"\xff\xd8\xff": ("image/jpeg", "jpg"),
    b"GIF87a": ("image/gif", "gif"),
    b"GIF89a": ("image/gif", "gif"),
}


class ExtractedImage(NamedTuple):
    """An image found in the file: ``name`` as referenced by ``/import-image/<name>`` in the item's HTML."""

    name: str
    data: bytes
    content_type: str


@dataclass
class ParsedItem:
    """One item read from a file; ``knowledge_points`` are names for the caller to look up in the course."""

    data: ItemData
    location: str
    images: list[ExtractedImage] = field(default_factory=list)
    knowledge_points: list[str] = field(default_factory=list)


@dataclass
class ImportIssue:
    """An error (or, in ``ImportResult.warnings``, a note) with where it is: "question 3 (line 12)", "row 5, 答案"."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


@dataclass
class ImportResult:
    items: list[ParsedItem] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)  # what was read but dropped (e.g. descriptions)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def images(self) -> list[ExtractedImage]:
        """Every image once, in order of first use."""
        seen: dict[str, ExtractedImage] = {}
        for item in self.items:
            for image in item.images:
                seen.setdefault(image.name, image)
        return list(seen.values())

    def resolve_images(self, paths: dict[str, str]) -> None:
        """Point every ``/import-image/<name>`` at its stored site path; a name missing from ``paths`` raises."""
        for item in self.items:
            resolve_image_paths(item.data, paths)


IMAGE_SRC = re.compile(r'src="' + re.escape(IMAGE_PATH) + r'([^"]+)"')


def resolve_image_paths(data: ItemData, paths: dict[str, str]) -> None:
    def fix(value):
        if isinstance(value, str):
            return IMAGE_SRC.sub(lambda m: f'src="{paths[m.group(1)]}"', value)
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        return value

    for name in ("stem", "reference_answer", "explanation", "content"):
        setattr(data, name, fix(getattr(data, name)))
    for sub in data.sub_questions:
        resolve_image_paths(sub, paths)


class FileRejected(Exception):
    """The whole file cannot be read (too large, not the format, unsafe); one error for the file."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ItemRejected(Exception):
    """One item cannot be read; the parser records it with the item's location and goes on."""

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location


# --- reading bytes safely -----------------------------------------------------------------------------------


def check_size(data: bytes) -> None:
    if not data:
        raise FileRejected(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise FileRejected(
            _("The file is larger than %(limit)s MB.") % {"limit": MAX_FILE_BYTES // (1024 * 1024)},
        )


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (files saved by Chinese Windows tools), else an error."""
    check_size(data)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise FileRejected(_("The file is not text in UTF-8 or GB18030."))


class SafeZip:
    """A zip archive read within limits: member count, total and per-member uncompressed size (zip bombs)."""

    def __init__(self, data: bytes) -> None:
        check_size(data)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
            raise FileRejected(_("The file is not a valid zip archive.")) from error
        if len(infos) > MAX_ZIP_MEMBERS:
            raise FileRejected(_("The archive has more than %(n)s files.") % {"n": MAX_ZIP_MEMBERS})
        if sum(i.file_size for i in infos) > MAX_ZIP_TOTAL:
            raise FileRejected(
                _("The archive unpacks to more than %(n)s MB.") % {"n": MAX_ZIP_TOTAL // (1024 * 1024)},
            )
        self.infos = {_member_name(i): i for i in infos if not i.is_dir()}
        self.read_total = 0

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
        """The member's bytes, counted as they come out (a forged header cannot make it bigger)."""
        info = self.infos.get(name)
        if info is None:
            raise FileRejected(_("The archive has no file “%(name)s”.") % {"name": name})
        if info.flag_bits & 0x1:
            raise FileRejected(_("The archive is encrypted."))
        chunks, size = [], 0
        try:
            with self.zip.open(info) as stream:
                while chunk := stream.read(64 * 1024):
                    size += len(chunk)
                    self.read_total += len(chunk)
                    if size > limit or self.read_total > MAX_ZIP_TOTAL:
                        raise FileRejected(
                            _("“%(name)s” in the archive is too large.") % {"name": name},
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as error:
            raise FileRejected(_("The archive is damaged (“%(name)s”).") % {"name": name}) from error
        return b"".join(chunks)


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; zips made without the UTF-8 flag (Info-ZIP, Chinese Windows) are decoded again."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def parse_xml(data: bytes | str) -> Element:
    """An XML tree with no DTD, entities or external references, and at most ``MAX_XML_DEPTH`` levels."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise FileRejected(_("The XML declares a DTD or entities, which are not allowed.")) from error
    except ParseError as error:
        line = getattr(error, "position", (0, 0))[0]
        raise FileRejected(_("The XML is not well-formed (line %(line)s).") % {"line": line}) from error
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_XML_DEPTH:
            raise FileRejected(_("The XML is nested too deeply."))
        stack.extend((child, depth + 1) for child in node)
    return root


def local(tag: str) -> str:
    """An element name without its namespace."""
    return tag.rsplit("}", 1)[-1]


# --- text, formulas and HTML --------------------------------------------------------------------------------

FORMULA = re.compile(r"\$\$(.+?)\$\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)


def formula_problem(latex: str) -> str | None:
    """Why a formula cannot be kept (empty, too long, braces that do not pair), or None."""
    if not latex.strip():
        return _("A formula is empty.")
    if len(latex) > MAX_LATEX:
        return _("A formula is longer than %(n)s characters.") % {"n": MAX_LATEX}
    depth, i = 0, 0
    while i < len(latex):
        char = latex[i]
        if char == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            break
        i += 1
    if depth != 0:
        return _("The formula “%(latex)s” does not parse: its braces do not pair.") % {"latex": latex[:80]}
    return None


def _formula_tag(soup: BeautifulSoup, latex: str, display: bool) -> Tag:
    tag = soup.new_tag("div" if display else "span")
    tag["data-latex"] = latex.strip()
    tag.string = latex.strip()
    return tag


def _tex_nodes(soup: BeautifulSoup) -> None:
    """Text written as ``$$x$$``, ``\\(x\\)`` or ``\\[x\\]`` becomes a formula element."""
    for node in list(soup.find_all(string=FORMULA)):
        if not isinstance(node, NavigableString) or node.find_parent(["code", "pre"]):
            continue
        if node.find_parent(attrs={"data-latex": True}):
            continue
        text, pieces, last = str(node), [], 0
        for match in FORMULA.finditer(text):
            pieces.append(text[last : match.start()])
            latex = match.group(1) or match.group(2) or match.group(3)
            pieces.append(_formula_tag(soup, latex, display=match.group(3) is not None))
            last = match.end()
        pieces.append(text[last:])
        for piece in pieces:
            if isinstance(piece, str):
                if piece:
                    node.insert_before(NavigableString(piece))
            else:
                node.insert_before(piece)
        node.extract()


def html_depth(soup: BeautifulSoup) -> int:
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_XML_DEPTH:
            break
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


def rich_html(html: str, *, images: Callable[[str], str | None] | None = None) -> str:
    """Foreign HTML made ours: formulas as ``data-latex`` elements, images renamed by ``images`` (src → new
    src, None when the image is unknown: an ``ItemRejected``), then the bank's allowlist (``html_clean``)."""
    soup = BeautifulSoup(html or "", "html.parser")
    if html_depth(soup) > MAX_XML_DEPTH:
        raise ItemRejected(_("The text is nested too deeply."))
    _tex_nodes(soup)
    for tag in soup.find_all(attrs={"data-latex": True}):
        problem = formula_problem(str(tag["data-latex"]))
        if problem:
            raise ItemRejected(problem)
    for img in soup.find_all("img"):
        src = str(img.get("src", ""))
        new = images(src) if images else None
        if new is None:
            raise ItemRejected(_("The image “%(src)s” is not in the file.") % {"src": src[:100]})
        img["src"] = new
    return html_clean(str(soup))


def text_html(text: str) -> str:
    """Plain text (Aiken, GIFT, Excel cells) as HTML: escaped, line breaks kept, formulas found."""
    soup = BeautifulSoup("", "html.parser")
    lines = (text or "").strip().split("\n")
    for i, line in enumerate(lines):
        if i:
            soup.append(soup.new_tag("br"))
        soup.append(NavigableString(line.strip()))
    return rich_html(str(soup))


def latex_as_tex(html: str) -> str:
    """HTML for other systems: each ``data-latex`` element back to ``\\(x\\)`` (inline) or ``\\[x\\]``."""
    soup = BeautifulSoup(html or "", "html.parser")
    for tag in soup.find_all(attrs={"data-latex": True}):
        latex = str(tag["data-latex"])
        tag.replace_with(f"\\[{latex}\\]" if tag.name == "div" else f"\\({latex}\\)")
    return str(soup)


def sniff_image(data: bytes) -> tuple[str, str] | None:
    """(content type, extension) of a PNG, JPEG, GIF or WebP image, or None."""
    for signature, kind in IMAGE_TYPES.items():
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ("image/webp", "webp")
    return None


class ImageBox:
    """Images of one file, each stored once under a unique name; an item collects the ones it uses."""

    def __init__(self) -> None:
        self.by_digest: dict[str, ExtractedImage] = {}
        self.names: set[str] = set()

    def add(self, data: bytes, original: str) -> ExtractedImage:
        if len(data) > MAX_IMAGE_BYTES:
            raise ItemRejected(
                _("The image “%(name)s” is larger than %(n)s MB.")
                % {"name": original, "n": MAX_IMAGE_BYTES // (1024 * 1024)},
            )
        kind = sniff_image(data)
        if kind is None:
            raise ItemRejected(
                _("“%(name)s” is not a PNG, JPEG, GIF or WebP image.") % {"name": original},
            )
        digest = hashlib.sha256(data).hexdigest()
        if digest in self.by_digest:
            return self.by_digest[digest]
        stem = re.sub(r"[^\w-]+", "-", original.rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip("-")
        name = f"{stem or 'image'}.{kind[1]}"
        if name in self.names:
            name = f"{stem or 'image'}-{digest[:8]}.{kind[1]}"
        self.names.add(name)
        image = ExtractedImage(name, data, kind[0])
        self.by_digest[digest] = image
        return image


# --- collecting items ---------------------------------------------------------------------------------------


def _html_fields(question_type: str, content: dict) -> Iterator[tuple[str, dict]]:
    for key in ("options", "left", "right", "items"):
        for i, row in enumerate(content.get(key) or []):
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                yield f"{key}[{i}]", row


class Collector:
    """Builds an ``ImportResult``: checks each item as it comes (stem, answer key) and keeps going on errors."""

    def __init__(self) -> None:
        self.result = ImportResult()
        self.images = ImageBox()
        self.dropped_errors = 0
        self.full_reported = False

    def error(self, location: str, message: str) -> None:
        if len(self.result.errors) >= MAX_ERRORS:
            self.dropped_errors += 1
            return
        self.result.errors.append(ImportIssue(location, message))

    def warn(self, location: str, message: str) -> None:
        if len(self.result.warnings) < MAX_ERRORS:
            self.result.warnings.append(ImportIssue(location, message))

    def full(self, location: str) -> bool:
        """True once the file has more items than allowed (reported once)."""
        if len(self.result.items) < MAX_ITEMS:
            return False
        if not self.full_reported:
            self.full_reported = True
            self.error(location, _("A file can hold at most %(n)s questions.") % {"n": MAX_ITEMS})
        return True

    def add(
        self,
        location: str,
        data: ItemData,
        *,
        images: list[ExtractedImage] | None = None,
        knowledge_points: list[str] | None = None,
        part_location: Callable[[str], str] | None = None,
    ) -> ParsedItem | None:
        """Check ``data`` (stem present, answer key valid) and keep it, or record why not.

        ``part_location`` turns a failing part ("stem", "options[2]") into a location in the file's words
        ("row 5, column 选项C"); without it the part is named before the reason."""
        if self.full(location):
            return None
        problem = item_problem(data)
        if problem:
            part, message = problem
            if part and part_location:
                self.error(part_location(part), message)
            else:
                self.error(location, f"{part}: {message}" if part else message)
            return None
        item = ParsedItem(
            data=data,
            location=location,
            images=list(dict.fromkeys(images or [])),
            knowledge_points=knowledge_points or [],
        )
        self.result.items.append(item)
        return item

    def finish(self) -> ImportResult:
        if self.dropped_errors:
            self.result.errors.append(
                ImportIssue("", _("… and %(n)s more errors.") % {"n": self.dropped_errors}),
            )
        return self.result


def item_problem(data: ItemData) -> tuple[str, str] | None:
    """(part, reason) when ``data`` cannot be imported (the checks ``item_clean`` makes without a course);
    ``part`` is "" for the whole item, "stem", or the answer key's part ("options[2]")."""
    if data.question_type not in QuestionType.ALL:
        return "", _("Unknown question type “%(type)s”.") % {"type": data.question_type}
    if not html_clean(data.stem):
        return "stem", _("The question text (stem) is empty.")
    try:
        data.content = content_clean(data.question_type, data.content)
    except ContentError as error:
        return error.part, error.message
    for part, row in _html_fields(data.question_type, data.content):
        if not html_clean(row["text"]):
            return part, _("Text is missing.")
    for i, sub in enumerate(data.sub_questions):
        problem = item_problem(sub)
        if problem:
            where = f"sub_questions[{i}].{problem[0]}".rstrip(".")
            return where, problem[1]
    return None


def new_item(question_type: str, stem: str, content: dict | None = None, **fields) -> ItemData:
    """An ``ItemData`` marked as imported."""
    return ItemData(
        question_type=question_type,
        stem=stem,
        content=content or {},
        source=QuestionSource.IMPORTED,
        **fields,
    )


def option_key(index: int) -> str:
    return chr(ord("A") + index)


@contextmanager
def reading(collector: Collector, filename: str) -> Iterator[None]:
    """A ``FileRejected`` anywhere while reading becomes the file's one error."""
    try:
        yield
    except FileRejected as error:
        collector.error(filename, error.message)
    except RecursionError:
        collector.error(filename, _("The file is nested too deeply."))
