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
