"""The request being served, for audit records written where no request is passed (signal receivers).

Set by ``AuditContextMiddleware`` for the duration of one request; a ContextVar, so threads and async
tasks each see their own.
"""

from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

current_request: ContextVar[HttpRequest | None] = ContextVar("zyk_current_request", default=None)


class AuditContextMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
