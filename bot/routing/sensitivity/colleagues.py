"""Special categories of personal data about named colleagues: their health (``health``).

The rule needs words of its own (a condition or a treatment), in four languages, a hundred
and twenty stems. Tested one by one they cost more than the rest of the personal-data rules
together, so they are looked for only in a message that may name someone
(``names.may_name``: a capitalised word before another, a verb or a possessive; one message
in six), in one pass for all of them (``model.literal_trie``).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import STEMS, find_health
from bot.routing.sensitivity.model import Finding, literal_trie
from bot.routing.sensitivity.names import may_name

_HEALTH_WORDS = frozenset(STEMS)
_TOPIC_WORDS = re.compile(literal_trie(sorted(_HEALTH_WORDS)))


def find_colleague_data(text: str, lowered: str) -> list[Finding]:
    """Named people's health (``pii.health``)."""
    if not may_name(text):
        return []
    found = {match.group() for match in _TOPIC_WORDS.finditer(lowered)}
    if not found:
        return []
    findings: list[Finding] = []
    health_words = found & _HEALTH_WORDS
    if health_words:
        findings.extend(find_health(text, lowered, sorted(health_words)))
    return findings
