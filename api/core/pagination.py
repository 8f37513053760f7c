"""Offset pagination with a hard cap on page size (house rule 6)."""

from django.conf import settings
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode


def page_bounds(limit: int | None, offset: int | None) -> tuple[int, int]:
    cap = settings.GRAPHQL_LIST_LIMIT_MAX
    limit = 20 if limit is None else limit
    offset = 0 if offset is None else offset
    if not 1 <= limit <= cap:
        raise DomainError(_("limit must be between 1 and %(cap)d.") % {"cap": cap}, code=ErrorCode.INVALID_INPUT)
    if offset < 0:
        raise DomainError(_("offset cannot be negative."), code=ErrorCode.INVALID_INPUT)
    return limit, offset
