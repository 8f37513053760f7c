"""Queries and mutations of accounts: me, sessions, login history, and every login flow (O2, O3)."""

import graphene

from api.accounts.mutations.login import (
    LoginCodeSend,
    LoginWithPassword,
    LoginWithSmsCode,
    LoginWithWechatMini,
    Logout,
    LogoutEverywhere,
)
from api.accounts.mutations.profile import (
    ContactChangeConfirm,
    ContactChangeStart,
    PasswordChange,
    ProfileUpdate,
    SessionRevoke,
)
from api.accounts.mutations.registration import (
    PasswordResetComplete,
    PasswordResetStart,
    RegisterStart,
    RegisterVerify,
)
from api.accounts.mutations.two_factor import (
    TwoFactorEnrolConfirm,
    TwoFactorEnrolStart,
    TwoFactorReset,
    TwoFactorVerify,
)
from api.accounts.mutations.users import PersonalDataView, UserSetActive, UserUnlock
from api.accounts.types import LoginEventList, LoginOptions, LoginSessionList, ManagedUserList, Me
from api.core.pagination import page_bounds
from cms.accounts import sessions, user_admin
from cms.audit import selectors as audit_selectors


class AccountsQueries(graphene.ObjectType):
    me = graphene.Field(Me, description="The signed-in person; null when nobody is logged in.")
    login_options = graphene.Field(LoginOptions, required=True, description="Login methods this site offers.")
    my_sessions = graphene.Field(
        LoginSessionList,
        active_only=graphene.Boolean(default_value=True, description="Only sessions still open."),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="The signed-in person's browser sessions and app tokens, newest first.",
    )
    my_login_history = graphene.Field(
        LoginEventList,
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Logins, failed attempts, lockouts and logouts of the signed-in person, newest first.",
    )
    users = graphene.Field(
        ManagedUserList,
        required=True,
        search=graphene.String(description="Account name or email contains; or an exact phone number or real name."),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Accounts, newest first, personal data masked. System administrators only.",
    )

    @staticmethod
    def resolve_users(root, info, search="", limit=20, offset=0):
        limit, offset = page_bounds(limit, offset)
        rows = user_admin.users_search(request=info.context, search=search or "")
        return ManagedUserList(total_count=rows.count(), items=list(rows[offset : offset + limit]))

    @staticmethod
    def resolve_login_options(root, info):
        from cms.accounts.messaging.wechat import mini_login_enabled, web_login_enabled

        return LoginOptions(wechat_web=web_login_enabled(), wechat_mini_program=mini_login_enabled())

    @staticmethod
    def resolve_me(root, info):
        user = info.context.user
        return user if user.is_authenticated else None

    @staticmethod
    def resolve_my_sessions(root, info, active_only=True, limit=20, offset=0):
        user = info.context.user
        if not user.is_authenticated:
            return None
        limit, offset = page_bounds(limit, offset)
        total, items = sessions.sessions_of(user, active_only=active_only, limit=limit, offset=offset)
        return LoginSessionList(total_count=total, items=items)

    @staticmethod
    def resolve_my_login_history(root, info, limit=20, offset=0):
        user = info.context.user
        if not user.is_authenticated:
            return None
        limit, offset = page_bounds(limit, offset)
        total, items = audit_selectors.login_history(user, limit=limit, offset=offset)
        return LoginEventList(total_count=total, items=items)


class AccountsMutations(graphene.ObjectType):
    register_start = RegisterStart.Field(description=RegisterStart.__doc__)
    register_verify = RegisterVerify.Field(description=RegisterVerify.__doc__)
    login_with_password = LoginWithPassword.Field(description=LoginWithPassword.__doc__)
    login_code_send = LoginCodeSend.Field(description=LoginCodeSend.__doc__)
    login_with_sms_code = LoginWithSmsCode.Field(description=LoginWithSmsCode.__doc__)
    login_with_wechat_mini = LoginWithWechatMini.Field(description=LoginWithWechatMini.__doc__)
    logout = Logout.Field(description=Logout.__doc__)
    logout_everywhere = LogoutEverywhere.Field(description=LogoutEverywhere.__doc__)
    password_reset_start = PasswordResetStart.Field(description=PasswordResetStart.__doc__)
    password_reset_complete = PasswordResetComplete.Field(description=PasswordResetComplete.__doc__)
    two_factor_enrol_start = TwoFactorEnrolStart.Field(description=TwoFactorEnrolStart.__doc__)
    two_factor_enrol_confirm = TwoFactorEnrolConfirm.Field(description=TwoFactorEnrolConfirm.__doc__)
    two_factor_verify = TwoFactorVerify.Field(description=TwoFactorVerify.__doc__)
    two_factor_reset = TwoFactorReset.Field(description=TwoFactorReset.__doc__)
    profile_update = ProfileUpdate.Field(description=ProfileUpdate.__doc__)
    password_change = PasswordChange.Field(description=PasswordChange.__doc__)
    contact_change_start = ContactChangeStart.Field(description=ContactChangeStart.__doc__)
    contact_change_confirm = ContactChangeConfirm.Field(description=ContactChangeConfirm.__doc__)
    session_revoke = SessionRevoke.Field(description=SessionRevoke.__doc__)
    user_set_active = UserSetActive.Field(description=UserSetActive.__doc__)
    user_unlock = UserUnlock.Field(description=UserUnlock.__doc__)
    personal_data_view = PersonalDataView.Field(description=PersonalDataView.__doc__)
