"""How answers look in Slack: mrkdwn conversion, splitting, footer and buttons."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.config import BUNDLED_POLICY
from bot.question import AnswerMeta
from bot.routing.decision import Decision, Reason
from bot.routing.policy import load_policy
from bot.slack.render import (
    SECTION_LIMIT,
    footer_blocks,
    problem_text,
    section_blocks,
    split_text,
    to_mrkdwn,
)
from bot.usage.records import Status

POLICY = load_policy(BUNDLED_POLICY)


def test_markdown_becomes_slack_mrkdwn() -> None:
    out = to_mrkdwn(
        "Use **bold**, a [link](https://example.com/a?b=1) and `code`.\n\n"
        "1. first\n2. second\n\n```python\nprint('<hi>')\n```\n"
    )
    assert "*bold*" in out
    assert "<https://example.com/a?b=1|link>" in out
    assert "`code`" in out
    assert "```" in out and "print('<hi>')" in out
    assert "1." in out and "second" in out


def test_text_outside_code_is_escaped() -> None:
    assert "&lt;script&gt;" in to_mrkdwn("Escape <script> & stuff")


def test_long_text_splits_within_limits_and_keeps_code_fences_balanced() -> None:
    code = "```\n" + "\n".join(f"line {n} of a long log" for n in range(600)) + "\n```"
    text = "intro\n\n" + code + "\n\nafter"
    parts = split_text(text, 3000)
    assert len(parts) > 1
    assert all(len(part) <= 3000 for part in parts)
    assert all(part.count("```") % 2 == 0 for part in parts)
    assert "".join(parts).count("line 599 of a long log") == 1


def test_sections_respect_slack_section_limit() -> None:
    blocks = section_blocks("word " * 3000)
    assert len(blocks) > 1
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in blocks)


def meta(alias: str, *, sensitive: bool = False) -> AnswerMeta:
    decision = Decision(
        target=alias,
        fallbacks=(),
        score=0.2,
        sensitive=sensitive,
        labels=("secret.aws_key",) if sensitive else (),
        reasons=(Reason("score_low", "the local model is enough: score 0.20 < 0.55 (lookup)"),),
        local_only=sensitive,
    )
    return AnswerMeta(
        request_id="r1",
        status=Status.OK,
        text="answer",
        decision=decision,
        spec=POLICY.spec(alias),
        prompt_tokens=812,
        completion_tokens=240,
        cost_usd=Decimal("0.0044"),
        latency=2.3,
    )


def test_footer_names_model_reasons_tokens_and_cost() -> None:
    blocks = footer_blocks(meta("strong"), POLICY)
    context = blocks[0]["elements"][0]["text"]
    assert "GPT-4o" in context and "score 0.20" in context
    assert "812 → 240 tokens" in context and "$0.0044" in context
    buttons = [e["text"]["text"] for e in blocks[1]["elements"]]
    assert buttons == ["👍", "👎", "Ask Llama 3.1 8B (local) instead"]
    value = json.loads(blocks[1]["elements"][2]["value"])
    assert value == {"r": "r1", "m": "local"}


def test_sensitive_answer_offers_no_external_model_and_says_why() -> None:
    blocks = footer_blocks(meta("local", sensitive=True), POLICY)
    labels = [e["text"]["text"] for e in blocks[1]["elements"]]
    assert labels == ["👍", "👎"]
    notes = " ".join(e["text"] for e in blocks[0]["elements"])
    assert "GPT-4o is not offered for this thread: it contains sensitive data" in notes


def test_a_rate_limited_question_gets_an_hourglass_not_a_lock() -> None:
    meta = AnswerMeta("r1", Status.REFUSED, error_kind="rate_limited", message="Try again in 9 s.")
    assert problem_text(meta) == ":hourglass_flowing_sand: Try again in 9 s."
    refused = AnswerMeta("r2", Status.REFUSED, error_kind="local_unavailable", message="No.")
    assert problem_text(refused).startswith(":lock:")
