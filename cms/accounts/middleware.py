"""Request authentication beyond Django's session (O2, S).

``LoginSessionMiddleware`` (after ``AuthenticationMiddleware``): bearer tokens authenticate API and
mini-program requests; a browser session whose login row was ended (revoked, logged out everywhere,
idle too long, account disabled) is logged out on the spot.

``AdministratorTwoFactorMiddleware`` (after django-otp's ``OTPMiddleware``): an administrator who has not
passed TOTP in this session cannot open the Wagtail admin; they are sent to the SPA's two-factor step.
"""

from urllib.parse import quote

from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from cms.accounts.sessions import token_check, web_session_check

TWO_FACTOR_ROUTE = "/two-factor"
_ADMIN_OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


class LoginSessionMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.zyk_login_session = None
        request.zyk_token_auth = False
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if header.startswith("Bearer "):
            row = token_check(header[7:].strip())
            request.zyk_token_auth = True
            if row is None:
                request.user = AnonymousUser()
            else:
                request.user = row.user
                request.zyk_login_session = row
        elif request.user.is_authenticated:
            row = web_session_check(request)
            if row is None:
                logout(request)
            else:
                request.zyk_login_session = row
        return self.get_response(request)


class AdministratorTwoFactorMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path
        if (
            path.startswith("/admin/")
            and not path.startswith(_ADMIN_OPEN_PATHS)
            and request.user.is_authenticated
            and request.user.is_administrator
            and not request.user.is_verified()
        ):
            return HttpResponseRedirect(f"{TWO_FACTOR_ROUTE}?next={quote(request.get_full_path())}")
        return self.get_response(request)
