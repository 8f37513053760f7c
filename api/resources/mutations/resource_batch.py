"""Batch upload (M3): recognise many files or zips into items, then create the resources."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.resources.inputs import ResourceInput, defaults_from, int_ids
from api.resources.types import ResourceBatch
from cms.core.errors import DomainError, ErrorCode


class BatchUploadInput(graphene.InputObjectType):
    upload_id = graphene.ID(required=True, description="A finished upload (tus) of the signed-in person.")
    relative_path = graphene.String(
        description="Folders and name as picked (webkitRelativePath), e.g. 数控车削加工技术/项目一/视频/x.mp4."
    )


class BatchItemInput(graphene.InputObjectType):
    item_id = graphene.ID(required=True, description="Batch item id.")
    input = ResourceInput(description="Attributes overriding what was recognised and inherited.")
    skip = graphene.Boolean(default_value=False, description="Do not create this one.")


def _batch(info, raw_id):
    from cms.resources.batches import resource_batch_get

    user = require_login(info)
    batch = resource_batch_get(user, int_ids([raw_id], field="id")[0])
    if batch is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field="id")
    return user, batch


class ResourceBatchPrepare(DomainMutation):
    """Check and recognise up to 100 uploaded files or zips; every file gets a row in the report,
    inheriting the batch attributes (``defaults``). Nothing is created yet."""

    class Arguments:
        uploads = graphene.List(graphene.NonNull(BatchUploadInput), required=True, description="At most 100.")
        defaults = ResourceInput(description="Batch-level attributes every item inherits.")

    batch = graphene.Field(ResourceBatch, description="The recognised batch.")

    @classmethod
    def perform(cls, root, info, uploads, defaults=None):
        from cms.resources.batches import resource_batch_prepare
        from cms.resources.uploads import upload_of

        user = require_login(info)
        if len(uploads) > 100:
            raise DomainError(_("At most 100 files at a time."), code=ErrorCode.LIMIT_EXCEEDED, field="uploads")
        pairs = [
            (upload_of(user=user, upload_id=u["upload_id"]), (u.get("relative_path") or "").strip()) for u in uploads
        ]
        batch = resource_batch_prepare(user=user, uploads=pairs, defaults=defaults_from(defaults))
        return {"batch": batch}


class ResourceBatchCommit(DomainMutation):
    """Create the resources of a prepared batch, with per-item overrides; one failure never stops the
    others. ``submit`` also sends each new draft into review."""

    class Arguments:
        id = graphene.ID(required=True, description="Batch id.")
        items = graphene.List(graphene.NonNull(BatchItemInput), description="Overrides and skips.")
        submit = graphene.Boolean(default_value=False, description="Send the new drafts into review.")

    batch = graphene.Field(ResourceBatch, description="The batch with each item's outcome.")

    @classmethod
    def perform(cls, root, info, id, items=None, submit=False):
        from cms.resources.batches import resource_batch_commit

        user, batch = _batch(info, id)
        overrides, skip = {}, set()
        for item in (items or [])[:1000]:
            item_id = int_ids([item["item_id"]], field="items")[0]
            if item.get("skip"):
                skip.add(item_id)
            if item.get("input"):
                overrides[item_id] = defaults_from(item["input"])
        batch = resource_batch_commit(user=user, batch=batch, overrides=overrides, skip=skip, submit=submit)
        return {"batch": batch}
