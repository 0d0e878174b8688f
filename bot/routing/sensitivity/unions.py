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
"syndiqué", "délégué syndical", "afiliado al sindicato", "vakbond"; the British unions
by name after a word that says a person belongs to them ("joined the GMB", "a Unite rep",
"Unison member", in capitals or capitalised) and the American ones known by their letters
("joined the CWA organizing committee", "an IBEW member"); the Nordic words for a union,
its member and its shop steward ("fagforening", "facket", "tillidsrepræsentant", "tillitsvalgt",
"luottamusmies", "3F-medlem", "medlem i Fellesforbundet"), and the Italian, Portuguese,
Romanian, Polish, Czech, Hungarian and Ukrainian words ("iscritto alla CGIL", "membru de
sindicat", "związek zawodowy", "odborář", "szakszervezet", "профспілка").

Not reported: "unite the teams", "in unison" (the British unions' names as words),
``UNION`` in SQL and union types ("a union of two sets": no member, dues or
representative), the European Union, a works council (``Betriebsrat``, ``comité
d'entreprise``: elected by all staff, not a union), a union's name with nobody named ("what
does IG Metall's wage agreement say?"), and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.union"

# The British unions by name (Unite, Unison and the GMB are words or letters too).
_UK = (
    r"(?:gmb|unite|unison|rmt|usdaw|cwu|pcs|neu|nasuwt|bectu|prospect|aslef|ucu|rcn|bma|"
    # and the American ones known by their letters ("joined the CWA organizing committee")
    r"cwa|afscme|ibew|ufcw|iatse|usw|opeiu)"
)
_WORDS = (
    # English
    r"(?:trade|labou?r) unions?|"
    r"union (?:members?|membership|dues|reps?|representatives?|stewards?|cards?|"
    r"organi[sz]ers?|organi[sz]ing (?:committee|drive)|local \d+|activis[mt]s?)|"
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
    r"vakbond\w*|(?:fnv|cnv)[- ]?(?:lid|leden|lidmaatschap)|lid van (?:de )?(?:fnv|cnv)|"
    # the British unions by name, after a word that says a person belongs to them ("joined
    # the GMB", "a Unite rep", "Unison member"): the names are words too ("in unison")
    rf"(?:joined|joins|joining|member of|belongs to|rep for|steward for) (?:the )?{_UK}|"
    rf"{_UK}(?:[ -](?:members?|membership|reps?|representatives?|stewards?|cards?|dues|"
    r"organi[sz]ing (?:committee|drive)|organi[sz]ers?))|"
    # Danish, Norwegian, Swedish, Finnish: union, member, shop steward; the big unions
    r"fagforening\w*|fagforbund\w*|fackf\u00f6rening\w*|facket|fackligt? \w+|"
    r"tillidsrepr\u00e6sentant\w*|tillitsvalgt\w*|f\u00f6rtroendevald\w*|"
    r"ammattiliito\w*|ammattiliitto\w*|luottamusmie\w*|luottamushenkil\u00f6\w*|"
    r"(?:3f|hk|fo|lo|if metall|unionen|fellesforbundet|dansk metal|metalli)[ -]"
    r"(?:medlem\w*|medlemmer\w*|j\u00e4sen\w*)|"
    r"medlem (?:af|av|i) (?:3f|hk|fo|lo|if metall|unionen|fellesforbundet|dansk metal|"
    r"fagforeningen|facket)|"
    # Italian, Portuguese, Romanian, Polish, Czech, Hungarian, Ukrainian
    r"sindacat[oi]|sindacalizzat[oa]|iscritt[oa] (?:alla |al )?(?:cgil|cisl|uil|sindacato)|"
    r"delegat[oa] sindacale|rappresentante sindacale|rsu|cgil|cisl|"
    r"sindicalizad[oa]|filiad[oa] (?:no|ao) sindicato|"
    r"sindicat(?:ul|ului|e|ele)?|membru (?:de |al )?sindicat\w*|lider sindical|"
    r"zwi\u0105z(?:ek|ku|kowiec|kowczyni) zawodow\w*|zwi\u0105zkow(?:iec|czyni)|"
    r"odbor\u00e1\u0159\w*|odborov\w+|"
    r"szakszervezet\w*|"
    # Turkish: a union's member, its membership, its dues or its workplace representative
    r"sendika(?:s\u0131|n\u0131n|ya|da)? (?:\u00fcyesi\w*|\u00fcyeli\u011fi\w*|"
    r"aidat\u0131\w*|temsilcisi\w*)|sendikal\u0131(?:d\u0131r|y\u0131z)?|"
    r"sendikaya (?:\u00fcye|kat\u0131ld\u0131\w*)|i\u015fyeri temsilcisi\w*|"
    r"\u043f\u0440\u043e\u0444\u0441\u043f\u0456\u043b\u043a\w*|"
    r"\u043f\u0440\u043e\u0444\u0441\u043e\u044e\u0437\w*"
)
STEMS = (
    "trade union", "labor union", "labour union", "union member", "union dues", "union rep",
    "union stew", "union card", "union organ", "union local", "union activ", "joined the",
    "joins the", "joining the", "member of", "belongs to", "unionized", "unionised",
    "shop steward", "teamster", "afl-cio", "seiu", "uaw", "gewerkschaft", "ig metall",
    "ig-metall", "ig bce", "ig-bce", "ver.di", "verdi-mitglied", "vertrauens", "syndiqu",
    "syndicat", "d\u00e9l\u00e9gu\u00e9", "cotisation", "adh\u00e9rent", "cgt", "cfdt",
    "cfe-cgc", "sindicato", "afiliad", "cuota", "delegad", "ccoo", "vakbond", "fnv", "cnv",
    "lid van", "gmb", "unite", "unison", "rmt", "usdaw", "cwu", "pcs", "neu", "nasuwt",
    "bectu", "prospect", "aslef", "ucu", "rcn", "bma", "cwa", "afscme", "ibew", "ufcw",
    "iatse", "usw", "opeiu", "fagforening", "fagforbund",
    "fackf\u00f6rening", "facket", "fackligt", "facklig ", "tillidsrepr", "tillitsvalgt",
    "f\u00f6rtroendevald", "ammattiliit", "luottamus", "medlem", "j\u00e4sen", "if metall",
    "unionen", "fellesforbundet", "dansk metal", "metalli", "sindacat", "sindacalizz",
    "iscritt", "delegat",
    "rappresentante sind", "rsu", "cgil", "cisl", "sindicalizad", "filiad", "sindicat",
    "membru", "lider sind", "zwi\u0105z", "odbor", "szakszervezet", "sendika",
    "i\u015fyeri temsilci",
    "\u043f\u0440\u043e\u0444\u0441",
)  # fmt: skip
# The unions known by letters alone: in capitals ("CGT", "UAW"), not "cgt" in a path.
_ACRONYMS = frozenset(("seiu", "uaw", "cgt", "cfdt", "cfe-cgc", "ccoo", "rsu", "cgil", "cisl"))
# A British union's name after its verb or before its member word: in capitals, or
# capitalised (``Unite``, ``Unison``, ``Prospect``), not the words ("unite the teams").
_UK_NAME = re.compile(rf"(?<![\w-]){_UK}(?![\w-])")


def _is_union(text: str, lowered: str, match: re.Match[str]) -> bool:
    if match.group() in _ACRONYMS:
        return text[match.start() : match.end()].isupper()
    named = _UK_NAME.search(lowered, match.start(), match.end())
    if named is None:
        return True
    word = text[named.start() : named.end()]
    return word.isupper() or (word[:1].isupper() and named.group() in _WORDLIKE)


_WORDLIKE = frozenset(("unite", "unison", "prospect"))


UNION_MEMBERSHIP = Statement(
    LABEL,
    whole_words(_WORDS),
    STEMS,
    back=16,  # "steward for the GMB" from the union's name
    forward=40,
    reach=70,
    check=_is_union,
)
