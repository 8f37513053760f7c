"""Celery tasks of the knowledge Q&A: ids in, one service call, safe to run twice (house rule 8)."""

from celery import shared_task

from cms.accounts.messaging.email import EmailError


@shared_task(
    name="qa.question_answered_email",
    queue="default",
    acks_late=True,
    time_limit=60,
    soft_time_limit=50,
    autoretry_for=(EmailError,),
    retry_backoff=60,
    max_retries=5,
)
def course_question_answered_email_task(question_id: int) -> bool:
    """Email the asker of ``question_id`` its answer, once; a mail server that refuses is tried again later."""
    from cms.qa.services import course_question_answered_notify

    return course_question_answered_notify(question_id=question_id)
