"""The converted media of a resource (M2, M3): retry a failed conversion, ask for a PDF or an MP4."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.resources.mutations.common import resource_for
from api.resources.types import ConversionKind, Resource
from cms.core.errors import DomainError, ErrorCode
from cms.resources import media, permissions
from media_pipeline.errors import MediaError


class ResourceMediaRetry(DomainMutation):
    """Start a failed or cancelled conversion of the resource's file again (its editors only)."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")

    resource = graphene.Field(Resource, description="The resource; its media shows the new conversion.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        resource = resource_for(info, id)
        if not permissions.can_manage(user, resource):
            raise DomainError(_("You cannot change this resource."), code=ErrorCode.PERMISSION_DENIED)
        if not resource.asset_id:
            raise DomainError(_("This resource has no file to convert."), code=ErrorCode.CONFLICT)
        media.conversion_retry(resource.asset)
        return {"resource": resource}


class ResourceConversionRequest(DomainMutation):
    """Ask for the resource's file in another format: a document as PDF, a video as MP4 (signed-in users who may
    download it). Asking twice returns the same conversion."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")
        kind = ConversionKind(required=True, description="What to make.")

    resource = graphene.Field(Resource, description="The resource; its media lists the conversion.")

    @classmethod
    def perform(cls, root, info, id, kind):
        require_login(info)
        resource = resource_for(info, id)
        if not resource.asset_id:
            raise DomainError(_("This resource has no file to convert."), code=ErrorCode.CONFLICT)
        try:
            media.conversion_request_kind(resource.asset, kind=getattr(kind, "value", kind))
        except MediaError as error:
            raise DomainError(error.message, code=ErrorCode.INVALID_INPUT, field="kind") from error
        return {"resource": resource}


class ResourceSubtitleAttach(DomainMutation):
    """Attach subtitles to a video or animation from a finished SRT or WebVTT upload (its editors only); a
    language's earlier subtitles are replaced."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")
        upload_id = graphene.ID(required=True, description="The finished resumable upload of the .srt / .vtt file.")
        language = graphene.String(default_value="zh-CN", description="zh-CN (default) or en.")

    resource = graphene.Field(Resource, description="The resource; its media lists the subtitles.")

    @classmethod
    def perform(cls, root, info, id, upload_id, language="zh-CN"):
        user = require_login(info)
        resource = resource_for(info, id)
        media.subtitle_attach(user=user, resource=resource, upload_id=upload_id, language=language)
        return {"resource": resource}


class ResourceSubtitleRemove(DomainMutation):
    """Take a language's subtitles off a video (its editors only)."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")
        language = graphene.String(required=True, description="zh-CN or en.")

    resource = graphene.Field(Resource, description="The resource.")

    @classmethod
    def perform(cls, root, info, id, language):
        user = require_login(info)
        resource = resource_for(info, id)
        if not media.subtitle_remove(user=user, resource=resource, language=language):
            raise DomainError(_("There are no subtitles in this language."), code=ErrorCode.NOT_FOUND, field="language")
        return {"resource": resource}
