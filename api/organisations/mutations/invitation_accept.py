"""Accept an emailed invitation (O1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.accounts.types import RoleAssignment
from api.organisations.mutations import OrganisationsMutation
from cms.accounts import organisation_admin


class InvitationAccept(OrganisationsMutation):
    """The logged-in person takes the role the invitation offers (organisation administrator)."""

    class Arguments:
        token = graphene.String(required=True, description="The token from the link in the email.")

    assignment = graphene.Field(RoleAssignment, description="The role now held.")

    @classmethod
    def perform(cls, root, info, token):
        require_login(info)
        return {"assignment": organisation_admin.invitation_accept(request=info.context, token=token)}
