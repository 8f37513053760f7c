"""A host invites a participating organisation's administrator by email (O1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.majors.types import OrganisationKind
from api.organisations.inputs import enum_value, object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import OrganisationInvitation
from cms.accounts import organisation_admin
from cms.accounts.models import Organisation


class OrganisationInvite(OrganisationsMutation):
    """Create the organisation under the host (or reuse its child of that name) and email a link, valid for
    seven days, that makes whoever accepts it the organisation's administrator."""

    class Arguments:
        host_id = graphene.ID(required=True, description="The host institution (or an organisation under it).")
        name = graphene.String(required=True, description="Name of the organisation invited.")
        kind = OrganisationKind(required=True, description="School or enterprise.")
        email = graphene.String(required=True, description="Email of its future administrator.")

    invitation = graphene.Field(OrganisationInvitation, description="The invitation sent.")

    @classmethod
    def perform(cls, root, info, host_id, name, kind, email):
        require_login(info)
        host = object_get(Organisation.objects.all(), host_id, field="host_id")
        invitation = organisation_admin.organisation_invite(
            request=info.context, host=host, name=name, kind=enum_value(kind), email=email
        )
        return {"invitation": invitation}
