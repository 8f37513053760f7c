"""Log in (password, SMS code, WeChat mini-program), log out, log out everywhere (O2)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.types import Me
from api.core.mutations import DomainMutation
from cms.accounts import login as services
from cms.core.errors import DomainError, ErrorCode


def require_login(info):
    user = info.context.user
    if not user.is_authenticated:
        raise DomainError(_("Please log in first."), code=ErrorCode.UNAUTHENTICATED)
    return user


class LoginPayloadMixin:
    me = graphene.Field(Me, description="The person now logged in.")
    token = graphene.String(description="Bearer token, when issueToken was asked (mini-program, API clients).")
    two_factor_required = graphene.Boolean(description="An administrator must now pass the TOTP step.")

    @staticmethod
    def fields(result) -> dict:
        return {"me": result.user, "token": result.token or None, "two_factor_required": result.two_factor_required}


class LoginWithPassword(LoginPayloadMixin, DomainMutation):
    """Log in with account name, phone or email and password. Five failures lock the account for 30 minutes."""

    class Arguments:
        account = graphene.String(required=True, description="Account name, phone number or email.")
        password = graphene.String(required=True, description="Password.")
        issue_token = graphene.Boolean(default_value=False, description="Return a bearer token, no cookie.")
        bind_ticket = graphene.String(description="Link the WeChat identity of this ticket to the account.")

    @classmethod
    def perform(cls, root, info, account, password, issue_token=False, bind_ticket=None):
        result = services.login_with_password(
            request=info.context,
            account=account,
            password=password,
            issue_token=issue_token,
            bind_ticket=bind_ticket or "",
        )
        return cls.fields(result)


class LoginCodeSend(DomainMutation):
    """Send an SMS login code. The answer is the same whether or not the number has an account."""

    class Arguments:
        phone = graphene.String(required=True, description="Mainland China mobile number.")

    @classmethod
    def perform(cls, root, info, phone):
        services.login_code_send(request=info.context, phone=phone)
        return {}


class LoginWithSmsCode(LoginPayloadMixin, DomainMutation):
    """Log in with the code sent by SMS."""

    class Arguments:
        phone = graphene.String(required=True, description="Mainland China mobile number.")
        code = graphene.String(required=True, description="6-digit code.")
        issue_token = graphene.Boolean(default_value=False, description="Return a bearer token, no cookie.")
        bind_ticket = graphene.String(description="Link the WeChat identity of this ticket to the account.")

    @classmethod
    def perform(cls, root, info, phone, code, issue_token=False, bind_ticket=None):
        result = services.login_with_sms_code(
            request=info.context, phone=phone, code=code, issue_token=issue_token, bind_ticket=bind_ticket or ""
        )
        return cls.fields(result)


class LoginWithWechatMini(LoginPayloadMixin, DomainMutation):
    """Mini-program login: the code from wx.login() → a bearer token, or WECHAT_NOT_BOUND with a bind ticket."""

    class Arguments:
        js_code = graphene.String(required=True, description="Code from wx.login().")

    bind_ticket = graphene.String(description="On WECHAT_NOT_BOUND: pass it to a password or SMS login to link.")

    @classmethod
    def perform(cls, root, info, js_code):
        return cls.fields(services.login_with_wechat_mini(request=info.context, js_code=js_code))

    @classmethod
    def error_fields(cls, error):
        return {"bind_ticket": getattr(error, "ticket", None)}


class Logout(DomainMutation):
    """End this browser session or this token."""

    @classmethod
    def perform(cls, root, info):
        if info.context.user.is_authenticated:
            services.logout_current(request=info.context)
        return {}


class LogoutEverywhere(DomainMutation):
    """End every session and token of the signed-in person, this one included."""

    ended_count = graphene.Int(description="How many sessions and tokens were ended.")

    @classmethod
    def perform(cls, root, info):
        require_login(info)
        return {"ended_count": services.logout_everywhere(request=info.context)}
