"""Appending to the audit trail. The only write path; there is no update or delete (S)."""

from typing import Any

from django.db import models

from cms.audit.models import AuditEvent, Result


def _client(request) -> tuple[str | None, str]:
    if request is None:
        return None, ""
    from cms.accounts.devices import UNKNOWN_IP, client_ip  # one definition of "the client's address"

    ip = client_ip(request)
    known = None if ip == UNKNOWN_IP else ip
    return known, request.META.get("HTTP_USER_AGENT", "")[:300]


def audit_record(
    *,
    action: str,
    request=None,
    actor=None,
    result: str = Result.SUCCESS,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    object_repr: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one event. ``actor`` defaults to the request's user; anonymous events keep the IP only.

    Without a ``request`` the one being served (``cms.audit.context``) supplies user, IP and user agent.
    """
    if request is None:
        from cms.audit.context import current_request

        request = current_request.get()
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)
    ip, user_agent = _client(request)
    roles = ""
    if actor is not None:
        roles = ",".join(sorted(actor.role_codes())) if hasattr(actor, "role_codes") else ""
    return AuditEvent.objects.create(
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        actor_roles=roles[:255],
        ip=ip,
        user_agent=user_agent,
        action=action,
        result=result,
        object_type=object_type[:64],
        object_id=object_id[:64],
        object_repr=object_repr[:200],
        detail=detail or {},
    )
