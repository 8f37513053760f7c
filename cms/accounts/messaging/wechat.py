"""WeChat sign-in: website QR login (open platform OAuth2) and mini-program login (jscode2session).

Only the identity (openid, unionid) leaves this module: access tokens and the mini-program session_key
are dropped here, since nothing in the library calls WeChat on the user's behalf.
"""

import logging
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

logger = logging.getLogger("zyk.wechat")

HTTP_TIMEOUT_SECONDS = 5


class WechatError(Exception):
    """WeChat refused the code or could not be reached. ``str(error)`` is a translated message for users."""

    def __init__(self, errcode: int | None = None) -> None:
        super().__init__(_("WeChat sign-in failed; please try again."))
        self.errcode = errcode  # WeChat's errcode when it sent one; not user-facing


@dataclass(frozen=True)
class WechatIdentity:
    openid: str
    unionid: str = ""


def web_login_enabled() -> bool:
    return bool(settings.WECHAT_WEB_APPID and settings.WECHAT_WEB_SECRET)


def mini_login_enabled() -> bool:
    return bool(settings.WECHAT_MINI_APPID and settings.WECHAT_MINI_SECRET)


def web_authorize_url(*, redirect_uri: str, state: str) -> str:
    """The QR-code page the browser is sent to; WeChat redirects to ``redirect_uri?code=…&state=…``.

    The parameter order is the one WeChat documents; ``state`` must be an unguessable value tied to the
    session (CSRF protection is the caller's job).
    """
    _require(web_login_enabled(), "WECHAT_WEB_APPID and WECHAT_WEB_SECRET")
    query = urlencode(
        {
            "appid": settings.WECHAT_WEB_APPID,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": "snsapi_login",
            "state": state,
        },
        quote_via=quote,
        safe="",
    )
    return f"{settings.WECHAT_OPEN_BASE.rstrip('/')}/connect/qrconnect?{query}#wechat_redirect"


def web_code_exchange(code: str) -> WechatIdentity:
    """Exchange the ``code`` from the QR-login redirect for the user's identity (single use, 5 minutes)."""
    _require(web_login_enabled(), "WECHAT_WEB_APPID and WECHAT_WEB_SECRET")
    answer = _get(
        "/sns/oauth2/access_token",
        {
            "appid": settings.WECHAT_WEB_APPID,
            "secret": settings.WECHAT_WEB_SECRET,
            "code": code,
            "grant_type": "authorization_code",
        },
    )
    return _identity(answer)


def mini_code_to_session(js_code: str) -> WechatIdentity:
    """Exchange a mini-program ``wx.login()`` code for the user's identity; the session_key is discarded."""
    _require(mini_login_enabled(), "WECHAT_MINI_APPID and WECHAT_MINI_SECRET")
    answer = _get(
        "/sns/jscode2session",
        {
            "appid": settings.WECHAT_MINI_APPID,
            "secret": settings.WECHAT_MINI_SECRET,
            "js_code": js_code,
            "grant_type": "authorization_code",
        },
    )
    return _identity(answer)


def _require(enabled: bool, names: str) -> None:
    if not enabled:
        raise ImproperlyConfigured(f"WeChat login needs {names}")


def _get(path: str, params: dict[str, str]) -> dict:
    url = f"{settings.WECHAT_API_BASE.rstrip('/')}{path}"
    try:
        response = requests.get(url, params=params, timeout=HTTP_TIMEOUT_SECONDS)
        response.raise_for_status()
        # WeChat answers JSON with Content-Type text/plain, so parse the text rather than trust the header.
        answer = response.json()
    except (requests.RequestException, ValueError) as error:
        # The URL carries the app secret, so neither it nor the chained exception may reach logs or reports.
        logger.warning("WeChat %s failed: %s", path, type(error).__name__)
        raise WechatError() from None
    if not isinstance(answer, dict):
        logger.warning("WeChat %s answered something other than a JSON object", path)
        raise WechatError()
    errcode = answer.get("errcode") or 0
    if errcode != 0:
        logger.warning("WeChat %s refused: errcode %s, errmsg %r", path, errcode, answer.get("errmsg", ""))
        raise WechatError(errcode if isinstance(errcode, int) else None)
    return answer


def _identity(answer: dict) -> WechatIdentity:
    openid = answer.get("openid")
    if not openid or not isinstance(openid, str):
        logger.warning("WeChat answered without an openid")
        raise WechatError()
    unionid = answer.get("unionid") or ""
    return WechatIdentity(openid=openid, unionid=unionid if isinstance(unionid, str) else "")
