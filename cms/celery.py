"""Celery application: tasks are discovered in every installed app's ``tasks`` module."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="cms.ping_task", queue="default", time_limit=10, soft_time_limit=5)
def ping_task() -> str:
    """Round-trip check used by health checks and the worker smoke test."""
    return "pong"
