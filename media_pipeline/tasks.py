"""Celery tasks of the pipeline: thin, idempotent, on the "media" queue (the reconciler on "default")."""

from celery import shared_task
from django.conf import settings

from media_pipeline.jobs import job_run, jobs_reconcile
from media_pipeline.uploads import uploads_expire

# A conversion may take hours (a long lecture video on a small worker); the processors' own deadlines
# (ZYK_FFMPEG_TIMEOUT_SECONDS …) stop a stuck program first, these stop a stuck task.
JOB_TIME_LIMIT_SECONDS = int(getattr(settings, "ZYK_JOB_TIME_LIMIT_SECONDS", 4 * 3600))


@shared_task(name="media_pipeline.uploads_expire_task", queue="media", time_limit=15 * 60, soft_time_limit=14 * 60)
def uploads_expire_task() -> int:
    """Remove uploads nobody finished or used within ``ZYK_UPLOAD_EXPIRY_HOURS``; safe to run any time, twice."""
    return uploads_expire()


@shared_task(
    name="media_pipeline.job_run_task",
    queue="media",
    acks_late=True,  # a worker that dies mid-job leaves the message to the broker, not to nobody
    reject_on_worker_lost=True,
    time_limit=JOB_TIME_LIMIT_SECONDS + 60,
    soft_time_limit=JOB_TIME_LIMIT_SECONDS,
    ignore_result=True,
)
def job_run_task(job_id: int) -> str:
    """Run one attempt of processing job ``job_id``; a duplicate or late message finds nothing to do."""
    return job_run(job_id=job_id)


# On "default", not "media": it must run while every media worker is busy with a long conversion.
@shared_task(name="media_pipeline.jobs_reconcile_task", queue="default", time_limit=5 * 60, soft_time_limit=4 * 60)
def jobs_reconcile_task() -> dict[str, int]:
    """Requeue jobs whose worker died, resend lost messages, delete files of attempts that did not publish."""
    return jobs_reconcile()
