"""Give a person a role in an organisation one administers (O2)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.accounts.types import RoleAssignment, RoleCode
from api.organisations.inputs import enum_value, object_get
from api.organisations.mutations import OrganisationsMutation
from cms.accounts import organisation_admin
from cms.accounts.models import Organisation, User, account_lookup_q
from cms.core.errors import DomainError, ErrorCode


class RoleArguments:
    user_id = graphene.ID(description="The person; or give account.")
    account = graphene.String(description="The person's account name, phone number or email; or give userId.")
    role = RoleCode(required=True, description="An organisational role (not a platform administrator role).")
    organisation_id = graphene.ID(required=True, description="Where the role applies.")


def person_and_organisation(user_id, account, organisation_id) -> tuple[User, Organisation]:
    if bool(user_id) == bool(account):
        raise DomainError(_("Give either the user id or the account."), code=ErrorCode.INVALID_INPUT, field="user_id")
    if user_id:
        user = object_get(User.objects.filter(is_active=True), user_id, field="user_id")
    else:
        user = User.objects.filter(account_lookup_q(account), is_active=True).first()
        if user is None:
            raise DomainError(_("No account is known by this name."), code=ErrorCode.NOT_FOUND, field="account")
    return user, object_get(Organisation.objects.all(), organisation_id, field="organisation_id")


class RoleAssign(OrganisationsMutation):
    """Give a person an organisational role (teacher, editor, reviewer, administrator …) inside one's subtree."""

    Arguments = RoleArguments

    assignment = graphene.Field(RoleAssignment, description="The role now held.")

    @classmethod
    def perform(cls, root, info, role, organisation_id, user_id=None, account=None):
        require_login(info)
        user, organisation = person_and_organisation(user_id, account, organisation_id)
        assignment = organisation_admin.role_assign(
            request=info.context, user=user, role=enum_value(role), organisation=organisation
        )
        return {"assignment": assignment}
