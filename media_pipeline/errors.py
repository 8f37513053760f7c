"""The one exception of the pipeline: a stable code for machines and a translated message for people."""

from enum import StrEnum


class MediaErrorCode(StrEnum):
    EMPTY_FILE = "EMPTY_FILE"
    UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE"
    CONTENT_MISMATCH = "CONTENT_MISMATCH"
    CORRUPT_FILE = "CORRUPT_FILE"
    TOO_LARGE = "TOO_LARGE"
    UNSAFE_ARCHIVE = "UNSAFE_ARCHIVE"
    # resumable uploads
    NOT_FOUND = "NOT_FOUND"
    OFFSET_MISMATCH = "OFFSET_MISMATCH"
    LENGTH_EXCEEDED = "LENGTH_EXCEEDED"
    UPLOAD_INCOMPLETE = "UPLOAD_INCOMPLETE"
    NO_SPACE = "NO_SPACE"
    INVALID_REQUEST = "INVALID_REQUEST"
    # conversion (processors)
    CONVERSION_FAILED = "CONVERSION_FAILED"
    LIMIT_EXCEEDED = "LIMIT_EXCEEDED"
    TIMED_OUT = "TIMED_OUT"


class MediaError(Exception):
    """Raised by every pipeline function that refuses a file; ``message`` is already translated."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = MediaErrorCode(code)
        self.message = str(message)

    def __repr__(self) -> str:
        return f"MediaError({self.code.value!r}, {self.message!r})"


def format_bytes(size: int) -> str:
    """A size for messages: "2 GiB", "500 MiB"."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} B"
