"""What every model backend speaks: messages in, text chunks and a usage record out.

A backend is bound to one policy alias (one model, one client with that alias's
timeouts), so the assistant can hold a dict of aliases and never branch on the
provider. Timeouts, retries and error mapping that are the same for every
provider live in `bot.models.streaming`, not here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Literal, Protocol

Role = Literal["system", "user", "assistant"]


class Privacy(StrEnum):
    LOCAL = "local"
    EXTERNAL = "external"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds. `idle` is the longest gap allowed between two chunks once streaming."""

    connect: float = 3.0
    first_token: float = 60.0
    idle: float = 30.0
    total: float = 300.0


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """One model as the policy declares it under an alias."""

    alias: str
    provider: str
    model: str
    privacy: Privacy
    context_window: int
    max_output_tokens: int
    input_usd_per_mtok: Decimal = Decimal(0)
    output_usd_per_mtok: Decimal = Decimal(0)
    timeouts: Timeouts = field(default_factory=Timeouts)
    label: str = ""

    @property
    def is_local(self) -> bool:
        return self.privacy is Privacy.LOCAL

    @property
    def display(self) -> str:
        return self.label or self.model


@dataclass(frozen=True, slots=True)
class TextChunk:
    text: str


@dataclass(frozen=True, slots=True)
class StreamEnd:
    """The provider's own account of the call; None where it did not say."""

    prompt_tokens: int | None
    completion_tokens: int | None
    finish_reason: str | None


RawEvent = TextChunk | StreamEnd


class Backend(Protocol):
    """A provider client bound to one alias."""

    spec: ModelSpec

    def open_stream(self, messages: Sequence[ChatMessage]) -> AsyncIterator[RawEvent]:
        """Yield non-empty `TextChunk`s, then exactly one `StreamEnd`.

        Raise `bot.models.errors.ModelError` subclasses, never client exceptions.
        """
        ...

    async def ping(self) -> bool:
        """Cheap reachability check for /readyz and the circuit breaker's probe."""
        ...

    async def aclose(self) -> None: ...
