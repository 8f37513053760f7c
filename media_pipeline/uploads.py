"""Resumable uploads (tus 1.0.0, M3): create, append, look up, delete, expire.

The bytes go to ``ZYK_UPLOAD_DIR/<id>.part``; the row records how many arrived. An append locks the row
(``select_for_update``) for the time it writes, so two PATCH requests for the same upload cannot
interleave; it writes at the recorded offset only, never beyond the declared length, and keeps what
arrived when the client drops the connection (that is what makes the upload resumable).
"""

import base64
import binascii
import logging
import os
import re
import shutil
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode, format_bytes
from media_pipeline.models import Upload
from media_pipeline.sniff import clean_filename, extension_supported, unsupported_type_error

logger = logging.getLogger(__name__)

CHUNK_BYTES = 1024 * 1024
_MAX_METADATA_PAIRS = 32
_MAX_METADATA_VALUE = 4096
_FREE_SPACE_MARGIN = 256 * 1024 * 1024
_PART_NAME = re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.part$")


def upload_dir() -> Path:
    return Path(settings.ZYK_UPLOAD_DIR)


def upload_path(upload: Upload) -> Path:
    return upload_dir() / f"{upload.pk}.part"


def _expiry():
    return timezone.now() + timedelta(hours=settings.ZYK_UPLOAD_EXPIRY_HOURS)


def _not_found() -> MediaError:
    return MediaError(MediaErrorCode.NOT_FOUND, _("This upload does not exist or has expired. Start it again."))


def parse_upload_metadata(header: str) -> dict[str, str]:
    """The tus ``Upload-Metadata`` header: comma-separated "key base64value" pairs (value may be absent)."""
    metadata: dict[str, str] = {}
    for pair in (header or "").split(","):
        pair = pair.strip()
        if not pair:
            continue
        key, _space, encoded = pair.partition(" ")
        if not key or len(metadata) >= _MAX_METADATA_PAIRS:
            raise MediaError(MediaErrorCode.INVALID_REQUEST, "Invalid Upload-Metadata header.")
        try:
            value = base64.b64decode(encoded.strip(), validate=True).decode("utf-8") if encoded.strip() else ""
        except (binascii.Error, UnicodeDecodeError, ValueError) as error:
            raise MediaError(MediaErrorCode.INVALID_REQUEST, f"Upload-Metadata {key!r} is not base64 UTF-8.") from error
        metadata[key] = value[:_MAX_METADATA_VALUE]
    return metadata


@transaction.atomic
def upload_create(*, owner, length: int, metadata: dict[str, str]) -> Upload:
    """A new, empty upload of ``length`` bytes; refused before anything is stored when it cannot succeed."""
    filename = clean_filename(metadata.get("filename") or metadata.get("name") or "")
    if length <= 0:
        raise MediaError(MediaErrorCode.EMPTY_FILE, _("“%(name)s” is empty.") % {"name": filename or "?"})
    limit = settings.ZYK_UPLOAD_MAX_BYTES
    if length > limit:
        raise MediaError(
            MediaErrorCode.TOO_LARGE,
            _("“%(name)s” is larger than the limit of %(limit)s.")
            % {"name": filename or "?", "limit": format_bytes(limit)},
        )
    if not filename:
        raise MediaError(MediaErrorCode.INVALID_REQUEST, "Upload-Metadata must include the filename.")
    if not extension_supported(filename):
        raise unsupported_type_error(filename)
    directory = upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(directory).free < length + _FREE_SPACE_MARGIN:
        logger.error("uploads: no room for %d bytes in %s", length, directory)
        raise MediaError(
            MediaErrorCode.NO_SPACE, _("The server has no room for this file right now. Please try again later.")
        )
    extra = {key: value for key, value in metadata.items() if key not in ("filename", "name")}
    upload = Upload(owner=owner, filename=filename, metadata=extra, length=length, expires_at=_expiry())
    upload.full_clean()
    upload.save()
    upload_path(upload).touch(exist_ok=False)
    return upload


def upload_get(*, upload_id, owner) -> Upload:
    """The owner's live upload; anybody else's, or an expired one, is not found (404, never 403)."""
    upload = _owned(Upload.objects.all(), upload_id, owner)
    if upload is None:
        raise _not_found()
    return upload


def _owned(queryset, upload_id, owner) -> Upload | None:
    try:
        key = uuid.UUID(str(upload_id))
    except ValueError:
        return None
    if owner is None or not getattr(owner, "is_authenticated", False):
        return None
    return queryset.filter(pk=key, owner=owner, expires_at__gt=timezone.now()).first()


def upload_append(*, upload_id, owner, offset: int, stream, content_length: int | None = None) -> Upload:
    """Write the request body ``stream`` at ``offset``; the new state of the upload.

    ``offset`` must equal the bytes already received (else OFFSET_MISMATCH, 409); the body may not go
    beyond the declared length (LENGTH_EXCEEDED: nothing of this request is kept). When the client drops
    the connection half-way, the bytes that arrived are kept and the error is raised afterwards.
    """
    with transaction.atomic():
        upload = _owned(Upload.objects.select_for_update(), upload_id, owner)
        if upload is None:
            raise _not_found()
        if offset != upload.offset:
            raise MediaError(
                MediaErrorCode.OFFSET_MISMATCH,
                _("The upload continued elsewhere; it will resume from byte %(offset)d.") % {"offset": upload.offset},
            )
        if content_length is not None and offset + content_length > upload.length:
            raise _length_exceeded(upload)
        path = upload_path(upload)
        if not path.exists():
            upload.delete()
            raise _not_found()
        written, interrupted = _write_at(path, offset, upload, stream)
        upload.offset = offset + written
        if upload.offset == upload.length and upload.completed_at is None:
            upload.completed_at = timezone.now()
        upload.expires_at = _expiry()
        upload.save(update_fields=["offset", "completed_at", "expires_at"])
    if interrupted is not None:
        raise interrupted
    return upload


def _length_exceeded(upload: Upload) -> MediaError:
    return MediaError(
        MediaErrorCode.LENGTH_EXCEEDED,
        _("More data was sent than the declared size of “%(name)s”.") % {"name": upload.filename},
    )


def _write_at(path: Path, offset: int, upload: Upload, stream) -> tuple[int, Exception | None]:
    """Stream ``stream`` into ``path`` at ``offset``: (bytes written, the read error that cut it short)."""
    written = 0
    interrupted: Exception | None = None
    with path.open("r+b") as part:
        part.truncate(offset)  # a previous request cut off mid-write may have left bytes past the offset
        part.seek(offset)
        while True:
            try:
                chunk = stream.read(CHUNK_BYTES)
            except OSError as error:  # client gone (Django raises UnreadablePostError, an OSError)
                interrupted = error
                break
            if not chunk:
                break
            if offset + written + len(chunk) > upload.length:
                part.truncate(offset)
                raise _length_exceeded(upload)
            part.write(chunk)
            written += len(chunk)
        part.flush()
        os.fsync(part.fileno())
    return written, interrupted


def upload_delete(*, upload_id, owner) -> None:
    """tus termination: the row and its bytes go."""
    with transaction.atomic():
        upload = _owned(Upload.objects.select_for_update(), upload_id, owner)
        if upload is None:
            raise _not_found()
        path = upload_path(upload)
        upload.delete()
        transaction.on_commit(lambda: path.unlink(missing_ok=True))


def uploads_expire() -> int:
    """Remove uploads past their expiry (finished or not) and stray ``.part`` files; how many uploads went."""
    now = timezone.now()
    removed = 0
    while True:
        with transaction.atomic():
            # skip_locked: an upload being appended to right now is left for the next run.
            batch = list(Upload.objects.select_for_update(skip_locked=True).filter(expires_at__lte=now)[:500])
            if not batch:
                break
            paths = [upload_path(upload) for upload in batch]
            Upload.objects.filter(pk__in=[upload.pk for upload in batch]).delete()
        for path in paths:
            path.unlink(missing_ok=True)
        removed += len(batch)
    _remove_strays(now)
    return removed


def _remove_strays(now) -> None:
    """``.part`` files without a row (their owner was deleted, a crash between file and row) older than expiry."""
    directory = upload_dir()
    if not directory.is_dir():
        return
    cutoff = (now - timedelta(hours=settings.ZYK_UPLOAD_EXPIRY_HOURS)).timestamp()
    candidates = {}
    for entry in directory.iterdir():
        match = _PART_NAME.match(entry.name)
        try:
            if match and entry.is_file() and entry.stat().st_mtime < cutoff:
                candidates[uuid.UUID(match.group(1))] = entry
        except FileNotFoundError:
            continue
    if not candidates:
        return
    known = set(Upload.objects.filter(pk__in=list(candidates)).values_list("pk", flat=True))
    for key, entry in candidates.items():
        if key not in known:
            entry.unlink(missing_ok=True)
