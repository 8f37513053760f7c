"""Reading the audit trail: one's own login history, and the audit administrator's search (S)."""

from datetime import datetime

from django.db.models import Q, QuerySet

from cms.audit.models import AuditEvent

LOGIN_ACTIONS = ("login.success", "login.failed", "login.locked", "login.refused_locked", "logout")


def login_history(user, *, limit: int, offset: int) -> tuple[int, list[AuditEvent]]:
    rows = AuditEvent.objects.filter(actor_id=user.pk, action__in=LOGIN_ACTIONS)
    return rows.count(), list(rows[offset : offset + limit])


def audit_events_search(
    *,
    actor: str = "",
    action: str = "",
    result: str = "",
    object_type: str = "",
    ip: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[AuditEvent]:
    """Filtered events, newest first. The caller has checked ``Action.AUDIT_READ``."""
    rows = AuditEvent.objects.all()
    if actor:
        match = Q(actor_name__icontains=actor)
        if actor.isdigit():
            match |= Q(actor_id=int(actor))
        rows = rows.filter(match)
    if action:
        rows = rows.filter(action__startswith=action)
    if result:
        rows = rows.filter(result=result)
    if object_type:
        rows = rows.filter(object_type=object_type)
    if ip:
        rows = rows.filter(ip=ip)
    if since:
        rows = rows.filter(occurred_at__gte=since)
    if until:
        rows = rows.filter(occurred_at__lt=until)
    return rows.order_by("-occurred_at", "-id")
