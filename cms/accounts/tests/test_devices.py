"""O2 / S: sign-ins described by device, address and rough place."""

import logging

import pytest
from django.utils import translation

from cms.accounts.devices import UNKNOWN_IP, client_ip, device_describe, place_from_ip

CHROME_WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
)
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.0 Mobile/15E148 Safari/604.1"
)
WECHAT_ANDROID = (
    "Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20230805 MMWEBID/4681 "
    "MicroMessenger/8.0.42.2460(0x28002A3D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"
)
MINI_PROGRAM_WEBVIEW_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN miniProgram/wx1234567890abcdef"
)
MINI_PROGRAM_REQUEST_ANDROID = (
    "Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20221011 MMWEBID/2585 "
    "MicroMessenger/8.0.30.2260(0x28001E3B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64 "
    "MiniProgramEnv/android"
)


@pytest.mark.parametrize(
    ("user_agent", "described"),
    [
        (CHROME_WINDOWS, "Chrome 120 · Windows"),
        (SAFARI_IPHONE, "Safari · iPhone"),
        (WECHAT_ANDROID, "WeChat · Android"),
        (MINI_PROGRAM_WEBVIEW_IPHONE, "WeChat mini-program · iPhone"),
        (MINI_PROGRAM_REQUEST_ANDROID, "WeChat mini-program · Android"),
        (CHROME_WINDOWS + " Edg/120.0.2210.91", "Edge 120 · Windows"),
        ("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox 121 · Linux"),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
            "Safari/605.1.15",
            "Safari · macOS",
        ),
        (
            "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 "
            "Mobile/15E148 Safari/604.1",
            "Safari · iPad",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
            "Chrome 120 · iPhone",
        ),
        (
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile "
            "Safari/537.36",
            "Chrome 120 · Android",
        ),
        (
            "Mozilla/5.0 (Phone; OpenHarmony 4.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 "
            "Safari/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.0.4.300",
            "Huawei Browser · HarmonyOS",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 "
            "Safari/537.36 wxwork/4.1.16 MicroMessenger/7.0.1 Language/zh ColorScheme/Light",
            "WeCom · Windows",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 AliApp(DingTalk/7.0.40) com.laiwang.DingTalk/30000000 Channel/201200 language/zh-Hans-CN",
            "DingTalk · iPhone",
        ),
        ("curl/8.4.0", "Unknown device"),
        ("", "Unknown device"),
    ],
)
def test_device_is_described_briefly(user_agent, described):
    # given a real-world user agent
    # when it is described in English
    with translation.override("en"):
        description = device_describe(user_agent)
    # then the label is short and recognisable
    assert description == described


def test_device_description_tolerates_none_and_huge_input():
    # given no user agent at all, and a megabyte of one
    # when / then a label comes back quickly
    with translation.override("en"):
        assert device_describe(None) == "Unknown device"
        assert device_describe("Chrome/1 " * 100_000).startswith("Chrome 1")


def request_from(rf, remote_addr="10.0.0.2", forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return rf.get("/", **extra)


def test_forwarded_for_is_ignored_without_trusted_proxies(rf, settings):
    # given no trusted proxy (the default)
    settings.ZYK_TRUSTED_PROXY_COUNT = 0
    # when a client sends its own X-Forwarded-For
    request = request_from(rf, "114.114.114.114", "1.2.3.4")
    # then the peer address is used
    assert client_ip(request) == "114.114.114.114"


@pytest.mark.parametrize(
    ("hops", "forwarded_for", "expected"),
    [
        (1, "114.114.114.114", "114.114.114.114"),
        (1, "1.2.3.4, 114.114.114.114", "114.114.114.114"),  # the left entry is forged by the client
        (2, "1.2.3.4, 114.114.114.114, 10.9.8.7", "114.114.114.114"),  # CDN, then our nginx
        (2, "114.114.114.114", "10.0.0.2"),  # fewer entries than proxies: the request skipped one
        (1, "", "10.0.0.2"),
        (1, " 2001:DB8:0:0::1 ", "2001:db8::1"),
        (1, "[2001:db8::1]:443", "2001:db8::1"),
        (1, "114.114.114.114:51234", "114.114.114.114"),
        (1, "unknown", UNKNOWN_IP),
    ],
)
def test_forwarded_for_is_read_as_far_as_our_proxies_wrote_it(rf, settings, hops, forwarded_for, expected):
    # given a number of trusted proxies in front of the app
    settings.ZYK_TRUSTED_PROXY_COUNT = hops
    # when a request arrives through them
    request = request_from(rf, "10.0.0.2", forwarded_for)
    # then the client is the entry that many hops from the right
    assert client_ip(request) == expected


def test_client_ip_without_a_valid_peer_address(rf):
    # given a request with a missing or broken REMOTE_ADDR
    missing = rf.get("/")
    del missing.META["REMOTE_ADDR"]
    broken = request_from(rf, "not-an-address")
    # when / then the placeholder comes back
    assert client_ip(missing) == UNKNOWN_IP
    assert client_ip(broken) == UNKNOWN_IP


def place_in_beijing(ip: str) -> str | None:
    """An offline IP database stand-in, plugged in through settings."""
    return "北京市" if ip == "114.114.114.114" else None


def place_that_fails(ip: str) -> str | None:
    raise OSError("database file missing")


@pytest.mark.parametrize(
    ("ip", "place"),
    [
        ("127.0.0.1", "This computer"),
        ("::1", "This computer"),
        ("::ffff:127.0.0.1", "This computer"),
        ("192.168.1.10", "Local network"),
        ("10.1.2.3", "Local network"),
        ("172.16.0.5", "Local network"),
        ("fd00::1", "Local network"),
        ("169.254.10.1", "Local network"),
        ("fe80::1", "Local network"),
        ("114.114.114.114", "Unknown"),
        (UNKNOWN_IP, "Unknown"),
        ("not-an-address", "Unknown"),
        ("", "Unknown"),
    ],
)
def test_place_without_a_resolver(settings, ip, place):
    # given no IP database
    settings.ZYK_IP_PLACE_RESOLVER = ""
    # when / then only what the address itself says is known
    with translation.override("en"):
        assert place_from_ip(ip) == place


def test_place_from_the_configured_resolver(settings):
    # given a deployment that plugs in an IP database
    settings.ZYK_IP_PLACE_RESOLVER = "cms.accounts.tests.test_devices.place_in_beijing"
    # when / then public addresses it knows get its answer; others stay unknown; private ones never reach it
    with translation.override("en"):
        assert place_from_ip("114.114.114.114") == "北京市"
        assert place_from_ip("8.8.8.8") == "Unknown"
        assert place_from_ip("192.168.1.10") == "Local network"


def test_a_failing_resolver_does_not_break_sign_in(settings, caplog):
    # given a resolver that raises
    settings.ZYK_IP_PLACE_RESOLVER = "cms.accounts.tests.test_devices.place_that_fails"
    # when a public address is placed
    with translation.override("en"), caplog.at_level(logging.ERROR, logger="cms.accounts.devices"):
        place = place_from_ip("114.114.114.114")
    # then the place is unknown and the failure is logged
    assert place == "Unknown"
    assert "ZYK_IP_PLACE_RESOLVER failed" in caplog.text
