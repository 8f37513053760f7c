"""Fake WeChat: website QR login (open platform OAuth2) and mini-program login, as documented by WeChat.

- ``GET /connect/qrconnect?appid&redirect_uri&response_type=code&scope=snsapi_login&state`` shows a page that
  stands in for "scan the QR code with your phone and confirm": its link ``#fake-wechat-confirm`` goes to
  ``redirect_uri?code=…&state=…``. The identity it confirms is the ``fake_openid``/``fake_unionid`` query
  parameter, else the cookie of that name, else the one set by ``POST /_fake/next-identity``, else the default.
- ``GET /sns/oauth2/access_token?appid&secret&code&grant_type=authorization_code`` (website app)
- ``GET /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code`` (mini-program)

Codes are single use and expire after five minutes, like WeChat's. Errors are ``{"errcode", "errmsg"}`` with
HTTP 200 and Content-Type text/plain, as WeChat answers. Test controls: ``POST /_fake/codes`` with
``{"openid", "unionid"}`` returns ``{"code"}`` (a mini-program ``wx.login()``), ``POST /_fake/next-identity``.

    python -m tests.fakes.wechat --port 8026 --web-appid wxweb --web-secret S1 --mini-appid wxmini --mini-secret S2
"""

import base64
import html
import secrets
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from tests.fakes import FakeRequestHandler, FakeServer, cli_logging, cli_parser

CODE_TTL_SECONDS = 300
DEFAULT_WEB_APPID, DEFAULT_WEB_SECRET = "wx-fake-web-appid", "fake-web-secret"
DEFAULT_MINI_APPID, DEFAULT_MINI_SECRET = "wx-fake-mini-appid", "fake-mini-secret"
DEFAULT_OPENID = "fake-openid-default"


@dataclass
class _Code:
    openid: str
    unionid: str
    appid: str | None  # None: valid for either app (codes issued from Python or /_fake/codes without appid)
    expires_at: float
    used: bool = False


class _WechatRefusal(Exception):
    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(errmsg)
        self.errcode, self.errmsg = errcode, errmsg


class WechatHandler(FakeRequestHandler):
    fake: "WechatFake"

    def do_GET(self) -> None:
        path, query = self.path_only, self.query_params()
        if path == "/connect/qrconnect":
            self._qrconnect(query)
        elif path in ("/sns/oauth2/access_token", "/sns/jscode2session"):
            try:
                answer = self.fake.exchange(path, query)
            except _WechatRefusal as refusal:
                rid = secrets.token_hex(4)
                answer = {"errcode": refusal.errcode, "errmsg": f"{refusal.errmsg}, rid: {rid}"}
            self.send_json(200, answer, content_type="text/plain")
        else:
            self.send_json(404, {"errcode": 404, "errmsg": "not found"}, content_type="text/plain")

    def do_POST(self) -> None:
        data = self.json_body(self.body_bytes())
        openid, unionid = str(data.get("openid") or ""), str(data.get("unionid") or "")
        if self.path_only == "/_fake/codes" and openid:
            code = self.fake.issue_code(openid, unionid, appid=str(data.get("appid") or "") or None)
            self.send_json(200, {"code": code})
        elif self.path_only == "/_fake/next-identity" and openid:
            self.fake.set_next_identity(openid, unionid)
            self.send_json(200, {"openid": openid, "unionid": unionid})
        elif self.path_only in ("/_fake/codes", "/_fake/next-identity"):
            self.send_json(400, {"error": "openid is required"})
        else:
            self.send_json(404, {"error": "not found"})

    def _qrconnect(self, query: dict[str, str]) -> None:
        fake = self.fake
        if query.get("appid") != fake.web_appid or not query.get("redirect_uri"):
            self.send_html(200, _page("参数错误 (invalid appid or redirect_uri)", ""))
            return
        if query.get("response_type") != "code" or query.get("scope") != "snsapi_login":
            self.send_html(200, _page("Scope 参数错误或没有 Scope 权限", ""))
            return
        cookies = SimpleCookie(self.headers.get("Cookie") or "")
        openid = query.get("fake_openid") or (cookies["fake_openid"].value if "fake_openid" in cookies else "")
        if openid:
            unionid = query.get("fake_unionid") or (cookies["fake_unionid"].value if "fake_unionid" in cookies else "")
        else:
            openid, unionid = fake.next_identity
        code = fake.issue_code(openid, unionid, appid=fake.web_appid)
        back = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        redirect_uri = query["redirect_uri"]
        target = redirect_uri + ("&" if "?" in redirect_uri else "?") + urlencode(back)
        confirm = f'<p><a id="fake-wechat-confirm" href="{html.escape(target)}">确认登录 (confirm sign-in)</a></p>'
        detail = f"<p>appid {html.escape(fake.web_appid)} · openid {html.escape(openid)}</p>"
        self.send_html(200, _page("微信登录 (fake WeChat)", detail + confirm))


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )


class WechatFake(FakeServer):
    handler_class = WechatHandler

    def __init__(
        self,
        *,
        web_appid: str = DEFAULT_WEB_APPID,
        web_secret: str = DEFAULT_WEB_SECRET,
        mini_appid: str = DEFAULT_MINI_APPID,
        mini_secret: str = DEFAULT_MINI_SECRET,
        default_openid: str = DEFAULT_OPENID,
        default_unionid: str = "",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        self.web_appid, self.web_secret = web_appid, web_secret
        self.mini_appid, self.mini_secret = mini_appid, mini_secret
        self.next_identity: tuple[str, str] = (default_openid, default_unionid)
        self._codes: dict[str, _Code] = {}

    # ---- Python API for tests --------------------------------------------------------------------

    def issue_code(self, openid: str, unionid: str = "", *, appid: str | None = None) -> str:
        """A fresh single-use code for this identity, as ``wx.login()`` or a QR confirmation would give."""
        code = secrets.token_hex(16)
        with self.lock:
            self._codes[code] = _Code(openid, unionid, appid, time.monotonic() + CODE_TTL_SECONDS)
        return code

    def set_next_identity(self, openid: str, unionid: str = "") -> None:
        """The identity that following QR confirmations sign in as (until set again)."""
        with self.lock:
            self.next_identity = (openid, unionid)

    # ---- the protocol ----------------------------------------------------------------------------

    def exchange(self, path: str, query: dict[str, str]) -> dict:
        web = path == "/sns/oauth2/access_token"
        appid, secret = (self.web_appid, self.web_secret) if web else (self.mini_appid, self.mini_secret)
        if query.get("appid") != appid:
            raise _WechatRefusal(40013, "invalid appid")
        if query.get("secret") != secret:
            raise _WechatRefusal(40125, "invalid appsecret")
        if query.get("grant_type") != "authorization_code":
            raise _WechatRefusal(40002, "invalid grant_type")
        code = query.get("code" if web else "js_code")
        if not code:
            raise _WechatRefusal(41008, "missing code")
        with self.lock:
            issued = self._codes.get(code)
            if issued is None or issued.expires_at < time.monotonic() or issued.appid not in (None, appid):
                raise _WechatRefusal(40029, "invalid code")
            if issued.used:
                raise _WechatRefusal(40163, "code been used")
            issued.used = True
        answer: dict = {"openid": issued.openid}
        if issued.unionid:
            answer["unionid"] = issued.unionid
        if web:
            return {
                "access_token": secrets.token_urlsafe(32),
                "expires_in": 7200,
                "refresh_token": secrets.token_urlsafe(32),
                "scope": "snsapi_login",
                **answer,
            }
        return {"session_key": base64.b64encode(secrets.token_bytes(16)).decode(), **answer}


def main() -> None:
    parser = cli_parser("Fake WeChat (QR login and mini-program login) for local and browser tests", 8026)
    parser.add_argument("--web-appid", default=DEFAULT_WEB_APPID)
    parser.add_argument("--web-secret", default=DEFAULT_WEB_SECRET)
    parser.add_argument("--mini-appid", default=DEFAULT_MINI_APPID)
    parser.add_argument("--mini-secret", default=DEFAULT_MINI_SECRET)
    parser.add_argument("--default-openid", default=DEFAULT_OPENID)
    parser.add_argument("--default-unionid", default="")
    args = parser.parse_args()
    cli_logging(args.verbose)
    WechatFake(
        web_appid=args.web_appid,
        web_secret=args.web_secret,
        mini_appid=args.mini_appid,
        mini_secret=args.mini_secret,
        default_openid=args.default_openid,
        default_unionid=args.default_unionid,
        host=args.host,
        port=args.port,
    ).serve_until_interrupted()


if __name__ == "__main__":
    main()
