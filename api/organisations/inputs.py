"""Turning ids in arguments into objects, with a NOT_FOUND error on the argument when there is none."""

from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode


def object_get(queryset: QuerySet, raw_id, *, field: str) -> Model:
    """``queryset``'s row with id ``raw_id``. Which rows exist is not secret here: services check permission."""
    try:
        pk = int(raw_id)
    except (TypeError, ValueError):
        pk = None
    row = queryset.filter(pk=pk).first() if pk is not None else None
    if row is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return row


def enum_value(value):
    """graphene passes enum arguments as enum members; services take the stored string."""
    return getattr(value, "value", value)
