"""Shared parts of course mutations: finding the point or edge by id without leaking what exists."""

from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors


def _int(raw, field: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error


def point_for(info, raw_id, *, field: str):
    point = selectors.knowledge_point_get(user=info.context.user, point_id=_int(raw_id, field))
    if point is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return point


def edge_for(info, raw_id, *, field: str = "id"):
    edge = selectors.knowledge_edge_get(user=info.context.user, edge_id=_int(raw_id, field))
    if edge is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return edge
