"""Files, photos and videos a learner hands in for a practical task of a self-test (issue 7: L5, C4).

A practical item's response is ``{"text": …, "files": [{"id", "name", "kind", "size", "type"}]}`` (a plain
string, the written answer alone, is still read as ``{"text": string}``). Files are sniffed by their content
(``filetype`` and the zip's own member names — the name's extension is never trusted, nothing is ever run or
unpacked), must be a kind the item's ``submission`` allows, and are stored privately in the default storage as
``attempts/<attempt id>/<random uuid>.<ext>``; only the learner and the course team download them (``views``).
The file list is kept by the server: ``answer_save`` and ``attempt_submit`` replace the written text and keep the
stored files, so an autosave racing an upload never loses one; files leave by ``attempt_file_remove`` only, and
only while the attempt is open. Grading practical items comes with class teaching (they stay ``needs_grading``).
"""

from __future__ import annotations

import uuid
import zipfile
from dataclasses import dataclass

import filetype
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses.permissions import can_edit_course
from cms.questions.content import QuestionType
from cms.questions.models import Attempt, AttemptAnswer, AttemptState

MB = 1024 * 1024
MAX_FILES_PER_ITEM = 10
FILE_DIR = "attempts/"
# kind → (allowed content types → extension, byte limit)
KINDS: dict[str, tuple[dict[str, str], int]] = {
    "photo": ({"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/heic": "heic"}, 20 * MB),
    "video": ({"video/mp4": "mp4", "video/quicktime": "mov", "video/webm": "webm"}, 200 * MB),
    "file": (
        {
            "application/pdf": "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
            "application/zip": "zip",
            "text/plain": "txt",
        },
        50 * MB,
    ),
}
MAX_UPLOAD_BYTES = max(limit for _types, limit in KINDS.values())
EXTENSIONS = {ext: mime for types, _limit in KINDS.values() for mime, ext in types.items()}
_OOXML = (
    ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)
_TEXT_PROBE = 64 * 1024


@dataclass(frozen=True)
class Sniffed:
    kind: str
    content_type: str
    extension: str


def _refuse(message: str, code: ErrorCode = ErrorCode.INVALID_INPUT, field: str | None = "file") -> DomainError:
    return DomainError(message, code=code, field=field)


def _looks_like_text(upload) -> bool:
    upload.seek(0)
    head = upload.read(_TEXT_PROBE)
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:  # a multi-byte character cut at the probe's end is fine
        if error.start < len(head) - 4:
            return False
    return all(b >= 0x20 or b in (0x09, 0x0A, 0x0D, 0x0C) for b in head)


def sniff(upload, filename: str) -> Sniffed | None:
    """What the bytes are (None: not a kind we take). ``upload`` is a seekable file object."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    guess = filetype.guess(head)
    mime = guess.mime if guess is not None else None
    if head.startswith(b"PK\x03\x04") or mime in ("application/zip", *(m for _n, m in _OOXML)):
        try:
            with zipfile.ZipFile(upload) as archive:  # names only: nothing is unpacked
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            upload.seek(0)
        mime = next((m for member, m in _OOXML if member in names), "application/zip")
    elif mime is None and filename.lower().endswith(".txt") and _looks_like_text(upload):
        mime = "text/plain"
    upload.seek(0)
    for kind, (types, _limit) in KINDS.items():
        if mime in types:
            return Sniffed(kind, mime, types[mime])
    return None


def _entry(attempt: Attempt, question_id: int) -> dict | None:
    for item in attempt.items:
        if item["id"] == question_id:
            return item
        for part in item.get("parts", []):
            if part["id"] == question_id:
                return part
    return None


def practical_parts(response) -> tuple[str, list[dict]]:
    """(written text, files) of a practical response, old plain-string answers included."""
    if isinstance(response, str):
        return response, []
    if isinstance(response, dict):
        text = response.get("text")
        files = response.get("files")
        return (text if isinstance(text, str) else ""), [f for f in files or [] if isinstance(f, dict)]
    return "", []


def practical_response(new, stored) -> dict:
    """What to store when the learner saves a practical item: their text, the server's files."""
    text, _ignored = practical_parts(new)
    _old_text, files = practical_parts(stored)
    return {"text": text, "files": files}


def is_practical(attempt: Attempt, question_id: int) -> bool:
    entry = _entry(attempt, question_id)
    return entry is not None and entry["type"] == QuestionType.PRACTICAL


def file_key(attempt_id: int, record: dict) -> str:
    return f"{FILE_DIR}{attempt_id}/{record['id']}.{KINDS[record['kind']][0][record['type']]}"


def _open_practical(user, attempt: Attempt, question_id: int) -> tuple[Attempt, dict]:
    if user is None or not user.is_authenticated or attempt.learner_id != user.pk:
        raise _refuse(_("Nothing was found with this id."), ErrorCode.NOT_FOUND, None)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.state != AttemptState.IN_PROGRESS:
        raise _refuse(_("This attempt is already submitted; files can no longer change."), ErrorCode.CONFLICT)
    entry = _entry(attempt, question_id)
    if entry is None:
        raise _refuse(_("This item is not part of the attempt."), field="question_id")
    if entry["type"] != QuestionType.PRACTICAL:
        raise _refuse(_("Only practical tasks take files."), field="question_id")
    return attempt, entry


def _kind_label(kind: str) -> str:
    return {"photo": _("photos"), "video": _("videos"), "file": _("documents")}.get(kind, kind)


def _kinds_label(kinds: list[str]) -> str:
    return _(", ").join(_kind_label(k) for k in kinds) or _("text only")


def _too_large(kind: str, limit: int) -> str:
    messages = {
        "photo": _("A photo may be at most %(limit)s MB."),
        "video": _("A video may be at most %(limit)s MB."),
        "file": _("A document may be at most %(limit)s MB."),
    }
    return messages[kind] % {"limit": limit // MB}


def _clean_name(name: str) -> str:
    name = "".join(ch for ch in (name or "") if ch.isprintable() and ch not in '\\/:*?"<>|').strip(" .")
    return name[-120:] or "file"


def attempt_file_add(*, user, attempt: Attempt, question_id: int, upload, filename: str) -> dict:
    """Store one hand-in of a practical item of the learner's open attempt; answers the file's record."""
    with transaction.atomic():
        attempt, entry = _open_practical(user, attempt, question_id)  # checked before reading the bytes
    sniffed = sniff(upload, filename)
    allowed = [k for k in (entry.get("content") or {}).get("submission", ["file"]) if k in KINDS]
    if sniffed is None:
        raise _refuse(_("This file type is not accepted. Hand in %(kinds)s.") % {"kinds": _kinds_label(allowed)})
    if sniffed.kind not in allowed:
        raise _refuse(
            _("This task does not take %(kind)s. Hand in %(kinds)s.")
            % {"kind": _kind_label(sniffed.kind), "kinds": _kinds_label(allowed)}
        )
    limit = KINDS[sniffed.kind][1]
    if upload.size > limit:
        raise _refuse(_too_large(sniffed.kind, limit), ErrorCode.TOO_LARGE)
    record = {
        "id": uuid.uuid4().hex,
        "name": _clean_name(filename),
        "kind": sniffed.kind,
        "size": upload.size,
        "type": sniffed.content_type,
    }
    key = file_key(attempt.pk, record)
    upload.seek(0)
    stored_key = default_storage.save(key, upload)
    try:
        with transaction.atomic():
            attempt, entry = _open_practical(user, attempt, question_id)  # again, under the row lock
            answer = AttemptAnswer.objects.filter(attempt=attempt, question_id=question_id).first()
            text, files = practical_parts(answer.response if answer else None)
            if len(files) >= MAX_FILES_PER_ITEM:
                raise _refuse(
                    _("At most %(n)s files can be handed in for one task.") % {"n": MAX_FILES_PER_ITEM},
                    ErrorCode.LIMIT_EXCEEDED,
                )
            AttemptAnswer.objects.update_or_create(
                attempt=attempt,
                question_id=question_id,
                defaults={"response": {"text": text, "files": [*files, record]}},
            )
    except BaseException:
        default_storage.delete(stored_key)
        raise
    return record


def attempt_file_remove(*, user, attempt: Attempt, question_id: int, file_id: str) -> list[dict]:
    """Take one file back while the attempt is open; answers the files left."""
    with transaction.atomic():
        attempt = _open_practical(user, attempt, question_id)[0]
        answer = AttemptAnswer.objects.filter(attempt=attempt, question_id=question_id).first()
        text, files = practical_parts(answer.response if answer else None)
        gone = [f for f in files if f.get("id") == file_id]
        if not gone:
            raise _refuse(_("Nothing was found with this id."), ErrorCode.NOT_FOUND, None)
        left = [f for f in files if f.get("id") != file_id]
        answer.response = {"text": text, "files": left}
        answer.save(update_fields=["response", "saved_at"])
        key = file_key(attempt.pk, gone[0])
        transaction.on_commit(lambda: default_storage.delete(key))
    return left


def attempt_file_get(*, user, attempt_id: int, question_id: int, file_id: str) -> tuple[str, dict]:
    """(storage key, record) of a hand-in, for its learner and the course team; NOT_FOUND for anyone else."""
    missing = _refuse(_("Nothing was found with this id."), ErrorCode.NOT_FOUND, None)
    if user is None or not user.is_authenticated:
        raise _refuse(_("Please log in first."), ErrorCode.UNAUTHENTICATED, None)
    attempt = Attempt.objects.select_related("paper__course").filter(pk=attempt_id).first()
    if attempt is None:
        raise missing
    if attempt.learner_id != user.pk and not can_edit_course(user, attempt.paper.course):
        raise missing
    answer = AttemptAnswer.objects.filter(attempt=attempt, question_id=question_id).first()
    _text, files = practical_parts(answer.response if answer else None)
    record = next((f for f in files if f.get("id") == file_id), None)
    if record is None or record.get("kind") not in KINDS or record.get("type") not in KINDS[record["kind"]][0]:
        raise missing
    return file_key(attempt.pk, record), record
