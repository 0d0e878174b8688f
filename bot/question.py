"""What goes into the assistant and what comes out: a `Question`, the reply sink it
streams to, and the `AnswerMeta` every sink renders (footer, error, usage)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from bot.models.base import ChatMessage, ModelSpec
from bot.routing.decision import Decision
from bot.state.dedupe import Delivery
from bot.state.keys import ThreadKey
from bot.usage.records import Status

HistoryLoader = Callable[[], Awaitable[Sequence[ChatMessage]]]


def new_request_id() -> str:
    return uuid.uuid4().hex


@dataclass(slots=True)
class Question:
    """Who asks what, where. `choice` is an alias, "auto" or None (the policy decides)."""

    text: str
    thread: ThreadKey
    user: str
    surface: str
    choice: str | None = None
    request_id: str = field(default_factory=new_request_id)
    history: HistoryLoader | None = None
    local_only: str | None = None  # a reason to keep it on local models (e.g. "private channel")
    delivery: Delivery | None = None  # answered at most once per delivery (raises Repeat)


@dataclass(slots=True)
class AnswerMeta:
    """Everything a sink needs to render the footer or an error."""

    request_id: str
    status: Status
    text: str = ""
    decision: Decision | None = None
    spec: ModelSpec | None = None
    fallback_from: str | None = None
    escalated: str | None = None
    skipped: list[str] = field(default_factory=list)
    error_kind: str | None = None
    message: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: Decimal = Decimal(0)
    ttft: float | None = None
    latency: float = 0.0
    model_time: float = 0.0
    memory: bool = True

    @property
    def ok(self) -> bool:
        return self.status is Status.OK


class ReplySink(Protocol):
    async def write(self, text: str) -> None: ...

    async def finish(self, meta: AnswerMeta) -> None: ...
