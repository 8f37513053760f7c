"""Importing a file into a course's question bank (C4, M5): upload, preview, confirm — all or nothing.

1. ``question_import_upload`` keeps the file (≤ 20 MB, default storage) as a ``QuestionImport``.
2. ``question_import_preview`` parses it (``cms.questions.importers``), looks the knowledge points up by name
   in the course, and runs every item through ``services.item_clean`` without saving, so the teacher sees
   each item as it will be stored and every error with its location — ours as well as the format's. An
   unknown knowledge point name is a warning on its item (the item is imported without it), not an error:
   teachers often add the point to the course graph afterwards, and the name is shown so they can.
3. ``question_import_confirm`` checks what it can at once and marks the import ``importing``; the worker
   (``tasks.import_confirm_task`` → ``question_import_run``) reads the stored file again (never what the browser
   says it previewed), refuses the whole file while any error remains, then in one transaction stores the
   images, points the items at them and creates every item as a draft of the course's bank
   (``source=imported``). Images stored for a transaction that fails are deleted again. The SPA polls the
   ``QuestionImport`` row until it is ``imported`` or ``failed``.

Images are stored content-addressed in the default storage (``questions/images/<sha256>.<ext>``, the type
sniffed from the bytes) and referenced as ``/questions/images/<sha256>.<ext>``: a path on this site, as
``html.html_clean`` requires, answered by ``cms.questions.views.image`` (signed S3 redirect, nginx, or the
file). The names are unguessable; item text that holds them is only shown to people who may see the item.

The ``QuestionImport`` rows are the import log (who, which file, format, status, count, errors).
"""

from __future__ import annotations

import base64
import copy
import logging
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgePoint
from cms.courses.permissions import can_edit_course
from cms.questions import importers
from cms.questions.importers.base import IMAGE_SRC, MAX_FILE_BYTES, ImportIssue, ImportResult, sniff_image
from cms.questions.media import IMAGE_DIR, IMAGE_NAME, IMAGE_URL, image_store
from cms.questions.models import ImportStatus, Question, QuestionImport
from cms.questions.services import ItemData, item_clean, question_create

logger = logging.getLogger(__name__)

PREVIEW_IMAGE_BYTES = 8 * 1024 * 1024  # images inlined in a preview; past that they show as their names
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class PreviewItem:
    """One item as it will be stored; ``knowledge_points`` are (name, found in the course)."""

    location: str
    data: ItemData
    preview_stem: str  # the stem with its images inlined (data: URLs) for the preview only
    knowledge_points: list[tuple[str, bool]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    record: QuestionImport
    kind: str
    items: list[PreviewItem]
    errors: list[ImportIssue]
    warnings: list[ImportIssue]
    result: ImportResult | None = None
    inline_images: dict[str, str] = field(default_factory=dict)

    def show(self, html: str) -> str:
        """``html`` of an item for the preview: its images inlined (they are stored only on confirm)."""
        return _preview_html(html, self.inline_images)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.items)


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can change this course's question bank."),
            code=ErrorCode.PERMISSION_DENIED,
        )


def _too_large() -> DomainError:
    return DomainError(
        _("The file is larger than %(limit)s MB.") % {"limit": MAX_FILE_BYTES // (1024 * 1024)},
        code=ErrorCode.TOO_LARGE,
        field="file",
    )


def question_import_get(user, import_id: int) -> QuestionImport | None:
    """An import of a course whose bank ``user`` edits, else None."""
    record = QuestionImport.objects.select_related("course").filter(pk=import_id).first()
    if record is None or not can_edit_course(user, record.course):
        return None
    return record


def question_imports_of(user, course: CoursePage):
    """The import log of a course, newest first (the team's and editors' view)."""
    _require_editor(user, course)
    return QuestionImport.objects.filter(course_id=course.pk).select_related("user")


@transaction.atomic
def question_import_upload(*, user, course: CoursePage, filename: str, data: bytes) -> QuestionImport:
    """Keep an uploaded file for preview and import; nothing is parsed yet."""
    _require_editor(user, course)
    if not data:
        raise DomainError(_("The file is empty."), code=ErrorCode.EMPTY_FILE, field="file")
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    name = _UNSAFE_NAME.sub("_", (filename or "").rsplit("/", 1)[-1]).strip(" .")[:200] or "questions"
    record = QuestionImport(course=course, user=user, filename=name, status=ImportStatus.UPLOADED)
    stored = re.sub(r"[^\w.-]+", "_", name, flags=re.ASCII).strip("._") or "questions"
    record.file.save(stored[-100:], ContentFile(data), save=False)
    record.save()
    return record


def _read(record: QuestionImport) -> bytes:
    if not record.file:  # expired (question_imports_expire)
        raise DomainError(_("The uploaded file is gone; upload it again."), code=ErrorCode.NOT_FOUND)
    try:
        with record.file.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise DomainError(_("The uploaded file is gone; upload it again."), code=ErrorCode.NOT_FOUND) from error


def _data_url(image) -> str:
    return f"data:{image.content_type};base64,{base64.b64encode(image.data).decode()}"


def _preview_html(html: str, images: dict[str, str]) -> str:
    return IMAGE_SRC.sub(lambda m: f'src="{images.get(m.group(1), m.group(0)[5:-1])}"', html)


def _prepare(record: QuestionImport, kind: str | None) -> ImportPreview:
    """Parse the stored file and check every item against the course, without writing anything."""
    data = _read(record)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    key = kind or importers.detect_format(data, record.filename) or ""
    result = importers.parse(data, filename=record.filename, kind=key or None)
    errors = list(result.errors)
    warnings = list(result.warnings)
    names = {name for item in result.items for name in item.knowledge_points}
    points = {}
    for point in KnowledgePoint.objects.filter(course_id=record.course_id, name__in=names).order_by("sort_order", "pk"):
        points.setdefault(point.name, point.pk)
    inline: dict[str, str] = {}
    budget = PREVIEW_IMAGE_BYTES
    for image in result.images:
        if len(image.data) <= budget:
            inline[image.name] = _data_url(image)
            budget -= len(image.data)
    items: list[PreviewItem] = []
    kept = []
    for parsed in result.items:
        item_warnings = []
        found = []
        for name in dict.fromkeys(parsed.knowledge_points):
            found.append((name, name in points))
            if name not in points:
                message = _("The knowledge point “%(name)s” is not in this course; the item is imported without it.")
                item_warnings.append(message % {"name": name})
                warnings.append(ImportIssue(parsed.location, message % {"name": name}))
        parsed.data.knowledge_point_ids = [points[name] for name, ok in found if ok]
        parsed.data.source = "imported"
        try:
            item_clean(record.course, copy.deepcopy(parsed.data))
        except DomainError as error:
            where = f"{parsed.location}, {error.field}" if error.field else parsed.location
            errors.append(ImportIssue(where, error.message))
            continue
        kept.append(parsed)
        items.append(
            PreviewItem(
                location=parsed.location,
                data=parsed.data,
                preview_stem=_preview_html(parsed.data.stem, inline),
                knowledge_points=found,
                warnings=item_warnings,
            )
        )
    result.items = kept
    if not result.items and not errors:
        errors.append(ImportIssue(record.filename, _("The file holds no questions.")))
    return ImportPreview(
        record=record, kind=key, items=items, errors=errors, warnings=warnings, result=result, inline_images=inline
    )


def _issues(issues: list[ImportIssue]) -> list[dict]:
    return [{"location": i.location, "message": i.message} for i in issues]


def question_import_preview(*, user, question_import: QuestionImport, kind: str | None = None) -> ImportPreview:
    """Every item of the file as it would be imported, and every error and warning with its location.

    ``kind`` forces a format (a key of ``importers.FORMATS``); None detects it from the name and bytes."""
    _require_editor(user, question_import.course)
    if kind and kind not in importers.FORMATS:
        raise DomainError(_("Unknown import format."), code=ErrorCode.INVALID_INPUT, field="format")
    if question_import.status == ImportStatus.IMPORTED:
        raise DomainError(_("This file has already been imported."), code=ErrorCode.CONFLICT, field="import_id")
    if import_running(question_import):
        raise _running_conflict()
    preview = _prepare(question_import, kind)
    record = question_import
    record.kind = preview.kind
    record.item_count = len(preview.items)
    record.errors = _issues(preview.errors)
    record.warnings = _issues(preview.warnings)
    record.status = ImportStatus.FAILED if preview.errors else ImportStatus.PREVIEWED
    fields = ["kind", "item_count", "errors", "warnings", "status"]
    # written only if no confirm started meanwhile: its worker must still find the import ``importing``
    unchanged = QuestionImport.objects.filter(pk=record.pk).exclude(status=ImportStatus.IMPORTED)
    unchanged = unchanged.exclude(status=ImportStatus.IMPORTING, started_at__gt=timezone.now() - IMPORT_STALE_AFTER)
    if not unchanged.update(updated_at=timezone.now(), **{name: getattr(record, name) for name in fields}):
        raise _running_conflict()
    return preview


def _store_images(result: ImportResult, saved: list[str]) -> dict[str, str]:
    """Each image once under its content hash (``media.image_store``); ``saved`` collects the files written."""
    paths = {}
    for image in result.images:  # the importers sniff already; image_store sniffs again before storing
        paths[image.name] = image_store(image.data, label=image.name, saved=saved)
    return paths


IMPORT_TIME_LIMIT = 10 * 60  # seconds a confirm may run on the worker (``tasks.import_confirm_task``'s hard limit)
IMPORT_STALE_AFTER = timedelta(seconds=IMPORT_TIME_LIMIT + 60)  # an ``importing`` older than this lost its worker
PROGRESS_EVERY = 20  # items between two progress notes in the cache
_PROGRESS_KEY = "questions:import:{}:progress"


def import_running(record: QuestionImport) -> bool:
    """True while a confirm of ``record`` may still be running on the worker.

    An import ``importing`` since longer than the task's time limit (plus a minute) has lost its worker (killed,
    redeployed, message lost): it counts as stopped, so it can be confirmed again instead of being stuck."""
    return (
        record.status == ImportStatus.IMPORTING
        and record.started_at is not None
        and record.started_at > timezone.now() - IMPORT_STALE_AFTER
    )


def question_import_progress(record: QuestionImport) -> int | None:
    """Items created so far by the running import (noted in the cache every ``PROGRESS_EVERY``), else None.

    The items themselves are invisible until the import's transaction commits; this count is only a hint for the
    progress bar (None when the cache is not shared between web and worker, as with the embedded defaults)."""
    if record.status != ImportStatus.IMPORTING:
        return None
    try:
        return cache.get(_PROGRESS_KEY.format(record.pk))
    except Exception:  # a progress hint never fails a read
        return None


def _progress_note(pk: int, done: int | None) -> None:
    try:
        if done is None:
            cache.delete(_PROGRESS_KEY.format(pk))
        else:
            cache.set(_PROGRESS_KEY.format(pk), done, timeout=IMPORT_TIME_LIMIT * 2)
    except Exception:  # the cache is a hint; the import goes on without it
        logger.warning("Could not note the progress of question import %s", pk)


def _running_conflict() -> DomainError:
    return DomainError(_("This file is being imported."), code=ErrorCode.CONFLICT, field="import_id")


def question_import_confirm(*, user, question_import: QuestionImport) -> QuestionImport:
    """Start importing a previewed file: the checks that can be made at once, then the worker imports it.

    Refused at once: people outside the course team, a file already imported, a file not previewed, a file being
    imported (``import_running``; a stale one may be confirmed again), a file expired. Otherwise the import is
    marked ``importing`` and ``tasks.import_confirm_task`` is sent when this transaction commits; it runs
    ``question_import_run``, which imports everything or nothing. A 1000-item file takes ~30 s: too close to the
    web timeout to run inside the request (issue 7)."""
    _require_editor(user, question_import.course)
    from cms.questions.tasks import import_confirm_task  # the task module imports this one

    with transaction.atomic():
        try:  # a worker importing it holds the row: refuse rather than wait behind it
            record = QuestionImport.objects.select_for_update(nowait=True).get(pk=question_import.pk)
        except OperationalError as error:
            raise _running_conflict() from error
        if record.status == ImportStatus.IMPORTED:
            raise DomainError(_("This file has already been imported."), code=ErrorCode.CONFLICT, field="import_id")
        if record.status == ImportStatus.UPLOADED:
            raise DomainError(_("Preview the file before importing it."), code=ErrorCode.CONFLICT)
        if import_running(record):
            raise _running_conflict()
        if not record.file or not record.file.storage.exists(record.file.name):
            raise DomainError(_("The uploaded file is gone; upload it again."), code=ErrorCode.NOT_FOUND)
        record.status = ImportStatus.IMPORTING
        record.started_at = timezone.now()
        record.save(update_fields=["status", "started_at", "updated_at"])
        pk, user_id = record.pk, user.pk
        transaction.on_commit(lambda: import_confirm_task.delay(pk, user_id))
    question_import.refresh_from_db()
    return question_import


def _fail(pk: int, errors: list[dict]) -> None:
    """Record a failed import (in its own transaction: the import's was rolled back)."""
    QuestionImport.objects.filter(pk=pk, status=ImportStatus.IMPORTING).update(
        status=ImportStatus.FAILED, errors=errors, updated_at=timezone.now()
    )


def question_import_run(*, import_id: int, user_id: int | None) -> QuestionImport | None:
    """The worker's half of a confirm: import every item of the stored file as drafts, or nothing.

    Reads the stored file again (never what the browser previewed), refuses the whole file while any error
    remains (``failed``, errors kept, so the teacher fixes the file and uploads it again), otherwise in one
    transaction stores the images and creates every item with ``question_create`` as a draft authored by
    ``user_id`` (who confirmed), then records ``imported`` with the count and the new items' ids.

    Safe to run twice (acks_late redelivery, a stale import confirmed again): only an import still ``importing``
    is imported, under its row lock, so a second run waits for the first and then finds it done. Anything
    unexpected (the soft time limit included) rolls everything back, deletes the images written and records
    ``failed``; a worker killed outright rolls back with its connection and leaves ``importing`` until it is
    stale (``import_running``)."""
    saved: list[str] = []
    try:
        with transaction.atomic():
            record = QuestionImport.objects.select_for_update().filter(pk=import_id).first()
            if record is None or record.status != ImportStatus.IMPORTING:
                return record
            course = CoursePage.objects.get(pk=record.course_id)
            user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
            if user is None or not can_edit_course(user, course):
                record.status = ImportStatus.FAILED
                message = _("Only the course team and editors can change this course's question bank.")
                record.errors = [{"location": record.filename, "message": message}]
                record.save(update_fields=["status", "errors", "updated_at"])
                return record
            preview = _prepare(record, record.kind or None)
            if preview.errors:
                record.status = ImportStatus.FAILED
                record.errors = _issues(preview.errors)
                record.save(update_fields=["status", "errors", "updated_at"])
                return record
            _progress_note(record.pk, 0)  # noted by the worker only: a cache it does not share stays silent
            paths = _store_images(preview.result, saved)
            preview.result.resolve_images(paths)
            questions = []
            with disable_reference_index_auto_update():  # once per item below, not on every save
                for item in preview.result.items:
                    questions.append(question_create(user=user, course=course, data=item.data))
                    if len(questions) % PROGRESS_EVERY == 0:
                        _progress_note(record.pk, len(questions))
            ids = [q.pk for q in questions]
            for question in Question.objects.filter(Q(pk__in=ids) | Q(parent_id__in=ids)):
                ReferenceIndex.create_or_update_for_object(question)
            record.status = ImportStatus.IMPORTED
            record.item_count = len(questions)
            record.question_ids = ids
            record.errors = []
            record.imported_at = timezone.now()
            record.save(update_fields=["status", "item_count", "question_ids", "errors", "imported_at", "updated_at"])
            return record
    except DomainError as error:  # the file expired or grew past the limit since the confirm
        _fail(import_id, [{"location": "", "message": error.message}])
    except Exception:
        logger.exception("Question import %s failed", import_id)
        for name in saved:
            try:
                default_storage.delete(name)
            except OSError:  # pragma: no cover - the storage is gone too; nothing more to do
                logger.warning("Could not delete %s after a failed question import", name)
        message = _("The import stopped before it finished; nothing was imported. Upload the file again to retry.")
        _fail(import_id, [{"location": "", "message": message}])
    finally:
        _progress_note(import_id, None)
    return QuestionImport.objects.filter(pk=import_id).first()


def question_imports_expire() -> int:
    """Delete the files of uploads never imported within ``ZYK_QUESTION_IMPORT_EXPIRY_DAYS``; the rows stay
    as the import log (a later preview or confirm asks for the file again). Safe to run any time, twice."""
    cutoff = timezone.now() - timedelta(days=settings.ZYK_QUESTION_IMPORT_EXPIRY_DAYS)
    stale = QuestionImport.objects.filter(created_at__lt=cutoff).exclude(status=ImportStatus.IMPORTED).exclude(file="")
    removed = 0
    for record in stale.only("pk", "file").iterator():
        try:
            record.file.delete(save=False)
        except OSError:  # the storage refused: try again on the next run
            logger.warning("Could not delete the question import file %s", record.file.name)
            continue
        QuestionImport.objects.filter(pk=record.pk).update(file="", updated_at=timezone.now())
        removed += 1
    return removed


def stored_image(src: str) -> tuple[bytes, str] | None:
    """(bytes, content type) of an image of the bank by its site path, or None (the exports' image loader)."""
    src = src.split("?", 1)[0]
    if not src.startswith(IMAGE_URL):
        return None
    name = src[len(IMAGE_URL) :]
    if not IMAGE_NAME.match(name):
        return None
    try:
        with default_storage.open(IMAGE_DIR + name, "rb") as handle:
            data = handle.read()
    except (OSError, FileNotFoundError):
        return None
    kind = sniff_image(data)
    return (data, kind[0]) if kind else None
