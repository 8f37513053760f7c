"""Logging in and out (O2): password, SMS code, WeChat (web QR and mini-program), binding WeChat.

A browser gets a Django session (CSRF-protected); the mini-program and API clients ask for a bearer
token instead (``issue_token=True``). Answers never tell whether an account exists: an unknown phone gets
the same "code sent" reply and the same wrong-code error as a known one.
"""

from dataclasses import dataclass

from django.contrib.auth import authenticate, login, logout
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from cms.accounts import sessions
from cms.accounts.backends import lockout_active, login_failures_reset
from cms.accounts.devices import client_ip
from cms.accounts.models import Channel, Purpose, User
from cms.accounts.verification import code_consume, code_issue, target_normalise
from cms.audit.models import Result
from cms.audit.services import audit_record
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode

BIND_TICKET_SALT = "zyk.wechat.bind"
BIND_TICKET_MAX_AGE = 600
WECHAT_PENDING_SESSION_KEY = "zyk_wechat_pending"


@dataclass
class LoginResult:
    user: User
    token: str = ""

    @property
    def two_factor_required(self) -> bool:
        return self.user.is_administrator


def _invalid_credentials() -> DomainError:
    return DomainError(_("The account or password is wrong."), code=ErrorCode.INVALID_CREDENTIALS)


def _locked() -> DomainError:
    return DomainError(
        _("Too many failed attempts: this account is locked for 30 minutes. Recover your password to unlock it now."),
        code=ErrorCode.ACCOUNT_LOCKED,
    )


def _finish(request, user: User, *, method: str, issue_token: bool, bind_ticket: str = "") -> LoginResult:
    if bind_ticket:
        wechat_bind(user=user, ticket=bind_ticket, request=request)
    elif not issue_token and request.session.get(WECHAT_PENDING_SESSION_KEY):
        wechat_bind(user=user, ticket=request.session.pop(WECHAT_PENDING_SESSION_KEY), request=request)
    if issue_token:
        return LoginResult(user=user, token=sessions.token_issue(request, user, method=method))
    request.zyk_login_method = method
    login(request, user, backend="cms.accounts.backends.AccountBackend")
    return LoginResult(user=user)


def login_with_password(
    *,
    request,
    account: str,
    password: str,
    issue_token: bool = False,
    bind_ticket: str = "",
) -> LoginResult:
    user = authenticate(request, username=(account or "").strip(), password=password or "")
    if getattr(request, "zyk_account_locked", False):
        raise _locked()
    if user is None:
        raise _invalid_credentials()
    return _finish(request, user, method="password", issue_token=issue_token, bind_ticket=bind_ticket)


def _active_user_by_phone(phone: str) -> User | None:
    return User.objects.filter(phone_digest=lookup_digest(phone, purpose="phone"), is_active=True).first()


def login_code_send(*, request, phone: str) -> None:
    """Send a login code if an active account has this phone; reply the same either way."""
    target = target_normalise(Channel.SMS, phone)
    exists = _active_user_by_phone(target.target) is not None
    code_issue(channel=Channel.SMS, target=target.target, purpose=Purpose.LOGIN, ip=client_ip(request), deliver=exists)


def login_with_sms_code(
    *,
    request,
    phone: str,
    code: str,
    issue_token: bool = False,
    bind_ticket: str = "",
) -> LoginResult:
    target = code_consume(channel=Channel.SMS, target=phone, purpose=Purpose.LOGIN, code=code)
    user = _active_user_by_phone(target.target)
    if user is None:  # the account was disabled after the code was sent
        raise DomainError(_("The code is wrong or has expired. Ask for a new one."), code=ErrorCode.INVALID_CODE)
    if lockout_active(user):
        audit_record(action="login.refused_locked", request=request, actor=user, result=Result.DENIED, obj=user)
        raise _locked()
    login_failures_reset(user)
    return _finish(request, user, method="sms", issue_token=issue_token, bind_ticket=bind_ticket)


def logout_current(*, request) -> None:
    if getattr(request, "zyk_token_auth", False):
        sessions.token_end(request)
    else:
        logout(request)


def logout_everywhere(*, request) -> int:
    user = request.user
    count = sessions.sessions_end_all(user, request=request)
    if not getattr(request, "zyk_token_auth", False):
        logout(request)
    return count


# ---- WeChat -------------------------------------------------------------------------------------------


def _wechat_user(identity, *, mini: bool) -> User | None:
    field = "wechat_mini_openid" if mini else "wechat_openid"
    user = User.objects.filter(**{field: identity.openid}).first()
    if user is None and identity.unionid:
        user = User.objects.filter(wechat_unionid=identity.unionid).first()
    return user


def bind_ticket_make(identity, *, mini: bool) -> str:
    return signing.dumps({"o": identity.openid, "u": identity.unionid, "m": mini}, salt=BIND_TICKET_SALT)


class WechatNotBound(DomainError):
    """No account is bound to this WeChat identity yet: log in (or register) once with the ticket to bind."""

    code = ErrorCode.WECHAT_NOT_BOUND

    def __init__(self, ticket: str) -> None:
        super().__init__(_("This WeChat account is not linked yet. Log in once with your account to link it."))
        self.ticket = ticket


def login_with_wechat_mini(*, request, js_code: str) -> LoginResult:
    """Mini-program ``wx.login()`` code → openid (code2session) → token, or a bind ticket."""
    from cms.accounts.messaging.wechat import WechatError, mini_code_to_session

    try:
        identity = mini_code_to_session(js_code)
    except WechatError as error:
        raise DomainError(str(error), code=ErrorCode.DELIVERY_FAILED) from error
    user = _wechat_user(identity, mini=True)
    if user is None:
        raise WechatNotBound(bind_ticket_make(identity, mini=True))
    if not user.is_active or lockout_active(user):
        raise _invalid_credentials()
    if not user.wechat_mini_openid:
        _bind(user, identity.openid, identity.unionid, mini=True, request=request)
    return _finish(request, user, method="wechat_mini", issue_token=True)


def login_with_wechat_web(*, request, code: str) -> User | None:
    """Website QR login callback: log the browser in, or remember the identity to bind after a normal login."""
    from cms.accounts.messaging.wechat import web_code_exchange

    identity = web_code_exchange(code)
    user = _wechat_user(identity, mini=False)
    if user is None or not user.is_active:
        request.session[WECHAT_PENDING_SESSION_KEY] = bind_ticket_make(identity, mini=False)
        return None
    if not user.wechat_openid:
        _bind(user, identity.openid, identity.unionid, mini=False, request=request)
    _finish(request, user, method="wechat_web", issue_token=False)
    return user


def wechat_bind(*, user: User, ticket: str, request=None) -> None:
    try:
        data = signing.loads(ticket, salt=BIND_TICKET_SALT, max_age=BIND_TICKET_MAX_AGE)
    except signing.BadSignature:
        raise DomainError(_("The WeChat link request has expired. Scan again.")) from None
    _bind(user, data["o"], data.get("u", ""), mini=bool(data.get("m")), request=request)


def _bind(user: User, openid: str, unionid: str, *, mini: bool, request) -> None:
    field = "wechat_mini_openid" if mini else "wechat_openid"
    other = User.objects.filter(**{field: openid}).exclude(pk=user.pk).exists()
    if other:
        raise DomainError(_("This WeChat account is already linked to another account."), code=ErrorCode.CONFLICT)
    setattr(user, field, openid)
    if unionid:
        user.wechat_unionid = unionid
    try:
        with transaction.atomic():
            user.save(update_fields=[field, "wechat_unionid"])
    except IntegrityError:
        raise DomainError(
            _("This WeChat account is already linked to another account."), code=ErrorCode.CONFLICT
        ) from None
    audit_record(action="wechat.bind", request=request, actor=user, obj=user, detail={"mini_program": mini})
