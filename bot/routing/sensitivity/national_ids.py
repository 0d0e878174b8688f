"""National identity numbers: each found only when the message names it, and validated.

Bare, these are digit runs that ids, offsets and order numbers also produce, so every rule
needs the number's name somewhere in the message (``SSN``, ``PESEL``, ``BSN``, ``CPF``,
``NINO``/"national insurance", "sécurité sociale"/``NIR``) and its check digits or its
issuing rules to hold:

* US social security number ``123-45-6789`` (named, or in a message about payroll,
  employees or a 1099's taxpayer ids, where the shape is one): no area 000, 666 or
  900-999, no group 00, no serial 0000; the published examples (``123-45-6789``, and
  ``078-05-1120`` and ``219-09-9999``, printed in advertisements and voided) are skipped;
* UK National Insurance number ``AB 12 34 56 C``: HMRC's letter rules (right beside its
  name, any two letters but the specimen's QQ);
* Polish PESEL: 11 digits, weighted check digit and a valid birth month;
* Dutch BSN: 9 digits passing the eleven test (elfproef);
* Turkish identity number (``T.C. Kimlik No``, ``TCKN``): 11 digits, not starting 0, both
  check digits, not the published test number ``10000000146``;
* Brazilian CPF ``123.456.789-09``: both check digits;
* Swedish personal identity number ``YYMMDD-NNNC``: Luhn and a valid date (co-ordination
  numbers add 60 to the day); named in its definite forms too ("personnumret"); unnamed,
  written with its dash next to a person's name in a Swedish message or one about BankID;
* Finnish personal identity code ``DDMMYY-NNNC``: the mod-31 check character (named in
  any case of the word: "henkilötunnuksensa");
* Chinese resident identity number (身份证号, 公民身份号码, ``idNum``/``id_card`` fields): 18
  characters, a valid date of birth and the ISO 7064 mod 11-2 check character (``X`` for 10);
* Spanish DNI ``12345678Z`` and NIE ``X1234567L``: the mod-23 letter;
* French social security number (NIR): 13 digits and the 97-complement key;
* Italian codice fiscale (named ``CF`` too): the check letter (named in full, a code whose
  check letter fails still counts in capitals with a month's letter and a day); unnamed
  too, in capitals, with a month's letter and a day of birth (1-31, 41-71 for women)
  besides the check letter (a query's output of a table of people: "Chiara Romano
  RMNCHR79T68F205I  67%"), a shape no id, digest or key takes by chance;
* Canadian social insurance number (``SIN``/``NAS``): Luhn;
* Korean resident registration number (주민등록번호): the mod-11 check digit;
* Mexican RFC of a person (four letters, a date, the homoclave): the mod-11 check;
* a Polish bank account number written without ``PL`` (NRB) is an IBAN, checked as one;
* a Mexican CLABE (bank account): the 3-7-1 check digit;
* Indian Aadhaar number ``2345 6789 0123`` (named in Hindi too: आधार): 12 digits, not
  starting 0 or 1, Verhoeff check; right after its name ("आधार नंबर 5400 9226 6038 है",
  "Aadhaar no: ...") in a message that names a person, a number failing the check too
  (a person's number mistyped is still theirs), unless the message talks about
  validation or examples (a developer's made-up number);
* Indonesian NIK (``NIK``, e-KTP): 16 digits, a province code and a valid birth date (40
  added to the day for women);
* Vietnamese citizen id (``CCCD``, ``căn cước``, ``số định danh``): 12 digits, a province
  code 001-096;
* Indian PAN ``ABCPE1234F``: five letters (the fourth the holder's type), four digits, a
  letter; upper case and right beside its name;
* Norwegian national identity number (``fødselsnummer``, ``fnr``): 11 digits, a valid date
  (D-numbers add 40 to the day) and both mod-11 check digits;
* UK driving licence number ``MORGA753116TJ9XK`` (named: licence, license, DVLA, driving,
  driver): five letters of the surname (padded with 9s), the birth date's decade, month
  (plus 50 for women), day and year digits, two initials, a digit and two check
  characters; the DVLA's published specimen (``MORGA657054SM9IJ``) is nobody's;
* the machine-readable zone of a passport or an identity card (ICAO 9303), named or not
  (an OCR engine's raw output names nothing): the line with the document number, the
  nationality, the dates of birth and expiry, each with its check digit (three for a
  passport's, two for an identity card's) and valid dates. ICAO's specimens, issued by
  its fictional state Utopia (``UTO``), are nobody's.

All are reported as ``pii.national_id`` but the NRB (``pii.iban``) and the CLABE
(``pii.bank_account``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding
from bot.routing.sensitivity.names import full_names, is_name
from bot.routing.sensitivity.pii import iban_valid, luhn_valid

_LABEL = "pii.national_id"
_END = r"(?![\w-]|[.,]\d)"


def _digits(value: str) -> list[int]:
    return [int(c) for c in value if c.isdigit()]


def _ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in {"000", "666"} or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return d not in {"123456789", "078051120", "219099999"}


def _pesel_ok(value: str) -> bool:
    d = _digits(value)
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    if (10 - sum(w * x for w, x in zip(weights, d, strict=False)) % 10) % 10 != d[10]:
        return False
    month = d[2] * 10 + d[3]
    day = d[4] * 10 + d[5]
    return month % 20 in range(1, 13) and 1 <= day <= 31


def _tckn_ok(value: str) -> bool:
    d = _digits(value)
    if len(d) != 11 or d[0] == 0 or value == "10000000146":  # the published test number
        return False
    tenth = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def _bsn_ok(value: str) -> bool:
    d = _digits(value.zfill(9))
    total = sum((9 - i) * x for i, x in enumerate(d[:8])) - d[8]
    return total % 11 == 0 and total > 0


def _cpf_ok(value: str) -> bool:
    d = _digits(value)
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum((n + 1 - i) * x for i, x in enumerate(d[:n])) * 10 % 11 % 10
        if check != d[n]:
            return False
    return True


def _nir_ok(value: str) -> bool:
    compact = re.sub(r"\s", "", value).upper().replace("2A", "19").replace("2B", "18")
    if not compact.isdigit() or compact[0] not in "1234578":
        return False
    return 97 - int(compact[:13]) % 97 == int(compact[13:])


def _nrb_ok(value: str) -> bool:
    return iban_valid("PL" + re.sub(r"\s", "", value))


def _personnummer_ok(value: str) -> bool:
    """Swedish personal identity number: Luhn over the ten digits without the century."""
    d = _digits(value)[-10:]
    month, day = d[2] * 10 + d[3], d[4] * 10 + d[5]
    return luhn_valid("".join(map(str, d))) and 1 <= month <= 12 and 1 <= day % 60 <= 31


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu_ok(value: str) -> bool:
    """Finnish personal identity code: day-month-year, a century sign, then mod 31."""
    if not (1 <= int(value[:2]) <= 31 and 1 <= int(value[2:4]) <= 12):
        return False
    return _HETU_CHECK[int(value[:6] + value[7:10]) % 31] == value[10]


_FNR_WEIGHTS = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))


def _fodselsnummer_ok(value: str) -> bool:
    """Norwegian national identity number: DDMMYY, three digits, two mod-11 check digits;
    D-numbers add 40 to the day, H-numbers 40 to the month (the tax office's synthetic
    test numbers add 80: nobody's)."""
    d = _digits(value)
    day, month = d[0] * 10 + d[1], d[2] * 10 + d[3]
    if not (1 <= day % 40 <= 31 and month < 80 and 1 <= month % 40 <= 12):
        return False
    for weights, check in zip(_FNR_WEIGHTS, d[9:], strict=True):
        digit = (11 - sum(w * x for w, x in zip(weights, d, strict=False)) % 11) % 11
        if digit != check:  # (10: no valid number has it)
            return False
    return True


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _resident_id_ok(value: str) -> bool:
    """Chinese resident identity number: the ISO 7064 mod 11-2 check character."""
    total = sum(int(c) * w for c, w in zip(value[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(value: str) -> bool:
    """Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) with its mod-23 letter."""
    compact = re.sub(r"[\s-]", "", value).upper()
    number = str("XYZ".index(compact[0])) + compact[1:-1] if compact[0] in "XYZ" else compact[:-1]
    return _DNI_LETTERS[int(number) % 23] == compact[-1]


def _steuer_id_ok(value: str) -> bool:
    """German tax id (Steuer-ID): 11 digits, no leading 0, ISO 7064 MOD 11,10 check digit."""
    d = _digits(value)
    if len(d) != 11 or d[0] == 0:
        return False
    product = 10
    for digit in d[:10]:
        total = (digit + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10 == d[10]


def _my_number_ok(value: str) -> bool:
    """Japanese Individual Number (My Number): 12 digits, weighted mod-11 check digit."""
    d = _digits(value)
    body = d[:11][::-1]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, start=1))
    remainder = total % 11
    return d[11] == (0 if remainder <= 1 else 11 - remainder)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
    6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
), strict=True))  # fmt: skip


def _codice_fiscale_ok(value: str) -> bool:
    """Italian codice fiscale: 16 characters, the last a check letter over the other 15."""
    code = value.upper()
    total = 0
    for i, char in enumerate(code[:15]):
        if i % 2 == 0:
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - 65
    return chr(65 + total % 26) == code[15]


_CF_SHAPE = re.compile(r"[A-Z]{6}\d{2}[ABCDEHLMPRST](?:[0-7]\d)[A-Z]\d{3}[A-Z]")


def _named_codice_fiscale_ok(value: str) -> bool:
    """A codice fiscale said to be one: its check letter, or (a code copied with a slip, or
    made up for someone named beside it) the month's letter and a day of birth (1-31, 41-71
    for women) in capitals."""
    if _codice_fiscale_ok(value):
        return True
    letters = value[:6]
    if len(set(letters)) <= 2 or letters in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return False  # a placeholder: "ABCDEF80A01H501X", "XXXXXX..."
    return _CF_SHAPE.fullmatch(value) is not None and int(value[9:11]) % 40 in range(1, 32)


def _sin_ok(value: str) -> bool:
    """Canadian social insurance number: nine digits, Luhn (first digit 0 and 8 unused)."""
    return luhn_valid("".join(c for c in value if c.isdigit()))


_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _rrn_ok(value: str) -> bool:
    """Korean resident registration number: YYMMDD-SNNNNNC, weighted mod-11 check digit."""
    d = _digits(value)
    return (11 - sum(w * x for w, x in zip(_RRN_WEIGHTS, d, strict=False)) % 11) % 10 == d[12]


def _clabe_ok(value: str) -> bool:
    """Mexican CLABE (bank account): 18 digits, weights 3-7-1 mod 10 check digit."""
    d = _digits(value)
    total = sum(x * (3, 7, 1)[i % 3] % 10 for i, x in enumerate(d[:17]))
    return (10 - total % 10) % 10 == d[17]


_RFC_VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u00d1"


def _rfc_ok(value: str) -> bool:
    """Mexican RFC of a person: four letters, a date, a homoclave and its mod-11 check."""
    code = value.upper()
    month, day = int(code[6:8]), int(code[8:10])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    total = sum(_RFC_VALUES.index(c) * (13 - i) for i, c in enumerate(code[:12]))
    check = 11 - total % 11
    return code[12] == ("0" if check == 11 else "A" if check == 10 else str(check))


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def _nik_ok(value: str) -> bool:
    """Indonesian NIK: province (11-96), regency, district, the birth date (DDMMYY, 40 added
    to the day for women), then a serial that is not 0000."""
    d = "".join(c for c in value if c.isdigit())
    day, month = int(d[6:8]) % 40, int(d[8:10])
    return 11 <= int(d[:2]) <= 96 and 1 <= day <= 31 and 1 <= month <= 12 and d[12:] != "0000"


def _cccd_ok(value: str) -> bool:
    """Vietnamese citizen id (CCCD): a province code 001-096, then the century and sex digit,
    the year of birth and six digits; a run of one digit is no one's."""
    d = "".join(c for c in value if c.isdigit())
    return d[0] == "0" and 1 <= int(d[:3]) <= 96 and len(set(d[3:])) > 1


def _aadhaar_ok(value: str) -> bool:
    """Verhoeff's dihedral check over the 12 digits; not a run of one digit."""
    d = _digits(value)
    if len(set(d)) == 1:
        return False
    check = 0
    for i, digit in enumerate(reversed(d)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][digit]]
    return check == 0


class _Rule(NamedTuple):
    """One kind of id: found only if the lower-cased message holds one of ``literals`` (a
    few ``in`` tests for a message that names no id) and then matches ``words``."""

    label: str
    literals: tuple[str, ...]
    words: re.Pattern[str]
    pattern: re.Pattern[str]
    check: Callable[[str], bool]
    min_span: int = 8  # the shortest digit stretch (with separators) the id can fill
    reach: int = 0  # a text rule: look only this far around each literal (0: everywhere)


# The NINO holds letters, so it is looked for over the text rather than in digit stretches.
_NINO = _Rule(
    _LABEL,
    ("nino", "national insurance", "ni number", "ni no"),
    re.compile(r"\bnino\b|national insurance|\bni (?:number|no)\b"),
    re.compile(
        r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
        r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])"
    ),
    lambda value: True,
)


# ... and right beside its name, any two letters: a number typed into an "NI number" field
# for someone is theirs even where its prefix breaks HMRC's rules ("NI number field: QH 48
# 29 17 C for Daniel Okoro"); not the specimen prefix QQ, and not a number the rule above
# takes already.
def _named_nino_ok(value: str) -> bool:
    return not value.startswith("QQ") and _NINO.pattern.fullmatch(value) is None


_NAMED_NINO = _NINO._replace(
    pattern=re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])"),
    check=_named_nino_ok,
    reach=40,
)

# Spanish DNI/NIE: the NIE starts with a letter, outside the digit stretches too.
_DNI = _Rule(
    _LABEL,
    ("dni", "nif", "nie ", "nie:", " nie"),
    re.compile(r"\b(?:dni|nie|nif)\b"),
    re.compile(r"(?<![A-Za-z0-9])(?:\d{8}|[XYZxyz][ -]?\d{7})[ -]?[A-Za-z](?![A-Za-z0-9])"),
    _dni_ok,
)


# Italian codice fiscale: letters and digits, so over the text as well.
_CODICE_FISCALE = _Rule(
    _LABEL,
    ("codice fiscale", "cod. fisc", "cod.fisc", "c.f."),
    re.compile(r"codice fiscale|cod\. ?fisc|\bc\.f\."),
    re.compile(
        r"(?<![A-Za-z0-9])[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z](?![A-Za-z0-9])"
    ),
    _named_codice_fiscale_ok,
)
# ... unnamed, in capitals with the month's letter and a valid day (``_bare_codici``) ...
_BARE_CF = re.compile(
    r"[A-Z](?<![A-Za-z0-9].)[A-Z]{5}\d{2}[ABCDEHLMPRST][0-7]\d[A-Z]\d{3}[A-Z](?![A-Za-z0-9])"
)
# ... and "CF" (a short word in other languages' text too): right beside it only.
_CF = _CODICE_FISCALE._replace(
    literals=("cf ", "cf:"), words=re.compile(r"\bcf\b"), check=_codice_fiscale_ok, reach=40
)

# Mexican RFC of a person (a company's has three letters): letters, over the text.
_RFC = _Rule(
    _LABEL,
    ("rfc",),
    re.compile(r"\brfc\b"),
    re.compile(
        r"(?<![A-Za-z0-9&])[A-Za-z&\u00d1\u00f1]{4}\d{6}[A-Za-z0-9]{2}[0-9Aa](?![A-Za-z0-9])"
    ),
    _rfc_ok,
    reach=60,
)

# Indian PAN: letters, over the text, beside its name ("pan" is a card number and a verb too).
_PAN = _Rule(
    _LABEL,
    ("pan", "permanent account number"),
    re.compile(r"\bpan\b|permanent account number"),
    re.compile(r"(?<![A-Za-z0-9])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![A-Za-z0-9])"),
    lambda value: True,
    reach=40,
)

# UK driving licence number: sixteen characters holding letters, so looked for around its
# name; the surname's letters padded with 9s, a valid month (51-62 for women) and day.
_UK_LICENCE = _Rule(
    _LABEL,
    ("licence", "license", "dvla", "driving", "driver"),
    re.compile(r"licen[cs]e|\bdvla\b|driving|driver"),
    re.compile(
        r"(?<![A-Za-z0-9])[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)"
        r"\d(?:[05]\d|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z][A-Z9]\d[A-Z0-9]{2}(?![A-Za-z0-9])"
    ),
    lambda value: value[6:8] not in {"00", "50"} and value != "MORGA657054SM9IJ",
    reach=80,
)

# Finnish personal identity code: its century sign may be a letter ("270107A7773"), so it is
# looked for over the text once named.
_HETU = _Rule(
    _LABEL,
    ("hetu", "henkilötunnu", "henkilotunnu", "personal identity code"),
    re.compile(r"\bhetu\b|henkil[öo]tunnu(?:s|ks)|personal identity code"),
    re.compile(r"(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\w-])"),
    _hetu_ok,
    10,
)

_SSN = _Rule(
    _LABEL,
    (
        "ssn",
        "social security",
        "social-security",
        "ss#",
        "payroll",
        "employee",
        "w-2",
        "w2",
        "tin",
        "1099",
        "taxpayer",
    ),
    re.compile(
        r"\bssns?\b|social[ -]security|\bss#|payroll|\bemployees?\b|\bw-?2\b|\bi?tins?\b|"
        r"\b1099(?:-[a-z]+)?\b|taxpayer"
    ),
    re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-]|\.\d)"),  # "...,2024" in a CSV
    _ssn_ok,
    11,
)
_RULES: tuple[_Rule, ...] = (
    _SSN,
    _NINO,
    _DNI,
    _CODICE_FISCALE,
    _RFC,
    _Rule(
        _LABEL,
        # ("sin" and "nas" alone are inside "using", "business", "dynasty")
        # ("SINs" in the plural: "the form rejects valid SINs, the one Grace used: ...")
        (
            "sin ",
            "sin:",
            "sin#",
            "sin)",
            "sins",
            "social insurance",
            "assurance sociale",
            "nas ",
            "nas:",
        ),
        re.compile(r"\bsins?\b|social insurance|assurance sociale|\bnas\b"),
        re.compile(r"(?<![\w-])[1-79]\d{2}([ -]?)\d{3}\1\d{3}" + _END),
        _sin_ok,
        9,
    ),
    _Rule(
        _LABEL,
        (
            "\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638",
            "\uc8fc\ubbfc\ubc88\ud638",
            "rrn",
            "resident registration",
        ),
        re.compile(r"\uc8fc\ubbfc(?:\ub4f1\ub85d)?\ubc88\ud638|\brrn\b|resident registration"),
        re.compile(r"(?<![\w-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(?![\w-])"),
        _rrn_ok,
        13,
    ),
    _Rule(
        "pii.bank_account",
        ("clabe",),
        re.compile(r"\bclabe\b"),
        # bank, branch, account, check (3-3-11-1) or any grouping ("0149 9942 0827 9493 80")
        re.compile(r"(?<![\w-])\d(?: ?\d){17}" + _END),
        _clabe_ok,
        18,
    ),
    _Rule(
        _LABEL,
        ("steuer", "idnr", "tax id"),
        re.compile(r"steuer[ -]?id|steueridentifikationsnummer|\bidnr\b|\btax id\b"),
        re.compile(r"(?<![\w-])[1-9]\d(?: ?\d{3}){3}(?![\w-]|[.,]\d)"),
        _steuer_id_ok,
        11,
    ),
    _Rule(
        _LABEL,
        ("my number", "マイナンバー", "mai nanbaa", "個人番号", "kojin bango", "individual number"),
        re.compile(r"my number|マイナンバー|mai nanbaa|個人番号|kojin bango|individual number"),
        re.compile(r"(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-]|[.,]\d)"),
        _my_number_ok,
        12,
    ),
    _Rule(
        _LABEL,
        (
            "personnummer",
            "personnumret",  # the definite forms: "Personnumret är ..."
            "personnumren",
            "personal_number",
            "personal number",
            "personalnumber",
            "personnr",
            "personal id",
        ),
        re.compile(r"personnum(?:mer|ret|ren)|personal[ _-]?(?:number|id)|personnr"),
        re.compile(r"(?<![\w-])(?:\d{2})?\d{6}[-+]?\d{4}" + _END),
        _personnummer_ok,
        10,
    ),
    _HETU,
    _Rule(
        _LABEL,
        ("f\u00f8dselsnummer", "fodselsnummer", "f\u00f8dselsnr", "fnr", "personnummer"),
        re.compile(r"f(?:\u00f8|o)dselsn(?:umme)?r|\bfnr\b|personnummer"),
        re.compile(r"(?<![\w-])\d{6} ?\d{5}" + _END),
        _fodselsnummer_ok,
        11,
    ),
    _Rule(
        _LABEL,
        # named in Hindi too ("आधार नंबर"); alone the word is "basis", but a 12-digit number
        # passing Verhoeff's check beside it is the card's
        ("aadhaar", "aadhar", "uidai", "uid", "\u0906\u0927\u093e\u0930"),
        re.compile(r"aadhaa?r|\buidai\b|\buid\b|\u0906\u0927\u093e\u0930"),
        re.compile(r"(?<![\w-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}" + _END),
        _aadhaar_ok,
        12,
    ),
    _Rule(
        _LABEL,
        ("nik", "ktp", "nomor induk kependudukan"),
        re.compile(r"\bnik\b|\be-?ktp\b|\bktp\b|nomor induk kependudukan"),
        re.compile(r"(?<![\w-])\d\d(?:[ .-]?\d\d){7}" + _END),  # 6-6-4, 4-4-4-4 or whole
        _nik_ok,
        16,
    ),
    _Rule(
        _LABEL,
        ("cccd", "cmnd", "c\u0103n c\u01b0\u1edbc", "can cuoc", "\u0111\u1ecbnh danh"),
        re.compile(r"\bcccd\b|\bcmnd\b|c\u0103n c\u01b0\u1edbc|\bcan cuoc\b|\u0111\u1ecbnh danh"),
        re.compile(r"(?<![\w-])0\d{2}[ .-]?\d{3}[ .-]?\d{6}" + _END),
        _cccd_ok,
        12,
    ),
    _Rule(
        _LABEL,
        ("pesel",),
        re.compile(r"\bpesel\b"),
        re.compile(r"(?<![\w-])\d{11}" + _END),
        _pesel_ok,
        11,
    ),
    _Rule(
        _LABEL,
        ("kimlik", "tckn", "tc no", "t.c. no", "tc:", "t.c.:"),
        re.compile(r"kimlik|\btckn\b|\bt\.?c\.?(?: no\b|:)"),
        re.compile(r"(?<![\w-])[1-9]\d{10}" + _END),
        _tckn_ok,
        11,
    ),
    _Rule(
        _LABEL,
        ("bsn", "burgerservicenummer", "sofinummer"),
        re.compile(r"\bbsn\b|burgerservicenummer|sofinummer"),
        re.compile(r"(?<![\w-])\d{8,9}" + _END),
        _bsn_ok,
    ),
    _Rule(
        _LABEL,
        ("cpf",),
        re.compile(r"\bcpf\b"),
        re.compile(r"(?<![\w.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}" + _END),
        _cpf_ok,
        11,
    ),
    _Rule(
        _LABEL,
        ("sécu", "secu", "nir", "insee"),
        re.compile(r"s[ée]cu\b|s[ée]curit[ée] sociale|\bnir\b|\binsee\b"),
        re.compile(r"(?<![\w-])[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}" + _END),
        _nir_ok,
        13,
    ),
    _Rule(
        "pii.iban",
        ("rachun", "kont", "nrb", "przelew", "account", "iban"),
        re.compile(r"rachun|\bkont[oa]\b|\bnrb\b|przelew|account|iban"),
        re.compile(r"(?<![\w-])\d{2} ?(?:\d{4} ?){5}\d{4}" + _END),
        _nrb_ok,
        26,
    ),
)


# Chinese resident identity number: may end in X, so it is looked for over the text once
# named (身份证, the real-name check's ``idNum``, an ``id_card`` field); its date of birth and
# check character make it no order number.
_RESIDENT_ID = _Rule(
    _LABEL,
    ("\u8eab\u4efd\u8bc1", "\u8eab\u4efd\u8b49", "\u8eab\u4efd\u53f7\u7801",
     "\u8eab\u4efd\u865f\u78bc", "idnum", "id_num", "idcard", "id_card",
     "id card", "resident id", "shenfenzheng"),
    re.compile(
        r"\u8eab\u4efd(?:\u8bc1|\u8b49|\u53f7\u7801|\u865f\u78bc)|\bid_?num\b|\bid[ _]?card\b|"
        r"resident id|shenfenzheng"
    ),
    re.compile(
        r"(?<![\w-])[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
        r"(?![\w-])"
    ),
    _resident_id_ok,
)  # fmt: skip


# The rules whose ids hold letters run over the whole text; the others need a digit stretch,
# and most messages have none, so they cost nothing there.
_TEXT_RULES = (
    _NINO,
    _NAMED_NINO,
    _DNI,
    _CODICE_FISCALE,
    _CF,
    _RFC,
    _PAN,
    _UK_LICENCE,
    _HETU,
    _RESIDENT_ID,
)
_DIGIT_RULES = tuple(rule for rule in _RULES if all(rule is not r for r in _TEXT_RULES))
# Each rule's literals as gate words (``literals``: found in the message's one pass).
_TEXT_GATES = tuple(Words(rule.literals) for rule in _TEXT_RULES)
_DIGIT_GATES = tuple(Words(rule.literals) for rule in _DIGIT_RULES)


# An Aadhaar number right after its name, whatever its check digit (see module docstring).
_NAMED_AADHAAR = re.compile(
    r"(?:aadhaa?r|\u0906\u0927\u093e\u0930)(?: card)?"
    r"(?: (?:number|no\.?|nr|#|\u0928\u0902\u092c\u0930|\u0938\u0902\u0916\u094d\u092f\u093e))?"
    r"(?: is| \u0939\u0948)?[ :\-]{0,3}"
    r"(?P<number>[2-9]\d{3}([ -]?)\d{4}\2\d{4})(?![\w-])"
)
_AADHAAR_GATE = Words(("aadhaar", "aadhar", "\u0906\u0927\u093e\u0930"))
_VALIDATION_TALK = re.compile(
    r"checksum|verhoeff|validat|regex|invalid|\btest|dummy|example|sample|fake|made[- ]up|"
    r"placeholder"
)


def _named_aadhaar(text: str, lowered: str) -> list[Finding]:
    """Aadhaar numbers right after their name, check digit or not, in a message naming a
    person and not about validation or examples."""
    if not _AADHAAR_GATE.found(lowered) or _VALIDATION_TALK.search(lowered):
        return []
    found = [
        Finding(_LABEL, m.start("number"), m.end("number"))
        for m in _NAMED_AADHAAR.finditer(lowered)
        if len(set(m.group("number").replace(" ", "").replace("-", ""))) > 1
    ]
    if not found or next(full_names(text), None) is None:
        return []
    return found


def find_national_ids(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """National ids (and Polish NRB and Mexican CLABE accounts) in a message that names them.

    ``windows``: digit stretches from ``phones.digit_windows``; most ids are all digits
    and separators, so their patterns run only inside one long enough to hold them. The
    NINO, the Spanish DNI/NIE, the codice fiscale and the RFC hold letters (and the NIE only
    seven digits), so theirs run over the text, once their name is there.
    """
    findings = _text_ids(text, lowered)
    findings.extend(_bare_codici(text))
    if "<<" in text:  # every machine-readable zone pads with fillers
        findings.extend(_machine_readable_zones(text))
    longest = max((hi - lo for lo, hi in windows), default=0)
    for rule, gate in zip(_DIGIT_RULES, _DIGIT_GATES, strict=True):
        if longest < rule.min_span:
            continue  # no digit stretch long enough: its name need not be looked for
        if not gate.found(lowered) or not rule.words.search(lowered):
            continue
        for lo, hi in windows:
            if hi - lo >= rule.min_span:
                findings.extend(_matches(rule, text, max(0, lo - 1), hi))
    if longest >= _PERSONNUMMER_SPAN and _SWEDISH.found(lowered):
        findings.extend(_unnamed_personnummer(text, lowered, windows))
    if longest >= _SSN.min_span:
        found = {f.start for f in findings}
        findings.extend(f for f in _ssn_rows(text, windows) if f.start not in found)
    if longest >= 12:
        found = {f.start for f in findings}
        findings.extend(f for f in _named_aadhaar(text, lowered) if f.start not in found)
    return findings


# A delimited row of a person's record with no header and no word for its number
# ("E-28583|Marisol|Ybarra|1988-11-04|205-93-5648|Austin TX"): an SSN-shaped cell is one
# when the row's other cells are the person's name (in one cell, or first and last in two
# cells side by side) and a date of birth (a full date before 2015).
_ROW_DELIMITERS = ("|", "\t", ";", ",")
_BIRTH_DATE = re.compile(
    r"(?:19\d\d|200\d|201[0-4])-[01]\d-[0-3]\d|[01]?\d/[0-3]?\d/(?:19\d\d|200\d|201[0-4])"
    r"|[0-3]?\d\.[01]?\d\.(?:19\d\d|200\d|201[0-4])"
)


# A Swedish personal identity number with no word for it, written as it is printed (the
# date of birth, a dash, four digits), in a Swedish message (or one about BankID) next to
# the person's name ("Kunden Elin Johansson (880623-7502) kan inte logga in", "för Johan
# Lindqvist? Han skrev in 850612-4232"): its Luhn digit and date make it no order number.
# Not a number an order's, a case's or an invoice's word introduces, nor the tax office's
# test person Tolvan Tolvansson's (121212-1212).
_SWEDISH = Words((
    " och ", " inte ", " \u00e4r ", " f\u00f6r ", "varf\u00f6r", " jag ", " att ", "kunden",
    " han ", " hon ", "bankid", "hej ", "hej,",
))  # fmt: skip
_PERSONNUMMER_SPAN = 11
_DASHED_PERSONNUMMER = re.compile(r"(?<![\w-])(?:19|20)?\d{6}[-+]\d{4}" + _END)
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:order|ordernr|\u00e4rende|faktura|invoice|ticket|case|artikel|referens|ref|"
    r"nummer|nr|#)\w*[ \t.:#]*$"
)
_NAME_BEFORE = 120  # characters before the number where the person's name may stand
_NAME_AFTER = 40


def _unnamed_personnummer(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    findings: list[Finding] = []
    for lo, hi in windows:
        if hi - lo < _PERSONNUMMER_SPAN:
            continue
        for match in _DASHED_PERSONNUMMER.finditer(text, max(0, lo - 1), hi):
            value = match.group()
            if value[-11:] == "121212-1212" or not _personnummer_ok(value):
                continue
            if _NOT_A_PERSON_BEFORE.search(lowered, max(0, match.start() - 24), match.start()):
                continue
            start, end = max(0, match.start() - _NAME_BEFORE), match.end() + _NAME_AFTER
            if next(full_names(text, start, min(len(text), end)), None) is not None:
                findings.append(Finding(_LABEL, match.start(), match.end()))
    return findings


def _ssn_rows(text: str, windows: list[tuple[int, int]]) -> list[Finding]:
    findings: list[Finding] = []
    for lo, hi in windows:
        if hi - lo < _SSN.min_span:
            continue
        for match in _SSN.pattern.finditer(text, max(0, lo - 1), hi):
            if _SSN.check(match.group()) and _in_person_row(text, match.start(), match.end()):
                findings.append(Finding(_SSN.label, match.start(), match.end()))
    return findings


def _in_person_row(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    number = text[start:end]
    for delimiter in _ROW_DELIMITERS:
        if line.count(delimiter) < 3:
            continue
        cells = [cell.strip(" \"'") for cell in line.split(delimiter)]
        if number not in cells or not any(_BIRTH_DATE.fullmatch(c) for c in cells):
            continue
        if any(is_name(c) for c in cells) or any(
            is_name(f"{a} {b}") for a, b in pairwise(cells) if " " not in a + b
        ):
            return True
    return False


def _text_ids(text: str, lowered: str) -> list[Finding]:
    """Ids holding letters: over the text, or around each of the rule's words (``reach``)."""
    findings: list[Finding] = []
    for rule, gate in zip(_TEXT_RULES, _TEXT_GATES, strict=True):
        if not gate.found(lowered) or not rule.words.search(lowered):
            continue
        if not rule.reach:
            findings.extend(_matches(rule, text, 0, len(text)))
            continue
        for literal in rule.literals:
            index = lowered.find(literal)
            while index >= 0:
                start = max(0, index - rule.reach)
                findings.extend(_matches(rule, text, start, index + len(literal) + rule.reach))
                index = lowered.find(literal, index + 1)
    return findings


def _bare_codici(text: str) -> list[Finding]:
    """Codici fiscali the message does not name (see module docstring)."""
    return [
        Finding(_LABEL, m.start(), m.end())
        for m in _BARE_CF.finditer(text)
        if int(m.group()[9:11]) % 40 in range(1, 32) and _codice_fiscale_ok(m.group())
    ]


# ICAO 9303 machine-readable zones. A passport's (TD3, 44 characters) and a visa's or an
# older card's (TD2, 36) second line: the document number and its check digit, the
# nationality, the date of birth, the sex and the date of expiry, each date with its check
# digit, then optional data. An identity card's (TD1, 30) second line starts at the date
# of birth. The line before, with the holder's name, is the same person's.
_MRZ_PASSPORT = re.compile(
    r"(?<![A-Z0-9<])([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)[MFX<](\d{6})(\d)"
    r"(?:[A-Z0-9<]{14}[\d<]\d|[A-Z0-9<]{7}\d)(?![A-Z0-9<])"
)
_MRZ_CARD = re.compile(
    r"(?<![A-Z0-9<])(\d{6})(\d)[MFX<](\d{6})(\d)([A-Z<]{3})[A-Z0-9<]{11}\d(?![A-Z0-9<])"
)
_MRZ_DATES = re.compile(r"\d{7}[MFX<]\d{7}")
_MRZ_NAME_LINE = re.compile(r"[ \t]*[ACIPV][A-Z0-9<][A-Z<]{3}[A-Z0-9<]*<<[A-Z0-9<]*[ \t]*\n")
_MRZ_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
_SPECIMEN_STATE = "UTO"  # ICAO's Utopia, the issuer of its specimens


def _mrz_check(field: str, check: str) -> bool:
    total = sum(_MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field))
    return total % 10 == int(check)


def _mrz_date(value: str) -> bool:
    return 1 <= int(value[2:4]) <= 12 and 1 <= int(value[4:6]) <= 31


def _machine_readable_zones(text: str) -> list[Finding]:
    """Machine-readable zones whose check digits and dates hold (see module docstring); the
    finding covers the name line above too."""
    found: list[tuple[int, int]] = []
    # (the dates every zone has, found first: ``<<`` is in C++ and shell code too)
    dates = [m.start() for m in _MRZ_DATES.finditer(text)]
    passports = (_MRZ_PASSPORT.match(text, at - 13) for at in dates if at >= 13)
    for m in filter(None, passports):
        number, number_check, state, birth, birth_check, expiry, expiry_check = m.groups()
        if (
            state != _SPECIMEN_STATE
            and _mrz_check(number, number_check)
            and _mrz_check(birth, birth_check)
            and _mrz_check(expiry, expiry_check)
            and _mrz_date(birth)
            and _mrz_date(expiry)
        ):
            found.append(m.span())
    for m in filter(None, (_MRZ_CARD.match(text, at) for at in dates)):
        birth, birth_check, expiry, expiry_check, state = m.groups()
        if (
            "<" in m.group()
            and state != _SPECIMEN_STATE
            and _mrz_check(birth, birth_check)
            and _mrz_check(expiry, expiry_check)
            and _mrz_date(birth)
            and _mrz_date(expiry)
        ):
            found.append(m.span())
    findings = []
    for start, end in found:
        line_start = text.rfind("\n", 0, start) + 1
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start and _MRZ_NAME_LINE.fullmatch(text, above, line_start):
            start = above
        findings.append(Finding(_LABEL, start, end))
    return findings


def _matches(rule: _Rule, text: str, start: int, end: int) -> list[Finding]:
    return [
        Finding(rule.label, m.start(), m.end())
        for m in rule.pattern.finditer(text, start, end)
        if rule.check(m.group())
    ]
