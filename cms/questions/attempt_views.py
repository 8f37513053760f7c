"""Browser endpoints for a learner's hand-ins of practical tasks (issue 7: L5): upload, remove, download.

``POST   /questions/attempts/<a>/items/<q>/files``            multipart ``file`` → ``{ok, file, errors}``
``DELETE /questions/attempts/<a>/items/<q>/files/<file id>``  → ``{ok, files}``
``GET    /questions/attempts/<a>/items/<q>/files/<file id>``  the file (learner and course team; others 404)

CSRF-protected by the middleware like every browser POST/DELETE (the SPA sends ``X-CSRFToken``).
"""

from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cms.core.errors import DomainError, ErrorCode
from cms.questions.attempt_files import (
    MAX_UPLOAD_BYTES,
    attempt_file_add,
    attempt_file_get,
    attempt_file_remove,
)
from cms.questions.models import Attempt
from cms.questions.views import _login_required, _refusal, disposition, upload_file, upload_guard


def _attempt(attempt_id: int) -> Attempt:
    attempt = Attempt.objects.filter(pk=attempt_id).first()
    if attempt is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND)
    return attempt


@require_http_methods(["POST"])
def attempt_file_upload(request: HttpRequest, attempt_id: int, question_id: int) -> JsonResponse:
    try:
        upload_guard(request, MAX_UPLOAD_BYTES)
        attempt = _attempt(attempt_id)
        upload = upload_file(request, MAX_UPLOAD_BYTES, _("Choose a file to hand in."))
        record = attempt_file_add(
            user=request.user, attempt=attempt, question_id=question_id, upload=upload, filename=upload.name or ""
        )
    except DomainError as error:
        return _refusal(error)
    return JsonResponse({"ok": True, "file": record, "errors": []})


@require_http_methods(["GET", "DELETE"])
def attempt_file(request: HttpRequest, attempt_id: int, question_id: int, file_id: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return _refusal(_login_required())
    if request.method == "DELETE":
        try:
            files = attempt_file_remove(
                user=request.user, attempt=_attempt(attempt_id), question_id=question_id, file_id=file_id
            )
        except DomainError as error:
            return _refusal(error)
        return JsonResponse({"ok": True, "files": files, "errors": []})
    try:
        key, record = attempt_file_get(
            user=request.user, attempt_id=attempt_id, question_id=question_id, file_id=file_id
        )
    except DomainError as error:
        if error.code == ErrorCode.NOT_FOUND:
            raise Http404 from error
        return _refusal(error)
    content_type = record["type"]
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        url = default_storage.url(
            key,
            parameters={"ResponseContentType": content_type, "ResponseContentDisposition": disposition(record["name"])},
            expire=600,
        )
        return HttpResponseRedirect(url)
    if not default_storage.exists(key):
        raise Http404
    prefix = getattr(settings, "ZYK_X_ACCEL_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(key)
    else:
        response = FileResponse(default_storage.open(key, "rb"), content_type=content_type)
    response["Content-Disposition"] = disposition(record["name"])
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
