"""A usage digest as Slack Block Kit and as plain text for the terminal.

Both renderings read the same `UsageDigest` and say the same things in the
same order, so `tandem digest run --stdout` shows exactly what the channel
would get (minus the chart).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.digest.usage_stats import UsageDigest
from bot.models.pricing import usd

Block = dict[str, Any]


def counted(value: int, one: str, many: str) -> str:
    """`1 question`, `2 questions`, `12.3k questions`."""
    return f"{count(value)} {one if value == 1 else many}"


def count(value: int) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if value >= 10_000:
        return f"{value / 1000:.1f}k"
    return f"{value:,}"


def seconds(ms: float | None) -> str:
    return "n/a" if ms is None else f"{ms / 1000:.1f} s"


def period(digest: UsageDigest) -> str:
    zone = zoneinfo.ZoneInfo(digest.tz)

    def local(moment: datetime) -> str:
        return moment.astimezone(zone).strftime("%a %d %b %H:%M")

    return f"{local(digest.since)} to {local(digest.until)} ({digest.tz})"


def _label(alias: str, labels: Mapping[str, str] | None) -> str:
    name = (labels or {}).get(alias)
    return f"{alias} ({name})" if name and name != alias else alias


def headline_facts(digest: UsageDigest, labels: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """(title, value) pairs shared by both renderings."""
    ratio = digest.thumbs_ratio
    feedback = f"👍 {digest.thumbs_up} · 👎 {digest.thumbs_down}"
    if ratio is not None:
        feedback += f" ({ratio:.0%} 👍)"
    strong = _label(digest.strong_alias, labels)
    return [
        (
            "Questions",
            f"{count(digest.questions)} from {counted(digest.people, 'person', 'people')}",
        ),
        ("Cost", usd(digest.cost_usd)),
        ("Saved", f"{usd(digest.savings_usd)} vs. everything on {strong}"),
        ("Tokens", f"{count(digest.tokens)} ({count(digest.prompt_tokens)} in)"),
        ("Latency", f"p50 {seconds(digest.p50_ms)} · p95 {seconds(digest.p95_ms)}"),
        ("Fallbacks · errors", f"{digest.fallbacks} · {digest.errors}"),
        ("Feedback", feedback),
    ]


def model_lines(digest: UsageDigest, labels: Mapping[str, str] | None) -> list[str]:
    answered = sum(m.questions for m in digest.models) or 1
    return [
        f"{_label(m.alias, labels)}: {m.questions / answered:.0%} of answers, "
        f"{counted(m.questions, 'question', 'questions')}, {count(m.tokens)} tokens, "
        f"{usd(m.cost_usd)}"
        for m in digest.models
    ]


def budget_lines(digest: UsageDigest) -> list[str]:
    return [
        f"{b.name}: {usd(b.spent_usd)} of {usd(b.limit_usd)} ({b.ratio:.0%})"
        for b in digest.budgets
    ]


def fallback_text(digest: UsageDigest) -> str:
    """The notification text Slack shows where blocks are not rendered."""
    if not digest.questions:
        return f"Tandem usage, {period(digest)}: no questions."
    return (
        f"Tandem usage, {period(digest)}: {counted(digest.questions, 'question', 'questions')}, "
        f"{usd(digest.cost_usd)} spent, {usd(digest.savings_usd)} saved."
    )


def _mrkdwn(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def render_blocks(digest: UsageDigest, labels: Mapping[str, str] | None = None) -> list[Block]:
    """Block Kit: header, the facts as fields, models, channels, budgets, a context line."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Tandem usage digest"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": period(digest)}]},
    ]
    if not digest.questions:
        blocks.append(_mrkdwn("No questions reached Tandem in this period."))
        return blocks
    fields = [
        {"type": "mrkdwn", "text": f"*{title}*\n{value}"}
        for title, value in headline_facts(digest, labels)
    ]
    blocks.append({"type": "section", "fields": fields})
    blocks.append(_mrkdwn("*Share per model*\n" + _bullets(model_lines(digest, labels))))
    channels = [f"<#{channel}>: {n}" for channel, n in digest.top_channels]
    blocks.append(_mrkdwn("*Top channels*\n" + _bullets(channels)))
    if digest.budgets:
        blocks.append(_mrkdwn("*Budgets*\n" + _bullets(budget_lines(digest))))
    note = (
        f"Savings price every call's tokens at {digest.strong_alias}'s rates, "
        "minus what was spent. Questions and cost per day are in the chart."
    )
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
    return blocks


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines) if lines else "none"


def render_text(digest: UsageDigest, labels: Mapping[str, str] | None = None) -> str:
    """Plain text for `--stdout`."""
    out = [f"Tandem usage digest, {period(digest)}"]
    if digest.workspace:
        out[0] += f", workspace {digest.workspace}"
    if not digest.questions:
        out.append("No questions reached Tandem in this period.")
        return "\n".join(out)
    width = max(len(title) for title, _ in headline_facts(digest, labels))
    out.extend(f"{title:<{width}}  {value}" for title, value in headline_facts(digest, labels))
    out.append("Share per model:")
    out.extend(f"  {line}" for line in model_lines(digest, labels))
    out.append("Top channels:")
    out.extend(f"  {channel}: {n}" for channel, n in digest.top_channels)
    if digest.budgets:
        out.append("Budgets:")
        out.extend(f"  {line}" for line in budget_lines(digest))
    return "\n".join(out)
