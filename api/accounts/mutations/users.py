"""The system administrator's user management and audited personal-data views (O2, S)."""

import graphene

from api.accounts.mutations.login import require_login
from api.accounts.types import ManagedUser, PersonalData
from api.core.mutations import DomainMutation
from cms.accounts import user_admin


class UserSetActive(DomainMutation):
    """System administrator: disable (ends every session) or enable an account."""

    class Arguments:
        user_id = graphene.ID(required=True, description="The account.")
        active = graphene.Boolean(required=True, description="False disables the account.")

    user = graphene.Field(ManagedUser, description="The changed account.")

    @classmethod
    def perform(cls, root, info, user_id, active):
        require_login(info)
        return {"user": user_admin.user_set_active(request=info.context, user_id=user_id, active=active)}


class UserUnlock(DomainMutation):
    """System administrator: lift a lockout after failed logins."""

    class Arguments:
        user_id = graphene.ID(required=True, description="The account.")

    user = graphene.Field(ManagedUser, description="The unlocked account.")

    @classmethod
    def perform(cls, root, info, user_id):
        require_login(info)
        return {"user": user_admin.user_unlock(request=info.context, user_id=user_id)}


class PersonalDataView(DomainMutation):
    """Organisation administrator: see one member's unmasked phone and real name. Every call is audited."""

    class Arguments:
        user_id = graphene.ID(required=True, description="The member.")

    data = graphene.Field(PersonalData, description="The unmasked data.")

    @classmethod
    def perform(cls, root, info, user_id):
        require_login(info)
        return {"data": user_admin.personal_data_view(request=info.context, user_id=user_id)}
