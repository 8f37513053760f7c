"""Domain errors: a stable code for machines and a translated message for people."""

from enum import StrEnum


class ErrorCode(StrEnum):
    INVALID_INPUT = "INVALID_INPUT"
    NOT_FOUND = "NOT_FOUND"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    INVALID_CODE = "INVALID_CODE"
    RATE_LIMITED = "RATE_LIMITED"
    DELIVERY_FAILED = "DELIVERY_FAILED"
    WECHAT_NOT_BOUND = "WECHAT_NOT_BOUND"
    LIMIT_EXCEEDED = "LIMIT_EXCEEDED"
    CONFLICT = "CONFLICT"
    DUPLICATE = "DUPLICATE"
    NAMING_RULE = "NAMING_RULE"
    # files (the media pipeline's codes, kept the same)
    EMPTY_FILE = "EMPTY_FILE"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    CONTENT_MISMATCH = "CONTENT_MISMATCH"
    CORRUPT_FILE = "CORRUPT_FILE"
    TOO_LARGE = "TOO_LARGE"
    UNSAFE_ARCHIVE = "UNSAFE_ARCHIVE"
    UPLOAD_INCOMPLETE = "UPLOAD_INCOMPLETE"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    INTERNAL = "INTERNAL"


class DomainError(Exception):
    """Raised by services; the API turns it into ``{"message", "extensions": {"code"}}``."""

    code: ErrorCode = ErrorCode.INVALID_INPUT

    def __init__(self, message: str, *, code: ErrorCode | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code
