"""Create a draft resource from an uploaded file, a text or a link (M2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.resources.inputs import ResourceInput, attributes_from
from api.resources.types import Resource
from cms.resources import services
from cms.resources.uploads import with_uploaded_asset


class ResourceCreate(DomainMutation):
    """Create a draft from a finished resumable upload (``uploadId``), or a text / link resource.
    The type comes from the file; the same content already in the library is refused as DUPLICATE
    with ``duplicateOf`` unless ``allowDuplicate``."""

    class Arguments:
        input = ResourceInput(required=True, description="Metadata.")
        upload_id = graphene.ID(description="A finished upload (tus) of the signed-in person.")
        allow_duplicate = graphene.Boolean(default_value=False, description="Keep a second copy anyway.")

    resource = graphene.Field(Resource, description="The new draft.")
    duplicate_of = graphene.Field(Resource, description="The resource already holding this content.")

    @classmethod
    def perform(cls, root, info, input, upload_id=None, allow_duplicate=False):
        user = require_login(info)
        attributes = attributes_from(input)

        def create(asset=None):
            return services.resource_create(
                user=user, attributes=attributes, asset=asset, allow_duplicate=allow_duplicate
            )

        # A refusal keeps the upload: the same uploadId works again once the form is fixed.
        resource = with_uploaded_asset(user=user, upload_id=upload_id, action=create) if upload_id else create()
        return {"resource": resource}

    @classmethod
    def error_fields(cls, error):
        return {"duplicate_of": getattr(error, "existing", None)}
