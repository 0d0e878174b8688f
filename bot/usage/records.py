"""The usage record: what one model call cost and how it went. Never message text."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    OK = "ok"
    ERROR = "error"
    REFUSED = "refused"
    INCOMPLETE = "incomplete"
    SUPERSEDED = "superseded"  # a cascade's local answer that failed its check and was not shown
    REJECTED = "rejected"  # input the person must fix (empty, too long, unknown model): no call


class Surface(StrEnum):
    MENTION = "mention"
    DM = "dm"
    ASSISTANT = "assistant"
    THREAD = "thread"
    COMMAND = "command"
    ACTION = "action"
    CLI = "cli"
    DIGEST = "digest"


@dataclass(slots=True)
class UsageRecord:
    request_id: str
    workspace: str
    channel: str
    user_id: str
    thread_key: str
    surface: str
    status: str
    step: int = 0
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    provider: str | None = None
    model: str | None = None
    alias: str | None = None
    route_reasons: list[str] = field(default_factory=list)
    score: float | None = None
    sensitive: bool = False
    sensitive_labels: list[str] = field(default_factory=list)
    fallback_from: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_estimated: bool = False
    cost_usd: Decimal = Decimal(0)
    ttft_ms: float | None = None
    latency_ms: float | None = None
    error_kind: str | None = None
    features: dict[str, float] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        """Column values for an INSERT (shallow: asdict's deep copy showed up in profiles)."""
        return {name: getattr(self, name) for name in _FIELDS}

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form for the Redis spool (exact decimals kept as strings)."""
        data = self.to_row()
        data["created_at"] = self.created_at.isoformat()
        data["cost_usd"] = str(self.cost_usd)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UsageRecord:
        values = dict(data)
        values["created_at"] = datetime.fromisoformat(values["created_at"])
        values["cost_usd"] = Decimal(values["cost_usd"])
        return cls(**{k: v for k, v in values.items() if k in _FIELDS})


_FIELDS = tuple(f.name for f in dataclasses.fields(UsageRecord))
