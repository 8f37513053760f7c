"""Browser endpoints for rosters (O2 实名制): the Excel template and the roster upload.

File uploads do not go through GraphQL (graphene-django has no multipart support), so a school
administrator's browser posts the .xlsx here, CSRF-protected by the middleware like every browser POST.
The views only parse the request, call ``realname.roster_import`` and shape the JSON answer.
"""

from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cms.accounts.models import Organisation
from cms.accounts.realname import RosterInvalid, roster_import
from cms.accounts.rosters_file import ROSTER_MAX_BYTES, roster_template
from cms.core.errors import DomainError, ErrorCode

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEMPLATE_FILE_NAME = "实名名单模板.xlsx"
# Multipart framing around the file: boundaries, headers, the CSRF field.
_MULTIPART_OVERHEAD = 64 * 1024

_STATUS = {
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.PERMISSION_DENIED: 403,
    ErrorCode.TWO_FACTOR_REQUIRED: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.LIMIT_EXCEEDED: 413,
}


def _refusal(error: DomainError, *, problems: list | None = None) -> JsonResponse:
    body = {
        "ok": False,
        "created": 0,
        "updated": 0,
        "problems": problems or [],
        "errors": [{"code": str(error.code), "message": error.message, "field": error.field}],
    }
    return JsonResponse(body, status=_STATUS.get(error.code, 400))


def _login_required() -> DomainError:
    return DomainError(_("Please log in first."), code=ErrorCode.UNAUTHENTICATED)


def _too_large() -> DomainError:
    message = _("The file is larger than %(size)d MiB; split the roster into several files.")
    return DomainError(
        message % {"size": ROSTER_MAX_BYTES // (1024 * 1024)}, code=ErrorCode.LIMIT_EXCEEDED, field="file"
    )


@require_GET
def roster_template_download(request: HttpRequest) -> HttpResponse:
    """The .xlsx to fill in: header row, an example row, the identity column as a drop-down."""
    if not request.user.is_authenticated:
        return _refusal(_login_required())
    response = HttpResponse(roster_template(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f"attachment; filename=\"roster-template.xlsx\"; filename*=UTF-8''{quote(TEMPLATE_FILE_NAME)}"
    )
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_POST
def roster_upload(request: HttpRequest, organisation_id: int) -> JsonResponse:
    """Multipart ``file`` (.xlsx, at most 5 MiB). Answers ``{ok, created, updated, problems, errors}``."""
    if not request.user.is_authenticated:
        return _refusal(_login_required())
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > ROSTER_MAX_BYTES + _MULTIPART_OVERHEAD:  # refuse before Django reads the body
        return _refusal(_too_large())
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return _refusal(DomainError(_("No such organisation."), code=ErrorCode.NOT_FOUND))
    upload = request.FILES.get("file")
    if upload is None:
        return _refusal(DomainError(_("Choose the roster file (.xlsx)."), code=ErrorCode.INVALID_INPUT, field="file"))
    if upload.size > ROSTER_MAX_BYTES:
        return _refusal(_too_large())
    try:
        roster = roster_import(request=request, organisation=organisation, file_name=upload.name, data=upload.read())
    except RosterInvalid as error:
        return _refusal(error, problems=[{"line": p.line, "message": p.message} for p in error.problems])
    except DomainError as error:
        return _refusal(error)
    return JsonResponse(
        {"ok": True, "created": roster.created_count, "updated": roster.updated_count, "problems": [], "errors": []}
    )
