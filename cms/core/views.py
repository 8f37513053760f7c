"""Serves the built SPA: ``index.html`` for every client-side route, a real 404 status for others."""

import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_safe

# Client-side routes of frontend/web; anything else still gets the SPA (which renders its 404 page)
# but with HTTP status 404 so crawlers and monitors see the truth.
# Client routes of frontend/web/src/app/router.tsx: these answer 200, every other path 404.
SPA_ROUTES = [
    re.compile(p)
    for p in (
        r"^$",
        r"^majors/[0-9A-Za-z-]{1,16}/?$",
        r"^courses/?$",
        r"^courses/\d{1,12}(/(portal|build))?/?$",
        r"^courses/\d{1,12}/questions/import/?$",
        r"^courses/\d{1,12}/questions(/(new|\d{1,12}))?/?$",
        r"^(login|register|forgot-password|two-factor)/?$",
        r"^me(/(security|real-name|history|devices))?/?$",
        r"^manage(/(organisations|rosters|roles|users|audit))?/?$",
        r"^invitations/accept/?$",
        r"^resources/?$",
        r"^resources/\d{1,12}/?$",
        r"^my/resources(/(upload|recycle-bin|\d{1,12}/edit|batches/\d{1,12}))?/?$",
        r"^review/?$",
        r"^courses/\d{1,12}/papers/?$",
        r"^self-tests/\d{1,12}/?$",
    )
]


@lru_cache(maxsize=1)
def _index_html(path: Path, mtime: float) -> str:
    return path.read_text(encoding="utf-8")


def _spa_index() -> str | None:
    index = Path(settings.SPA_DIST_DIR) / "index.html"
    if not index.is_file():
        return None
    return _index_html(index, index.stat().st_mtime)


@require_safe
@ensure_csrf_cookie  # the SPA echoes it in X-CSRFToken when a session authenticates its POSTs
def spa(request: HttpRequest, path: str = "") -> HttpResponse:
    html = _spa_index()
    status = 200 if any(p.match(path) for p in SPA_ROUTES) else 404
    if html is None:
        message = _("The web app is not built yet. Run `make run` (or `npm --prefix frontend run build`).")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(html, status=status, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
