"""A named person's legal matter: a lawsuit, a court case, a claim before a tribunal, a
settlement, being sued.

Not a criminal record (``criminal``: a conviction, a charge, an arrest), but who is in a
dispute with whom, and over what, is kept to the people who need it: "Omar Visser, a fleet
driver at one of our B2B customers, has a court case against the customer (case ref Case No.
10 C 885/24)" in a question about GPS retention, or "they filed a wrongful termination claim
against Acme last month and legal told us not to discuss the case with them" in a writing
request, names the person and their case, and must stay local.

Reported (``pii.legal``), said of a named person as a condition is
(``health.said_of_named_person``, 70 characters; a pronoun after the name, "they filed a
claim", counts): a lawsuit, a court case, a legal case or action, a claim or complaint filed
against someone, a wrongful termination or discrimination claim or suit, an employment
tribunal claim, an EEOC charge, a settlement agreement, suing or being sued, taking someone
to court; German "Klage gegen", "verklagt", "Kündigungsschutzklage", "Arbeitsgericht",
"Gerichtsverfahren", "Rechtsstreit"; French "procès", "poursuivi en justice", "action en
justice", "prud'hommes", "assigné en justice"; Spanish "demanda contra", "ha demandado",
"pleito", "juicio laboral", "procedimiento judicial"; Dutch "rechtszaak", "procedure tegen",
"dagvaarding", "kantonrechter"; Italian "causa contro", "fatto causa", "causa di lavoro",
"citato in giudizio"; Portuguese "processo contra", "processou", "ação judicial", "ação
trabalhista".

Not reported: the words with nobody named ("how long must we keep GPS data for a court
case?"), a company's case ("Oracle's lawsuit against Rimini Street", "the vendor is suing
us over the licence": a company word before the word in its clause), a case study, a test
case or a use case, and people the message says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import whole_words
from bot.routing.sensitivity.statements import Statement

LABEL = "pii.legal"

_WORDS = (
    # English
    r"(?:class[- ]action )?(?:law ?suits?|court cases?|legal (?:case|action|claim|dispute)s?|"
    r"court (?:hearing|proceedings?|date)s?|litigation)(?! (?:stud(?:y|ies)|templates?|"
    r"hold|management|software|tools?|modules?|features?|tracker|system|database|fields?|"
    r"teams?|department|counsel|support|lawyers?|attorneys?|costs? reserve)\b)|"
    r"(?:filed|filing|lodged|lodging|settled) (?:an? |the |(?:his|her|their) )?"
    r"(?:[\w-]+ ){0,3}?(?:(?:claim|lawsuit|suit|charge|case)s? against(?! (?:the |a |an |our |"
    r"their )?(?:vendor|supplier|provider|carrier|manufacturer|contractor|insurer|shop|"
    r"merchant|seller)s?\b)|(?:claim|lawsuit|suit|complaint|charge|case)s? with (?:the )?"
    r"(?:tribunal|court|eeoc))|"
    r"(?:wrongful (?:termination|dismissal)|unfair dismissal|constructive dismissal|"
    r"discrimination|retaliation|whistleblow\w*|personal injury|defamation|libel|"
    r"employment) (?:claim|lawsuit|suit|case|charge|action)s?|"
    r"(?:employment|labou?r) tribunal(?: claim| case| hearing)?|eeoc (?:charge|complaint)|"
    r"(?:signed|reached|accepted|negotiating) an? settlement|settlement talks|"
    r"settled out of court|sued|suing|"
    r"(?:took|tak(?:e|es|en|ing)) (?:us|acme|the company|(?:his|her|their) (?:former |ex-)?"
    r"(?:employer|landlord|manager|company)) to court|"
    # German
    r"klage gegen|verklagt|k\u00fcndigungsschutzklage\w*|(?:vor dem |vors |beim )"
    r"arbeitsgericht|gerichtsverfahren|rechtsstreit\w*|(?:gerichtliche[rn]? )?vergleich"
    r"(?:sverhandlung\w*|svereinbarung\w*)|"
    # French
    r"proc\u00e8s(?: contre)?|poursuivie? en justice|poursuit (?:\w+ )?en justice|"
    r"action en justice|(?:aux |les )?prud['\u2019]hommes|assign\u00e9e? en justice|"
    r"contentieux (?:avec|contre)|litige (?:avec|contre)|"
    # Spanish
    r"demanda (?:contra|por despido|laboral)|(?:ha|han|nos ha) demandado|demand\u00f3|"
    r"pleito|juicio (?:laboral|contra|por despido)|procedimiento judicial|"
    r"acuerdo extrajudicial|"
    # Dutch
    r"rechtszaak|procedure tegen|dagvaarding|kantonrechter|voor de rechter (?:gedaagd|"
    r"gesleept|gebracht)|"
    # Italian
    r"causa (?:contro|di lavoro|legale)|(?:fatto|fa) causa|citat[oa] in giudizio|"
    r"vertenza (?:con|contro|legale)|"
    # Portuguese
    r"processo (?:contra|judicial|trabalhista)|processou|a\u00e7\u00e3o (?:judicial|"
    r"trabalhista|contra)"
)
STEMS = (
    "class action", "class-action", "lawsuit", "law suit", "court case", "legal case",
    "legal action", "legal claim", "legal dispute", "court hearing", "court proceed",
    "court date", "litigation", "filed", "filing", "lodged", "lodging", "settled",
    "wrongful", "unfair dis", "constructive dis", "discrimination", "retaliation",
    "whistleblow", "personal injury", "defamation", "libel", "employment c",
    "employment l", "employment s", "employment a", "employment t", "labor trib",
    "labour trib", "eeoc", "settlement talks", "settlement", "sued", "suing", "to court",
    "klage gegen", "verklagt", "k\u00fcndigungsschutzklage", "arbeitsgericht",
    "gerichtsverfahren", "rechtsstreit", "vergleichsverh", "vergleichsvereinb",
    "proc\u00e8s", "poursuivi", "poursuit", "action en justice", "prud'hommes",
    "prud\u2019hommes", "assign\u00e9", "contentieux", "litige", "demanda contra",
    "demanda por", "demanda laboral", "demandado", "demand\u00f3", "pleito", "juicio lab",
    "juicio contra", "juicio por", "procedimiento judicial", "acuerdo extrajudicial",
    "rechtszaak", "procedure tegen", "dagvaarding", "kantonrechter", "voor de rechter",
    "causa contro", "causa di lav", "causa legale", "fatto causa", "fa causa", "citato in",
    "citata in", "vertenza", "processo contra", "processo judic", "processo trab", "processou",
    "a\u00e7\u00e3o judic", "a\u00e7\u00e3o trab", "a\u00e7\u00e3o contra",
)  # fmt: skip

# A company before the word: its case, not a person's ("Oracle's lawsuit against Rimini
# Street", "the vendor is suing us", "Acme GmbH has a court case"), news about a case ("an
# article about the lawsuit against ..."), and a licence or patent right after it.
_COMPANY = re.compile(
    r"\b(?:vendors?|suppliers?|compan(?:y|ies)|startups?|firms?|providers?|competitors?|"
    r"corp|corporation|inc|ltd|llc|gmbh|ag|plc|sarl|sas|b\.?v|oracle|google|microsoft|apple|"
    r"amazon|meta|openai|firma|unternehmen|lieferant(?:en)?|entreprise|soci\u00e9t\u00e9|"
    r"fournisseur|empresa|proveedor|bedrijf|leverancier|azienda|fornitore|licen[cs]\w*|"
    r"patents?|trademarks?|gpl|article|news|blog|podcast|headlines?|famous|landmark|"
    r"precedent|"
    # the words that end a company's name ("Epic Games sued Apple", "Rimini Street")
    r"games|studios?|labs|motors|bank|group|holdings|partners|systems|technologies|"
    r"networks|airlines|media|pharma|capital|ventures|street)\b"
)
_COMPANY_REACH = 40


def _not_a_company(text: str, lowered: str, match: re.Match[str]) -> bool:
    """No company word in the word's part of its clause (after its last comma: "Jonas
    Weber, who drives for a logistics company, is suing us" is his case)."""
    floor = max(0, match.start() - _COMPANY_REACH)
    floor = lowered.rfind(",", floor, match.start()) + 1 or floor
    after = lowered[match.end() : match.end() + _COMPANY_REACH]
    return _COMPANY.search(lowered, floor, match.start()) is None and not (
        "licen" in after or "patent" in after or "trademark" in after
    )


LEGAL_MATTER = Statement(
    LABEL,
    whole_words(_WORDS),
    STEMS,
    back=45,  # "taking her former employer to court", "class-action lawsuit"
    forward=80,
    reach=70,
    check=_not_a_company,
)
