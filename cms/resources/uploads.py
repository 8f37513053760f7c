"""Finished resumable uploads → checked media assets, with the pipeline's refusals as domain errors (M2)."""

from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from media_pipeline.errors import MediaError
from media_pipeline.services import asset_create_from_upload
from media_pipeline.uploads import upload_get


def media_error(error: MediaError, *, field: str = "upload_id") -> DomainError:
    code = ErrorCode.__members__.get(str(error.code), ErrorCode.INVALID_INPUT)
    return DomainError(error.message, code=code, field=field)


def upload_of(*, user, upload_id):
    try:
        return upload_get(upload_id=upload_id, owner=user)
    except MediaError as error:
        raise DomainError(
            _("This upload was not found; upload the file again."), code=ErrorCode.NOT_FOUND, field="upload_id"
        ) from error


def asset_from_upload(*, user, upload_id):
    """The checked asset of ``user``'s finished upload (type sniffed, measured, stored)."""
    upload = upload_of(user=user, upload_id=upload_id)
    try:
        return asset_create_from_upload(upload=upload)
    except MediaError as error:
        raise media_error(error) from error


def asset_discard(asset) -> None:
    """Remove an asset no resource took (its file goes once the transaction commits)."""
    from django.db import transaction

    if asset.resources.exists():
        return
    name, storage = asset.file.name, asset.file.storage
    asset.delete()
    transaction.on_commit(lambda: storage.delete(name))


def with_uploaded_asset(*, user, upload_id, action):
    """``action(asset)`` on the asset of ``user``'s finished upload, all or nothing.

    When the action is refused (a naming-rule error, a duplicate …) everything rolls back and the upload
    stays, so the person fixes the form and saves again without sending the file a second time; only the
    copy already written to storage is removed.
    """
    from django.db import transaction

    stored = []
    try:
        with transaction.atomic():
            asset = asset_from_upload(user=user, upload_id=upload_id)
            stored.append((asset.file.storage, asset.file.name))
            return action(asset)
    except DomainError:
        for storage, name in stored:
            storage.delete(name)
        raise
