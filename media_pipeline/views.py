"""tus 1.0.0 endpoints (core + creation, termination, expiration) at ``/uploads/`` (M3).

The views only read headers, call one service of ``media_pipeline.uploads`` and set the protocol
headers. Session authentication and Django's CSRF protection apply as to every browser write: the SPA
sends ``X-CSRFToken``. ``X-HTTP-Method-Override`` is honoured on POST only (for proxies that drop PATCH
and DELETE); a GET can never become a write. Refusals answer a translated plain-text message plus a
``Zyk-Error-Code`` header for programs.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext as _

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.models import Upload
from media_pipeline.uploads import parse_upload_metadata, upload_append, upload_create, upload_delete, upload_get

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,termination,expiration"
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"
_OVERRIDABLE = {"PATCH", "DELETE", "HEAD"}
_STATUS = {
    MediaErrorCode.NOT_FOUND: 404,
    MediaErrorCode.OFFSET_MISMATCH: 409,
    MediaErrorCode.TOO_LARGE: 413,
    MediaErrorCode.NO_SPACE: 507,
}


def _tus(response: HttpResponse) -> HttpResponse:
    response["Tus-Resumable"] = TUS_VERSION
    response["Cache-Control"] = "no-store"
    return response


def _text(message: str, status: int, *, code: str = "") -> HttpResponse:
    response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    if code:
        response["Zyk-Error-Code"] = code
    return _tus(response)


def _refusal(error: MediaError) -> HttpResponse:
    return _text(error.message, _STATUS.get(error.code, 400), code=error.code)


def _method(request: HttpRequest) -> str:
    if request.method == "POST":
        override = request.headers.get("X-HTTP-Method-Override", "").strip().upper()
        if override in _OVERRIDABLE:
            return override
    return request.method or ""


def _precondition(request: HttpRequest) -> HttpResponse | None:
    """The checks every request but OPTIONS passes first: protocol version, then a logged-in user."""
    if request.headers.get("Tus-Resumable") != TUS_VERSION:
        response = _text("Unsupported or missing Tus-Resumable header.", 412, code=MediaErrorCode.INVALID_REQUEST)
        response["Tus-Version"] = TUS_VERSION
        return response
    if not request.user.is_authenticated:
        return _text(_("Please log in first."), 401, code="UNAUTHENTICATED")
    return None


def _options() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Tus-Version"] = TUS_VERSION
    response["Tus-Extension"] = TUS_EXTENSIONS
    response["Tus-Max-Size"] = str(settings.ZYK_UPLOAD_MAX_BYTES)
    return _tus(response)


def _not_allowed(allowed: str) -> HttpResponse:
    response = _text("Method not allowed.", 405)
    response["Allow"] = allowed
    return response


def _int_header(request: HttpRequest, name: str) -> int | None:
    value = request.headers.get(name, "").strip()
    return int(value) if value.isascii() and value.isdigit() else None


def _state_headers(response: HttpResponse, upload: Upload) -> HttpResponse:
    response["Upload-Offset"] = str(upload.offset)
    response["Upload-Expires"] = http_date(upload.expires_at.timestamp())
    return response


def upload_collection(request: HttpRequest) -> HttpResponse:
    """``/uploads/``: OPTIONS (capabilities) and POST (creation)."""
    method = _method(request)
    if method == "OPTIONS":
        return _options()
    if method != "POST":
        return _not_allowed("OPTIONS, POST")
    refused = _precondition(request)
    if refused is not None:
        return refused
    length = _int_header(request, "Upload-Length")
    if length is None:
        return _text("Upload-Length is required (Upload-Defer-Length is not supported).", 400)
    try:
        metadata = parse_upload_metadata(request.headers.get("Upload-Metadata", ""))
        upload = upload_create(owner=request.user, length=length, metadata=metadata)
    except MediaError as error:
        return _refusal(error)
    response = _state_headers(HttpResponse(status=201), upload)
    response["Location"] = request.build_absolute_uri(reverse("media_pipeline:upload", args=[upload.pk]))
    return _tus(response)


def upload_resource(request: HttpRequest, upload_id) -> HttpResponse:
    """``/uploads/<id>``: HEAD (where to resume), PATCH (append), DELETE (termination), OPTIONS."""
    method = _method(request)
    if method == "OPTIONS":
        return _options()
    if method not in ("HEAD", "PATCH", "DELETE"):
        return _not_allowed("OPTIONS, HEAD, PATCH, DELETE")
    refused = _precondition(request)
    if refused is not None:
        return refused
    try:
        if method == "HEAD":
            upload = upload_get(upload_id=upload_id, owner=request.user)
            response = _state_headers(HttpResponse(status=200), upload)
            response["Upload-Length"] = str(upload.length)
            return _tus(response)
        if method == "DELETE":
            upload_delete(upload_id=upload_id, owner=request.user)
            return _tus(HttpResponse(status=204))
        return _patch(request, upload_id)
    except MediaError as error:
        return _refusal(error)


def _patch(request: HttpRequest, upload_id) -> HttpResponse:
    if request.content_type != OFFSET_CONTENT_TYPE:
        return _text(f"Content-Type must be {OFFSET_CONTENT_TYPE}.", 415, code=MediaErrorCode.INVALID_REQUEST)
    offset = _int_header(request, "Upload-Offset")
    if offset is None:
        return _text("Upload-Offset is required.", 400, code=MediaErrorCode.INVALID_REQUEST)
    content_length = request.META.get("CONTENT_LENGTH", "")
    try:
        upload = upload_append(
            upload_id=upload_id,
            owner=request.user,
            offset=offset,
            stream=request,
            content_length=int(content_length) if str(content_length).isdigit() else None,
        )
    except OSError:  # the client went away; what arrived is kept and HEAD tells where to resume
        return _text("The connection was interrupted.", 400, code=MediaErrorCode.INVALID_REQUEST)
    return _tus(_state_headers(HttpResponse(status=204), upload))
