"""Personal space: profile, password, phone/email, sessions (O3)."""

import graphene

from api.accounts.mutations.login import require_login
from api.accounts.types import Channel, LoginSession, Me
from api.core.mutations import DomainMutation
from cms.accounts import profile as services
from cms.accounts import sessions


class ProfileUpdate(DomainMutation):
    """Change title or (until verified) real name."""

    class Arguments:
        title = graphene.String(description="Professional title.")
        real_name = graphene.String(description="Real name; fixed once verified against a roster.")

    me = graphene.Field(Me, description="The updated person.")

    @classmethod
    def perform(cls, root, info, title=None, real_name=None):
        require_login(info)
        return {"me": services.profile_update(request=info.context, title=title, real_name=real_name)}


class PasswordChange(DomainMutation):
    """Change the password; every other session and token ends."""

    class Arguments:
        old_password = graphene.String(required=True, description="Current password.")
        new_password = graphene.String(required=True, description="New password.")

    @classmethod
    def perform(cls, root, info, old_password, new_password):
        require_login(info)
        services.password_change(request=info.context, old_password=old_password, new_password=new_password)
        return {}


class ContactChangeStart(DomainMutation):
    """Send a code to a new phone number or email (needs the current password)."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="The new phone number or email.")
        password = graphene.String(required=True, description="Current password.")

    @classmethod
    def perform(cls, root, info, channel, target, password):
        require_login(info)
        services.contact_change_start(
            request=info.context, channel=getattr(channel, "value", channel), target=target, password=password
        )
        return {}


class ContactChangeConfirm(DomainMutation):
    """Confirm the code sent to the new phone number or email."""

    class Arguments:
        channel = Channel(required=True, description="SMS or EMAIL.")
        target = graphene.String(required=True, description="The new phone number or email.")
        code = graphene.String(required=True, description="6-digit code.")

    me = graphene.Field(Me, description="The updated person.")

    @classmethod
    def perform(cls, root, info, channel, target, code):
        require_login(info)
        user = services.contact_change_confirm(
            request=info.context, channel=getattr(channel, "value", channel), target=target, code=code
        )
        return {"me": user}


class SessionRevoke(DomainMutation):
    """End one of one's own sessions or tokens."""

    class Arguments:
        id = graphene.ID(required=True, description="Login session id.")

    session = graphene.Field(LoginSession, description="The ended session.")

    @classmethod
    def perform(cls, root, info, id):
        require_login(info)
        session_id = int(id) if str(id).isdigit() else 0
        return {"session": sessions.session_revoke(request=info.context, session_id=session_id)}
