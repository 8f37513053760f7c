"""The GraphQL endpoint: size, depth and alias limits, translated coded errors, cacheable public GETs.

Anonymous GET queries are public reads, so they get ``Cache-Control: public`` for nginx and CDNs;
answers to signed-in requests are ``private, no-store``.
Every POST from a browser must carry Django's CSRF token, signed in or not (a forged cross-site login
would otherwise sign the victim into the attacker's account). Clients that authenticate with a bearer
token or identify themselves with the ``X-ZYK-Client`` header (mini-program, API clients) are exempt:
browsers cannot send either header cross-site without a CORS preflight, which only allowed origins pass.
"""

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.translation import gettext as _
from graphene_django.views import GraphQLView

from api.core.errors import format_error
from cms.core.errors import ErrorCode

PUBLIC_MAX_AGE = 60


def _error(message: str, code: ErrorCode, status: int) -> JsonResponse:
    return JsonResponse({"errors": [{"message": message, "extensions": {"code": str(code)}}]}, status=status)


def _non_browser(request: HttpRequest) -> bool:
    return bool(request.META.get("HTTP_AUTHORIZATION") or request.META.get("HTTP_X_ZYK_CLIENT"))


class ZykGraphQLView(GraphQLView):
    @staticmethod
    def format_error(error):
        return format_error(error)

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        size = len(request.body or b"") if request.method == "POST" else len(request.META.get("QUERY_STRING", ""))
        if size > settings.GRAPHQL_MAX_QUERY_BYTES:
            return _error(_("The request is too large."), ErrorCode.QUERY_TOO_COMPLEX, 413)
        if request.method == "POST" and not _non_browser(request):
            csrf_failure = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
            if csrf_failure is not None:
                return _error(_("CSRF verification failed."), ErrorCode.PERMISSION_DENIED, 403)
        if request.method not in ("GET", "POST"):
            return _error(_("Use GET or POST."), ErrorCode.INVALID_INPUT, 405)
        if request.method == "POST" and request.content_type == "application/json":
            try:
                json.loads(request.body or b"{}")
            except ValueError:
                return _error(_("The request body is not valid JSON."), ErrorCode.INVALID_INPUT, 400)
        response = super().dispatch(request, *args, **kwargs)
        if request.user.is_authenticated or getattr(request, "zyk_token_auth", False):
            response["Cache-Control"] = "private, no-store"
            return response
        if request.method == "GET" and not request.user.is_authenticated and response.status_code == 200:
            # graphene-django's view always asks for a CSRF cookie; a public, cacheable answer must not
            # carry one (Set-Cookie and Vary: Cookie would keep nginx and CDNs from caching it).
            response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
            # Shared caches (CDN) may keep it a minute; browsers revalidate, so a reload shows new content.
            response["Cache-Control"] = f"public, max-age=0, s-maxage={PUBLIC_MAX_AGE}"
            response["Vary"] = "Accept-Language"
        return response
