"""A named person's trade union membership.

Trade union membership is a special category of personal data (GDPR art. 9): a list of
which employees are IG Metall members, pasted to set up the dues deduction in payroll,
tells whoever reads it something the employer may process only for that deduction.

Reported (``pii.union``): a union word (English, German, French, Spanish, Dutch) said of a
named person as a condition is (``health.said_of_named_person``, 70 characters), which
includes a list the statement introduces ("Diese Kollegen sind ver.di-Mitglieder:" then
"- Jonas Weber, PNr 4711"): a union member or membership, union dues, a union rep or
shop steward, "joined the union", a trade union, the big unions by name (IG Metall,
ver.di, Teamsters, CGT, CFDT, CCOO, UGT, FNV and CNV members), "Gewerkschaft",
"syndiqué", "délégué syndical", "afiliado al sindicato", "vakbond".

Not reported: ``UNION`` in SQL and union types ("a union of two sets": no member, dues or
representative), the European Union, a works council (``Betriebsrat``, ``comité
d'entreprise``: elected by all staff, not a union), a union's name with nobody named ("what
does IG Metall's wage agreement say?"), and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.union"

_WORDS = (
    # English
    r"(?:trade|labou?r) unions?|"
    r"union (?:members?|membership|dues|reps?|representatives?|stewards?|cards?|"
    r"organi[sz]ers?|local \d+|activis[mt]s?)|"
    r"(?:joined|joins|joining|member of|belongs to) (?:the|a|his|her|their) union(?! of)|"
    r"unioni[sz]ed|shop stewards?|teamsters?|afl-cio|seiu|uaw|"
    # German
    r"gewerkschaft[\w-]*|ig[ -]metall[\w-]*|ig[ -]bce[\w-]*|ver\.di[\w-]*|"
    r"verdi-mitglied\w*|vertrauens(?:leute|mann|frau)|"
    # French
    r"syndiqu\u00e9e?s?|syndicats?|d\u00e9l\u00e9gu\u00e9e?s? syndica(?:l|le|ux|les)|"
    r"cotisations? syndicales?|adh\u00e9rente?s? (?:\u00e0 la |au |de la |du )?"
    r"(?:cgt|cfdt|cfe-cgc|unsa|syndicat)|cgt|cfdt|cfe-cgc|"
    # Spanish
    r"sindicatos?|afiliad[oa]s? (?:al|a la|a) (?:sindicato|ccoo|ugt|cgt|cnt)|"
    r"cuotas? sindical(?:es)?|delegad[oa]s? sindical(?:es)?|ccoo|"
    # Dutch
    r"vakbond\w*|(?:fnv|cnv)[- ]?(?:lid|leden|lidmaatschap)|lid van (?:de )?(?:fnv|cnv)"
)
STEMS = (
    "trade union", "labor union", "labour union", "union member", "union dues", "union rep",
    "union stew", "union card", "union organ", "union local", "union activ", "joined the",
    "joins the", "joining the", "member of", "belongs to", "unionized", "unionised",
    "shop steward", "teamster", "afl-cio", "seiu", "uaw", "gewerkschaft", "ig metall",
    "ig-metall", "ig bce", "ig-bce", "ver.di", "verdi-mitglied", "vertrauens", "syndiqu",
    "syndicat", "d\u00e9l\u00e9gu\u00e9", "cotisation", "adh\u00e9rent", "cgt", "cfdt",
    "cfe-cgc", "sindicato", "afiliad", "cuota", "delegad", "ccoo", "vakbond", "fnv", "cnv",
    "lid van",
)  # fmt: skip
# The unions known by letters alone: in capitals ("CGT", "UAW"), not "cgt" in a path.
_ACRONYMS = frozenset(("seiu", "uaw", "cgt", "cfdt", "cfe-cgc", "ccoo"))


def _is_union(text: str, lowered: str, match: re.Match[str]) -> bool:
    return match.group() not in _ACRONYMS or text[match.start() : match.end()].isupper()


UNION_MEMBERSHIP = Statement(
    LABEL,
    whole_words(_WORDS),
    STEMS,
    back=4,
    forward=40,
    reach=70,
    check=_is_union,
)
