"""The channel post `/tandem ask` makes for the question, written and read back in one place.

The post is Tandem's own top-level message, which channel digests otherwise skip
(a digest never summarises itself); read back, it is the asker's question.
"""

from __future__ import annotations

import re

from bot.slack.render import escape

_POST = re.compile(r"^<@(?P<user>[UW][A-Z0-9]+)> asked:\n(?P<quote>(?:>.*(?:\n|$))+)\Z")


def asked_post(user: str, question: str) -> str:
    """`<@U…> asked:` then the question quoted line by line (a quote must start a line)."""
    quoted = "\n".join("> " + escape(line) for line in question.splitlines() or [""])
    return f"<@{user}> asked:\n{quoted}"


def read_asked_post(text: str) -> tuple[str, str] | None:
    """(user, question as posted) if `text` is such a post, else None."""
    found = _POST.match(text)
    if found is None:
        return None
    lines = found.group("quote").rstrip("\n").split("\n")
    return found.group("user"), "\n".join(
        line.removeprefix(">").removeprefix(" ") for line in lines
    )
