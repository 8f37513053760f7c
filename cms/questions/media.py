"""Files of the bank's items (issue 7: C4, M5): images in rich text and the attachments of practical tasks.

Both are stored content-addressed in the default storage — ``questions/images/<sha256>.<ext>`` and
``questions/attachments/<sha256>.<ext>`` — with the type **sniffed from the bytes** (never from the name or the
browser's content type), and referenced by their site path (``/questions/images/…``,
``/questions/attachments/…``), as ``html.html_clean`` and ``content_clean`` require. The names are unguessable;
the item text holding them is what is guarded. Imports (``imports.py``) and the editor's uploads
(``views.image_upload`` / ``views.attachment_upload``) store through the same functions here.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage
from cms.courses.permissions import can_edit_course
from cms.questions.content import ATTACHMENT_URL
from cms.questions.importers.base import MAX_IMAGE_BYTES, sniff_image

IMAGE_DIR = "questions/images/"
IMAGE_URL = "/questions/images/"
IMAGE_NAME = re.compile(r"^[0-9a-f]{64}\.(png|jpg|gif|webp)$")
ATTACHMENT_DIR = "questions/attachments/"
ATTACHMENT_NAME = re.compile(r"^[0-9a-f]{64}\.(pdf|docx|xlsx|pptx|zip|png|jpg|gif|webp)$")
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
ATTACHMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "zip": "application/zip",
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
}
_OFFICE = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"))


def _store(directory: str, data: bytes, extension: str, saved: list[str] | None = None) -> str:
    """The file's name under ``directory`` (its content hash); written once, ``saved`` collects new files."""
    name = f"{hashlib.sha256(data).hexdigest()}.{extension}"
    if not default_storage.exists(directory + name):
        stored = default_storage.save(directory + name, ContentFile(data))
        if saved is not None:
            saved.append(stored)
        if stored != directory + name:  # a race wrote the same bytes first; keep theirs
            name = stored.rsplit("/", 1)[-1]
    return name


def image_store(data: bytes, *, label: str = "", saved: list[str] | None = None) -> str:
    """Store a PNG/JPEG/GIF/WebP image (≤ 5 MB, sniffed) and return its site path, or ``DomainError``."""
    if not data:
        raise DomainError(_("The file is empty."), code=ErrorCode.EMPTY_FILE, field="file")
    if len(data) > MAX_IMAGE_BYTES:
        raise DomainError(
            _("The image is larger than %(n)s MB.") % {"n": MAX_IMAGE_BYTES // (1024 * 1024)},
            code=ErrorCode.TOO_LARGE,
            field="file",
        )
    kind = sniff_image(data)
    if kind is None:
        raise DomainError(
            _("“%(name)s” is not a PNG, JPEG, GIF or WebP image.") % {"name": label or _("The file")},
            code=ErrorCode.UNSUPPORTED_TYPE,
            field="file",
        )
    return IMAGE_URL + _store(IMAGE_DIR, data, kind[1], saved)


def sniff_attachment(data: bytes) -> str | None:
    """The extension of a PDF, Word/Excel/PowerPoint (OOXML), ZIP or image file by its content, or None."""
    image = sniff_image(data)
    if image is not None:
        return image[1]
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())  # the central directory only
        except (zipfile.BadZipFile, ValueError, OSError):
            return None
        if "[Content_Types].xml" in names:
            for member, extension in _OFFICE:
                if member in names:
                    return extension
        return "zip"
    return None


def _require_editor(user, course: CoursePage) -> None:
    if not user.is_authenticated:
        raise DomainError(_("Please log in first."), code=ErrorCode.UNAUTHENTICATED)
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can change this course's question bank."),
            code=ErrorCode.PERMISSION_DENIED,
        )


def question_image_upload(*, user, course: CoursePage, data: bytes, filename: str = "") -> str:
    """An image for an item's rich text (course team and editors); its site path."""
    _require_editor(user, course)
    return image_store(data, label=filename)


def question_attachment_upload(*, user, course: CoursePage, data: bytes, filename: str = "") -> str:
    """A practical task's attachment (course team and editors; ≤ 20 MB; sniffed, never opened); its site path.

    ``filename`` is only the label the editor shows; the stored name and type come from the bytes."""
    _require_editor(user, course)
    if not data:
        raise DomainError(_("The file is empty."), code=ErrorCode.EMPTY_FILE, field="file")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            _("The file is larger than %(limit)s MB.") % {"limit": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
            code=ErrorCode.TOO_LARGE,
            field="file",
        )
    extension = sniff_attachment(data)
    if extension is None:
        raise DomainError(
            _("Attachments can be PDF, Word, Excel, PowerPoint, ZIP or PNG/JPEG/GIF/WebP images."),
            code=ErrorCode.UNSUPPORTED_TYPE,
            field="file",
        )
    return ATTACHMENT_URL + _store(ATTACHMENT_DIR, data, extension)
