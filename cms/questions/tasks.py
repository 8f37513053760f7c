"""Celery tasks of the question bank: thin; the work is in the services."""

from celery import shared_task

from cms.questions.imports import IMPORT_TIME_LIMIT, question_import_run, question_imports_expire


@shared_task(name="questions.imports_expire_task", queue="default", time_limit=15 * 60, soft_time_limit=14 * 60)
def imports_expire_task() -> int:
    """Files uploaded for import and never imported free their space (beat, daily)."""
    return question_imports_expire()


@shared_task(
    name="questions.import_confirm_task",
    queue="default",
    acks_late=True,
    time_limit=IMPORT_TIME_LIMIT,
    soft_time_limit=IMPORT_TIME_LIMIT - 60,
)
def import_confirm_task(import_id: int, user_id: int | None) -> str | None:
    """Import a confirmed file into its bank, all or nothing (C4, issue 7); safe to run twice."""
    record = question_import_run(import_id=import_id, user_id=user_id)
    return record.status if record else None
