"""A named person's device identifiers: the advertising and vendor ids of their phone
(``IDFA``, ``IDFV``, ``GAID``/``AAID``, an ``ANDROID_ID``), reported as ``pii.device_id``.

These ids are made to single out one device and its user across apps and sessions (the
GDPR's "online identifiers"); said of a named person ("Anti-cheat flagged Niamh Pritchard:
their IDFV 0484C444-... and GAID 1cb359da-...") they are that person's, and a message that
links them to a name is how a profile or an accusation gets built. Reported: an id keyword
and its value (a UUID, or the 16 hex digits of an ``ANDROID_ID``) within a few characters,
said of a named person (``health.said_of_named_person``: the name, or a pronoun after it,
before the id in the same clause). Not reported: an id with nobody named (an SDK's log, a
test device), the all-zero id of a device that limits ad tracking, and people the message
says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.health import said_of_named_person
from bot.routing.sensitivity.model import Finding, literal_trie, near
from bot.routing.sensitivity.records import made_up

LABEL = "pii.device_id"

_KEYWORDS = (
    "idfa", "idfv", "gaid", "aaid", "adid", "advertising id", "advertising_id",
    "advertisingid", "advertising identifier", "android id", "android_id", "androidid",
    "identifierforvendor", "identifierforadvertising", "ad id",
)  # fmt: skip
_KEYWORD = re.compile(literal_trie(_KEYWORDS))
# The keyword, a few characters (": ", " = ", " of "), and the id.
_DEVICE_ID = re.compile(
    r"(?<![\w-])(?:idfa|idfv|gaid|aaid|adid|advertising[ _]?id(?:entifier)?|android[ _]?id|"
    r"identifierfor(?:vendor|advertising)|ad id)s?(?![\w-])[^\n\w]{0,6}(?:(?:is|was|of|=)\W{0,3})?"
    r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16})(?![\w-])"
)
_ZERO = re.compile(r"[0-]+")
_REACH = 80  # characters between the name (or its pronoun) and the keyword


def find_device_ids(text: str, lowered: str) -> list[Finding]:
    """Device ids said of a named person (module docstring)."""
    if "id" not in lowered or _KEYWORD.search(lowered) is None:  # (every keyword has "id")
        return []  # (one search: this runs on every message)
    triggers = [word for word in _KEYWORDS if word in lowered]
    findings = [
        Finding(LABEL, *match.span(1))
        for match in near(_DEVICE_ID, lowered, triggers, 40, 70)
        if not _ZERO.fullmatch(match.group(1))
        and said_of_named_person(text, lowered, match.start(), _REACH)
    ]
    if findings and made_up(lowered):
        return []
    return findings
