"""Celery tasks of the resource library: ids in, one service call, safe to run twice (house rule 8)."""

from celery import shared_task


@shared_task(name="resources.asset_remeasure", queue="media", acks_late=True, time_limit=600, soft_time_limit=570)
def resource_asset_remeasure_task(asset_id: int) -> None:
    from cms.resources.services import asset_remeasure
    from media_pipeline.models import MediaAsset

    asset = MediaAsset.objects.filter(pk=asset_id).first()
    if asset is not None:
        asset_remeasure(asset)
