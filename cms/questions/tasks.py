"""Celery tasks of the question bank: thin; the work is in the services."""

from celery import shared_task

from cms.questions.imports import question_imports_expire


@shared_task(name="questions.imports_expire_task", queue="default", time_limit=15 * 60, soft_time_limit=14 * 60)
def imports_expire_task() -> int:
    """Files uploaded for import and never imported free their space (beat, daily)."""
    return question_imports_expire()
