"""One line that says which model answered, why, and what it cost: shown under every answer."""

from __future__ import annotations

from decimal import Decimal

from bot.models.pricing import usd
from bot.question import AnswerMeta


def format_cost(cost: Decimal) -> str:
    """ "$0" for a local answer, else `usd`."""
    return "$0" if cost == 0 else usd(cost)


def footer(meta: AnswerMeta) -> str:
    """'GPT-4o (gpt-4o) · needs the strong model: ... · 812 → 240 tokens · $0.0044 · 2.3 s'."""
    parts: list[str] = []
    if meta.spec is not None:
        name = meta.spec.display
        parts.append(name if name == meta.spec.model else f"{name} ({meta.spec.model})")
    if meta.decision is not None and meta.decision.reasons:
        parts.append(meta.decision.why)
    parts.extend(meta.skipped)
    if meta.fallback_from:
        parts.append(f"fell back from {meta.fallback_from}")
    if meta.escalated:
        parts.append(f"the local answer failed a check ({meta.escalated.replace('_', ' ')})")
    if meta.spec is not None:
        parts.append(f"{meta.prompt_tokens:,} → {meta.completion_tokens:,} tokens")
    parts.append(format_cost(meta.cost_usd))
    parts.append(f"{meta.latency:.1f} s")
    if not meta.memory:
        parts.append("memory unavailable: this answer did not see earlier turns")
    return " · ".join(parts)
