"""A named person's immigration status: visas, work permits, residence titles, asylum, and
the case numbers immigration authorities give a person.

Who holds which visa, whose work permit expires and who is awaiting asylum is kept by HR
to the people who need it (it tells a person's nationality and can cost them their job):
"Carlos Mendes is on OPT, his EAD runs out in August; can the offer start before the STEM
OPT extension?" must stay local.

Reported (``pii.immigration``):

* a status word (English, German, French, Spanish, Dutch) said of a named person as a
  condition is (``health.said_of_named_person``, 80 characters' reach): a work visa or
  permit, H-1B, L-1, O-1, TN, an EAD or OPT (in capitals), a green card, permanent
  residence, a residence permit, asylum, refugee status, visa sponsorship, "his visa"
  (lower case: ``Visa`` is a card), "Aufenthaltstitel", "Blaue Karte", "titre de séjour",
  "permiso de residencia", "verblijfsvergunning", a NIE (in capitals);
* with or without a name, the numbers that identify a person's immigration file: an alien
  registration number after its name (``A-number A012345678``, ``A# 123-456-789``, a
  record's ``a_number=A012345678``, ``"alien_number": "..."``) and a
  USCIS case receipt number (three letters of a service centre, ten digits: ``EAC2190123456``)
  in a message that says receipt, case or USCIS.

Not reported: the words with nobody named (a ``visa_status`` enum, "how do we model work
permits?"), payment cards (``Visa``, "visa card"), "opt in/out", and people the message
says are made up.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import Finding, near, whole_words
from bot.routing.sensitivity.statements import Statement, word_ends

LABEL = "pii.immigration"

_VISA_TYPES = r"(?:h-?1b|h-?4|l-?1[ab]?|o-?1|tn|e-?3|j-?1|f-?1)"
_WORDS = (
    # English
    rf"work (?:authori[sz]ation|permit|visa)s?|{_VISA_TYPES}(?: visa| status| holder| "
    r"transfer| extension| petition| stamp| approval)|ead(?: card)?|stem opt|opt|"
    r"(?:student|tourist|business|spousal|spouse|family|partner|skilled worker|work) visa|"
    r"visa(?! (?:card|debit|credit|checkout|payments?|network|direct|gift))|"
    r"green card|permanent residen(?:ce|t|cy)|(?:biometric )?residence permit|"
    r"immigration (?:status|case|petition)|asylum(?: seeker| claim| application)?|"
    r"refugee(?: status)?|undocumented (?:immigrant|migrant|worker|status)|daca|"
    r"visa sponsorship|(?:needs|requires|require|need) sponsorship|"
    r"indefinite leave to remain|(?:pre-)?settled status|"
    r"right to work (?:check|documents?|status|share code|verification)|"
    r"i-(?:9|94|129|140|485|765|797)|"
    # German
    r"aufenthalts(?:titel|erlaubnis|genehmigung|status)|niederlassungserlaubnis|"
    r"arbeits(?:erlaubnis|genehmigung)|blaue karte|blue card|duldung|visum|"
    r"asyl(?:antrag|bewerber\w*|verfahren)|fl\u00fcchtling\w*|fiktionsbescheinigung|"
    # French
    r"titre de s\u00e9jour|carte de s\u00e9jour|permis de travail|autorisation de travail|"
    r"demandeur d'asile|demande d'asile|statut de r\u00e9fugi\u00e9|r\u00e9fugi\u00e9e?|"
    r"sans[- ]papiers|"
    # Spanish
    r"permiso de (?:trabajo|residencia)|tarjeta de residencia|"
    r"autorizaci\u00f3n de (?:residencia|trabajo)|visado|solicitante de asilo|"
    r"refugiad[oa]|sin papeles|situaci\u00f3n irregular|arraigo|nie|"
    # Dutch
    r"verblijfs(?:vergunning|status)|werkvergunning|tewerkstellingsvergunning|"
    r"kennismigrant|asielzoeker|asielaanvraag|vluchteling|statushouder"
)
_VISA_TYPE_STEMS = tuple(
    f"{kind} {what}"
    for kind in ("h4", "l1", "l1a", "l1b", "o1", "tn", "e3", "j1", "f1")
    for what in ("visa", "status", "holder", "transfer", "extension", "petition", "stamp",
                 "approval")
)  # fmt: skip
STEMS = (
    *_VISA_TYPE_STEMS, *word_ends("ead", "opt", "nie", "daca"), "ead card", "stem opt",
    "work auth", "work perm", "work visa", "h-1b", "h1b", "h-4", "l-1", "o-1", "e-3", "j-1",
    "f-1", "student visa", "tourist visa", "business visa", "spousal visa", "spouse visa",
    "family visa", "partner visa", "skilled worker", "visa", "green card", "permanent resid",
    "biometric res", "residence perm", "immigration", "asylum", "refugee", "undocumented",
    "needs sponsor", "requires sponsor", "require sponsor", "need sponsor",
    "indefinite leave", "settled status", "pre-settled", "right to work", "i-9", "i-94",
    "i-129", "i-140", "i-485", "i-765", "i-797", "aufenthalts", "niederlassungserl",
    "arbeitserlaubnis", "arbeitsgenehm", "blaue karte", "blue card", "duldung", "visum",
    "asylantrag", "asylbewerber", "asylverfahren", "fl\u00fcchtling", "fiktionsbesch",
    "titre de s\u00e9jour", "carte de s\u00e9jour", "permis de travail", "autorisation de trav",
    "demandeur d'asile", "demande d'asile", "statut de r\u00e9fug", "r\u00e9fugi\u00e9",
    "sans-papiers", "sans papiers", "permiso de", "tarjeta de resid", "autorizaci\u00f3n de",
    "visado", "solicitante de asilo", "refugiad", "sin papeles", "situaci\u00f3n irregular",
    "arraigo", "verblijfs", "werkvergunning", "tewerkstellingsverg", "kennismigrant",
    "asielzoeker", "asielaanvraag", "vluchteling", "statushouder",
)  # fmt: skip
# Words that are other things in lower case: "opt in", "ead" (read-ahead), "nie" (never).
_CAPITALS_ONLY = frozenset(("ead", "ead card", "opt", "stem opt", "daca", "nie"))
_PERMIT = whole_words(_WORDS)


def _is_status(text: str, lowered: str, match: re.Match[str]) -> bool:
    word = match.group()
    if word in _CAPITALS_ONLY:
        acronym = (match.end() - 3, match.end()) if word == "stem opt" else (match.start(), -1)
        token = text[acronym[0] :].split(" ", 1)[0] if acronym[1] < 0 else text[slice(*acronym)]
        return token.isupper()
    if word == "visa":
        return text[match.start()] == "v"  # not Visa the card
    return True


IMMIGRATION = Statement(LABEL, _PERMIT, STEMS, back=16, forward=48, reach=80, check=_is_status)

# An alien registration number after its name, and a USCIS receipt number.
_A_NUMBER_NAMES = ("a-number", "a-no", "a_number", "a_no", "a number", "a#", "alien", "uscis")
_A_NUMBER = re.compile(
    r"(?:(?:a[-_](?:number|no\.?|nr\.?)|a#|alien[ _](?:registration[ _])?(?:number|no\.?|#)|"
    r"uscis[ _](?:number|no\.?|#))[\"']?[ \t:#=]*[\"']?"
    r"(a[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}|a?\d{8,9})"
    r"|a number[ \t:#]*(a[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}|a\d{8,9}))(?![\w-])"
)
_RECEIPT_WORDS = ("receipt", "uscis", "i-797", "case status", "case number")
_RECEIPT = re.compile(r"(?:ioe|eac|wac|lin|src|nbc|msc|ysc)\d{10}(?![\w-])")
_DIGITS = re.compile(r"\d{3}[ -]?\d{3}")


def find_immigration_numbers(lowered: str) -> list[Finding]:
    """A-numbers and USCIS receipt numbers (see module docstring)."""
    findings: list[Finding] = []
    if not (
        "a-n" in lowered or "a_n" in lowered or "a#" in lowered or "a number" in lowered
        or "alien" in lowered or "uscis" in lowered or "receipt" in lowered
        or "i-797" in lowered or "case " in lowered
    ):  # fmt: skip
        return findings  # (plain tests: this runs on every message)
    names = [word for word in _A_NUMBER_NAMES if word in lowered]
    receipts = any(word in lowered for word in _RECEIPT_WORDS)
    if not (names or receipts) or _DIGITS.search(lowered) is None:
        return findings
    findings.extend(
        Finding(LABEL, *m.span(1 if m.group(1) else 2))
        for m in near(_A_NUMBER, lowered, names, 0, 60)
        if _word_start(lowered, m.start())
    )
    if receipts:
        findings.extend(
            Finding(LABEL, *m.span())
            for m in _RECEIPT.finditer(lowered)
            if _word_start(lowered, m.start())
        )
    return findings


def _word_start(lowered: str, start: int) -> bool:
    return start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] in "-_")
