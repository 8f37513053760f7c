"""Register with a phone or email code; recover a forgotten password (O2)."""

import graphene

from api.accounts.types import Channel, Me
from api.core.mutations import DomainMutation
from cms.accounts import registration as services


class RegisterStart(DomainMutation):
    """Send a registration code. The answer never says whether the phone or email is already registered."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="Phone number or email address.")
        password = graphene.String(required=True, description="Password for the new account.")

    @classmethod
    def perform(cls, root, info, channel, target, password):
        services.registration_start(
            request=info.context,
            channel=channel.value if hasattr(channel, "value") else channel,
            target=target,
            password=password,
        )
        return {}


class RegisterVerify(DomainMutation):
    """Confirm the code: the account becomes active and is logged in."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="Phone number or email address.")
        code = graphene.String(required=True, description="6-digit code.")

    me = graphene.Field(Me, description="The new account, logged in.")

    @classmethod
    def perform(cls, root, info, channel, target, code):
        user = services.registration_verify(
            request=info.context, channel=getattr(channel, "value", channel), target=target, code=code
        )
        return {"me": user}


class PasswordResetStart(DomainMutation):
    """Send a password-recovery code (same answer whether or not an account matches)."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="Phone number or email address.")

    @classmethod
    def perform(cls, root, info, channel, target):
        services.password_reset_start(request=info.context, channel=getattr(channel, "value", channel), target=target)
        return {}


class PasswordResetComplete(DomainMutation):
    """Set a new password with the code; unlocks the account and ends all its sessions."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="Phone number or email address.")
        code = graphene.String(required=True, description="6-digit code.")
        new_password = graphene.String(required=True, description="The new password.")

    @classmethod
    def perform(cls, root, info, channel, target, code, new_password):
        services.password_reset_complete(
            request=info.context,
            channel=getattr(channel, "value", channel),
            target=target,
            code=code,
            new_password=new_password,
        )
        return {}
