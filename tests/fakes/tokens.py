"""Deterministic token accounting and replies for the model fakes.

Usage logging, budgets and cost reports are tested against these numbers, so
they must be predictable from the request alone: tests can call the same
functions to compute the counts they expect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

PER_MESSAGE_TOKENS = 4
PRIMING_TOKENS = 3
_FILLER_TEXT = (
    "Here is a deterministic answer from the loopback model so that tests can count "
    "every token it streams and check the whole pipeline end to end"
)
_FILLER = _FILLER_TEXT.split()
_TOKEN = re.compile(r"\s*\S+")


def message_text(message: Mapping[str, Any]) -> str:
    """Text of one chat message; content may be a string or a list of parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, Mapping))
    return ""


def estimate_tokens(text: str) -> int:
    """Roughly 4 tokens per 3 words, rounded half up."""
    return int(len(text.split()) * 4 / 3 + 0.5)


def estimate_prompt_tokens(messages: Iterable[Mapping[str, Any]]) -> int:
    """Prompt tokens of a chat request: words*4/3 per message + 4 each + 3."""
    return PRIMING_TOKENS + sum(
        estimate_tokens(message_text(m)) + PER_MESSAGE_TOKENS for m in messages
    )


def split_tokens(text: str) -> list[str]:
    """Split text into word-sized pieces that join back to exactly ``text``.

    Pieces carry their leading whitespace, as BPE tokens do.
    """
    pieces = _TOKEN.findall(text)
    tail = text[len("".join(pieces)) :]
    if tail:
        if pieces:
            pieces[-1] += tail
        else:
            pieces = [tail]
    return pieces


def last_user_text(messages: Iterable[Mapping[str, Any]]) -> str:
    """Text of the last user message (empty when there is none)."""
    text = ""
    for message in messages:
        if message.get("role") == "user":
            text = message_text(message)
    return text


def default_reply(messages: Iterable[Mapping[str, Any]], reply_tokens: int = 20) -> str:
    """``"You asked about <first words>. "`` then filler: exactly ``reply_tokens`` pieces.

    Echoing the question lets a test see which request an answer came from;
    a short ``reply_tokens`` cuts the echo itself.
    """
    words = [w.strip(".,;:!?\"'") for w in last_user_text(messages).split()[:6]]
    topic = " ".join(w for w in words if w) or "nothing"
    pieces = split_tokens(f"You asked about {topic}. ")
    index = 0
    while len(pieces) < reply_tokens:
        pieces.append(_FILLER[index % len(_FILLER)] + " ")
        index += 1
    return "".join(pieces[:reply_tokens])
