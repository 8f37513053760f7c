"""O2: WeChat website QR login and mini-program login against the local fake WeChat."""

import logging
import re
import time
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from cms.accounts.messaging.wechat import (
    WechatError,
    WechatIdentity,
    mini_code_to_session,
    web_authorize_url,
    web_code_exchange,
)


def _scan_and_confirm(authorize_url: str, **params: str) -> dict[str, list[str]]:
    """What the user's phone does: open the QR page, confirm; returns the redirect's query."""
    page = requests.get(authorize_url, params=params, timeout=5)
    href = re.search(r'id="fake-wechat-confirm" href="([^"]+)"', page.text)
    assert href, page.text
    return parse_qs(urlsplit(unescape(href.group(1))).query)


def test_the_authorize_url_has_wechats_documented_shape(settings):
    # given
    settings.WECHAT_OPEN_BASE = "https://open.weixin.qq.com"
    settings.WECHAT_WEB_APPID, settings.WECHAT_WEB_SECRET = "wx1234567890abcdef", "secret"
    # when
    url = web_authorize_url(redirect_uri="https://zyk.example.org/auth/wechat/callback?next=/me", state="s t&1")
    # then
    assert url == (
        "https://open.weixin.qq.com/connect/qrconnect?appid=wx1234567890abcdef"
        "&redirect_uri=https%3A%2F%2Fzyk.example.org%2Fauth%2Fwechat%2Fcallback%3Fnext%3D%2Fme"
        "&response_type=code&scope=snsapi_login&state=s%20t%261#wechat_redirect"
    )


def test_web_qr_login_yields_the_confirmed_identity(fake_wechat):
    # given
    requests.post(
        fake_wechat.url + "/_fake/next-identity", json={"openid": "o-web-1", "unionid": "u-1"}, timeout=5
    ).raise_for_status()
    url = web_authorize_url(redirect_uri="https://zyk.example.org/callback", state="abc123")
    # when
    redirect = _scan_and_confirm(url)
    identity = web_code_exchange(redirect["code"][0])
    # then
    assert redirect["state"] == ["abc123"]
    assert identity == WechatIdentity(openid="o-web-1", unionid="u-1")


def test_the_qr_page_takes_the_identity_from_the_fake_openid_parameter(fake_wechat):
    # when
    redirect = _scan_and_confirm(
        web_authorize_url(redirect_uri="https://zyk.example.org/callback", state="x"), fake_openid="o-web-2"
    )
    # then
    assert web_code_exchange(redirect["code"][0]) == WechatIdentity(openid="o-web-2")


def test_mini_program_login_yields_the_identity_without_the_session_key(fake_wechat):
    # given
    code = fake_wechat.issue_code("o-mini-1", "u-1")
    over_http = requests.post(fake_wechat.url + "/_fake/codes", json={"openid": "o-mini-2"}, timeout=5).json()["code"]
    # when / then
    assert mini_code_to_session(code) == WechatIdentity(openid="o-mini-1", unionid="u-1")
    assert mini_code_to_session(over_http) == WechatIdentity(openid="o-mini-2")


def test_a_reused_code_is_refused(fake_wechat):
    # given
    code = fake_wechat.issue_code("o-mini-1")
    mini_code_to_session(code)
    # when
    with translation.override("en"), pytest.raises(WechatError) as error:
        mini_code_to_session(code)
    # then
    assert error.value.errcode == 40163
    assert str(error.value) == "WeChat sign-in failed; please try again."


def test_an_unknown_code_or_one_for_the_other_app_is_refused(fake_wechat):
    # given
    web_only = fake_wechat.issue_code("o-web-1", appid=fake_wechat.web_appid)
    # when / then
    with pytest.raises(WechatError) as unknown:
        web_code_exchange("no-such-code")
    with pytest.raises(WechatError) as other_app:
        mini_code_to_session(web_only)
    assert unknown.value.errcode == other_app.value.errcode == 40029


def test_a_wrong_secret_is_refused_and_never_logged(fake_wechat, settings, caplog):
    # given
    caplog.set_level(logging.DEBUG, logger="zyk.wechat")
    settings.WECHAT_MINI_SECRET = "wrong-secret-value"
    # when
    with pytest.raises(WechatError) as error:
        mini_code_to_session(fake_wechat.issue_code("o-mini-1"))
    # then
    assert error.value.errcode == 40125
    assert "wrong-secret-value" not in caplog.text


def test_wechat_being_down_fails_fast_without_logging_the_secret(fake_wechat, caplog):
    # given
    caplog.set_level(logging.DEBUG, logger="zyk.wechat")
    fake_wechat.stop()
    started = time.monotonic()
    # when
    with pytest.raises(WechatError) as error:
        web_code_exchange("any-code")
    # then
    assert time.monotonic() - started < 3
    assert error.value.__cause__ is None and error.value.__suppress_context__
    assert fake_wechat.web_secret not in caplog.text


def test_login_without_credentials_is_a_configuration_error(settings):
    # given
    settings.WECHAT_MINI_APPID = settings.WECHAT_MINI_SECRET = ""
    # when / then
    with pytest.raises(ImproperlyConfigured):
        mini_code_to_session("code")
