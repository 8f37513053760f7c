"""Writes of media assets (M2, M3): a checked, measured file in the default storage.

The storage key is ASCII (``assets/YYYY/MM/<uuid hex>.<ext>``) so it is safe in URLs, S3 and every file
system; the user's name, Chinese included, is kept in ``original_filename``.
"""

import uuid
from pathlib import Path

from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.measure import measure
from media_pipeline.models import MediaAsset, Upload
from media_pipeline.sniff import clean_filename, sniff
from media_pipeline.uploads import upload_path


@transaction.atomic
def asset_create_from_file(*, path: Path, filename: str) -> MediaAsset:
    """Sniff, measure and store the file at ``path`` (the user called it ``filename``); MediaError if refused.

    The stored copy is deleted again when the row cannot be saved. The file at ``path`` is left alone.
    """
    path = Path(path)
    filename = clean_filename(filename)
    sniffed = sniff(path, filename)
    measured = measure(path, sniffed.kind, extension=sniffed.extension)
    asset = MediaAsset(
        original_filename=filename,
        kind=sniffed.kind,
        mime=sniffed.mime,
        extension=sniffed.extension,
        size=measured.size,
        checksum=measured.checksum,
        width=measured.width,
        height=measured.height,
        duration_seconds=measured.duration_seconds,
        pages=measured.pages,
        extracted_text=measured.text,
    )
    with path.open("rb") as handle:
        asset.file.save(f"{uuid.uuid4().hex}.{sniffed.extension}", File(handle), save=False)
    try:
        asset.full_clean()
        with transaction.atomic():
            asset.save()
    except BaseException:
        asset.file.storage.delete(asset.file.name)
        raise
    return asset


@transaction.atomic
def asset_create_from_upload(*, upload: Upload) -> MediaAsset:
    """Turn a finished upload into an asset and consume it (row and ``.part`` file go on commit).

    The upload row is locked, so two calls for one upload make one asset; the second finds nothing.
    When the file is refused (MediaError) the upload is left as it is; it expires like any other.
    """
    locked = Upload.objects.select_for_update().filter(pk=upload.pk).first()
    if locked is None:
        raise MediaError(MediaErrorCode.NOT_FOUND, _("This upload does not exist or has expired. Start it again."))
    if not locked.is_complete:
        raise MediaError(
            MediaErrorCode.UPLOAD_INCOMPLETE,
            _("“%(name)s” has not finished uploading (%(offset)d of %(length)d bytes).")
            % {"name": locked.filename, "offset": locked.offset, "length": locked.length},
        )
    path = upload_path(locked)
    asset = asset_create_from_file(path=path, filename=locked.filename)
    locked.delete()
    transaction.on_commit(lambda: path.unlink(missing_ok=True))
    return asset
