"""ZYK: the platform of a national vocational-education teaching resource library."""

from cms.celery import app as celery_app

__all__ = ["celery_app"]
