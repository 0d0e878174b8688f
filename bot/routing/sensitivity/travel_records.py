"""A passenger in an airline's machine records, where the format puts the person:

* a boarding pass's bar code as a scanner or a kiosk logs it (IATA BCBP, Resolution 792):
  ``M1``, the name field of twenty characters (``SURNAME/GIVEN`` padded with spaces), the
  e-ticket flag, the booking reference, the route, the carrier, the flight, the day, the
  class and the seat: the passenger, the booking and where she sits;
* an APIS passenger list (UN/EDIFACT ``PAXLST``) naming a traveller (``NAD+FL`` passenger,
  ``NAD+FM`` crew): the travel document's number (``DOC+P...+number``) and the date of
  birth (``DTM+329``).

IATA's published sample boarding pass (``M1DESMARAIS/LUC``, booking ``ABC123``), a name
that is a placeholder and a message that says its records are made up or examples stay
ordinary.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.examples import says_examples
from bot.routing.sensitivity.model import Finding

_RECORD = "pii.record"
_ID = "pii.national_id"
_DOB = "pii.dob"

# Mandatory items of a BCBP, positions as Resolution 792 fixes them: the format code and the
# legs, the name (20), the e-ticket indicator, the booking reference (7), from (3), to (3),
# the carrier (3), the flight (5), the day of the year (3), the class (1), the seat (4).
_BCBP = re.compile(
    r"(?<![A-Za-z0-9])M[1-4]([A-Z][A-Z/' .-]{19})[E ]([A-Z0-9]{5,7}) {0,2}[A-Z]{6}"
    r"[A-Z0-9]{2}[A-Z0-9 ] ?\d{3,4}[A-Z ]? ?\d{3}[A-Z]\d{3}[A-Z]"
)
# IATA's own sample in Resolution 792 and the BCBP implementation guide, and placeholders.
_SPECIMEN_NAME = re.compile(
    r"desmarais/luc|\btest|\bsample\b|\bdummy\b|\bdoe\b|^(?:x+|a+)/|surname|last ?name|family"
)
_SPECIMEN_BOOKING = frozenset(("ABC123", "ABCDEF", "XXXXXX"))

# APIS PAXLST: a person's name segment, then the document and the date of birth.
_PAXLST_NAME = re.compile(r"nad\+(?:fl|fm|ddt|ddu|cot)\+{1,3}([a-z][a-z' -]{1,35}):[a-z]")
_PAXLST_DOC = re.compile(r"doc\+[a-z]{1,3}(?::\d{0,3}){0,2}\+([a-z0-9]{5,20})(?=['+:\n])")
_PAXLST_DOB = re.compile(r"dtm\+329:(\d{6}(?:\d{2})?)(?=['+:\n])")


def find_travel_records(text: str, lowered: str) -> list[Finding]:
    """Boarding passes' bar codes and APIS passenger lists that name a person."""
    findings: list[Finding] = []
    if ("M1" in text or "M2" in text or "M3" in text or "M4" in text) and "/" in text:
        for match in _BCBP.finditer(text):
            name = match.group(1).strip().lower()
            if "/" not in name or _SPECIMEN_NAME.search(name):
                continue
            if match.group(2) in _SPECIMEN_BOOKING:
                continue
            findings.append(Finding(_RECORD, match.start(), match.end()))
    if "nad+" in lowered and ("doc+" in lowered or "dtm+329" in lowered):
        named = [m for m in _PAXLST_NAME.finditer(lowered) if not _SPECIMEN_NAME.search(m.group(1))]
        if named:
            findings.extend(Finding(_RECORD, *m.span(1)) for m in named)
            findings.extend(
                Finding("pii.national_id", *m.span(1)) for m in _PAXLST_DOC.finditer(lowered)
            )
            findings.extend(Finding("pii.dob", *m.span(1)) for m in _PAXLST_DOB.finditer(lowered))
    if findings and says_examples(lowered):
        return []
    return findings
