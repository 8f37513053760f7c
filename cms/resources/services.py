"""Writes on resources: create, edit drafts, submit, review, recycle, count (M1, M2, M3, C11, C12).

Drafts are Wagtail revisions: while a resource is unpublished its row follows the draft; once published
the row keeps the approved values and edits only add revisions, so the approved version stays live
until the next approval publishes the new one.
"""

from dataclasses import dataclass, field, fields

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState

from cms.analytics.models import Verb
from cms.analytics.services import event_record
from cms.audit.services import audit_record
from cms.core.errors import DomainError, ErrorCode
from cms.resources import permissions
from cms.resources.body import body_clean
from cms.resources.media import conversion_request, media_sync_public_later
from cms.resources.models import Resource, ResourceAuthor, ResourceMediaPublication, ResourceType
from cms.resources.search import search_document_update
from cms.resources.titles import title_problems, title_suggest
from media_pipeline.jobs import asset_files_delete

# media_pipeline kinds that are resource types of the same name; archives are batch uploads, not resources.
_KIND_TO_TYPE = {t.value: t.value for t in ResourceType if t not in (ResourceType.LINK,)}
# A file detected as the first type may be declared as the second (an animation exported as MP4).
_REFINEMENTS = {(ResourceType.VIDEO, ResourceType.ANIMATION), (ResourceType.IMAGE, ResourceType.ANIMATION)}


class DuplicateResourceError(DomainError):
    """The same content (checksum) is already in the library: offer a link to it instead of a second copy."""

    code = ErrorCode.DUPLICATE

    def __init__(self, existing: Resource) -> None:
        super().__init__(
            _(
                "This file is already in the library as “%(title)s” (No. %(id)s). "
                "Link to it instead of uploading it again."
            )
            % {"title": existing.title, "id": existing.pk},
            field="upload_id",
        )
        self.existing = existing


@dataclass
class ResourceAttributes:
    """Metadata a person sets; ``None`` means "leave as it is" on updates."""

    title: str | None = None
    resource_type: str | None = None
    major: object | None = None
    course: object | None = None
    module: object | None = None
    knowledge_points: list | None = None
    keywords: list[str] | None = None
    description: str | None = None
    body: str | None = None
    url: str | None = None
    source: str | None = None
    organisation: object | None = None
    rights_holder: str | None = None
    licence: str | None = None
    audience_level: str | None = None
    visibility: str | None = None
    download_requires_login: bool | None = None
    authors: list[dict] | None = None  # [{"name", "user", "organisation_name"}]
    # Clearing a nullable relation on update: names of relations to set to None.
    clear: set[str] = field(default_factory=set)


_SIMPLE_FIELDS = (
    "title",
    "resource_type",
    "major",
    "course",
    "module",
    "description",
    "body",
    "url",
    "source",
    "organisation",
    "rights_holder",
    "licence",
    "audience_level",
    "visibility",
    "download_requires_login",
)


def type_for_asset(asset, requested: str | None) -> str:
    """The resource type of a file: what the content says, or a compatible refinement of it (M2)."""
    detected = _KIND_TO_TYPE.get(asset.kind)
    if detected is None:
        raise DomainError(
            _("“%(name)s” is an archive without index.html: upload it as a batch (its files become resources).")
            % {"name": asset.original_filename},
            code=ErrorCode.UNSUPPORTED_TYPE,
            field="upload_id",
        )
    if requested and requested != detected and (detected, requested) not in _REFINEMENTS:
        raise DomainError(
            _("“%(name)s” is a %(detected)s file; it cannot be filed as %(requested)s.")
            % {
                "name": asset.original_filename,
                "detected": ResourceType(detected).label,
                "requested": ResourceType(requested).label,
            },
            code=ErrorCode.CONTENT_MISMATCH,
            field="resource_type",
        )
    return requested or detected


def duplicate_of(asset, *, exclude_pk: int | None = None) -> Resource | None:
    """A resource already holding the same content (same checksum), recycle bin excluded."""
    if asset is None:
        return None
    qs = Resource.objects.alive().filter(asset__checksum=asset.checksum).exclude(asset=None)
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs.order_by("pk").first()


def _apply(resource: Resource, attributes: ResourceAttributes) -> None:
    for name in _SIMPLE_FIELDS:
        value = getattr(attributes, name)
        if value is not None:
            setattr(resource, name, body_clean(value) if name == "body" else value)
    for name in attributes.clear:
        if name in ("course", "module"):
            setattr(resource, name, None)
    if (
        attributes.course is not None
        and attributes.module is None
        and resource.module_id
        and resource.module.course_id != attributes.course.pk
    ):
        resource.module = None
    if attributes.knowledge_points is not None:
        resource.knowledge_points.set(attributes.knowledge_points)
    if attributes.keywords is not None:
        resource.keywords.set([k.strip() for k in attributes.keywords if k.strip()][:30])
    if attributes.authors is not None:
        resource.authors.set(
            [
                ResourceAuthor(
                    name=(a.get("name") or "").strip()[:64],
                    user=a.get("user"),
                    organisation_name=(a.get("organisation_name") or "").strip()[:128],
                    sort_order=i,
                )
                for i, a in enumerate(attributes.authors[:20])
                if (a.get("name") or "").strip()
            ]
        )


def _validate(resource: Resource) -> None:
    try:
        resource.full_clean(exclude=["search_vector", "search_text", "keywords"])
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        raise DomainError(
            messages[0], code=ErrorCode.INVALID_INPUT, field=None if name == "__all__" else name
        ) from error
    if resource.knowledge_points.all() and resource.course_id:
        foreign = [kp for kp in resource.knowledge_points.all() if kp.course_id != resource.course_id]
        if foreign:
            raise DomainError(
                _("“%(name)s” is not a point of the chosen course.") % {"name": foreign[0].name},
                field="knowledge_point_ids",
            )
    problems = title_problems(resource)
    if problems:
        raise DomainError(" ".join(problems), code=ErrorCode.NAMING_RULE, field="title")


def _save_draft(resource: Resource, user, *, log_action: bool | str = True) -> Resource:
    """Unpublished resources follow their draft; published ones keep the live row (M1)."""
    if not resource.live:
        resource.school = permissions.school_of(resource.organisation)
        resource.save()
        search_document_update(resource)
    resource.save_revision(user=user, log_action=log_action)
    return resource


@transaction.atomic
def resource_create(*, user, attributes: ResourceAttributes, asset=None, allow_duplicate: bool = False) -> Resource:
    """A new draft resource from a file (``asset``), a text or a link."""
    organisation = attributes.organisation
    if organisation is None:
        raise DomainError(_("Choose the building institution."), field="organisation_id")
    if not permissions.can_create_in(user, organisation):
        raise DomainError(
            _("You can add resources only for institutions where you are a teacher or an editor."),
            code=ErrorCode.PERMISSION_DENIED,
            field="organisation_id",
        )
    if attributes.major is None:
        raise DomainError(_("Choose the major."), field="major_id")
    if asset is not None:
        attributes.resource_type = type_for_asset(asset, attributes.resource_type)
        existing = duplicate_of(asset)
        if existing is not None and not allow_duplicate:
            raise DuplicateResourceError(existing)
    elif attributes.resource_type not in (ResourceType.TEXT, ResourceType.LINK):
        raise DomainError(_("Upload a file, or choose text or external link."), field="upload_id")
    resource = Resource(owner=user, asset=asset, live=False)
    _apply(resource, attributes)
    if not resource.title.strip():
        first_point = (attributes.knowledge_points or [None])[0]
        resource.title = (
            title_suggest(
                major=resource.major,
                course=resource.course,
                module=resource.module,
                knowledge_point=first_point,
                resource_type=resource.resource_type,
            )
            or (asset.original_filename.rsplit(".", 1)[0] if asset else "")
        )[:200]
    _validate(resource)
    _save_draft(resource, user)
    conversion_request(asset)
    audit_record(action="resource.create", actor=user, obj=resource)
    return resource


def _editable(user, resource: Resource) -> Resource:
    if resource.deleted_at:
        raise DomainError(_("The resource is in the recycle bin. Restore it first."), code=ErrorCode.CONFLICT)
    if not permissions.can_manage(user, resource):
        raise DomainError(_("You cannot change this resource."), code=ErrorCode.PERMISSION_DENIED)
    if resource.locked and resource.locked_by_id != user.pk:
        raise DomainError(_("Someone else has locked this resource for editing."), code=ErrorCode.CONFLICT)
    if resource.workflow_in_progress:
        raise DomainError(_("The resource is in review. Withdraw it from review to edit it."), code=ErrorCode.CONFLICT)
    return resource


@transaction.atomic
def resource_update(*, user, resource: Resource, attributes: ResourceAttributes, asset=None) -> Resource:
    """Save a new draft of ``resource`` (the live version, if any, stays as it is until approved)."""
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    _editable(user, resource)
    draft = resource.get_latest_revision_as_object() if resource.live else resource
    if attributes.organisation is not None and not permissions.can_create_in(user, attributes.organisation):
        raise DomainError(
            _("You can file resources only under institutions where you are a teacher or an editor."),
            code=ErrorCode.PERMISSION_DENIED,
            field="organisation_id",
        )
    if asset is not None:
        attributes.resource_type = type_for_asset(asset, attributes.resource_type or draft.resource_type)
        existing = duplicate_of(asset, exclude_pk=resource.pk)
        if existing is not None:
            raise DuplicateResourceError(existing)
        draft.asset = asset
    elif attributes.resource_type and draft.asset_id:
        attributes.resource_type = type_for_asset(draft.asset, attributes.resource_type)
    _apply(draft, attributes)
    _validate(draft)
    _save_draft(draft, user)
    if asset is not None:
        conversion_request(asset)
    audit_record(action="resource.update", actor=user, obj=resource)
    return draft


def _workflow_state(resource: Resource) -> WorkflowState | None:
    return resource.workflow_states.active().select_related("current_task_state__task").first()


@transaction.atomic
def resource_submit(*, user, resource: Resource) -> Resource:
    """Send the latest draft into review (or back into review after changes were requested)."""
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    if resource.deleted_at:
        raise DomainError(_("The resource is in the recycle bin. Restore it first."), code=ErrorCode.CONFLICT)
    if not permissions.can_manage(user, resource):
        raise DomainError(_("You cannot submit this resource."), code=ErrorCode.PERMISSION_DENIED)
    state = _workflow_state(resource)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise DomainError(_("The resource is already in review."), code=ErrorCode.CONFLICT)
    if resource.live and not resource.has_unpublished_changes:
        raise DomainError(_("Nothing to review: the published version is the latest."), code=ErrorCode.CONFLICT)
    if state is not None:  # changes were requested: cancel and start over on the new draft
        state.cancel(user=user)
    workflow = resource.get_workflow()
    if workflow is None:
        raise DomainError(
            _("No review workflow is set up for this resource. Ask an administrator to assign one."),
            code=ErrorCode.CONFLICT,
        )
    workflow.start(resource, user)
    audit_record(action="resource.submit", actor=user, obj=resource, detail={"workflow": workflow.name})
    resource.refresh_from_db()
    return resource


@transaction.atomic
def resource_withdraw(*, user, resource: Resource) -> Resource:
    """Take a resource out of review so its author can edit it again."""
    state = _workflow_state(resource)
    if state is None:
        raise DomainError(_("The resource is not in review."), code=ErrorCode.CONFLICT)
    if not (permissions.can_manage(user, resource) or state.requested_by_id == user.pk):
        raise DomainError(_("You cannot withdraw this resource."), code=ErrorCode.PERMISSION_DENIED)
    state.cancel(user=user)
    audit_record(action="resource.withdraw", actor=user, obj=resource)
    return resource


@transaction.atomic
def resource_review(*, user, resource: Resource, approve: bool, comment: str = "") -> TaskState:
    """Decide the current review level of ``resource`` (M1): approve, or request changes with a reason."""
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    state = _workflow_state(resource)
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or state.current_task_state is None:
        raise DomainError(_("The resource is not waiting for review."), code=ErrorCode.CONFLICT)
    task_state = state.current_task_state.specific
    task = task_state.task.specific
    actions = {name for name, _label, _needs_comment in task.get_actions(resource, user)}
    action = "approve" if approve else "reject"
    if action not in actions:
        raise DomainError(_("You cannot decide this review level."), code=ErrorCode.PERMISSION_DENIED)
    comment = (comment or "").strip()
    if not approve and not comment:
        raise DomainError(_("Say what should change."), field="comment")
    task.on_action(task_state, user, action, comment=comment[:2000])  # audited by review_decision_audited
    task_state.refresh_from_db()
    return task_state


def review_decision_audited(task_state, user) -> None:
    """Record a review decision (API or Wagtail admin; the automatic level has no person) in the audit log."""
    workflow_state = task_state.workflow_state
    if workflow_state.base_content_type.model_class() is not Resource:
        return
    audit_record(
        action=f"resource.review.{'approve' if task_state.status == TaskState.STATUS_APPROVED else 'reject'}",
        actor=user,
        object_type="resources.resource",
        object_id=workflow_state.object_id,
        object_repr=str(task_state.revision.object_str),
        detail={"level": task_state.task.name, "revision": task_state.revision_id, "comment": task_state.comment[:200]},
    )


@transaction.atomic
def resources_delete(*, user, resources: list[Resource]) -> list[Resource]:
    """Move to the recycle bin (restorable); a running review is cancelled."""
    now = timezone.now()
    for resource in resources:
        if not permissions.can_manage(user, resource):
            raise DomainError(
                _("You cannot delete “%(title)s”.") % {"title": resource.title}, code=ErrorCode.PERMISSION_DENIED
            )
    for resource in resources:
        if resource.deleted_at:
            continue
        state = _workflow_state(resource)
        if state is not None:
            state.cancel(user=user)
        Resource.objects.filter(pk=resource.pk).update(deleted_at=now, deleted_by=user)
        resource.deleted_at, resource.deleted_by = now, user
        if resource.live:
            media_sync_public_later(resource.pk)
        audit_record(action="resource.delete", actor=user, obj=resource)
    return resources


@transaction.atomic
def resources_restore(*, user, resources: list[Resource]) -> list[Resource]:
    for resource in resources:
        if not (permissions.can_manage(user, resource) or permissions.can_purge(user, resource)):
            raise DomainError(
                _("You cannot restore “%(title)s”.") % {"title": resource.title}, code=ErrorCode.PERMISSION_DENIED
            )
    for resource in resources:
        Resource.objects.filter(pk=resource.pk).update(deleted_at=None, deleted_by=None)
        resource.deleted_at = resource.deleted_by = None
        if resource.live:
            media_sync_public_later(resource.pk)
        audit_record(action="resource.restore", actor=user, obj=resource)
    return resources


@transaction.atomic
def resources_purge(*, user, resources: list[Resource]) -> int:
    """Delete for good from the recycle bin (administrators only); files no resource uses go too."""
    for resource in resources:
        if not permissions.can_purge(user, resource):
            raise DomainError(_("Only administrators can empty the recycle bin."), code=ErrorCode.PERMISSION_DENIED)
        if not resource.deleted_at:
            raise DomainError(
                _("“%(title)s” is not in the recycle bin.") % {"title": resource.title}, code=ErrorCode.CONFLICT
            )
    assets = {r.asset for r in resources if r.asset_id}
    published = [key for p in ResourceMediaPublication.objects.filter(resource__in=resources) for key in p.keys]
    if published:  # normally none: deleting to the bin took them down already
        from cms.resources.tasks import resource_media_unpublish_task

        transaction.on_commit(lambda: resource_media_unpublish_task.delay(published))
    for resource in resources:
        audit_record(action="resource.purge", actor=user, obj=resource, detail={"title": resource.title})
        resource.delete()
    from cms.resources.models import ResourceBatchItem

    for asset in assets:
        if not asset.resources.exists() and not _asset_in_revisions(asset):
            ResourceBatchItem.objects.filter(asset=asset).update(asset=None)
            storage_name = asset.file.name
            asset_files_delete(asset=asset)  # its conversions' files
            asset.delete()
            transaction.on_commit(lambda name=storage_name, a=asset: a.file.storage.delete(name))
    return len(resources)


def _asset_in_revisions(asset) -> bool:
    from wagtail.models import Revision

    return Revision.objects.filter(base_content_type__app_label="resources", content__asset=asset.pk).exists()


def resource_record_view(*, user, resource: Resource) -> None:
    Resource.objects.filter(pk=resource.pk).update(view_count=F("view_count") + 1)
    event_record(actor=user, verb=Verb.VIEWED, obj=resource)


def resource_record_download(*, user, resource: Resource, context: dict | None = None) -> None:
    Resource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)
    event_record(actor=user, verb=Verb.DOWNLOADED, obj=resource, context=context)


def resource_published(resource: Resource) -> None:
    """After Wagtail publishes an approved revision: the row is the new live version; re-index it."""
    school = permissions.school_of(resource.organisation)
    if resource.school_id != school.pk:
        Resource.objects.filter(pk=resource.pk).update(school=school)
    search_document_update(resource)
    media_sync_public_later(resource.pk)  # its converted media to the CDN (M2, M3)


def attributes_fields() -> list[str]:
    return [f.name for f in fields(ResourceAttributes)]


@transaction.atomic
def resources_reconvert(*, user, resources: list[Resource]) -> list[Resource]:
    """Convert the files again in the worker (a new conversion even when one succeeded; M3 batch re-convert)."""
    for resource in resources:
        if not permissions.can_manage(user, resource):
            raise DomainError(_("You cannot change this resource."), code=ErrorCode.PERMISSION_DENIED)
        if not resource.asset_id:
            raise DomainError(_("This resource has no file to convert."), code=ErrorCode.CONFLICT)
    for resource in resources:
        conversion_request(resource.asset, again=True)
        audit_record(action="resource.reconvert", actor=user, obj=resource)
    return resources
