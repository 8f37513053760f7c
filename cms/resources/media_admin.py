"""Conversions in the Wagtail admin (M2, M3, Q): every processing job with its progress, reason and a retry.

"资源库 › 转码任务" lists the pipeline's jobs (newest first, filter by state and kind, search by file name) for
the administrators of the platform: state, progress bar, attempts, the readable reason of a failure and a retry
button. Editors see the same state on their resources in the SPA. Jobs are never edited or added by hand.
"""

from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from media_pipeline.models import LIVE_JOB_STATES, ProcessingJob


class JobPermissionPolicy(ModelPermissionPolicy):
    """The system administrator's (系统管理员) view, read-only; retrying is their one action ("change")."""

    def user_has_permission(self, user, action):
        from cms.accounts.roles import PlatformRole

        if action not in ("view", "change") or not user.is_authenticated or not user.is_active:
            return False
        return user.is_superuser or user.platform_role == PlatformRole.SYSTEM_ADMIN

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# Before any view asks for it (as for resources): Wagtail would otherwise use plain model permissions.
register_permission_policy(ProcessingJob, JobPermissionPolicy(ProcessingJob), exact_class=True)


class ProgressColumn(Column):
    cell_template_name = "resources/admin/job_progress_cell.html"

    def __init__(self, **kwargs):
        super().__init__("progress", label=_("Progress"), accessor="progress", sort_key="progress", **kwargs)


class RetryColumn(Column):
    cell_template_name = "resources/admin/job_retry_cell.html"

    def __init__(self, **kwargs):
        super().__init__("retry", label="", accessor="pk", **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["can_retry"] = instance.state not in LIVE_JOB_STATES and instance.state != "succeeded"
        return context


def job_retry_view(request, pk: int):
    """POST: a new job for a failed or cancelled one (``conversion_retry``); the old one stays as history."""
    from cms.audit.services import audit_record
    from cms.resources.media import conversion_retry

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not JobPermissionPolicy(ProcessingJob).user_has_permission(request.user, "change"):
        return redirect("wagtailadmin_home")
    job = get_object_or_404(ProcessingJob.objects.select_related("asset"), pk=pk)
    conversion_retry(job.asset, kind=job.kind)
    audit_record(action="media.job_retry", actor=request.user, obj=job.asset, detail={"job": job.pk})
    messages.success(request, gettext("Conversion of “%(name)s” queued again.") % {"name": job.asset.original_filename})
    return redirect("media_jobs:index")


class ProcessingJobViewSet(ModelViewSet):
    model = ProcessingJob
    icon = "cogs"
    menu_label = _("Conversions")
    menu_name = "conversions"
    url_prefix = "resources/conversions"
    name = "media_jobs"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # nothing is edited by hand
    list_display = [
        Column("asset", label=_("File"), accessor="asset.original_filename"),
        "kind",
        "state",
        ProgressColumn(),
        "attempt",
        Column("error_message", label=_("Reason")),
        "queued_at",
        "finished_at",
        RetryColumn(),
    ]
    list_filter = ["state", "kind"]
    search_fields = ["asset__original_filename"]
    search_backend_name = None
    ordering = ["-queued_at", "-id"]
    list_per_page = 50
    inspect_view_fields = [
        "asset",
        "kind",
        "state",
        "progress",
        "attempt",
        "max_attempts",
        "error_code",
        "error_message",
        "claimed_by",
        "heartbeat_at",
        "queued_at",
        "started_at",
        "finished_at",
        "entrypoint",
    ]

    def get_queryset(self, request):
        return ProcessingJob.objects.select_related("asset")

    def get_urlpatterns(self):
        kept = {"index", "index_results", "inspect"}
        return [p for p in super().get_urlpatterns() if p.name in kept] + [
            path("retry/<int:pk>/", job_retry_view, name="retry")
        ]
