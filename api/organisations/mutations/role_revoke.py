"""Take a role in an organisation one administers from a person (O2)."""

from api.accounts.mutations.login import require_login
from api.organisations.inputs import enum_value
from api.organisations.mutations import OrganisationsMutation
from api.organisations.mutations.role_assign import RoleArguments, person_and_organisation
from cms.accounts import organisation_admin


class RoleRevoke(OrganisationsMutation):
    """Take an organisational role from a person inside one's subtree."""

    Arguments = RoleArguments

    @classmethod
    def perform(cls, root, info, role, organisation_id, user_id=None, account=None):
        require_login(info)
        user, organisation = person_and_organisation(user_id, account, organisation_id)
        organisation_admin.role_revoke(
            request=info.context, user=user, role=enum_value(role), organisation=organisation
        )
        return {}
