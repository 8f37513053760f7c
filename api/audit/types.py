"""GraphQL types of the audit trail (S)."""

import graphene
from graphene.types.generic import GenericScalar


class AuditEvent(graphene.ObjectType):
    """One recorded event. Personal data never appears here beyond the account name."""

    id = graphene.ID(required=True, description="Database id.")
    occurred_at = graphene.DateTime(required=True, description="When.")
    actor_id = graphene.ID(description="User id of who acted; empty for anonymous requests.")
    actor_name = graphene.String(required=True, description="Account name at the time.")
    actor_roles = graphene.String(required=True, description="Roles at the time, comma-separated codes.")
    ip = graphene.String(description="Client IP address.")
    user_agent = graphene.String(required=True, description="Client user agent.")
    action = graphene.String(required=True, description="What happened, e.g. login.failed, role.grant.")
    result = graphene.String(required=True, description="success, failure or denied.")
    object_type = graphene.String(required=True, description="Model of the object acted on.")
    object_id = graphene.String(required=True, description="Id of the object acted on.")
    object_repr = graphene.String(required=True, description="The object as shown at the time.")
    detail = GenericScalar(description="Further facts (counts, reasons); never secrets.")


class AuditEventList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="All matching events.")
    items = graphene.List(graphene.NonNull(AuditEvent), required=True, description="This page.")
