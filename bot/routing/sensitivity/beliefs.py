"""A named person's religion or political opinions.

Religious beliefs and political opinions are special categories of personal data (GDPR art.
9): "Ahmed Karimi is fasting for Ramadan, can we move his on-call?" or "Jonas Weber ist aus
der Kirche ausgetreten, bitte die Kirchensteuer austragen" tells whoever reads it what the
person believes.

Reported (``pii.beliefs``), said of a named person as a condition is
(``health.said_of_named_person``, 50 characters): a faith after a copula ("is a practising
Muslim", "ist jüdisch", "est catholique", "es evangélica", "is moslim"), a conversion, a
religious practice (fasting for Ramadan, observing Shabbat, Friday prayers, wearing a
hijab or a kippah, keeping kosher or halal), a church membership or its leaving
("Kirchenaustritt", "Konfession"), a party membership or political views ("party member",
"member of the Labour party", "Parteimitglied", "political views").

Not reported: the words with nobody named (a prayer room's booking system, a halal menu),
"Christian" (a first name) and the faiths as adjectives of things ("Catholic University"),
a birthday party, and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.statements import Statement

LABEL = "pii.beliefs"

_FAITH = (
    r"(?:muslim|jewish|catholic|protestant|evangelical|hindu|sikh|buddhist|mormon|atheist|"
    r"agnostic|jehovah['\u2019]s witness)"
)
_WORDS = (
    # English
    rf"(?:is|am|are|was|as) (?:an? )?(?:(?:practi[sc]ing|devout|observant|orthodox) )?{_FAITH}|"
    r"converted to (?:islam|judaism|catholicism|christianity|buddhism|hinduism)|"
    r"fasting (?:for|during) ramadan|observes? (?:ramadan|shabbat|the sabbath|passover|"
    r"yom kippur|lent)|friday prayers?|prays? (?:five times|at (?:the )?mosque)|"
    r"wears? (?:a |her |his )?(?:hijab|headscarf|niqab|kippah|yarmulke|turban)|"
    r"goes to (?:church|mosque|synagogue|temple)|keeps? (?:kosher|halal)|"
    r"party member(?:ship)?|member of the \w+ party|political (?:views|opinions|beliefs|"
    r"affiliation)|"
    # German
    r"(?:ist|war) (?:muslimisch|j\u00fcdisch|katholisch|evangelisch|muslim(?:in)?|"
    r"jude|j\u00fcdin|atheist(?:in)?)|kirchenaustritt|aus der kirche ausgetreten|"
    r"konfession|religionszugeh\u00f6rigkeit|fastet (?:im|w\u00e4hrend des) ramadan|"
    r"tr\u00e4gt (?:ein )?kopftuch|parteimitglied\w*|politische (?:einstellung|ansichten)|"
    # French
    r"(?:est|\u00e9tait) (?:musulman|juif|juive|catholique|protestante?|bouddhiste|"
    r"ath\u00e9e|pratiquante?)e?|fait (?:le )?ramadan|porte (?:le|un) voile|"
    r"opinions politiques|"
    # Spanish
    r"(?:es|era) (?:musulm\u00e1n|musulmana|jud\u00edo|jud\u00eda|cat\u00f3lic[oa]|"
    r"evang\u00e9lic[oa]|ate[oa]|practicante)|hace (?:el )?ramad\u00e1n|"
    r"lleva (?:el |un )?(?:velo|hiyab)|ideolog\u00eda pol\u00edtica|"
    # Dutch
    r"(?:is|was) (?:moslim|joods|katholiek|protestants|hindoe|atheist|athe\u00efst)|"
    r"doet (?:aan (?:de )?)?ramadan|draagt (?:een )?hoofddoek|politieke (?:voorkeur|opvattingen)"
)
# The faiths, feasts, garments and party words: the copula or verb before them is looked
# for from them.
STEMS = (
    "muslim", "jewish", "catholic", "protestant", "evangelical", "hindu", "sikh", "buddhist",
    "mormon", "atheist", "agnostic", "jehovah", "converted to", "ramadan", "shabbat",
    "sabbath", "passover", "yom kippur", "observes lent", "observe lent", "friday prayer",
    "mosque", "prays five", "pray five", "hijab", "headscarf", "niqab", "kippah", "yarmulke",
    "turban", "goes to church", "goes to synagogue", "goes to temple", "kosher", "halal",
    "party member", "member of the", "political", "muslimisch", "j\u00fcdisch", "katholisch",
    "evangelisch", "jude", "j\u00fcdin", "kirchenaustritt", "aus der kirche", "konfession",
    "religionszugeh", "kopftuch", "parteimitglied", "politische", "musulman", "juif", "juive",
    "catholique", "bouddhiste", "ath\u00e9e", "pratiquant", "voile", "opinions politiques",
    "musulm\u00e1n", "jud\u00edo", "jud\u00eda", "cat\u00f3lic", "evang\u00e9lic", "ateo",
    "atea", "practicante", "ramad\u00e1n", "velo", "hiyab", "ideolog\u00eda", "moslim",
    "joods", "katholiek", "hindoe", "athe\u00efst", "hoofddoek", "politieke",
)  # fmt: skip

# A capitalised word right after: the faith word is part of a name ("Jude Law", "Catholic
# University").
_NAME_GOES_ON = re.compile(r" [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def _not_in_a_name(text: str, lowered: str, match: re.Match[str]) -> bool:
    return _NAME_GOES_ON.match(text, match.end()) is None


BELIEFS = Statement(
    LABEL,
    re.compile(rf"(?<![\w-])(?:{_WORDS})(?![\w-])"),
    STEMS,
    back=40,  # "is a practising Muslim", "member of the Labour party"
    forward=30,
    reach=50,
    check=_not_in_a_name,
)
