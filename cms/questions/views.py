"""Browser endpoints of the question bank (C4, M5): import upload, exports, templates, images and attachments.

Files do not go through GraphQL (graphene-django has no multipart support): the teacher's browser posts the
file here (CSRF-protected by the middleware like every browser POST) and then previews and confirms it with
the ``questionImportPreview`` / ``questionImportConfirm`` mutations. Views only parse the request, call one
service and shape the answer.
"""

import re
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage
from cms.questions.exports import bank_export
from cms.questions.importers.base import MAX_FILE_BYTES, MAX_IMAGE_BYTES
from cms.questions.importers.excel import xlsx_template
from cms.questions.importers.word import docx_template
from cms.questions.imports import question_import_upload
from cms.questions.media import (
    ATTACHMENT_DIR,
    ATTACHMENT_NAME,
    ATTACHMENT_TYPES,
    IMAGE_DIR,
    IMAGE_NAME,
    MAX_ATTACHMENT_BYTES,
    question_attachment_upload,
    question_image_upload,
)

_STATUS = {
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.PERMISSION_DENIED: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.CONFLICT: 409,  # e.g. a hand-in after the attempt was submitted: the request is fine, the state is not
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.LIMIT_EXCEEDED: 413,
}
_MULTIPART_OVERHEAD = 64 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
TEMPLATES = {
    "word": (docx_template, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "excel": (xlsx_template, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}
EXPORTS = {"moodle_xml": ("application/xml; charset=utf-8", "xml"), "qti": ("application/zip", "zip")}
IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}


def disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback and the UTF-8 name (RFC 6266) so Chinese names survive."""
    ascii_name = filename.encode("ascii", "ignore").decode().strip() or "download"
    if ascii_name.startswith("."):
        ascii_name = "download" + ascii_name
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _refusal(error: DomainError) -> JsonResponse:
    body = {"ok": False, "errors": [{"code": str(error.code), "message": error.message, "field": error.field}]}
    return JsonResponse(body, status=_STATUS.get(error.code, 400))


def _login_required() -> DomainError:
    return DomainError(_("Please log in first."), code=ErrorCode.UNAUTHENTICATED)


def _course(course_id: int) -> CoursePage:
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND)
    return course


def _too_large(limit: int) -> DomainError:
    return DomainError(
        _("The file is larger than %(limit)s MB.") % {"limit": limit // (1024 * 1024)},
        code=ErrorCode.TOO_LARGE,
        field="file",
    )


def upload_guard(request: HttpRequest, limit: int) -> None:
    """A signed-in person, and a body not declared larger than ``limit`` (refused before Django reads it)."""
    if not request.user.is_authenticated:
        raise _login_required()
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit + _MULTIPART_OVERHEAD:
        raise _too_large(limit)


def upload_file(request: HttpRequest, limit: int, missing: str):
    """The multipart ``file`` of the request, at most ``limit`` bytes; ``missing`` says what to choose."""
    upload = request.FILES.get("file")
    if upload is None:
        raise DomainError(missing, code=ErrorCode.INVALID_INPUT, field="file")
    if upload.size > limit:
        raise _too_large(limit)
    return upload


@require_POST
def import_upload(request: HttpRequest, course_id: int) -> JsonResponse:
    """Multipart ``file`` (≤ 20 MB). Answers ``{ok, importId, filename, errors}``; preview it with GraphQL."""
    try:
        upload_guard(request, MAX_FILE_BYTES)
        course = _course(course_id)
        upload = upload_file(request, MAX_FILE_BYTES, _("Choose the file to import."))
        record = question_import_upload(user=request.user, course=course, filename=upload.name, data=upload.read())
    except DomainError as error:
        return _refusal(error)
    return JsonResponse({"ok": True, "importId": str(record.pk), "filename": record.filename, "errors": []})


def _media_upload(request: HttpRequest, course_id: int, limit: int, store) -> JsonResponse:
    """One multipart ``file`` for the course team, refused before reading when declared too large."""
    try:
        upload_guard(request, limit)
        course = _course(course_id)
        upload = upload_file(request, limit, _("Choose a file to upload."))
        name = _UNSAFE.sub("_", (upload.name or "").rsplit("/", 1)[-1]).strip(" .")[:200]
        url = store(user=request.user, course=course, data=upload.read(), filename=name)
    except DomainError as error:
        return _refusal(error)
    return JsonResponse({"ok": True, "url": url, "name": name or url.rsplit("/", 1)[-1], "errors": []})


@require_POST
def image_upload(request: HttpRequest, course_id: int) -> JsonResponse:
    """An image for an item's rich text (multipart ``file``, ≤ 5 MB, sniffed). Answers ``{ok, url, errors}``."""
    return _media_upload(request, course_id, MAX_IMAGE_BYTES, question_image_upload)


@require_POST
def attachment_upload(request: HttpRequest, course_id: int) -> JsonResponse:
    """A practical task's attachment (multipart ``file``, ≤ 20 MB). Answers ``{ok, url, name, errors}``."""
    return _media_upload(request, course_id, MAX_ATTACHMENT_BYTES, question_attachment_upload)


@require_GET
def template_download(request: HttpRequest, kind: str) -> HttpResponse:
    """The Word or Excel import template with sample items (for signed-in people)."""
    if kind not in TEMPLATES:
        raise Http404
    if not request.user.is_authenticated:
        return _refusal(_login_required())
    build, content_type, extension = TEMPLATES[kind]
    response = HttpResponse(build(), content_type=content_type)
    name = _("question-import-template") + f".{extension}"
    response["Content-Disposition"] = disposition(name)
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_GET
def bank_export_download(request: HttpRequest, course_id: int, kind: str) -> HttpResponse:
    """The bank (or ``?ids=1,2,3`` of it) as Moodle XML or a QTI 2.1 package.

    Case analyses and practical tasks are left out; ``X-Zyk-Exported`` / ``X-Zyk-Skipped`` count the items."""
    if kind not in EXPORTS:
        raise Http404
    if not request.user.is_authenticated:
        return _refusal(_login_required())
    ids = None
    raw = (request.GET.get("ids") or "").strip()
    if raw:
        try:
            ids = [int(part) for part in raw.split(",") if part.strip()][:5000]
        except ValueError:
            return _refusal(DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field="ids"))
    try:
        course = _course(course_id)
        result = bank_export(user=request.user, course=course, kind=kind, ids=ids)
    except DomainError as error:
        if error.code == ErrorCode.PERMISSION_DENIED:  # outsiders learn nothing about the course
            error = DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND)
        return _refusal(error)
    content_type, extension = EXPORTS[kind]
    title = _UNSAFE.sub("_", course.title).strip(" .")[:100] or str(course.pk)
    label = "Moodle" if kind == "moodle_xml" else "QTI"
    response = HttpResponse(result.data, content_type=content_type)
    response["Content-Disposition"] = disposition(f"{title}-{_('question bank')}-{label}.{extension}")
    response["X-Zyk-Exported"] = str(result.count)
    response["X-Zyk-Skipped"] = str(len(result.skipped))
    response["Access-Control-Expose-Headers"] = "X-Zyk-Exported, X-Zyk-Skipped, Content-Disposition"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def image(request: HttpRequest, name: str) -> HttpResponse:
    """An image of the bank's items by its content hash (unguessable; the item text is what is guarded)."""
    if not IMAGE_NAME.match(name):
        raise Http404
    return _stored(IMAGE_DIR + name, IMAGE_TYPES[name.rsplit(".", 1)[1]])


@require_GET
def attachment(request: HttpRequest, name: str) -> HttpResponse:
    """A practical task's attachment by its content hash, always as a download (never shown inline)."""
    if not ATTACHMENT_NAME.match(name):
        raise Http404
    return _stored(ATTACHMENT_DIR + name, ATTACHMENT_TYPES[name.rsplit(".", 1)[1]], download=name)


def _stored(key: str, content_type: str, download: str = "") -> HttpResponse:
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        parameters = {"ResponseContentType": content_type}
        if download:
            parameters["ResponseContentDisposition"] = disposition(download)
        url = default_storage.url(key, parameters=parameters, expire=3600)
        return HttpResponseRedirect(url)
    if not default_storage.exists(key):
        raise Http404
    prefix = getattr(settings, "ZYK_X_ACCEL_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(key)
    else:
        response = FileResponse(default_storage.open(key, "rb"), content_type=content_type)
    if download:
        response["Content-Disposition"] = disposition(download)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=86400, immutable"
    return response
