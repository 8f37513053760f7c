"""Where a sign-in came from, in words a person recognises (O2, S).

The session list and the sign-in log show "Chrome 120 · Windows" and "Local network" rather than raw
user agents and addresses, so people can spot a session that is not theirs. Small regex tables instead
of a user-agent library: we only need a short label, and the Chinese apps (WeChat, WeCom, DingTalk…)
matter more here than the long tail.
"""

import ipaddress
import logging
import re

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext, gettext_lazy

logger = logging.getLogger(__name__)

# (label, pattern). First match wins, so in-app browsers come before the engines they embed, and Edge and
# Opera before Chrome. A label with ``{version}`` shows the major version from the pattern's group.
_BROWSERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (gettext_lazy("WeCom"), re.compile(r"wxwork/", re.I)),
    (gettext_lazy("WeChat"), re.compile(r"MicroMessenger/", re.I)),
    (gettext_lazy("DingTalk"), re.compile(r"DingTalk/", re.I)),
    (gettext_lazy("QQ"), re.compile(r"\bQQ/\d", re.I)),
    (gettext_lazy("QQ Browser"), re.compile(r"M?QQBrowser/", re.I)),
    (gettext_lazy("UC Browser"), re.compile(r"UCBrowser/", re.I)),
    (gettext_lazy("Quark"), re.compile(r"Quark/", re.I)),
    (gettext_lazy("Huawei Browser"), re.compile(r"HuaweiBrowser/", re.I)),
    (gettext_lazy("Xiaomi Browser"), re.compile(r"MiuiBrowser/", re.I)),
    ("Samsung Internet", re.compile(r"SamsungBrowser/", re.I)),
    ("Edge {version}", re.compile(r"\bEdg(?:e|A|iOS)?/(\d+)")),
    ("Opera {version}", re.compile(r"\bOPR/(\d+)")),
    ("Firefox {version}", re.compile(r"\b(?:Firefox|FxiOS)/(\d+)")),
    ("Chrome {version}", re.compile(r"\b(?:Chrome|CriOS)/(\d+)")),
    ("Safari", re.compile(r"\bVersion/[\d.]+.*\bSafari/")),
)
# HarmonyOS before Android: its user agents often claim both.
_PLATFORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iPhone", re.compile(r"\biPhone\b")),
    ("iPad", re.compile(r"\biPad\b")),
    ("HarmonyOS", re.compile(r"\b(?:OpenHarmony|HarmonyOS)\b", re.I)),
    ("Android", re.compile(r"\bAndroid\b")),
    ("Windows", re.compile(r"\bWindows\b")),
    ("macOS", re.compile(r"\bMac OS X\b|\bMacintosh\b")),
    ("ChromeOS", re.compile(r"\bCrOS\b")),
    ("Linux", re.compile(r"\bLinux\b")),
)
# WeChat mini-program: "miniProgram" in its web-view, "MiniProgramEnv/…" on wx.request.
_MINI_PROGRAM = re.compile(r"miniprogram", re.I)
_USER_AGENT_MAX = 512
# What client_ip gives when it has no valid address; place_from_ip calls it "Unknown".
UNKNOWN_IP = "0.0.0.0"  # noqa: S104 - a placeholder, never bound


def _first(table, user_agent: str) -> str:
    for label, pattern in table:
        found = pattern.search(user_agent)
        if found:
            return str(label).format(version=found.group(1) if found.groups() else "")
    return ""


def device_describe(user_agent: str) -> str:
    """A short label such as "Chrome 120 · Windows", "微信 · Android" or "WeChat mini-program · iPhone"."""
    user_agent = (user_agent or "")[:_USER_AGENT_MAX]
    platform = _first(_PLATFORMS, user_agent)
    browser = gettext("WeChat mini-program") if _MINI_PROGRAM.search(user_agent) else _first(_BROWSERS, user_agent)
    return " · ".join(part for part in (browser, platform) if part) or gettext("Unknown device")


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address, accepting the "1.2.3.4:5678" and "[::1]:80" forms some proxies write."""
    value = value.strip()
    candidates = [value]
    if value.startswith("[") and "]" in value:
        candidates.append(value[1 : value.index("]")])
    elif value.count(":") == 1:
        candidates.append(value.split(":")[0])
    for candidate in candidates:
        try:
            return ipaddress.ip_address(candidate)
        except ValueError:
            continue
    return None


def client_ip(request) -> str:
    """The client's address, trusting X-Forwarded-For only as far as our own proxies wrote it.

    Each proxy appends the address it was reached from, and anything to its left can be forged by the
    client. With ``settings.ZYK_TRUSTED_PROXY_COUNT = n`` (our nginx alone: 1; a CDN then nginx: 2), the
    client is the n-th entry from the right. With 0 (the default) the header is ignored. Fewer entries than
    n means the request skipped a proxy: REMOTE_ADDR is then the honest answer. "0.0.0.0" when unparsable.
    """
    hops = int(getattr(settings, "ZYK_TRUSTED_PROXY_COUNT", 0) or 0)
    value = request.META.get("REMOTE_ADDR", "")
    if hops > 0:
        entries = [entry for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
        if len(entries) >= hops:
            value = entries[-hops]
    address = _address(value)
    return str(address) if address is not None else UNKNOWN_IP


def place_from_ip(ip: str) -> str:
    """A rough place for an address: "This computer", "Local network", or what the resolver says.

    Public addresses need an IP-location database. ``settings.ZYK_IP_PLACE_RESOLVER`` may name a callable
    ``(ip: str) -> str | None`` (dotted path) through which a deployment plugs in an offline database it
    ships and updates itself; nothing is downloaded at run time. Without one, or when it has no answer or
    fails, the place is "Unknown".
    """
    address = _address(ip or "")
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address is None or address.is_unspecified:
        return gettext("Unknown")
    if address.is_loopback:
        return gettext("This computer")
    if address.is_private or address.is_link_local:
        return gettext("Local network")
    resolver_path = getattr(settings, "ZYK_IP_PLACE_RESOLVER", "")
    if resolver_path:
        try:
            place = import_string(resolver_path)(str(address))
        except Exception:  # a broken plug-in must not break signing in
            logger.exception("ZYK_IP_PLACE_RESOLVER failed for an address")
            place = None
        if place:
            return str(place)
    return gettext("Unknown")
