"""A named person's racial or ethnic origin.

Racial or ethnic origin is a special category of personal data (GDPR art. 9): "Ayo Bello
is the only Black engineer in the org" in a question about a diversity dashboard, or "Erik
Lakatos is Roma" in a note to HR, is data about him that an employer may hold only for
equal-opportunity monitoring, and not in a chat with a model outside the building.

Reported (``pii.ethnicity``), said of a named person as a condition is
(``health.said_of_named_person``, 50 characters): their ethnicity, ethnic or racial origin
or background ("ethnische Herkunft", "origine ethnique", "origen étnico", "etnische
afkomst"), or an ethnic group after a copula or an article ("is Roma", "the only Black
engineer", "ist Sinti", "es gitano"; Black in capitals only: "the theme is black").

Not reported: the words with nobody named (an ``ethnicity`` column, an equal-opportunity
survey's categories), colours, and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement, word_ends

LABEL = "pii.ethnicity"

_GROUP = (
    r"(?:black|roma|romani|sinti|hispanic|latino|latina|latinx|indigenous|aboriginal|"
    r"first nations|gitan[oa]|gitane?|romn?ja)"
)
_WORDS = (
    r"ethnicity|ethnic (?:origin|background|minority|group)|racial (?:origin|background)|"
    r"ethnische (?:herkunft|zugeh\u00f6rigkeit)|origine ethnique|origen \u00e9tnico|"
    r"etnische (?:afkomst|achtergrond)|"
    rf"(?:is|are|was|ist|war|est|es|era) (?:an? |une? |una? )?{_GROUP}|"
    rf"(?:the|our|only|a|an) (?:only )?{_GROUP} (?:engineer|employee|woman|man|person|"
    r"colleague|hire|candidate|developer|manager|member)"
)
STEMS = (
    *word_ends("black", "roma", "romani"), "ethnic", "racial", "ethnische",
    "origine ethnique", "origen \u00e9tnico", "etnische", "sinti", "hispanic", "latino",
    "latina", "latinx", "indigenous", "aboriginal", "first nations", "gitan", "romnja",
    "romja",
)  # fmt: skip


def _is_group(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Black the group is written in capitals ("is Black"), the colour is not."""
    at = lowered.find("black", match.start(), match.end())
    return at < 0 or text[at] == "B"


ETHNICITY = Statement(
    LABEL,
    whole_words(_WORDS),
    STEMS,
    back=24,
    forward=40,
    reach=50,
    check=_is_group,
)
