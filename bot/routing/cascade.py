"""The cheap check a local answer must pass before the cascade shows it.

No model call: a refusal or "I don't know", an answer cut off by the length
limit, an answer too short to be one, or a code block that does not parse.
"""

from __future__ import annotations

import ast
import json
import re

_REFUSAL = re.compile(
    r"(?i)\b(i\s+(?:do\s+not|don't|dont)\s+know|i'?m\s+not\s+sure|i\s+am\s+not\s+sure|"
    r"i\s+(?:cannot|can't|can\s+not)\s+(?:help|answer|assist|determine)|as\s+an\s+ai\b|"
    r"i\s+(?:do\s+not|don't)\s+have\s+(?:enough\s+)?(?:information|access)|"
    r"unable\s+to\s+(?:help|answer|determine|assist))"
)
_FENCE = re.compile(r"```([\w+-]*)[^\n]*\n(.*?)```", re.DOTALL)


def _code_parses(language: str, code: str) -> bool:
    language = language.lower()
    try:
        if language in {"python", "py", "python3"}:
            ast.parse(code)
        elif language == "json":
            json.loads(code)
    except (SyntaxError, ValueError):
        return False
    return True


def failed_check(text: str, finish_reason: str | None, min_chars: int) -> str | None:
    """Why this answer should be escalated, or None if it may be shown."""
    if finish_reason == "length":
        return "cut_off"
    if len(text.strip()) < min_chars:
        return "too_short"
    if _REFUSAL.search(text[:600]):
        return "refusal"
    for language, code in _FENCE.findall(text):
        if not _code_parses(language, code):
            return "code_does_not_parse"
    return None
