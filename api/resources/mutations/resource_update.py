"""Save a new draft of a resource (M3 online editing)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.resources.inputs import ResourceInput, attributes_from
from api.resources.mutations.common import resource_for
from api.resources.types import Resource
from cms.resources import services
from cms.resources.uploads import with_uploaded_asset


class ResourceUpdate(DomainMutation):
    """Edit metadata, text or file. A published resource stays live as approved until the new draft
    passes review."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")
        input = ResourceInput(required=True, description="Fields to change.")
        upload_id = graphene.ID(description="A finished upload replacing the file.")

    resource = graphene.Field(Resource, description="The saved draft.")
    duplicate_of = graphene.Field(Resource, description="The resource already holding a replacement file.")

    @classmethod
    def perform(cls, root, info, id, input, upload_id=None):
        user = require_login(info)
        resource = resource_for(info, id)
        attributes = attributes_from(input)

        def update(asset=None):
            return services.resource_update(user=user, resource=resource, attributes=attributes, asset=asset)

        draft = with_uploaded_asset(user=user, upload_id=upload_id, action=update) if upload_id else update()
        draft._is_revision = draft.live  # a live resource's draft lives in a revision, not the row
        return {"resource": draft}

    @classmethod
    def error_fields(cls, error):
        return {"duplicate_of": getattr(error, "existing", None)}
