"""Wagtail signals → resource services (no logic here)."""

from django.dispatch import receiver
from wagtail.signals import published, task_approved, task_rejected, unpublished

from cms.resources.models import Resource


@receiver(published, sender=Resource)
def on_published(sender, instance, **kwargs):
    from cms.resources.services import resource_published

    resource_published(instance)


@receiver(unpublished, sender=Resource)
def on_unpublished(sender, instance, **kwargs):
    from cms.resources.search import search_document_update

    search_document_update(instance)


@receiver(task_approved)
@receiver(task_rejected)
def on_task_decided(sender, instance, user, **kwargs):
    """Decisions taken in the Wagtail admin reach the audit log like those taken through the API (M1)."""
    from cms.resources.services import review_decision_audited

    review_decision_audited(instance, user)
