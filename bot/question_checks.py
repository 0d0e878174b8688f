"""The checks every door applies to a question's text before a router or a model sees it.

Apart from `bot.question` (which brings in Redis) so that `tandem route` refuses
what `tandem ask` refuses, in the same words, and still starts fast.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.usage.records import Surface


class QuestionRejected(Exception):
    """Input the assistant will not send to any model (empty, too long, unknown alias)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def check_text(text: str, max_chars: int, surface: str) -> None:
    """Raise `QuestionRejected` for an empty question or one over `max_chars`.

    Only Slack can attach files, so only Slack is told it may attach less.
    """
    text = text.strip()
    if not text:
        raise QuestionRejected("empty", "The question is empty: ask something.")
    if len(text) > max_chars:
        advice = "Shorten it." if surface == Surface.CLI else "Shorten it or attach less."
        raise QuestionRejected(
            "too_long",
            f"The question is {len(text):,} characters; the limit is {max_chars:,}. {advice}",
        )


def check_choice(choice: str | None, aliases: Collection[str]) -> None:
    """Raise `QuestionRejected` for a model choice that is neither auto nor a policy alias."""
    if choice and choice != "auto" and choice not in aliases:
        known = ", ".join(sorted(aliases))
        raise QuestionRejected("unknown_model", f"Unknown model {choice!r}: use auto or {known}.")
