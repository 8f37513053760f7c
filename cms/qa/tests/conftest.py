import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in their English source form, whatever the catalogue translates them to."""
    with translation.override("en"):
        yield


@pytest.fixture
def eager_tasks():
    """Celery tasks run in the caller's process (the on-commit dispatch runs the real task, not a stand-in)."""
    from cms.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = before
