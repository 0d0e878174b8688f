"""Deterministic token accounting used by both model fakes."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.fakes.tokens import (
    default_reply,
    estimate_prompt_tokens,
    estimate_tokens,
    message_text,
    split_tokens,
)


@given(st.text())
def test_split_tokens_joins_back_exactly(text: str) -> None:
    assert "".join(split_tokens(text)) == text


@given(st.lists(st.text(min_size=1), max_size=5), st.integers(min_value=0, max_value=60))
def test_default_reply_has_exactly_reply_tokens_pieces(words: list[str], count: int) -> None:
    messages = [{"role": "user", "content": " ".join(words)}]

    assert len(split_tokens(default_reply(messages, count))) == count


def test_estimates_are_simple_and_stable() -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "one two three"}]},
    ]

    assert estimate_tokens("one two three") == 4
    assert message_text(messages[1]) == "one two three"
    assert estimate_prompt_tokens(messages) == 3 + (3 + 4) + (4 + 4)


def test_default_reply_echoes_the_last_user_message() -> None:
    messages = [
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "answer"},
        {"role": "user", "content": "Why is the build red?"},
    ]

    assert default_reply(messages).startswith("You asked about Why is the build red. ")
