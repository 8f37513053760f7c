"""Celery tasks of the resource library: ids in, one service call, safe to run twice (house rule 8)."""

from celery import shared_task


@shared_task(name="resources.media_sync", queue="media", acks_late=True, time_limit=900, soft_time_limit=870)
def resource_media_sync_task(resource_id: int) -> int:
    """Public (CDN) copies of a resource's renditions made to match its state; safe to run twice."""
    from cms.resources.media import media_sync_public
    from cms.resources.models import Resource

    resource = Resource.objects.filter(pk=resource_id).first()
    return len(media_sync_public(resource)) if resource is not None else 0


@shared_task(name="resources.media_unpublish", queue="media", acks_late=True, time_limit=900, soft_time_limit=870)
def resource_media_unpublish_task(keys: list[str]) -> int:
    """Public copies of a purged resource taken down and purged from the CDN; safe to run twice."""
    from media_pipeline import storage

    storage.unpublish(keys)
    return len(keys)
