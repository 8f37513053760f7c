"""The audit administrator's search of the audit trail (S). Export is a CSV view: /audit/export.csv."""

import graphene

from api.audit.types import AuditEventList
from api.core.pagination import page_bounds
from cms.accounts.permissions import Action, require
from cms.audit.selectors import audit_events_search


class AuditQueries(graphene.ObjectType):
    audit_events = graphene.Field(
        AuditEventList,
        required=True,
        actor=graphene.String(description="Account name contains, or exact user id."),
        action=graphene.String(description="Action starts with, e.g. 'login'."),
        result=graphene.String(description="success, failure or denied."),
        object_type=graphene.String(description="Model label, e.g. accounts.user."),
        ip=graphene.String(description="Exact client IP."),
        since=graphene.DateTime(description="From this time (inclusive)."),
        until=graphene.DateTime(description="Before this time."),
        limit=graphene.Int(default_value=50, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Audit events, newest first. Audit administrators only (two-factor verified).",
    )

    @staticmethod
    def resolve_audit_events(root, info, limit=50, offset=0, **filters):
        require(info.context, Action.AUDIT_READ)
        limit, offset = page_bounds(limit, offset)
        rows = audit_events_search(**{k: v for k, v in filters.items() if v})
        return AuditEventList(total_count=rows.count(), items=list(rows[offset : offset + limit]))
