"""GraphQL types of the signed-in person, their roles and their sessions (O2, O3)."""

import graphene

from cms.accounts.models import RealNameStatus as RealNameStatusChoices
from cms.accounts.models import SessionKind as SessionKindChoices
from cms.accounts.roles import PlatformRole as PlatformRoleChoices
from cms.accounts.roles import Role as RoleChoices
from cms.core.masking import mask_phone


def _enum(name: str, choices, description: str) -> type[graphene.Enum]:
    return graphene.Enum(name, [(c.name, c.value) for c in choices if c.value], description=description)


Channel = graphene.Enum("Channel", [("SMS", "sms"), ("EMAIL", "email")], description="Where a code is sent.")
RealNameStatus = _enum("RealNameStatus", RealNameStatusChoices, "Real-name verification state.")
RoleCode = _enum("RoleCode", RoleChoices, "A role held in an organisation (or as a social learner).")
PlatformRoleCode = _enum("PlatformRoleCode", PlatformRoleChoices, "One of the three separated administrators.")
SessionKind = _enum("SessionKind", SessionKindChoices, "Browser session or app/mini-program token.")


class OrganisationRef(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Full name.")


class RoleAssignment(graphene.ObjectType):
    """One role of the person."""

    role = graphene.Field(RoleCode, required=True, description="Role code.")
    label = graphene.String(required=True, description="Role name in the request's language.")
    organisation = graphene.Field(OrganisationRef, description="Where the role applies; empty for social learners.")

    @staticmethod
    def resolve_label(assignment, info) -> str:
        return str(assignment.get_role_display())


class TwoFactorState(graphene.ObjectType):
    required = graphene.Boolean(required=True, description="Administrators must pass TOTP after logging in.")
    enrolled = graphene.Boolean(required=True, description="An authenticator app is set up.")
    verified = graphene.Boolean(required=True, description="This session passed the TOTP step.")


class Me(graphene.ObjectType):
    """The signed-in person, as they see themselves. Phone numbers are shown masked even here."""

    id = graphene.ID(required=True, description="Database id.")
    username = graphene.String(required=True, description="Account name.")
    display_name = graphene.String(required=True, description="Real name when known, else the account name.")
    real_name = graphene.String(required=True, description="Real name (may be empty).")
    title = graphene.String(required=True, description="Professional title.")
    phone_masked = graphene.String(required=True, description="Phone number like 138****1234, or empty.")
    phone_verified = graphene.Boolean(required=True, description="The phone number was confirmed by a code.")
    email = graphene.String(required=True, description="Email address (may be empty).")
    email_verified = graphene.Boolean(required=True, description="The email address was confirmed by a code.")
    avatar_url = graphene.String(description="Avatar picture URL.")
    real_name_status = graphene.Field(RealNameStatus, required=True, description="Real-name verification state.")
    real_name_verified = graphene.Boolean(required=True, description="Verified against a school roster (badge).")
    student_or_staff_number = graphene.String(required=True, description="Number from the roster.")
    department = graphene.String(required=True, description="Department from the roster.")
    class_name = graphene.String(required=True, description="Class from the roster.")
    platform_role = graphene.Field(PlatformRoleCode, description="System, security or audit administrator.")
    platform_role_label = graphene.String(description="Platform role name in the request's language.")
    roles = graphene.List(graphene.NonNull(RoleAssignment), required=True, description="Roles in organisations.")
    is_administrator = graphene.Boolean(required=True, description="Holds an administrator role.")
    two_factor = graphene.Field(TwoFactorState, required=True, description="Two-factor login state.")
    wechat_linked = graphene.Boolean(required=True, description="A WeChat account is linked.")

    @staticmethod
    def resolve_display_name(user, info) -> str:
        return user.display_name

    @staticmethod
    def resolve_phone_masked(user, info) -> str:
        return mask_phone(user.phone)

    @staticmethod
    def resolve_phone_verified(user, info) -> bool:
        return user.phone_verified_at is not None

    @staticmethod
    def resolve_email_verified(user, info) -> bool:
        return user.email_verified_at is not None

    @staticmethod
    def resolve_avatar_url(user, info) -> str | None:
        return user.avatar.url if user.avatar else None

    @staticmethod
    def resolve_real_name_verified(user, info) -> bool:
        return user.real_name_status == RealNameStatusChoices.VERIFIED

    @staticmethod
    def resolve_platform_role(user, info):
        return user.platform_role or None

    @staticmethod
    def resolve_platform_role_label(user, info) -> str | None:
        return str(user.get_platform_role_display()) if user.platform_role else None

    @staticmethod
    def resolve_roles(user, info) -> list:
        return list(user.role_assignments.select_related("organisation").order_by("id"))

    @staticmethod
    def resolve_is_administrator(user, info) -> bool:
        return user.is_administrator

    @staticmethod
    def resolve_two_factor(user, info) -> TwoFactorState:
        from cms.accounts.two_factor import totp_device

        request_user = info.context.user
        verified = bool(getattr(request_user, "is_verified", lambda: False)())
        return TwoFactorState(required=user.is_administrator, enrolled=totp_device(user) is not None, verified=verified)

    @staticmethod
    def resolve_wechat_linked(user, info) -> bool:
        return bool(user.wechat_openid or user.wechat_mini_openid)


class LoginSession(graphene.ObjectType):
    """A browser session or app token of the signed-in person."""

    id = graphene.ID(required=True, description="Database id.")
    kind = graphene.Field(SessionKind, required=True, description="Browser or app.")
    method = graphene.String(required=True, description="password, sms, wechat_web, wechat_mini, register.")
    device = graphene.String(required=True, description="Browser and system, e.g. Chrome 120 · Windows.")
    place = graphene.String(required=True, description="Where the login came from, as far as known.")
    ip = graphene.String(description="Client IP address.")
    created_at = graphene.DateTime(required=True, description="Login time.")
    last_seen_at = graphene.DateTime(required=True, description="Last request.")
    ended_at = graphene.DateTime(description="When it ended; empty while active.")
    end_reason = graphene.String(description="Why it ended, in the request's language.")
    current = graphene.Boolean(required=True, description="This is the session making the request.")

    @staticmethod
    def resolve_device(row, info) -> str:
        from cms.accounts.devices import device_describe

        return device_describe(row.user_agent)  # described in the reader's language, not the login's

    @staticmethod
    def resolve_place(row, info) -> str:
        from cms.accounts.devices import place_from_ip

        return place_from_ip(row.ip or "")

    @staticmethod
    def resolve_end_reason(row, info) -> str | None:
        return str(row.get_end_reason_display()) if row.end_reason else None

    @staticmethod
    def resolve_current(row, info) -> bool:
        current = getattr(info.context, "zyk_login_session", None)
        return current is not None and current.pk == row.pk


class LoginSessionList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="All matching rows.")
    items = graphene.List(graphene.NonNull(LoginSession), required=True, description="This page.")


class LoginEvent(graphene.ObjectType):
    """One entry of the login history: a login, a failed attempt, a lockout or a logout."""

    id = graphene.ID(required=True, description="Audit event id.")
    occurred_at = graphene.DateTime(required=True, description="When.")
    action = graphene.String(required=True, description="login.success, login.failed, login.locked, logout …")
    result = graphene.String(required=True, description="success, failure or denied.")
    device = graphene.String(required=True, description="Browser and system.")
    place = graphene.String(required=True, description="Where, as far as known.")
    ip = graphene.String(description="Client IP address.")

    @staticmethod
    def resolve_device(event, info) -> str:
        from cms.accounts.devices import device_describe

        return device_describe(event.user_agent)

    @staticmethod
    def resolve_place(event, info) -> str:
        from cms.accounts.devices import place_from_ip

        return place_from_ip(event.ip or "")


class LoginEventList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="All matching rows.")
    items = graphene.List(graphene.NonNull(LoginEvent), required=True, description="This page.")


class ManagedUser(graphene.ObjectType):
    """An account as the system administrator sees it: personal data masked."""

    id = graphene.ID(required=True, description="Database id.")
    username = graphene.String(required=True, description="Account name.")
    name_masked = graphene.String(required=True, description="Real name masked like 张*丰.")
    phone_masked = graphene.String(required=True, description="Phone masked like 138****1234.")
    email = graphene.String(required=True, description="Email address.")
    is_active = graphene.Boolean(required=True, description="False when disabled.")
    locked_until = graphene.DateTime(description="Locked after failed logins until then.")
    platform_role = graphene.Field(PlatformRoleCode, description="Separated administrator role, if any.")
    real_name_verified = graphene.Boolean(required=True, description="Verified against a roster.")
    two_factor_enrolled = graphene.Boolean(required=True, description="An authenticator app is set up.")
    date_joined = graphene.DateTime(required=True, description="Registration time.")
    last_login = graphene.DateTime(description="Last login.")

    @staticmethod
    def resolve_name_masked(user, info) -> str:
        from cms.core.masking import mask_name

        return mask_name(user.real_name)

    @staticmethod
    def resolve_phone_masked(user, info) -> str:
        return mask_phone(user.phone)

    @staticmethod
    def resolve_locked_until(user, info):
        from django.utils import timezone

        return user.locked_until if user.locked_until and user.locked_until > timezone.now() else None

    @staticmethod
    def resolve_platform_role(user, info):
        return user.platform_role or None

    @staticmethod
    def resolve_real_name_verified(user, info) -> bool:
        return user.real_name_status == RealNameStatusChoices.VERIFIED

    @staticmethod
    def resolve_two_factor_enrolled(user, info) -> bool:
        if hasattr(user, "two_factor_enrolled"):  # annotated by users_search: no query per row
            return user.two_factor_enrolled
        from cms.accounts.two_factor import totp_device

        return totp_device(user) is not None


class ManagedUserList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="All matching accounts.")
    items = graphene.List(graphene.NonNull(ManagedUser), required=True, description="This page.")


class PersonalData(graphene.ObjectType):
    """Unmasked personal data of one person (the view is audited)."""

    user_id = graphene.ID(required=True, description="The person.")
    phone = graphene.String(required=True, description="Phone number.")
    real_name = graphene.String(required=True, description="Real name.")
    id_number_last4 = graphene.String(required=True, description="Last 4 characters of the ID number.")

    @staticmethod
    def resolve_user_id(data, info):
        return data.user.pk


class LoginOptions(graphene.ObjectType):
    """Which login methods this site offers."""

    wechat_web = graphene.Boolean(required=True, description="WeChat website QR login is configured.")
    wechat_mini_program = graphene.Boolean(required=True, description="WeChat mini-program login is configured.")
