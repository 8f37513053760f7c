"""Appending usage events."""

from cms.analytics.models import UsageEvent


def event_record(*, actor, verb: str, obj, context: dict | None = None) -> UsageEvent:
    """Append one event about ``obj`` (anonymous visitors have no actor)."""
    return UsageEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        verb=verb,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        context=context or {},
    )
