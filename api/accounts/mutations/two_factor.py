"""TOTP two-factor login for administrators (O2, S)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.accounts.types import Me
from api.core.mutations import DomainMutation
from cms.accounts import two_factor as services
from cms.accounts.models import User
from cms.core.errors import DomainError, ErrorCode


class TwoFactorEnrolStart(DomainMutation):
    """Start setting up an authenticator app: scan ``otpauthUrl`` as a QR code, then confirm a code."""

    otpauth_url = graphene.String(description="otpauth:// URL for the QR code.")
    secret = graphene.String(description="The same secret in base32, to type in by hand.")

    @classmethod
    def perform(cls, root, info):
        require_login(info)
        import base64

        device = services.totp_enrol_start(request=info.context)
        return {"otpauth_url": device.config_url, "secret": base64.b32encode(device.bin_key).decode().rstrip("=")}


class TwoFactorEnrolConfirm(DomainMutation):
    """Confirm the first code from the authenticator app; this session counts as verified."""

    class Arguments:
        code = graphene.String(required=True, description="6-digit code from the app.")

    me = graphene.Field(Me, description="The person, now with two-factor set up.")

    @classmethod
    def perform(cls, root, info, code):
        user = require_login(info)
        services.totp_enrol_confirm(request=info.context, code=code)
        return {"me": user}


class TwoFactorVerify(DomainMutation):
    """Pass the TOTP step after logging in."""

    class Arguments:
        code = graphene.String(required=True, description="6-digit code from the app.")

    me = graphene.Field(Me, description="The person, verified.")

    @classmethod
    def perform(cls, root, info, code):
        user = require_login(info)
        services.totp_verify(request=info.context, code=code)
        return {"me": user}


class TwoFactorReset(DomainMutation):
    """System administrator: remove a user's authenticator (lost phone)."""

    class Arguments:
        user_id = graphene.ID(required=True, description="The user whose authenticator is removed.")

    @classmethod
    def perform(cls, root, info, user_id):
        require_login(info)
        user = User.objects.filter(pk=user_id).first() if str(user_id).isdigit() else None
        if user is None:
            raise DomainError(_("No such user."), code=ErrorCode.NOT_FOUND)
        services.totp_reset(request=info.context, user=user)
        return {}
