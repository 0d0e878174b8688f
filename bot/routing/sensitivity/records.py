"""People's records in the data-interchange formats of health care, insurance, banking and
payroll, and the numbers those industries name in a sentence.

Each format puts a person in a known place, so the rule reads the place, not the value:
* HL7 v2 ``PID``/``NK1``/``GT1``/``IN1`` segments (a patient's name, date of birth, MRN,
  address, phone, SSN);
* X12 ``NM1`` segments of a person (entity qualifier ``1``) who is a subscriber, patient or
  dependent (``IL``, ``QC``, ``03``), and in such a message the ``DMG`` (date of birth),
  ``N3``/``N4`` (address) and ``REF`` (SSN, member and group ids) segments;
* NACHA entry detail records (``6`` + transaction code + routing number with its check
  digit + account + amount + name);
* Bacs Standard 18 records (sort code, account, transaction code, amount, names);
* SWIFT MT103 field ``:59:`` (the beneficiary's account, name and address);
* card track 1 data (the card number with the cardholder's name); a US taxpayer id in a
  field named for it (``"taxId": "..."``, ``ssn=...``);
* FHIR resources that name a patient (``"reference": "Patient/..."`` with its ``display``);
* in a sentence: a passport number (also in an airline's ``SSR DOCS`` line, with the date
  of birth), a health plan's member id or Medicare MBI, an NHS number
  (mod-11 check; the 999 range is for tests).

Accounts named with a routing number, sort code or BIC are ``accounts.find_routed_accounts``.

Organisations are not people: an ``NM1`` with qualifier ``2`` (a payer, a clinic with its
NPI) stays ordinary; code lists (ICD-10, CPT, LOINC) carry nobody's data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.routing.sensitivity.accounts import aba_valid
from bot.routing.sensitivity.examples import says_examples
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, at_triggers, near
from bot.routing.sensitivity.travel_records import find_travel_records

_RECORD = "pii.record"
_ACCOUNT = "pii.bank_account"
_ID = "pii.national_id"

# HL7 v2: a segment that describes a person, to the end of its line.
_HL7_PERSON = re.compile(r"(?:pid|nk1|gt1|in1)\|[^\n\r]*")  # HL7 ends segments with \r
_HL7_TRIGGERS = ("pid|", "nk1|", "gt1|", "in1|")
# X12: a person's name segment, then the segments about that person.
_X12_PERSON = re.compile(r"nm1\*(?:il|qc|03)\*1\*[^~\n]*")
_X12_DETAIL = re.compile(r"(?:dmg|n3|n4|ref)\*[^~\n]*")
_X12_DETAIL_TRIGGERS = ("dmg*", "n3*", "n4*", "ref*")
# NACHA entry detail: 6, a transaction code, the RDFI's 8 digits and check digit, the
# account (17), the amount (10), an id (15), the name (22), the rest.
_NACHA = re.compile(r"\n6[2-5][2-9](\d{9})[\w -]{17}\d{10}[\w -]{15}[^\n]{0,40}[a-z][^\n]*")
# Bacs Standard 18: sort code, account, a digit, transaction code, originator's sort code
# and account, a reference, the amount (11 digits), then names.
_BACS = re.compile(r"(?<!\d)\d{6}\d{8}\d(?:99|17|01|18|19|0n|0c|z[45])\d{14}[\w ]{4}\d{11}[^\n]*")
# MT103 field 59 (59, 59A, 59F): account line, name and address, to the next field.
_MT103_59 = re.compile(r"\n:59[af]?:([^\n]*(?:\n(?!:)[^\n]*){0,4})")
# FHIR: a reference to a patient and the name shown for it.
_FHIR_PATIENT = re.compile(
    r"\"reference\"\s*:\s*\"patient/[^\"]+\"\s*,\s*\"display\"\s*:\s*\"([^\"\[]{3,80})\""
)

# Card track 1 (``%B<PAN>^<NAME>^<YYMM><service code>...?``): the cardholder's name with the
# card, as a magnetic-stripe reader or an ISO 8583 field 45 prints it.
_TRACK1 = re.compile(r"%b\d{12,19}\^[^^\n]{2,26}\^\d{4}[^?\n]{0,80}\??")
# A US taxpayer id in a field named for it (``"taxId": "494548453"``, ``ssn=...``): an SSN
# (not area 000, 666 or 9xx, group 00 or serial 0000).
_TAX_ID = re.compile(
    r"(?:tax_?id|ssn|social_?security(?:_?(?:number|no))?)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"((?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4})(?![\d-])"
)
_TAX_ID_TRIGGERS = ("taxid", "tax_id", "ssn", "social_security", "socialsecurity")
# A passport number within a line or two after the word: letters and digits, six or more
# digits ("passport no. S7416655", "type: PASSPORT / number: 049760073", "my passport no is
# LR3232515", "Reisepassnummer C01X00T47"), right after the word or its field's name
# ("passport TZ3667735", "\"passport_no\": \"P89599871\""), or after the number's word in
# the languages that say it first ("número de pasaporte: ...", "nomor paspor ...", "số hộ
# chiếu ..."); not a format's example ("like AB1234567") or a run of counting digits.
_PASSPORT_WORDS = (
    "passport", "passeport", "reisepass", "pasaporte", "passaporto", "passaporte",
    "paspoort", "paspor", "paszport", "pasaport", "h\u1ed9 chi\u1ebfu",
    "\u043f\u0430\u0441\u043f\u043e\u0440\u0442",
    # Arabic, Hebrew, Japanese, Korean, Chinese
    "\u062c\u0648\u0627\u0632", "\u05d3\u05e8\u05db\u05d5\u05df", "\u65c5\u5238",
    "\u30d1\u30b9\u30dd\u30fc\u30c8", "\uc5ec\uad8c", "\u62a4\u7167", "\u8b77\u7167",
)  # fmt: skip
# The number's word and the passport's, in the scripts that write no capitals: "رقم الجواز",
# "رقم جواز السفر", "מספר דרכון", "旅券番号", "パスポート番号", "여권번호", "护照号码".
_PASSPORT_SCRIPT = (
    "(?:\u0631\u0642\u0645 (?:\u0627\u0644)?\u062c\u0648\u0627\u0632"
    "(?: (?:\u0627\u0644)?\u0633\u0641\u0631)?|\u05de\u05e1\u05e4\u05e8 "
    "\u05d4?\u05d3\u05e8\u05db\u05d5\u05df|\u65c5\u5238\u756a\u53f7|"
    "\u30d1\u30b9\u30dd\u30fc\u30c8\u756a\u53f7|\uc5ec\uad8c ?\ubc88\ud638|"
    "\u62a4\u7167\u53f7(?:\u7801)?|\u8b77\u7167\u865f(?:\u78bc)?)[ \t]*[:=\uff1a]?"
)
_PASSPORT_WORD = "(?:" + "|".join(_PASSPORT_WORDS) + ")"
_PASSPORT_NUMBER = r"[ \t]*[\"']?([a-z]{0,3}\d{6,9}[a-z]?)(?![\w-])"
# Whose it is, between the number's word and its verb: "for Priya", "di Marco", "của tôi".
_PASSPORT_OWNER = (
    r"(?:[ \t]+(?:for|of|di|de|del|da|do|du|von|c\u1ee7a|milik|saya|t\u00f4i|mio|meu|m\u00f3j)"
    r"(?:[ \t]+\w+){0,2}?)?[ \t]*"
)
_PASSPORT = re.compile(
    _PASSPORT_WORD + r"[^\n.]{0,30}?(?:\n[^\n]{0,30}?)?"
    r"(?:number|no\.?|num|nr\.?|#|n\u00b0|nummer|numer|s\u1ed1|\u043d\u043e\u043c\u0435\u0440)"
    + _PASSPORT_OWNER
    + r"[\"']?[ \t]*(?:[:=]|is\b|was\b|ist\b|lautet\b|es\b|est\b|\u00e8|\u00e9|adalah\b|l\u00e0\b)?"
    + _PASSPORT_NUMBER
    + "|"
    + _PASSPORT_WORD
    + r"[\"']?[ \t]*[:=#]?"
    + _PASSPORT_NUMBER
    + r"|(?:n[u\u00fa]mero|numer|nomor|s\u1ed1|\u043d\u043e\u043c\u0435\u0440)"
    r"(?: (?:de|di|do|da|du|del|dello|mio|mi|meu|m\u00f3j))? "
    + _PASSPORT_WORD
    + _PASSPORT_OWNER
    + r"(?:[:=]|\b(?:es|\u00e8|\u00e9|adalah|l\u00e0|jest)\b)?"
    + _PASSPORT_NUMBER
    + "|"
    + _PASSPORT_SCRIPT
    + _PASSPORT_NUMBER
    # ... or later in the word's clause, after a verb or a colon: "my passport is L84691426",
    # "passport details, mine is L84691426", "passport (renewed 2021): C01X00T47"
    + "|"
    + _PASSPORT_WORD
    + r"[^\n.?!;]{0,50}?(?:[ \t](?:is|was|ist|es|est|\u00e8|\u00e9)\b|[:\u2014])"
    + _PASSPORT_NUMBER
)
# A format's example before the number: "like AB1234567", "e.g.", "such as", "format".
_PASSPORT_EXAMPLE = re.compile(r"(?:like|e\.g\.?|such as|example|format|z\.b\.|ej\.|es\.)\W*$")
# An airline's passport record (IATA's SSR DOCS, as GDS and PNR dumps print it): the
# document type, issuing country, number, nationality, date of birth, sex, expiry and name
# ("SSR DOCS BA HK1 P/GBR/693878366/GBR/06JAN88/F/24MAY34/NOWICKI/RACHEL").
_SSR_DOCS = re.compile(
    r"docs[ \t/]+(?:[a-z0-9]{2}[ \t]+[a-z]{2}\d[ \t/]+)?/?[pi]/[a-z]{3}/"
    r"([a-z0-9]{5,12})/[a-z]{3}/(\d{2}[a-z]{3}\d{2,4})/"
)
# A document number typed as a placeholder (counting up or down, one digit over and over:
# "123456789", "987654321", "000000000"), in a message that teaches the record's format (a
# training slide, the spec, a template): the format's textbook line, nobody's passport.
_PLACEHOLDER_DOCUMENT = re.compile(r"^[a-z]{0,2}(?:0?12345678|98765432|(\d)\1{6})")
_FORMAT_WORDS = Words((
    "format", "training", "slide", "spec", "syntax", "template", "example", "sample",
    "e.g.", "textbook", "course", "cheat sheet",
))  # fmt: skip


@lru_cache(maxsize=8)
def _teaches_format(lowered: str) -> bool:
    """Once per message: does it speak of a record's format (``_FORMAT_WORDS``)?"""
    return _FORMAT_WORDS.found(lowered)


# A health plan's member id after its name ("member 75183275202", "member id: XEH887383252").
_MEMBER = re.compile(
    r"member(?:[ _-]?(?:id|no|number|#))?[ \t]*[:#]?[ \t]*[\"']?([a-z]{0,3}\d{8,12})(?![\w-])"
)
_PLAN_WORDS = Words(("claim", "payer", "insur", "eligib", "policy", "medicaid", "medicare", "eob"))
# Medicare Beneficiary Identifier: 1-9, letter, letter or digit, digit, letter, letter or
# digit, digit, letter, letter, digit, digit (no S, L, O, I, B, Z); dashes allowed.
_L = "[ac-hjkmnp-rt-y]"
_MBI_WORDS = Words(("mbi ", "mbi:", "mbi=", "mbi#", "medicare"))  # not "ambiguous", "combine"
_MBI = re.compile(
    rf"(?<![\w-])[1-9]{_L}[{_L[1:-1]}0-9]\d-?{_L}[{_L[1:-1]}0-9]\d-?{_L}{_L}\d\d(?![\w-])"
)
# NHS number: ten digits (3-3-4), the last a mod-11 check.
_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")


# A record whose person is a placeholder: a test or demo name, "Doe", masked, bracketed or a
# template's field ("<LAST>", "{last_name}").
_PLACEHOLDER = re.compile(r"test|demo|\bdoe\b|sample|dummy|fake|[\[<{]|x{4,}")
# A message that says its people are made up ("all synthetic", "fake patients"; "datos
# ficticios", "données fictives", "fiktiv", "fictieve", "no es ningún empleado real").
_MADE_UP = re.compile(
    r"synthetic|synthea|made[- ]up|not (?:a )?real|"
    # "I made one up", "made them up"
    r"made (?:it|one|them|these|those|this|him|her|everything) up\b|"
    r"dummy|de-?identif|fictitious|fictici[oa]|"
    r"fictional (?:employees?|people|persons?|users?|customers?|patients?|staff|characters?)|"
    r"fict\u00edci[oa]s?|fittizi[oa]?|"
    r"fictif|fictive|fiktiv|fictie[fv]|no (?:es|son) (?:\w+ ){0,2}real(?:es)?\b|"
    r"nicht echt|keine echten|pas r\u00e9el|geen echte|niet echt|"
    r"fake[ _-]?(?:patients?|people|persons?|users?|customers?|members?|data|numbers?|names?|"
    r"records?|employees?|staff|workers?|students?|candidates?|applicants?|drivers?|accounts?)|"
    # "seeded fake employees, nothing real", "none of it is real"
    r"nothing (?:here |in (?:it|this|there) )?(?:is )?real\b|none of (?:it|this) is real|"
    r"seeded (?:test |dummy |sample )?(?:employees|users|people|persons|records|"
    r"customers|patients|students)\b|"
    # "none of these people exist", generated by Faker
    r"none of (?:these|the|them|those)(?: \w+)? (?:exists?|are real)|"
    r"(?:people|persons|employees|users|patients|customers) (?:do not|don't|doesn't) exist|"
    r"faker[- ](?:generated|seed|data|fixtures?|profiles?)|"
    r"(?:generated|made|created) (?:with|by|using) faker|from faker import|faker\.\w+\("
)


# A row whose person or id is a placeholder (a seed row of a test table: "('TEST-0001',
# 'Jane Testpatient','1970-01-01')"): its date of birth is no one's. Not a surname that
# starts so ("Maria Testa"), nor John Doe alone: a hospital's name for a patient not yet
# identified ("John Doe in bed 4, DOB ..."; Doe in a message about tests: ``examples``).
_PLACEHOLDER_ROW = re.compile(
    r"\b(?:test|demo|dummy|sample|fake)(?:[-_ ]?\d|patient|user|person|employee|customer|"
    r"member|name)"
)


_ROW_REACH = 200  # characters either side: a seed row's cells, not a whole one-line paste


def placeholder_row(lowered: str, position: int) -> bool:
    """Does the line around ``position`` (at most ``_ROW_REACH`` either side) hold a
    placeholder person or id?"""
    floor = max(0, position - _ROW_REACH)
    start = lowered.rfind("\n", floor, position) + 1 or floor
    end = lowered.find("\n", position, position + _ROW_REACH)
    end = min(len(lowered), position + _ROW_REACH) if end < 0 else end
    return _PLACEHOLDER_ROW.search(lowered, start, end) is not None


def made_up(lowered: str) -> bool:
    """Does the message say its people are made up (synthetic, fake, de-identified)?"""
    return _MADE_UP.search(lowered) is not None


def nhs_valid(digits: str) -> bool:
    """The NHS number's mod-11 check digit; the 999 range is issued for tests only."""
    if len(digits) != 10 or digits.startswith("999"):
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return check != 10 and check % 11 == int(digits[9])


def find_records(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """People in interchange records and in the sentences of regulated industries
    (``windows``: the message's digit stretches, ``phones.digit_windows``)."""
    findings: list[Finding] = []
    if "|" in text and ("pid|" in lowered or "nk1|" in lowered or "gt1|" in lowered or
                        "in1|" in lowered):  # fmt: skip
        findings.extend(_people(_HL7_PERSON, lowered, _HL7_TRIGGERS))
    if "nm1*" in lowered:
        people = _people(_X12_PERSON, lowered, ("nm1*",))
        if people:
            findings.extend(people)
            findings.extend(
                _span(_RECORD, m) for m in at_triggers(_X12_DETAIL, lowered, _X12_DETAIL_TRIGGERS)
            )
    findings.extend(_payment_files(text, lowered, windows))
    if "\n:59" in text:  # a field starts a line; "10:59:22" is a time
        findings.extend(
            Finding(_ACCOUNT, *m.span(1))
            for m in at_triggers(_MT103_59, lowered, ("\n:59",))
            if m.group(1).strip() and not m.group(1).startswith("[redacted")
        )
    if "resourcetype" in lowered and "patient/" in lowered:
        findings.extend(Finding(_RECORD, *m.span(1)) for m in _FHIR_PATIENT.finditer(lowered))
    if "%b" in lowered:
        findings.extend(_span("pii.card", m) for m in _TRACK1.finditer(lowered))
    # (``in`` tests chained: cheaper than ``any`` over a generator on every message)
    if "ssn" in lowered or "taxid" in lowered or "tax_id" in lowered or "social" in lowered:
        findings.extend(
            Finding(_ID, *m.span(1)) for m in at_triggers(_TAX_ID, lowered, _TAX_ID_TRIGGERS)
        )
    if windows:  # every rule below but the passport's and MBI's needs eight digits or so
        findings.extend(_plan_numbers(lowered))
    findings.extend(_named_ids(lowered))
    findings.extend(find_travel_records(text, lowered))
    return findings


def _payment_files(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """NACHA entry details and Bacs Standard 18 records."""
    findings: list[Finding] = []
    if "\n6" in text:
        for match in at_triggers(_NACHA, lowered, ("\n6",)):
            if aba_valid(match.group(1)):
                findings.append(Finding(_ACCOUNT, match.start() + 1, match.end()))
    for lo, hi in windows:
        if hi - lo < 31:  # a Bacs record starts with 29 digits in a row
            continue
        findings.extend(_span(_ACCOUNT, m) for m in _BACS.finditer(lowered, lo, hi + 120))
    return findings


def _people(pattern: re.Pattern[str], lowered: str, triggers: tuple[str, ...]) -> list[Finding]:
    """Segments about a person, unless the person is a placeholder or made up."""
    found = [
        _span(_RECORD, m)
        for m in at_triggers(pattern, lowered, triggers, overlapping=False)
        if not _PLACEHOLDER.search(m.group())
    ]
    if found and (says_examples(lowered) or made_up(lowered)):
        return []
    return found


def _plan_numbers(lowered: str) -> list[Finding]:
    """A health plan's member id, an NHS number."""
    findings: list[Finding] = []
    if "member" in lowered and _PLAN_WORDS.found(lowered):
        findings.extend(
            Finding(_ID, *m.span(1)) for m in at_triggers(_MEMBER, lowered, ("member",))
        )
    if "nhs" in lowered:
        findings.extend(
            Finding(_ID, *m.span())
            for m in near(_NHS, lowered, ("nhs",), 0, 40)
            if nhs_valid("".join(m.groups()))
        )
    return findings


_PASSPORT_SCRIPT_WORD = re.compile(
    "\u062c\u0648\u0627\u0632|\u05d3\u05e8\u05db\u05d5\u05df|\u65c5\u5238|"
    "\u30d1\u30b9\u30dd\u30fc\u30c8|\uc5ec\uad8c|\u62a4\u7167|\u8b77\u7167"
)


def _named_ids(lowered: str) -> list[Finding]:
    """Passport numbers and Medicare MBIs (six digits or fewer in a row)."""
    findings: list[Finding] = []
    if (
        "pas" in lowered
        or "h\u1ed9 chi\u1ebfu" in lowered
        or "\u043f\u0430\u0441\u043f" in lowered
        or (not lowered.isascii() and _PASSPORT_SCRIPT_WORD.search(lowered) is not None)
    ):
        findings.extend(
            Finding(_ID, *m.span(m.lastindex or 1))
            for m in near(_PASSPORT, lowered, _PASSPORT_WORDS, 20, 90)
            if _passport_number(lowered, m)
        )
    if "docs" in lowered and "/" in lowered:
        numbers: dict[str, int] = {}
        for m in near(_SSR_DOCS, lowered, ("docs",), 0, 60):
            if _PLACEHOLDER_DOCUMENT.search(m.group(1)) and _teaches_format(lowered):
                continue  # a textbook line: "SSR DOCS YY HK1 P/GBR/123456789/..." on a slide
            findings.extend((Finding(_ID, *m.span(1)), Finding("pii.dob", *m.span(2))))
            numbers.setdefault(m.group(1), m.start(1))
        # the same document elsewhere in the booking (``SSR FOID ... PP693878366``), each
        # number looked for once
        for number, first in numbers.items():
            at = lowered.find(number)
            while at >= 0:
                if at != first and not lowered[at - 1 : at].isdigit():
                    findings.append(Finding(_ID, at, at + len(number)))
                at = lowered.find(number, at + 1)
    if (
        ("mbi" in lowered or "medicare" in lowered)
        and _MBI_WORDS.found(lowered)
        and not says_examples(lowered)
    ):
        findings.extend(Finding(_ID, *m.span()) for m in near(_MBI, lowered, _MBI_WORDS, 0, 60))
    return findings


_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _passport_number(lowered: str, match: re.Match[str]) -> bool:
    """Not a format's example or counting digits ("AB1234567", "000000000")."""
    group = match.lastindex or 1
    start = match.start(group)
    if _PASSPORT_EXAMPLE.search(lowered, max(0, start - 16), start):
        return False
    digits = "".join(c for c in match.group(group) if c.isdigit())
    if _COMPACT_DATE.fullmatch(match.group(group)):
        return False  # "the passport appointment is 20240512": a date
    return len(set(digits)) > 1 and digits not in "0123456789012" and digits not in "9876543210"


def _span(label: str, match: re.Match[str]) -> Finding:
    return Finding(label, match.start(), match.end())
