"""Views of the resource library in the Wagtail admin (M1, M2, M3, C8, C12).

Wagtail's snippet views check *model* permissions only. Resources also need per-row rules, declared once
in ``cms.resources.permissions``: the list shows what a person may read, editing and deleting need
``can_manage``, and nobody but a superuser publishes (a resource goes live through its review workflow).
``ResourcePermissionPolicy`` carries those rules for Wagtail, and ``resource_view_guard`` applies them to
every admin URL that names one resource.
"""

from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import WorkflowState
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView

from cms.core.errors import DomainError
from cms.resources import batches, permissions, selectors
from cms.resources.admin_forms import BatchUploadForm, sees_every_organisation, upload_too_large
from cms.resources.models import TEXT_AND_IMAGE_TYPES, BatchItemStatus, Resource, ResourceBatch, ResourceType
from media_pipeline.errors import format_bytes
from media_pipeline.models import Upload
from media_pipeline.sniff import clean_filename
from media_pipeline.uploads import upload_delete, upload_dir, upload_path

MANAGING_ACTIONS = frozenset({"change", "delete", "lock", "unlock"})
# Views that open the editor of one resource.
EDITING_VIEWS = frozenset({"edit", "revisions_revert", "preview_on_edit"})


def admin_resources(user) -> QuerySet:
    """Resources ``user`` may see in the admin: readable ones (everything for the system administrator).

    The recycle bin is not part of the admin listing; it has its own screen in the web app.
    """
    rows = Resource.objects.alive()
    if sees_every_organisation(user):
        return rows
    return rows.filter(permissions.readable_q(user))


class ResourcePermissionPolicy(ModelPermissionPolicy):
    """Model permissions narrowed to the rows a person manages; "publish" only for superusers (M1).

    Reviewers hold no publish permission: the last approval of the review workflow publishes
    (``WAGTAIL_FINISH_WORKFLOW_ACTION``), so nobody can put a resource live around the review.
    """

    def user_has_permission(self, user, action):
        if action == "publish":
            return user.is_active and user.is_superuser
        if action in ("lock", "unlock"):
            action = "change"  # locking is part of editing; there is no separate role for it
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if user.is_active and user.is_superuser:
            return True
        if action in MANAGING_ACTIONS:
            return permissions.can_manage(user, instance)
        if action == "view":
            return admin_resources(user).filter(pk=instance.pk).exists()
        return True

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Resource.objects.none()
        if user.is_active and user.is_superuser:
            return Resource.objects.all()
        if "view" in actions:
            return admin_resources(user)  # what one may read includes what one manages
        if MANAGING_ACTIONS & set(actions):
            return Resource.objects.alive().filter(permissions.manageable_q(user))
        return Resource.objects.none()


def _may_open(request, resource: Resource, url_name: str) -> bool:
    """Whether the per-row rules let ``request.user`` use the admin view ``url_name`` on ``resource``."""
    user = request.user
    policy = policy_registry.get_by_type(Resource)
    manages = policy.user_has_permission_for_instance(user, "change", resource)
    task = resource.current_workflow_task if resource.workflow_in_progress else None
    if url_name in EDITING_VIEWS:
        if manages:
            return True
        # A reviewer opens the editor to decide; they save nothing but their decision.
        if task is None or not task.user_can_access_editor(resource, user):
            return False
        return request.method == "GET" or url_name == "preview_on_edit" or "action-workflow-action" in request.POST
    if url_name == "delete":
        return policy.user_has_permission_for_instance(user, "delete", resource)
    if url_name == "lock":
        return manages or (task is not None and task.user_can_lock(resource, user))
    if url_name == "unlock":
        return (
            manages or resource.locked_by_id == user.pk or (task is not None and task.user_can_unlock(resource, user))
        )
    return True


def resource_view_guard(view, url_name: str):
    """Wrap an admin view of the resource viewset: a resource outside the user's reach is "not found"."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs:
            pk = unquote(str(kwargs["pk"]))
            if not pk.isdigit():
                raise Http404
            resource = admin_resources(request.user).select_related("organisation").filter(pk=int(pk)).first()
            if resource is None:
                raise Http404
            if not _may_open(request, resource, url_name):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def review_state_annotations() -> dict:
    """The running review of each row (status and current level), for the listing in two subqueries."""
    from django.contrib.contenttypes.models import ContentType

    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Resource),
        object_id=Cast(OuterRef("pk"), CharField()),
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).order_by("-created_at")
    return {
        "review_status": Subquery(states.values("status")[:1]),
        "review_level": Subquery(states.values("current_task_state__task__name")[:1]),
    }


def review_label(resource: Resource) -> str:
    status = getattr(resource, "review_status", None)
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return _("In review: %(level)s") % {"level": resource.review_level or ""}
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Changes requested")
    return "—"


class ReviewColumn(Column):
    """Where a resource stands in its review (分级审核), next to Wagtail's live/draft status."""

    def __init__(self, **kwargs):
        super().__init__("review", label=gettext_lazy("Review"), accessor=review_label, sort_key=None, **kwargs)


class NoAutosaveMixin:
    """Autosave would post the chosen file again every few seconds; resources are saved on purpose."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class ResourceCreateView(NoAutosaveMixin, CreateView):
    pass


class ResourceEditView(NoAutosaveMixin, EditView):
    pass


class ResourceDeleteView(DeleteView):
    """Deleting moves to the recycle bin (``before_delete_snippet`` calls ``resources_delete``)."""

    page_title = gettext_lazy("Move to the recycle bin")

    @property
    def confirmation_message(self):
        return _("Move “%(title)s” to the recycle bin? Its authors and administrators can restore it from there.") % {
            "title": self.object.title
        }


# ---- the chooser, limited like the listing ---------------------------------------------------------


class _ReadableChoices:
    def get_object_list(self):
        return admin_resources(self.request.user)


class ResourceChooseView(_ReadableChoices, ChooseView):
    pass


class ResourceChooseResultsView(_ReadableChoices, ChooseResultsView):
    pass


class ResourceChosenView(SnippetChosenView):
    def get_object(self, pk):
        return admin_resources(self.request.user).get(pk=pk)


class ResourceChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return admin_resources(self.request.user).filter(pk__in=pks)


class ResourceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ResourceChooseView
    choose_results_view_class = ResourceChooseResultsView
    chosen_view_class = ResourceChosenView
    chosen_multiple_view_class = ResourceChosenMultipleView


# ---- dashboard ---------------------------------------------------------------------------------------


class ResourceMixPanel(Component):
    """资源结构 (C8): the published mix by type; text and image resources must stay at or below 30 %."""

    name = "resource_mix"
    template_name = "resources/admin/resource_mix_panel.html"
    order = 230  # after "Awaiting your review", before recent edits

    def get_context_data(self, parent_context=None):
        mix = selectors.resource_mix()
        rows = [
            {
                "label": ResourceType(value).label,
                "count": count,
                "share": count / mix.total if mix.total else 0.0,
                "counted": value in TEXT_AND_IMAGE_TYPES,
            }
            for value, count in mix.by_type.items()
            if count
        ]
        rows.sort(key=lambda row: -row["count"])
        return {
            "mix": mix,
            "rows": rows,
            "share_percent": round(mix.text_and_image_share * 100, 1),
            "counted_types": "、".join(str(ResourceType(t).label) for t in sorted(TEXT_AND_IMAGE_TYPES)),
        }


# ---- batch upload (M3) ------------------------------------------------------------------------------

ORIGIN_LABELS = {
    "batch": gettext_lazy("batch attributes"),
    "folder": gettext_lazy("folder name"),
    "name": gettext_lazy("file name"),
    "manifest": gettext_lazy("manifest"),
    "file": gettext_lazy("the file"),
    "rule": gettext_lazy("naming rule"),
}
STATUS_TAGS = {
    BatchItemStatus.READY: "primary",
    BatchItemStatus.CREATED: "primary",
    BatchItemStatus.DUPLICATE: "secondary",
    BatchItemStatus.FAILED: "critical",
}


def uploads_from_files(*, user, files: list[tuple]) -> list[tuple[Upload, str]]:
    """Finished uploads made from ``(uploaded file, relative path)`` pairs posted in one request.

    The web app uploads resumably (tus); in the admin the bytes already arrived with the form, so each
    file becomes a complete ``Upload`` at once and then takes the same path as a resumable one.
    """
    now = timezone.now()
    expires = now + timedelta(hours=settings.ZYK_UPLOAD_EXPIRY_HOURS)
    upload_dir().mkdir(parents=True, exist_ok=True)
    made = []
    for uploaded, relative_path in files:
        upload = Upload.objects.create(
            owner=user,
            filename=clean_filename(uploaded.name)[:255],
            length=uploaded.size,
            offset=uploaded.size,
            completed_at=now,
            expires_at=expires,
        )
        with upload_path(upload).open("wb") as handle:
            for chunk in uploaded.chunks():
                handle.write(chunk)
        made.append((upload, relative_path or uploaded.name))
    return made


def paired_paths(files: list, paths: list[str]) -> list[tuple]:
    """Each posted file with the folder path the page sent for it (the browser itself sends base names only).

    The page sends one ``relative_path`` per file in the same order; when the lists disagree (a browser
    without JavaScript), every file is filed under its own name.
    """
    if len(paths) != len(files):
        return [(f, f.name) for f in files]
    return [
        (f, p if p.replace("\\", "/").rsplit("/", 1)[-1] == f.name else f.name)
        for f, p in zip(files, paths, strict=True)
    ]


def _require_adding(user) -> None:
    if not user.has_perm("resources.add_resource"):
        raise PermissionDenied


class BatchUploadView(WagtailAdminTemplateMixin, FormView):
    """批量上传: files, zips or a folder plus the batch attributes → ``resource_batch_prepare`` → report."""

    template_name = "resources/admin/batch_upload.html"
    form_class = BatchUploadForm
    page_title = gettext_lazy("Batch upload")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        _require_adding(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["max_files"] = batches.MAX_UPLOADS
        context["max_size"] = format_bytes(settings.ZYK_UPLOAD_MAX_BYTES)
        context["spa_upload_url"] = "/my/resources/upload"
        return context

    def form_valid(self, form):
        user = self.request.user
        files = form.cleaned_data["files"]
        # A bad file never stops the others: empty and oversized ones are left out before anything is stored.
        empty = [f.name for f in files if not f.size]
        too_large = [message for f in files if (message := upload_too_large(f))]
        if empty:
            messages.warning(
                self.request, _("Empty files were left out: %(names)s.") % {"names": "、".join(empty[:20])}
            )
        for message in too_large[:20]:
            messages.warning(self.request, message)
        pairs = [(f, p) for f, p in paired_paths(files, form.relative_paths()) if f.size and not upload_too_large(f)]
        if not pairs:
            form.add_error("files", _("None of the chosen files can be uploaded."))
            return self.form_invalid(form)
        uploads = uploads_from_files(user=user, files=pairs)
        try:
            batch = batches.resource_batch_prepare(user=user, uploads=uploads, defaults=form.defaults())
        except DomainError as error:
            for upload, _path in uploads:
                upload_delete(upload_id=upload.pk, owner=user)
            form.add_error(BATCH_FIELDS.get(error.field or ""), error.message)
            return self.form_invalid(form)
        return redirect("resource_batches:report", pk=batch.pk)


# Fields of ``resource_batch_prepare``'s errors → fields of the form.
BATCH_FIELDS = {
    "uploads": "files",
    "organisation_id": "organisation",
    "major_id": "major",
    "course_id": "course",
    "keywords": "keywords",
    "authors": "authors",
    "rights_holder": "rights_holder",
    "description": "description",
    "source": "source",
    "licence": "licence",
    "visibility": "visibility",
    "audience_level": "audience_level",
}


def _names(model, ids) -> dict:
    return {row.pk: row for row in model.objects.filter(pk__in=set(ids))}


def batch_report_rows(batch: ResourceBatch) -> list[dict]:
    """Each item of ``batch`` with what was recognised (names, not ids) and where it came from."""
    from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
    from cms.majors.models import MajorPage

    items = list(batch.items.select_related("asset", "duplicate_of", "resource"))
    wanted: dict[str, list] = {"major_id": [], "course_id": [], "module_id": [], "knowledge_point_ids": []}
    for item in items:
        for key in wanted:
            value = (item.recognised or {}).get(key)
            wanted[key].extend(value if isinstance(value, list) else [value] if value else [])
    majors, courses = _names(MajorPage, wanted["major_id"]), _names(CoursePage, wanted["course_id"])
    modules, points = _names(OutlineItem, wanted["module_id"]), _names(KnowledgePoint, wanted["knowledge_point_ids"])
    rows = []
    for item in items:
        recognised = item.recognised or {}
        origins = recognised.get("origins") or {}

        def part(key, label, value, origins=origins):
            return {"label": label, "value": value, "origin": ORIGIN_LABELS.get(origins.get(key), "")}

        type_value = recognised.get("resource_type")
        parts = [
            part(
                "resource_type", _("Type"), ResourceType(type_value).label if type_value in ResourceType.values else ""
            ),
            part("major_id", _("Major"), getattr(majors.get(recognised.get("major_id")), "title", "")),
            part("course_id", _("Course"), getattr(courses.get(recognised.get("course_id")), "title", "")),
            part("module_id", _("Module"), getattr(modules.get(recognised.get("module_id")), "title", "")),
            part(
                "knowledge_point_ids",
                _("Points"),
                "、".join(points[pk].name for pk in recognised.get("knowledge_point_ids") or [] if pk in points),
            ),
        ]
        rows.append(
            {
                "item": item,
                "title": recognised.get("title", ""),
                "title_origin": ORIGIN_LABELS.get(origins.get("title"), ""),
                "parts": [p for p in parts if p["value"]],
                "tag": STATUS_TAGS.get(item.status, "secondary"),
                "editable": item.status == BatchItemStatus.READY,
                "duplicate_url": _edit_url(item.duplicate_of_id),
                "resource_url": _edit_url(item.resource_id),
            }
        )
    return rows


def _edit_url(pk) -> str:
    return reverse(Resource.snippet_viewset.get_url_name("edit"), args=[pk]) if pk else ""


class BatchReportView(WagtailAdminTemplateMixin, TemplateView):
    """The batch report: per file what was recognised and what failed; creates the resources on POST."""

    template_name = "resources/admin/batch_report.html"
    page_title = gettext_lazy("Batch upload report")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        _require_adding(request.user)
        self.batch = batches.resource_batch_get(request.user, kwargs["pk"])
        if self.batch is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("resource_batches:upload"), "label": _("Batch upload")},
            {"url": "", "label": _("Batch No. %(id)s") % {"id": self.batch.pk}},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = batch_report_rows(self.batch)
        counts = dict.fromkeys(BatchItemStatus.values, 0)
        for row in rows:
            counts[row["item"].status] += 1
        context.update(
            batch=self.batch,
            rows=rows,
            counts=[(BatchItemStatus(s).label, n, STATUS_TAGS[s]) for s, n in counts.items() if n],
            ready=counts[BatchItemStatus.READY],
            list_url=reverse(Resource.snippet_viewset.get_url_name("list")),
        )
        return context

    def post(self, request, *args, **kwargs):
        overrides, skip = {}, set()
        for item in self.batch.items.filter(status=BatchItemStatus.READY):
            if not request.POST.get(f"include-{item.pk}"):
                skip.add(item.pk)
                continue
            title = (request.POST.get(f"title-{item.pk}") or "").strip()
            if title and title != (item.recognised or {}).get("title", ""):
                overrides[item.pk] = {"title": title}
        try:
            batch = batches.resource_batch_commit(
                user=request.user,
                batch=self.batch,
                overrides=overrides,
                skip=skip,
                submit=bool(request.POST.get("submit_for_review")),
            )
        except DomainError as error:
            messages.error(request, error.message)
            return redirect("resource_batches:report", pk=self.batch.pk)
        created = batch.items.filter(status=BatchItemStatus.CREATED).count()
        messages.success(request, _("%(count)d resources of this batch are in the library.") % {"count": created})
        return redirect("resource_batches:report", pk=batch.pk)
