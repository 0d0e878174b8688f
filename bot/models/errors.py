"""Typed model errors: the assistant decides retry, fallback and wording from `kind`."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    UNAVAILABLE = "unavailable"
    RATE_LIMITED = "rate_limited"
    TIMEOUT = "timeout"
    CONTEXT_TOO_LONG = "context_too_long"
    BAD_REQUEST = "bad_request"


class ModelError(Exception):
    """A model call failed; `kind` is stable and goes to the usage table."""

    kind: ErrorKind = ErrorKind.UNAVAILABLE

    def __init__(
        self,
        message: str,
        *,
        alias: str = "",
        retry_after: float | None = None,
        after_first_token: bool = False,
    ) -> None:
        super().__init__(message)
        self.alias = alias
        self.retry_after = retry_after
        self.after_first_token = after_first_token

    @property
    def retryable(self) -> bool:
        """Worth another try on the same model (before any token was shown)."""
        return self.kind in {ErrorKind.UNAVAILABLE, ErrorKind.RATE_LIMITED}


class ModelUnavailable(ModelError):
    kind = ErrorKind.UNAVAILABLE


class RateLimited(ModelError):
    kind = ErrorKind.RATE_LIMITED


class ModelTimeout(ModelError):
    kind = ErrorKind.TIMEOUT


class ContextTooLong(ModelError):
    kind = ErrorKind.CONTEXT_TOO_LONG


class BadRequest(ModelError):
    kind = ErrorKind.BAD_REQUEST
