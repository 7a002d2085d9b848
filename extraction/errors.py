"""One root exception with narrow subclasses; each carries the HTTP status the API maps it to."""
from __future__ import annotations


class PolicyKGError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(PolicyKGError):
    """A file that cannot be read as a policy document (empty, binary, undecodable)."""

    status_code = 422
    code = "bad_input"


class UnsupportedInputError(InputError):
    """A file of a type policykg does not read (.xlsx, .png, ...): named, counted, never skipped silently."""

    code = "unsupported_input"


class EmptyInputError(InputError):
    """A file (or directory) with nothing in it to read."""

    code = "empty_input"


class TooLargeError(InputError):
    """Input over one of the size limits (bytes per file or per upload, bytes a .docx unpacks
    to, characters per document): refused before the work it would cost."""

    status_code = 413
    code = "too_large"


class NoTextLayerError(InputError):
    """A PDF whose pages are images (a scan): it needs OCR before policykg can read it."""

    code = "no_text_layer"


class NotFoundError(PolicyKGError):
    status_code = 404
    code = "not_found"


class AmbiguousError(PolicyKGError):
    status_code = 409
    code = "ambiguous"

    def __init__(self, message: str, candidates: list[dict]):
        super().__init__(message)
        self.candidates = candidates


class StoreUnavailableError(PolicyKGError):
    status_code = 503
    code = "store_unavailable"


class Unauthorized(PolicyKGError):
    status_code = 401
    code = "unauthorized"


class Forbidden(PolicyKGError):
    status_code = 403
    code = "forbidden"
