"""GraphQL error shape: ``{"message": <translated>, "extensions": {"code": <ErrorCode>}}``."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from graphql import GraphQLError

from cms.core.errors import DomainError, ErrorCode

logger = logging.getLogger(__name__)


class ApiError(GraphQLError):
    """An error the client should see, with a code."""

    def __init__(self, message: str, code: ErrorCode) -> None:
        super().__init__(message, extensions={"code": str(code)})


def format_error(error: GraphQLError) -> dict:
    """Give every error a code and a message in the request's language; never leak internals."""
    if not isinstance(error, GraphQLError):  # graphene-django's HttpError: no query, wrong method …
        detail = getattr(error, "message", "") or str(error)
        return {
            "message": _("The query is invalid: %(detail)s") % {"detail": detail},
            "extensions": {"code": str(ErrorCode.INVALID_INPUT)},
        }
    original = error.original_error
    formatted = error.formatted
    extensions = dict(formatted.get("extensions") or {})
    if isinstance(original, DomainError):
        formatted["message"] = original.message
        extensions["code"] = str(original.code)
    elif isinstance(original, ValidationError):
        formatted["message"] = "; ".join(original.messages)
        extensions["code"] = str(ErrorCode.INVALID_INPUT)
    elif original is not None and not isinstance(original, GraphQLError):
        logger.exception("Unhandled error in GraphQL resolver", exc_info=original)
        formatted["message"] = _("Something went wrong on our side. Please try again later.")
        extensions["code"] = str(ErrorCode.INTERNAL)
    elif "exceeds maximum operation depth" in error.message:
        formatted["message"] = _("The query is too deep: at most %(max)d levels.") % {"max": settings.GRAPHQL_MAX_DEPTH}
        extensions["code"] = str(ErrorCode.QUERY_TOO_COMPLEX)
    elif "code" not in extensions:
        formatted["message"] = _("The query is invalid: %(detail)s") % {"detail": error.message}
        extensions["code"] = str(ErrorCode.INVALID_INPUT)
    formatted["extensions"] = extensions
    return formatted
