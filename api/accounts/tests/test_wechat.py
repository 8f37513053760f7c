"""WeChat login: mini-program code2session and website QR login, with first-time linking (O2)."""

from urllib.parse import parse_qs, urlparse

import pytest

from api.accounts.tests.documents import LOGIN, ME, WECHAT_MINI
from cms.accounts.models import LoginSession
from cms.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


def test_mini_program_login_links_once_then_logs_in_by_code(new_browser, fake_wechat):
    # given a learner with an account but no linked WeChat
    learner = UserFactory(username="xiaoming")
    app = new_browser()
    # when the mini-program logs in with wx.login()'s code
    first = app.mutate(WECHAT_MINI, {"jsCode": fake_wechat.issue_code("o-mini-1", "u-1", appid=fake_wechat.mini_appid)})
    # then it is told to link, with a ticket
    assert first["ok"] is False and first["errors"][0]["code"] == "WECHAT_NOT_BOUND" and first["bindTicket"]
    # when the learner logs in once with the ticket
    linked = app.mutate(
        LOGIN, {"account": "xiaoming", "password": PASSWORD, "issueToken": True, "bindTicket": first["bindTicket"]}
    )
    assert linked["ok"] is True and linked["token"]
    learner.refresh_from_db()
    assert (learner.wechat_mini_openid, learner.wechat_unionid) == ("o-mini-1", "u-1")
    # then the next wx.login() code logs straight in with a token
    again = app.mutate(WECHAT_MINI, {"jsCode": fake_wechat.issue_code("o-mini-1", "u-1", appid=fake_wechat.mini_appid)})
    assert again["ok"] is True and again["me"]["username"] == "xiaoming"
    me = new_browser().gql(ME, HTTP_AUTHORIZATION=f"Bearer {again['token']}")
    assert me["data"]["me"]["username"] == "xiaoming"
    assert LoginSession.objects.filter(user=learner, method="wechat_mini", kind="token").exists()


def test_a_used_or_forged_code_is_refused(browser, fake_wechat):
    code = fake_wechat.issue_code("o-mini-2", appid=fake_wechat.mini_appid)
    browser.mutate(WECHAT_MINI, {"jsCode": code})
    reused = browser.mutate(WECHAT_MINI, {"jsCode": code})
    forged = browser.mutate(WECHAT_MINI, {"jsCode": "made-up"})
    assert reused["errors"][0]["code"] == forged["errors"][0]["code"] == "DELIVERY_FAILED"


def test_a_forged_bind_ticket_links_nothing(browser, fake_wechat):
    UserFactory(username="xiaohong")
    answer = browser.mutate(LOGIN, {"account": "xiaohong", "password": PASSWORD, "bindTicket": "forged:ticket"})
    assert answer["ok"] is False


def _follow_qr(browser, fake_wechat, next_path="/me"):
    """Start QR login, 'scan' on the fake WeChat page, come back to our callback."""
    start = browser.client.get("/auth/wechat/start", {"next": next_path})
    assert start.status_code == 302
    authorize = urlparse(start.url)
    query = parse_qs(authorize.query)
    assert authorize.path == "/connect/qrconnect" and query["scope"] == ["snsapi_login"]
    code = fake_wechat.issue_code(*fake_wechat.next_identity, appid=fake_wechat.web_appid)
    callback = urlparse(query["redirect_uri"][0])
    return browser.client.get(callback.path, {"code": code, "state": query["state"][0]})


def test_website_qr_login_of_a_linked_account(browser, fake_wechat):
    user = UserFactory(username="laowang", wechat_openid="o-web-1")
    fake_wechat.set_next_identity("o-web-1")
    done = _follow_qr(browser, fake_wechat)
    assert done.status_code == 302 and done.url == "/me"
    assert browser.gql(ME)["data"]["me"]["username"] == "laowang"
    assert LoginSession.objects.get(user=user).method == "wechat_web"


def test_website_qr_login_of_a_new_identity_links_at_the_next_login(browser, fake_wechat):
    user = UserFactory(username="laoli")
    fake_wechat.set_next_identity("o-web-2", "u-web-2")
    done = _follow_qr(browser, fake_wechat)
    assert done.url.startswith("/login?wechat=bind")
    assert browser.gql(ME)["data"]["me"] is None
    assert browser.mutate(LOGIN, {"account": "laoli", "password": PASSWORD})["ok"] is True
    user.refresh_from_db()
    assert user.wechat_openid == "o-web-2"


def test_a_callback_with_a_wrong_state_is_refused(browser, fake_wechat):
    UserFactory(wechat_openid="o-web-3")
    browser.client.get("/auth/wechat/start")
    code = fake_wechat.issue_code("o-web-3", appid=fake_wechat.web_appid)
    answer = browser.client.get("/auth/wechat/callback", {"code": code, "state": "forged"})
    assert answer.url == "/login?wechat=failed"
    assert browser.gql(ME)["data"]["me"] is None


def test_next_never_leaves_the_site(browser, fake_wechat):
    UserFactory(wechat_openid="o-web-4")
    fake_wechat.set_next_identity("o-web-4")
    done = _follow_qr(browser, fake_wechat, next_path="https://evil.example.com/")
    assert done.url == "/"


def test_login_options_say_whether_wechat_is_configured(browser, settings):
    settings.WECHAT_WEB_APPID = ""
    assert browser.gql("{ loginOptions { wechatWeb } }")["data"]["loginOptions"] == {"wechatWeb": False}
    settings.WECHAT_WEB_APPID, settings.WECHAT_WEB_SECRET = "wx-app", "secret"
    assert browser.gql("{ loginOptions { wechatWeb } }")["data"]["loginOptions"] == {"wechatWeb": True}
