"""Browser endpoints of the login flows that cannot be GraphQL: WeChat QR redirects and avatar upload (O2, O3).

Everything else goes through GraphQL mutations; these views stay thin and call the same services.
"""

import secrets
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cms.accounts import login as login_services
from cms.accounts import profile
from cms.core.errors import DomainError

WECHAT_STATE_KEY = "zyk_wechat_state"
WECHAT_NEXT_KEY = "zyk_wechat_next"


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}):
        return candidate if candidate.startswith("/") else "/"
    return "/"


@require_GET
def wechat_start(request: HttpRequest) -> HttpResponse:
    """Send the browser to WeChat's QR page; ``state`` ties the callback to this browser (CSRF for OAuth)."""
    from cms.accounts.messaging.wechat import web_authorize_url, web_login_enabled

    if not web_login_enabled():
        return HttpResponseRedirect("/login?" + urlencode({"wechat": "unavailable"}))
    state = secrets.token_urlsafe(24)
    request.session[WECHAT_STATE_KEY] = state
    request.session[WECHAT_NEXT_KEY] = _safe_next(request, request.GET.get("next"))
    redirect_uri = request.build_absolute_uri(reverse("wechat_callback"))
    return HttpResponseRedirect(web_authorize_url(redirect_uri=redirect_uri, state=state))


@require_GET
def wechat_callback(request: HttpRequest) -> HttpResponse:
    from cms.accounts.messaging.wechat import WechatError

    expected = request.session.pop(WECHAT_STATE_KEY, None)
    next_url = request.session.pop(WECHAT_NEXT_KEY, "/")
    code, state = request.GET.get("code", ""), request.GET.get("state", "")
    if not expected or not code or not secrets.compare_digest(state, expected):
        return HttpResponseRedirect("/login?" + urlencode({"wechat": "failed"}))
    try:
        user = login_services.login_with_wechat_web(request=request, code=code)
    except (WechatError, DomainError):
        return HttpResponseRedirect("/login?" + urlencode({"wechat": "failed"}))
    if user is None:
        return HttpResponseRedirect("/login?" + urlencode({"wechat": "bind", "next": next_url}))
    if user.is_administrator:
        return HttpResponseRedirect("/two-factor?" + urlencode({"next": next_url}))
    return HttpResponseRedirect(next_url)


@require_POST
def avatar_upload(request: HttpRequest) -> JsonResponse:
    """Multipart ``avatar`` field; CSRF-protected by the middleware like every browser POST."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"ok": False, "errors": [{"code": "UNAUTHENTICATED", "message": _("Please log in first.")}]}, status=401
        )
    upload = request.FILES.get("avatar")
    if upload is None:
        return JsonResponse(
            {"ok": False, "errors": [{"code": "INVALID_INPUT", "message": _("Choose a picture."), "field": "avatar"}]},
            status=400,
        )
    try:
        profile.avatar_size_check(upload.size)  # before reading a byte of it
        user = profile.avatar_set(request=request, data=upload.read())
    except DomainError as error:
        return JsonResponse(
            {"ok": False, "errors": [{"code": str(error.code), "message": error.message, "field": error.field}]},
            status=400,
        )
    return JsonResponse({"ok": True, "avatarUrl": user.avatar.url, "errors": []})
