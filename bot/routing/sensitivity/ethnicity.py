"""A named person's racial or ethnic origin.

Racial or ethnic origin is a special category of personal data (GDPR art. 9): "Ayo Bello
is the only Black engineer in the org" in a question about a diversity dashboard, or "Erik
Lakatos is Roma" in a note to HR, is data about him that an employer may hold only for
equal-opportunity monitoring, and not in a chat with a model outside the building.

Reported (``pii.ethnicity``), said of a named person as a condition is
(``health.said_of_named_person``, 50 characters): their ethnicity, ethnic or racial origin
or background ("ethnische Herkunft", "origine ethnique", "origen étnico", "etnische
afkomst"), or an ethnic group after a copula or an article ("is Roma", "the only Black
engineer", "ist Sinti", "es gitano", "è rom", "este de etnie romă", "er same"; Black in
capitals only: "the theme is black"); Italian, Portuguese, Romanian, Polish, Nordic and
Ukrainian words for an ethnic origin; Hungarian's adjectives of origin ("roma
nemzetiségű", "pakisztáni származású"), which open a sentence about the one the sentence
before names ("Szabó Réka ... elfogadtuk. Roma nemzetiségű, ...": ``referents``).

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
    r"colleague|hire|candidate|developer|manager|member)|"
    # Italian, Portuguese, Romanian, Polish, Nordic, Hungarian, Ukrainian: an ethnic origin,
    # a group after a copula, a group's adjective of origin ("roma nemzetiségű")
    r"origine etnica|origem \u00e9tnica|origine etnic\u0103|de etnie \w+|etnia \w+|"
    r"pochodzeni\w+ etniczn\w+|etnisk (?:bakgrund|bakgrunn|baggrund|oprindelse|ursprung|"
    r"opprinnelse|tilh\u00f8righet|tillh\u00f6righet)|"
    r"(?:\u00e8|\u00e9|este|e|jest) (?:un |o |uma? |una? )?(?:rom|sinti|cigan[oa]|"
    r"\u021bigan\u0103?|romem|romk\u0105|cyganem|cygank\u0105)|"
    r"(?:er|\u00e4r) (?:en )?(?:romani|romsk|same|samisk|tater)|"
    r"(?:roma|cig\u00e1ny|romani|sinti|\w+) (?:nemzetis\u00e9g\u0171|sz\u00e1rmaz\u00e1s\u00fa|"
    r"etnikum\u00fa)|etnikai (?:sz\u00e1rmaz\u00e1s\w*|hovatartoz\u00e1s\w*)|"
    r"\u0435\u0442\u043d\u0456\u0447\u043d\w+ \u043f\u043e\u0445\u043e\u0434\u0436"
    r"\u0435\u043d\w+|\u0440\u043e\u043c\u0441\u044c\u043a\w+ "
    r"\u043d\u0430\u0446\u0456\u043e\u043d\u0430\u043b\u044c\u043d\u043e\u0441\u0442\w+"
)
STEMS = (
    *word_ends("black", "roma", "romani"), "ethnic", "racial", "ethnische",
    "origine ethnique", "origen \u00e9tnico", "etnische", "sinti", "hispanic", "latino",
    "latina", "latinx", "indigenous", "aboriginal", "first nations", "gitan", "romnja",
    "romja", "origine etnic", "origem \u00e9tnica", "de etnie", "etnia ", "etniczn",
    "etnisk ", *word_ends("rom", "same", "tater"), "romsk", "sinti", "cigan", "\u021bigan",
    "romem", "romk\u0105", "cygan", "samisk", "nemzetis\u00e9g\u0171",
    "sz\u00e1rmaz\u00e1s\u00fa", "etnikum\u00fa", "etnikai",
    "\u0435\u0442\u043d\u0456\u0447\u043d", "\u0440\u043e\u043c\u0441\u044c\u043a",
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
