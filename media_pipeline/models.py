"""Uploads in progress and the media assets made from them (M2, M3).

An ``Upload`` is a resumable (tus) upload: its bytes live in ``ZYK_UPLOAD_DIR/<id>.part`` until a
service turns the finished file into a ``MediaAsset``. A ``MediaAsset`` is a checked, measured file in
the default storage; what it means (a resource, a course picture …) is recorded by the cms layer.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from media_pipeline.sniff import MediaKind


class Upload(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="media_uploads", verbose_name=_("owner")
    )
    filename = models.CharField(_("file name"), max_length=255)
    # Other Upload-Metadata pairs the client sent (relativePath of a folder upload, filetype …), decoded.
    metadata = models.JSONField(_("metadata"), default=dict, blank=True)
    length = models.BigIntegerField(_("length in bytes"))
    offset = models.BigIntegerField(_("bytes received"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("upload")
        verbose_name_plural = _("uploads")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(offset__gte=0, length__gt=0, offset__lte=models.F("length")),
                name="media_upload_offset_within_length",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.offset}/{self.length})"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None and self.offset == self.length


class MediaAsset(models.Model):
    file = models.FileField(_("file"), upload_to="assets/%Y/%m/", max_length=255)
    original_filename = models.CharField(_("original file name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=MediaKind.choices)
    mime = models.CharField(_("MIME type"), max_length=127)
    extension = models.CharField(_("extension"), max_length=10)
    size = models.BigIntegerField(_("size in bytes"))
    checksum = models.CharField(_("SHA-256 checksum"), max_length=64, db_index=True)
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    duration_seconds = models.FloatField(_("duration in seconds"), null=True, blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    extracted_text = models.TextField(_("extracted text"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("media asset")
        verbose_name_plural = _("media assets")

    def __str__(self) -> str:
        return self.original_filename


class JobKind(models.TextChoices):
    """What a job makes. ``convert`` is the asset's default pipeline; the others are on-demand conversions (M3)."""

    CONVERT = "convert", _("Standard conversion")
    PDF = "pdf", _("Conversion to PDF")
    MP4 = "mp4", _("Conversion to MP4")


class JobState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


LIVE_JOB_STATES = (JobState.QUEUED, JobState.RUNNING)
FINISHED_JOB_STATES = (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)


class ProcessingJob(models.Model):
    """One conversion of one asset: the source of truth for its state, whatever the broker says.

    ``attempt`` is a fencing token: it grows by one each time a worker claims the job, every write of
    that worker is conditional on it, so a worker that was given up for dead can never publish.
    Outputs of attempt N live under ``derived/<asset>/<job>/<N>/`` until the one that publishes wins.
    """

    asset = models.ForeignKey(MediaAsset, on_delete=models.CASCADE, related_name="jobs", verbose_name=_("asset"))
    kind = models.CharField(_("kind"), max_length=20, choices=JobKind.choices, default=JobKind.CONVERT)
    state = models.CharField(_("state"), max_length=20, choices=JobState.choices, default=JobState.QUEUED)
    progress = models.FloatField(_("progress (%)"), default=0.0)
    attempt = models.PositiveIntegerField(_("attempt"), default=0)
    max_attempts = models.PositiveIntegerField(_("maximum attempts"), default=3)
    error_code = models.CharField(_("error code"), max_length=40, blank=True)
    error_message = models.TextField(_("error message"), blank=True)
    heartbeat_at = models.DateTimeField(_("last heartbeat"), null=True, blank=True)
    claimed_by = models.CharField(_("claimed by"), max_length=255, blank=True)
    queued_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    # When the last task message was sent (or is due, for a retry after a pause); the reconciler sends
    # another one when a queued job waits far beyond it (a message lost between commit and broker).
    dispatched_at = models.DateTimeField(_("dispatched at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # When the reconciler last made sure no attempt but the published one left files behind.
    swept_at = models.DateTimeField(_("storage checked at"), null=True, blank=True)
    # When asset_ready / asset_failed was sent; a finished job without it is announced by the reconciler.
    notified_at = models.DateTimeField(_("announced at"), null=True, blank=True)
    entrypoint = models.CharField(_("entry point"), max_length=500, blank=True)
    meta = models.JSONField(_("metadata"), default=dict, blank=True)

    class Meta:
        verbose_name = _("processing job")
        verbose_name_plural = _("processing jobs")
        ordering = ["-queued_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["asset", "kind"],
                condition=models.Q(state__in=["queued", "running"]),
                name="media_job_one_live_per_asset_kind",
            ),
            models.CheckConstraint(
                condition=models.Q(progress__gte=0, progress__lte=100), name="media_job_progress_percent"
            ),
        ]
        indexes = [models.Index(fields=["state", "heartbeat_at"], name="media_job_state_heartbeat")]

    def __str__(self) -> str:
        return f"{self.asset_id}/{self.kind} #{self.pk} ({self.state})"

    @property
    def is_live(self) -> bool:
        return self.state in LIVE_JOB_STATES


class Rendition(models.Model):
    """One published file made from an asset (an HLS playlist, a poster, a page image, a PDF …)."""

    asset = models.ForeignKey(MediaAsset, on_delete=models.CASCADE, related_name="renditions", verbose_name=_("asset"))
    job = models.ForeignKey(ProcessingJob, on_delete=models.CASCADE, related_name="renditions", verbose_name=_("job"))
    role = models.CharField(_("role"), max_length=40)
    key = models.CharField(_("storage key"), max_length=500, unique=True)
    mime = models.CharField(_("MIME type"), max_length=127)
    size = models.BigIntegerField(_("size in bytes"))
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    bitrate = models.PositiveIntegerField(_("bitrate (bit/s)"), null=True, blank=True)
    label = models.CharField(_("label"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("rendition")
        verbose_name_plural = _("renditions")
        ordering = ["asset_id", "role", "id"]

    def __str__(self) -> str:
        return self.key
