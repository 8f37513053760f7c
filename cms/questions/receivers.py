"""Signal receivers of the question bank: each only calls a service."""

from django.dispatch import receiver
from wagtail.signals import published

from cms.questions.models import Question


@receiver(published, sender=Question, dispatch_uid="questions_parts_publish")
def publish_case_parts(sender, instance, revision=None, **kwargs) -> None:
    """Every way an item is published (review approval, an administrator) brings a case's reviewed parts live."""
    from cms.questions.services import question_parts_publish

    question_parts_publish(question=instance, revision=revision)
