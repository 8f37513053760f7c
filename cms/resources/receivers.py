"""Wagtail signals → resource services (no logic here)."""

from django.dispatch import receiver
from wagtail.signals import published, task_approved, task_rejected, unpublished

from cms.resources.models import Resource
from media_pipeline.signals import asset_preview_ready, asset_ready


@receiver(published, sender=Resource)
def on_published(sender, instance, **kwargs):
    from cms.resources.services import resource_published

    resource_published(instance)


@receiver(unpublished, sender=Resource)
def on_unpublished(sender, instance, **kwargs):
    from cms.resources.media import media_sync_public_later
    from cms.resources.search import search_document_update

    search_document_update(instance)
    media_sync_public_later(instance.pk)


@receiver(task_approved)
@receiver(task_rejected)
def on_task_decided(sender, instance, user, **kwargs):
    """Decisions taken in the Wagtail admin reach the audit log like those taken through the API (M1)."""
    from cms.resources.services import review_decision_audited

    review_decision_audited(instance, user)


@receiver(asset_ready)
@receiver(asset_preview_ready)
def on_asset_converted(sender, asset, job, **kwargs):
    """The pipeline finished a conversion (or its first result): re-index and publish (idempotent)."""
    from cms.resources.media import asset_converted

    asset_converted(asset, job)
