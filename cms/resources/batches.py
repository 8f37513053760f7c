"""Batch upload (M3): many files, folders or zips → recognised items → resources, one bad file never losing the rest.

``resource_batch_prepare`` checks every file through the media pipeline, expands plain zips (HTML5
packages stay one simulation), reads manifests, and recognises each item's attributes from the batch
defaults, its folders, its name and its manifest row (see ``recognition``). Nothing is created yet: the
person sees the report, fixes what needs fixing with per-item overrides, then ``resource_batch_commit``
creates the resources one savepoint at a time, so a refused item is marked and the others go on.
"""

import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from cms.accounts.models import Organisation
from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode
from cms.resources import permissions, recognition
from cms.resources.manifest import ManifestError, ManifestRow, is_manifest, manifest_read, row_matches, split_list
from cms.resources.models import (
    AudienceLevel,
    BatchItemStatus,
    BatchStatus,
    Licence,
    ResourceBatch,
    ResourceBatchItem,
    ResourceSource,
    ResourceType,
    Visibility,
)
from cms.resources.services import (
    DuplicateResourceError,
    ResourceAttributes,
    duplicate_of,
    resource_create,
    resource_submit,
)
from cms.resources.uploads import asset_discard
from media_pipeline.archive import ArchiveEntry, extract_entry, inspect_zip
from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.models import Upload
from media_pipeline.services import asset_create_from_file, asset_create_from_upload
from media_pipeline.sniff import MediaKind, archive_limits, extension_of, sniff
from media_pipeline.uploads import upload_delete, upload_dir, upload_path

MAX_UPLOADS = 100
# Files one batch may hold once zips are expanded (the report and the commit handle them in one request).
MAX_ITEMS = 1000
_PATH_MAX = 500

# Batch-level attributes (annotated once); items may also override title and type.
DEFAULT_KEYS = frozenset(
    {
        "organisation_id",
        "major_id",
        "course_id",
        "module_id",
        "knowledge_point_ids",
        "keywords",
        "source",
        "licence",
        "audience_level",
        "visibility",
        "download_requires_login",
        "authors",
        "rights_holder",
        "description",
        "resource_type",
    }
)
ITEM_KEYS = DEFAULT_KEYS | {"title"}
# Parts of the shared resource input that mean nothing for a batch of files (a text body, a link, one title).
_IGNORED_DEFAULT_KEYS = frozenset({"title", "body", "url"})
_IGNORED_ITEM_KEYS = frozenset({"body", "url"})
_CHOICES = {
    "source": ResourceSource,
    "licence": Licence,
    "audience_level": AudienceLevel,
    "visibility": Visibility,
    "resource_type": ResourceType,
}
_RELATIONS = ("major", "course", "module", "knowledge_points", "resource_type")
_ATTRIBUTE_OF = {
    "organisation_id": "organisation",
    "major_id": "major",
    "course_id": "course",
    "module_id": "module",
    "knowledge_point_ids": "knowledge_points",
}


# ---- attributes: ids and codes as entered → checked model instances -------------------------------------


def _pk(value, field_name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field_name)


def _one(model, value, field_name: str):
    found = model.objects.filter(pk=_pk(value, field_name)).first()
    if found is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field_name)
    return found


def _major_of(course):
    return course.get_parent().specific


def _text(values: dict, key: str, limit: int) -> str:
    value = values[key]
    if not isinstance(value, str):
        raise DomainError(_("Enter text."), field=key)
    value = value.strip()
    if len(value) > limit:
        raise DomainError(
            _("At most %(limit)d characters are allowed.") % {"limit": limit}, code=ErrorCode.LIMIT_EXCEEDED, field=key
        )
    return value


def attributes_resolve(values: dict, *, keys: frozenset, ignored: frozenset = frozenset()) -> dict:
    """Check batch or item attributes (ids, codes, texts) and return them as instances, named like
    ``ResourceAttributes``; a DomainError names the field at fault. ``None`` means "clear".

    Missing parents are inferred (a course gives its major, a module its course), and every relation must
    belong to the next one up, so a batch never inherits a course of another major.
    """
    from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
    from cms.majors.models import MajorPage

    for key in values:
        if key not in keys and key not in ignored:
            raise DomainError(_("“%(name)s” cannot be set here.") % {"name": key}, field=key)
    out: dict = {}
    present = {key for key in values if key in keys}
    cleared = {key for key in present if values[key] is None}
    for key in cleared:
        out[_ATTRIBUTE_OF.get(key, key)] = [] if key in ("knowledge_point_ids", "keywords", "authors") else None
    given = {key: values[key] for key in present if values[key] is not None}
    if "organisation_id" in given:
        out["organisation"] = _one(Organisation, given["organisation_id"], "organisation_id")
    if "major_id" in given:
        out["major"] = _one(MajorPage, given["major_id"], "major_id")
    if "course_id" in given:
        out["course"] = _one(CoursePage, given["course_id"], "course_id")
    if "module_id" in given:
        out["module"] = _one(OutlineItem, given["module_id"], "module_id")
    if "knowledge_point_ids" in given:
        raw = given["knowledge_point_ids"]
        ids = [_pk(v, "knowledge_point_ids") for v in (raw if isinstance(raw, list | tuple) else [raw])]
        points = {p.pk: p for p in KnowledgePoint.objects.filter(pk__in=ids)}
        if len(points) != len(set(ids)):
            raise DomainError(
                _("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field="knowledge_point_ids"
            )
        out["knowledge_points"] = [points[pk] for pk in dict.fromkeys(ids)]
    _infer_and_check(out)
    for key, choices in _CHOICES.items():
        if key in given:
            if given[key] not in choices.values:
                raise DomainError(_("Choose one of the offered values."), field=key)
            out[key] = given[key]
    if "download_requires_login" in given:
        if not isinstance(given["download_requires_login"], bool):
            raise DomainError(_("Choose yes or no."), field="download_requires_login")
        out["download_requires_login"] = given["download_requires_login"]
    if "keywords" in given:
        raw = given["keywords"]
        words = split_list(raw) if isinstance(raw, str) else [str(k).strip() for k in raw if str(k).strip()]
        if len(words) > 30 or any(len(k) > 100 for k in words):
            raise DomainError(
                _("At most 30 keywords of up to 100 characters each."), code=ErrorCode.LIMIT_EXCEEDED, field="keywords"
            )
        out["keywords"] = words
    if "authors" in given:
        out["authors"] = _authors(given["authors"])
    for key, limit in (("title", 200), ("rights_holder", 128), ("description", 5000)):
        if key in given:
            out[key] = _text(given, key, limit)
    return out


def _authors(raw) -> list[dict]:
    if not isinstance(raw, list) or len(raw) > 20:
        raise DomainError(_("List at most 20 authors."), field="authors")
    authors = []
    for author in raw:
        if not isinstance(author, dict):
            raise DomainError(_("Give each author a name."), field="authors")
        name = str(author.get("name") or "").strip()
        organisation_name = str(author.get("organisation_name") or "").strip()
        if len(name) > 64 or len(organisation_name) > 128:
            raise DomainError(
                _("An author's name has at most 64 characters, their organisation at most 128."), field="authors"
            )
        if name:
            authors.append({"name": name, "organisation_name": organisation_name})
    return authors


def _infer_and_check(out: dict) -> None:
    """Fill missing parents (module → course → major) and refuse relations that do not belong together."""
    points = out.get("knowledge_points") or []
    if out.get("module") is not None and out.get("course") is None:
        out["course"] = out["module"].course
    if points and out.get("course") is None and len({p.course_id for p in points}) == 1:
        out["course"] = points[0].course
    course = out.get("course")
    if course is not None:
        if out.get("major") is None:
            out["major"] = _major_of(course)
        elif _major_of(course).pk != out["major"].pk:
            raise DomainError(_("This course does not belong to the chosen major."), field="course_id")
    module = out.get("module")
    if module is not None and (course is None or module.course_id != course.pk):
        raise DomainError(_("This module does not belong to the chosen course."), field="module_id")
    foreign = [p for p in points if course is None or p.course_id != course.pk]
    if foreign and course is not None:
        raise DomainError(
            _("“%(name)s” is not a point of the chosen course.") % {"name": foreign[0].name},
            field="knowledge_point_ids",
        )


def _as_json(resolved: dict) -> dict:
    """Resolved attributes back to ids and codes (how they are stored on the batch)."""
    out = {}
    for key, value in resolved.items():
        if key == "knowledge_points":
            out["knowledge_point_ids"] = [p.pk for p in value or []]
        elif key in ("organisation", "major", "course", "module"):
            out[f"{key}_id"] = value.pk if value is not None else None
        else:
            out[key] = value
    return out


# ---- prepare ------------------------------------------------------------------------------------------


@dataclass
class _Item:
    path: str
    status: str = BatchItemStatus.READY
    asset: object = None
    error_code: str = ""
    message: str = ""
    found: recognition.Recognition | None = None  # what was recognised
    duplicate_of: object = None
    manifest_rows: list[ManifestRow] = field(default_factory=list)


@dataclass
class _Manifest:
    path: str
    rows: list[ManifestRow]


def batch_path(relative_path: str, filename: str) -> str:
    """The path the browser sent (``webkitRelativePath``), made safe: "/"-separated, no "..", no empty parts."""
    parts = [p.strip() for p in (relative_path or "").replace("\\", "/").split("/")]
    parts = [p for p in parts if p not in ("", ".", "..")]
    if not parts:
        parts = [filename]
    path = "/".join(parts)
    return path if len(path) <= _PATH_MAX else path[-_PATH_MAX:]


def _stem_path(path: str) -> str:
    """``资料/批量.zip`` → ``资料/批量``: the folder a zip's entries are filed under."""
    pure = PurePosixPath(path)
    return str(pure.with_suffix("")) if pure.suffix.lower() == ".zip" else path


class _Collector:
    """Turns uploads (and the entries of zips) into items and manifests, never stopping at a bad file."""

    def __init__(self, user, workdir: Path) -> None:
        self.user = user
        self.workdir = workdir
        self.items: list[_Item] = []
        self.manifests: list[_Manifest] = []

    def failed(self, path: str, code: str, message: str) -> None:
        self.items.append(_Item(path=path, status=BatchItemStatus.FAILED, error_code=str(code), message=message))

    def add_upload(self, upload: Upload, path: str) -> None:
        if is_manifest(path) or extension_of(upload.filename) == "zip":
            locked = Upload.objects.select_for_update().filter(pk=upload.pk, owner=self.user).first()
            if locked is None:
                self.failed(path, ErrorCode.NOT_FOUND, _("This upload was not found; upload the file again."))
                return
            if not locked.is_complete:
                self.failed(
                    path,
                    ErrorCode.UPLOAD_INCOMPLETE,
                    _("“%(name)s” has not finished uploading.") % {"name": locked.filename},
                )
                return
            if is_manifest(path):
                self.add_manifest(upload_path(locked), path)
                upload_delete(upload_id=locked.pk, owner=self.user)
            else:
                self.add_zip_upload(locked, path)
            return
        try:
            asset = asset_create_from_upload(upload=upload)
        except MediaError as error:
            self.failed(path, error.code, error.message)
            return
        self.items.append(_Item(path=path, asset=asset))

    def add_manifest(self, file: Path, path: str) -> None:
        try:
            rows = manifest_read(path=file, filename=PurePosixPath(path).name)
        except ManifestError as error:
            self.failed(path, ErrorCode.INVALID_INPUT, error.message)
            return
        self.manifests.append(_Manifest(path=path, rows=rows))

    def add_zip_upload(self, upload: Upload, path: str) -> None:
        """A plain zip becomes one item per file (filed under the zip's name); an HTML5 package one item."""
        file = upload_path(upload)
        try:
            kind = sniff(file, upload.filename).kind
            if kind == MediaKind.SIMULATION:
                self.items.append(_Item(path=path, asset=asset_create_from_upload(upload=upload)))
                return
            entries = inspect_zip(file, archive_name=upload.filename, **archive_limits())
        except MediaError as error:
            self.failed(path, error.code, error.message)
            return
        files = [entry for entry in entries if not entry.is_dir]
        if len(self.items) + len(files) > MAX_ITEMS:
            self.failed(
                path,
                ErrorCode.LIMIT_EXCEEDED,
                _("“%(name)s” holds %(count)d files; a batch takes at most %(limit)d. Split it into smaller zips.")
                % {"name": upload.filename, "count": len(files), "limit": MAX_ITEMS},
            )
            return
        prefix = _stem_path(path)
        for entry in files:
            self.add_entry(file, entry, batch_path(f"{prefix}/{entry.name}", entry.parts[-1]))
        upload_delete(upload_id=upload.pk, owner=self.user)

    def add_entry(self, archive: Path, entry: ArchiveEntry, path: str) -> None:
        target = None
        try:
            target = extract_entry(archive, entry, self.workdir)
            if is_manifest(path):
                self.add_manifest(target, path)
                return
            if extension_of(entry.name) == "zip" and sniff(target, entry.parts[-1]).kind == MediaKind.ARCHIVE:
                self.failed(
                    path,
                    MediaErrorCode.UNSUPPORTED_TYPE,
                    _("“%(name)s” is a zip inside a zip: upload it on its own so its files become resources.")
                    % {"name": entry.parts[-1]},
                )
                return
            self.items.append(_Item(path=path, asset=asset_create_from_file(path=target, filename=entry.parts[-1])))
        except MediaError as error:
            self.failed(path, error.code, error.message)
        finally:
            if target is not None and target.is_file():
                target.unlink(missing_ok=True)


def _apply_manifests(collector: _Collector) -> None:
    """Attach each manifest row to the items it names; rows naming nothing are reported on the manifest."""
    with_files = [item for item in collector.items if item.asset is not None]
    for manifest in collector.manifests:
        folder = str(PurePosixPath(manifest.path).parent)
        folder = "" if folder == "." else folder
        unmatched = []
        for row in manifest.rows:
            matches = [i for i in with_files if row_matches(row.file, manifest_folder=folder, item_path=i.path)]
            inside = [i for i in matches if not folder or i.path.startswith(folder + "/")]
            for item in inside or matches:
                item.manifest_rows.append(row)
            if not matches:
                unmatched.append(row)
        if unmatched:
            collector.failed(
                manifest.path,
                ErrorCode.NOT_FOUND,
                _("These rows of the manifest name files that are not in the batch: %(rows)s.")
                % {
                    "rows": "; ".join(
                        _("row %(line)d “%(file)s”") % {"line": r.line, "file": r.file} for r in unmatched
                    )
                },
            )


def _recognise(collector: _Collector, defaults: dict) -> None:
    catalogue = recognition.Catalogue()
    numbering = recognition.Numbering()
    ready = [item for item in collector.items if item.asset is not None]
    for item in ready:
        item.found = recognition.recognise(
            path=item.path,
            asset=item.asset,
            defaults=defaults,
            catalogue=catalogue,
            numbering=numbering,
            manifest_rows=item.manifest_rows,
        )
    _flag_duplicates(ready)
    for item in ready:
        _folders, stem = recognition.folders_and_stem(item.path)
        if item.status == BatchItemStatus.READY:
            recognition.finish_title(item.found, stem=stem, catalogue=catalogue, numbering=numbering)
            item.message = " ".join(recognition.warnings(item.found, catalogue))
        elif not item.found.get("title"):
            item.found.put("title", stem[:200], recognition.FILE)


def _flag_duplicates(items: list[_Item]) -> None:
    """Content already in the library, or twice in this batch, is offered as a link, not stored again."""
    first_by_checksum: dict[str, _Item] = {}
    for item in items:
        existing = duplicate_of(item.asset)
        earlier = first_by_checksum.get(item.asset.checksum)
        if existing is not None:
            item.status, item.error_code = BatchItemStatus.DUPLICATE, ErrorCode.DUPLICATE
            item.duplicate_of, item.message = existing, DuplicateResourceError(existing).message
            asset_discard(item.asset)
            item.asset = None  # the existing resource may not be the uploader's: link to it, show nothing of it
        elif earlier is not None:
            item.status, item.error_code = BatchItemStatus.DUPLICATE, ErrorCode.DUPLICATE
            item.message = _("The same file is already in this batch as “%(path)s”.") % {"path": earlier.path}
            asset_discard(item.asset)
            item.asset = earlier.asset
        else:
            first_by_checksum[item.asset.checksum] = item


@transaction.atomic
def resource_batch_prepare(*, user, uploads: list[tuple[Upload, str]], defaults: dict) -> ResourceBatch:
    """Check, expand and recognise up to 100 uploads of ``user`` into a batch report; nothing is created yet.

    ``uploads`` pairs each finished upload with the relative path the browser sent. A file that is refused
    becomes a FAILED item with the pipeline's translated message; the others go on. Wrong ``defaults``
    refuse the whole call (they would be inherited by every item).
    """
    if not uploads:
        raise DomainError(_("Choose at least one file."), field="uploads")
    if len(uploads) > MAX_UPLOADS:
        raise DomainError(
            _("At most %(limit)d files at a time.") % {"limit": MAX_UPLOADS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="uploads",
        )
    if any(upload.owner_id != user.pk for upload, _path in uploads):
        raise DomainError(
            _("This upload was not found; upload the file again."), code=ErrorCode.NOT_FOUND, field="uploads"
        )
    if not permissions.creator_paths(user):  # nothing they upload could become a resource: store nothing
        raise DomainError(
            _("You can add resources only for institutions where you are a teacher or an editor."),
            code=ErrorCode.PERMISSION_DENIED,
            field="uploads",
        )
    resolved = attributes_resolve(defaults or {}, keys=DEFAULT_KEYS, ignored=_IGNORED_DEFAULT_KEYS)
    organisation = resolved.get("organisation")
    if organisation is not None and not permissions.can_create_in(user, organisation):
        raise DomainError(
            _("You can add resources only for institutions where you are a teacher or an editor."),
            code=ErrorCode.PERMISSION_DENIED,
            field="organisation_id",
        )
    batch = ResourceBatch.objects.create(owner=user, defaults=_as_json(resolved))
    directory = upload_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory, prefix="batch-") as workdir:
        collector = _Collector(user, Path(workdir))
        for upload, relative_path in uploads:
            collector.add_upload(upload, batch_path(relative_path, upload.filename))
    _apply_manifests(collector)
    _recognise(collector, resolved)
    ResourceBatchItem.objects.bulk_create(
        [
            ResourceBatchItem(
                batch=batch,
                path=item.path,
                status=item.status,
                asset=item.asset,
                recognised=item.found.as_json() if item.found else {},
                error_code=item.error_code,
                message=item.message,
                duplicate_of=item.duplicate_of,
            )
            for item in collector.items
        ]
    )
    counts = {status: sum(1 for i in collector.items if i.status == status) for status in BatchItemStatus.values}
    audit_record(action="resource.batch.prepare", actor=user, obj=batch, detail=counts)
    return batch


# ---- commit -------------------------------------------------------------------------------------------


def _stored(recognised: dict) -> dict:
    """The recognised ids as instances; anything deleted since the batch was prepared is left out."""
    values = {k: v for k, v in recognised.items() if k != "origins"}
    try:
        return attributes_resolve(values, keys=ITEM_KEYS)
    except DomainError:
        pass
    kept = {}
    for key, value in values.items():
        try:
            kept.update(attributes_resolve({key: value}, keys=ITEM_KEYS))
        except DomainError:
            continue
    return kept


def _merge(recognised: dict, override: dict) -> dict:
    """Recognised attributes with the person's overrides on top; recognised relations that no longer fit
    an overridden one are dropped (choosing another course forgets the recognised module)."""
    over = attributes_resolve(override, keys=ITEM_KEYS, ignored=_IGNORED_ITEM_KEYS)
    final = _stored(recognised)
    final.update(over)
    course, major = final.get("course"), final.get("major")
    if "course" not in over and course is not None and (major is None or _major_of(course).pk != major.pk):
        final["course"] = course = None
    module = final.get("module")
    if "module" not in over and module is not None and (course is None or module.course_id != course.pk):
        final["module"] = None
    if "knowledge_points" not in over and final.get("knowledge_points"):
        final["knowledge_points"] = [p for p in final["knowledge_points"] if course and p.course_id == course.pk]
    _infer_and_check(final)
    origins = recognised.get("origins") or {}
    if "title" not in over and origins.get("title") in (recognition.RULE, recognition.FILE):
        before = _stored(recognised)
        if any(_ids(before.get(k)) != _ids(final.get(k)) for k in _RELATIONS):
            final["title"] = ""  # re-suggested by resource_create for the attributes now chosen
    return final


def _ids(value):
    if isinstance(value, list):
        return [getattr(v, "pk", v) for v in value]
    return getattr(value, "pk", value)


def _attributes(final: dict) -> ResourceAttributes:
    return ResourceAttributes(
        title=final.get("title") or "",
        resource_type=final.get("resource_type"),
        major=final.get("major"),
        course=final.get("course"),
        module=final.get("module"),
        knowledge_points=final.get("knowledge_points") or [],
        keywords=final.get("keywords") or [],
        description=final.get("description") or "",
        source=final.get("source"),
        organisation=final.get("organisation"),
        rights_holder=final.get("rights_holder") or "",
        licence=final.get("licence"),
        audience_level=final.get("audience_level"),
        visibility=final.get("visibility"),
        download_requires_login=final.get("download_requires_login"),
        authors=final.get("authors") or [],
    )


def _commit_item(*, user, item: ResourceBatchItem, override: dict, submit: bool) -> None:
    try:
        with transaction.atomic():
            attributes = _attributes(_merge(item.recognised or {}, override))
            resource = resource_create(user=user, attributes=attributes, asset=item.asset)
    except DuplicateResourceError as error:
        item.status, item.error_code, item.message = BatchItemStatus.DUPLICATE, error.code, error.message
        item.duplicate_of = error.existing
        return
    except DomainError as error:
        item.status, item.error_code, item.message = BatchItemStatus.FAILED, error.code, error.message
        return
    except ValidationError as error:  # a model rule the service did not phrase itself
        item.status, item.error_code, item.message = (
            BatchItemStatus.FAILED,
            ErrorCode.INVALID_INPUT,
            " ".join(error.messages),
        )
        return
    item.status, item.resource, item.error_code, item.message = BatchItemStatus.CREATED, resource, "", ""
    if submit:
        try:
            with transaction.atomic():
                resource_submit(user=user, resource=resource)
        except DomainError as error:
            item.message = _("Created as a draft, but not sent for review: %(reason)s") % {"reason": error.message}
            return
        returned = _sent_back(resource)
        if returned is not None:
            item.message = _("Created and sent for review; the automatic check sent it back: %(reason)s") % {
                "reason": returned
            }


def _sent_back(resource) -> str | None:
    """The automatic check's reasons when it returned the resource at once (no author, sensitive words …)."""
    state = resource.workflow_states.order_by("-pk").select_related("current_task_state").first()
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    return (task_state.comment if task_state else "") or ""


@transaction.atomic
def resource_batch_commit(
    *, user, batch: ResourceBatch, overrides: dict[int, dict], skip: set[int] = frozenset(), submit: bool = False
) -> ResourceBatch:
    """Create a resource from every READY item not skipped, each in its own savepoint (M3).

    A refused item (naming rule, permission, a wrong override …) becomes FAILED with the reason; an item
    that failed here may be retried by sending an override for it. Created items are never created
    again, so committing twice is harmless. ``submit`` also sends each new draft into review; a refusal
    there is reported on the item and the draft stays. Skipped items stay READY for a later commit.
    """
    batch = ResourceBatch.objects.select_for_update().filter(pk=batch.pk).first()
    if batch is None or batch.owner_id != user.pk:
        raise DomainError(
            _("Only the person who uploaded the batch can create its resources."), code=ErrorCode.PERMISSION_DENIED
        )
    overrides = {int(k): v or {} for k, v in (overrides or {}).items()}
    skip = {int(k) for k in skip or ()}
    items = batch.items.select_related("asset").order_by("pk")
    created = 0
    for item in items:
        retry = item.status == BatchItemStatus.FAILED and item.asset_id and item.pk in overrides
        if item.pk in skip or not (item.status == BatchItemStatus.READY or retry):
            continue
        _commit_item(user=user, item=item, override=overrides.get(item.pk, {}), submit=submit)
        item.save(update_fields=["status", "error_code", "message", "duplicate_of", "resource"])
        created += item.status == BatchItemStatus.CREATED
    if not batch.items.filter(status=BatchItemStatus.READY).exists():
        batch.status = BatchStatus.COMMITTED
        batch.save(update_fields=["status", "updated_at"])
    audit_record(action="resource.batch.commit", actor=user, obj=batch, detail={"created": created, "submit": submit})
    return batch


# ---- read ---------------------------------------------------------------------------------------------


def resource_batch_get(user, batch_id) -> ResourceBatch | None:
    """The batch ``batch_id`` when ``user`` uploaded it (nobody else sees a batch report)."""
    if user is None or not user.is_authenticated:
        return None
    try:
        pk = int(batch_id)
    except (TypeError, ValueError):
        return None
    return ResourceBatch.objects.filter(pk=pk, owner=user).first()
