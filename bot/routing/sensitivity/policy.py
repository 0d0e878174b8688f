"""Policy-defined patterns (``extra_patterns``): organisation-specific data to keep local.

Compiled once in the constructor so a broken pattern fails at start-up, naming the pattern,
instead of on the first question that happens to reach it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.routing.sensitivity.model import Finding

_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def compile_patterns(patterns: Mapping[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``name -> regex`` to ``(label, compiled)``; ValueError names the offending pattern."""
    compiled: list[tuple[str, re.Pattern[str]]] = []
    for name, pattern in sorted(patterns.items()):
        if not isinstance(name, str) or not _NAME.match(name):
            raise ValueError(
                f"invalid policy pattern name {name!r}: use letters, digits, '_', '.', '-'"
            )
        if not isinstance(pattern, str):
            raise ValueError(f"invalid policy pattern {name!r}: expected a regex string")
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"invalid policy pattern {name!r}: {exc}") from exc
        compiled.append((f"policy.{name}", regex))
    return tuple(compiled)


def find_policy_matches(
    text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]
) -> list[Finding]:
    """One finding per non-empty match of each policy pattern."""
    return [
        Finding(label, m.start(), m.end())
        for label, regex in patterns
        for m in regex.finditer(text)
        if m.end() > m.start()
    ]
