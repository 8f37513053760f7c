"""Celery tasks of the pipeline: thin, idempotent, on the "media" queue."""

from celery import shared_task

from media_pipeline.uploads import uploads_expire


@shared_task(name="media_pipeline.uploads_expire_task", queue="media", time_limit=15 * 60, soft_time_limit=14 * 60)
def uploads_expire_task() -> int:
    """Remove uploads nobody finished or used within ``ZYK_UPLOAD_EXPIRY_HOURS``; safe to run any time, twice."""
    return uploads_expire()
