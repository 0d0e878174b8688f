"""Phone numbers, told apart from the many other digit groups engineers paste.

Engineering text is full of numbers: versions (``1.24.3``), dates, times, IPs, ports, byte
counts, durations, line and issue numbers, epoch timestamps, ids. A number is reported as a
phone only in shapes that those never take:

* international: ``+CC`` then 8-15 digits in groups (E.164 length);
* North American: ``(415) 823-0132``, ``415-823-0132``, ``415.823.0132`` (area and exchange
  codes start with 2-9; plain spaces are too ambiguous with number lists and need context);
* national with a trunk ``0``: ``020 7946 0958``, ``0151 12345678``, ``06 12 34 56 78``,
  ``0151 9697 5169`` (10-12 digits and at least one separator, dates excluded);
* any 9-15 digit number, or a local ``555-1234``, right after a phone word (``phone``,
  ``tel``, ``mobile``, ``call me``, ``my number``, and the words of six other languages:
  ``Handy``, ``portable``, ``celular``, Vietnamese ``SĐT``...).

A business's line is not personal: a free-call number, one described beside it as a hotline,
toll-free or official (``company_line``), the same number written again elsewhere in the
message, the company's own number in its block on an invoice or a letterhead
(``accounts.company_phone``), and a restaurant's, a shop's or a hotel's number in its own
listing, with no person said to be there (``pii.business_listing``).

Numbers right after an id-like word (``#``, ``id``, ``port``, ``pid``, ``offset``, ``build``...)
or followed by a unit (``ms``, ``bytes``, ``MB``) are left alone.

Numbers reserved for fiction (North American ``555-0100``-``555-0199``, NANPA; the UK's
drama numbers, Ofcom: ``07700 900000``-``900999``, ``020 7946 0000``-``0999``,
``01632 960000``-``960999``; Australia's, ACMA: ``0491 570 156`` and others, ``(02) 5550 xxxx``)
and ``+1`` numbers no North American line can have (an area or
exchange code starting 0 or 1) reach nobody. They are left alone only in a message that
says it is about examples (a fixture, "fake", "e.g."; ``not_a_line`` here, the decision in
``detector.find_personal_data`` with the other published values), or that uses them as
test values (a test user's, a demo's: ``examples.about_published_values``). Elsewhere they
are reported: whoever makes up a customer's number for a ticket or a test of this very
filter picks them precisely because they are safe, and means a person's number.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding
from bot.routing.sensitivity.pii import business_listing, luhn_valid

# Boundaries use ASCII word characters: Chinese and Japanese text runs straight into a
# number with no space ("携帯は090-6224-4324です").
_W = "A-Za-z0-9_"
_END = rf"(?![{_W}-]|[.,:]\d)"
# ... but a number whose last group has four digits or more is no "1,234" before a comma: a
# CSV cell ends there ("Bello,+447969360137,1992-09-14,GOLD").
_CELL_END = rf"(?:(?<=\d{{4}})(?=,\d)|{_END})"
# One digit per repetition (with its optional separator) keeps the match linear.
# (``to=+12125550145`` in a log: an ``=`` may come right before the ``+``.)
_INTERNATIONAL = re.compile(r"(?<![" + _W + r"+/.-])\+\d(?:[ .-]?\(?\d\)?){7,14}" + _CELL_END)
_NANP = re.compile(
    r"(?<![" + _W + r"+/.=-])(?:1[ .-])?"
    r"(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}(?P<sep>[.-]))"  # (415) or 415- / 415.
    r"[2-9]\d{2}(?(sep)(?P=sep)|[ .-])\d{4}" + _CELL_END
)
# Swedish style: area code, a dash, then pairs ("070-020 62 20", "08-123 45 67").
_SWEDISH = re.compile(r"(?<![" + _W + r"+/.=:-])0\d{1,3}-\d{2,3}(?: \d{2}){2,3}" + _END)
_TRUNK = re.compile(
    r"(?<![" + _W + r"+/.=:-])0[1-9]\d{0,4}(?P<sep>[ .-])\d{2,8}(?:(?P=sep)\d{2,4}){0,3}" + _END
)
_CONTEXT = re.compile(  # on lower-cased text
    r"\b(?:phone|tel|telephone|mobile|cell|whatsapp|sms|fax|"
    r"call(?:\s+back)?\s+(?:me|him|her|them|us|the\s+(?:customer|client|user|caller))|"
    r"text\s+(?:me|him|her|them)|reach\s+(?:me|him|her|them|us)|"
    r"(?:my|his|her|their|your)\s+(?:phone\s+|mobile\s+|cell\s+)?number|"
    # German, French, Spanish, Portuguese, Italian, Dutch, Polish
    r"telefon|telefonnummer|rufnummer|handy|ruf|anrufen|t\u00e9l\u00e9phone|t\u00e9l|portable|"
    r"tel\u00e9fono|telefono|m\u00f3vil|movil|celular|telefone|cellulare|mobiel|"
    r"telefoonnummer|kom\u00f3rka|komorka|numer\s+telefonu|"
    # Vietnamese ("SĐT", "số điện thoại", Zalo), Indonesian ("no HP", "telp"), Russian
    # and Ukrainian ("тел.", "телефон")
    r"s\u0111t|\u0111i\u1ec7n\s+tho\u1ea1i|zalo|no\.?\s*hp|nomor\s+hp|telp|"
    r"\u0442\u0435\u043b|\u0442\u0435\u043b\u0435\u0444\u043e\u043d)\b[^\d\n+]{0,20}"
    r"(\+?\d[\d .()-]{5,20}\d)",
)
# Chinese, Japanese, Korean and Arabic phone words; these scripts have no word boundaries.
_CJK_CONTEXT = re.compile(
    r"(?:\u7535\u8bdd|\u96fb\u8a71|\u624b\u673a|\u624b\u6a5f|\u643a\u5e2f|\u9023\u7d61\u5148|"
    r"\u8054\u7cfb|\uc5f0\ub77d\ucc98|\uc804\ud654|\ud734\ub300\ud3f0|\ud578\ub4dc\ud3f0|"
    r"\u0647\u0627\u062a\u0641|\u062c\u0648\u0627\u0644|\u0631\u0642\u0645)"
    r"[^\d\n+]{0,12}(\+?\d[\d .()-]{7,20}\d)"
)  # 电话 電話 手机 手機 携帯 連絡先 联系 연락처 전화 휴대폰 핸드폰 هاتف جوال رقم
# Seven digits after a phone word are a local number only as ``555-1234``.
_LOCAL = re.compile(r"[2-9]\d{2}[-. ]\d{4}")
_DATE_START = re.compile(r"(?:19|20)\d{2}[-./]")
_ID_BEFORE = re.compile(
    r"(?:#|\b(?:id|ids|port|pid|tid|line|lines|offset|build|run|job|version|v|pr|issue|ticket|"
    r"order|invoice|epoch|ts|timestamp|inode|errno|code|exit|bytes|size|count|seq|tag|tags|plate)"
    r"\b)[^\w\n]{0,3}$",
    re.I,
)
_UNIT_AFTER = re.compile(
    r"^\s?(?:ms|s|sec|secs|seconds|min|mins|h|us|ns|b|kb|mb|gb|tb|kib|mib|gib|bytes|%|x|rps|qps)\b",
    re.I,
)


# National significant numbers (no country code, no trunk 0) reserved for fiction.
# Twilio's magic test numbers (``+1 500 555 0006``) reach nobody either.
# (A North American one may be written without its area code: "phone 555-0142".)
_FICTIONAL = re.compile(
    r"(?:[2-9]\d{2})?55501\d{2}|7700900\d{3}|2079460\d{3}|1632960\d{3}|500555000\d"
)
_NANP_LINE = re.compile(r"[2-9]\d{2}[2-9]\d{6}")
# North America's way of writing a number, ``(NXX) NXX-XXXX`` (the opening parenthesis
# stripped before): written so, an exchange starting with 0 or 1 is no line; it is dropped,
# as the other made-up numbers, only in a message about examples (``detector._published``).
_NANP_WRITTEN = re.compile(r"\d{3}\)[ \t]?\d{3}[-.]\d{4}")
# Australia's (ACMA): thirty listed mobiles and the landline blocks ``(0X) 5550 xxxx`` and
# ``(0X) 7010 xxxx``; a landline only when its block is written as one group, since French
# numbers in pairs have the same digits ("02 55 50 12 34").
_ACMA_MOBILES_TEXT = """
    491570006 491570156 491570157 491570158 491570159 491570110 491570313 491570737
    491571266 491571491 491571804 491572549 491572665 491572983 491573770 491573087
    491574118 491574632 491575254 491575789 491576398 491576801 491577426 491577644
    491578957 491578148 491578888 491579212 491579760 491579455
"""
_ACMA_MOBILES = frozenset(_ACMA_MOBILES_TEXT.split())
_ACMA_LANDLINE = re.compile(r"[2378](?:5550|7010)\d{4}")


# A subscriber number typed as a placeholder: counting up ("03-1234-5678", "555 123 4567"
# reaches a line only by accident) or one digit over and over ("+86 139 0000 0000"); and the
# number Chinese documentation prints as its example mobile.
_PLACEHOLDER_TAIL = re.compile(r"(?:0?1234567|2345678|3456789)8?9?0?$|(\d)\1{5}\d{0,2}$")
_PUBLISHED_EXAMPLES = frozenset(("8613800138000", "13800138000"))


def not_a_line(value: str) -> bool:
    """Reserved for fiction, a placeholder's digits, or a ``+1`` number that no North
    American line can have (area and exchange codes start with 2-9: ``+1 (555) 010-0199`` is
    an example made up badly)."""
    digits = "".join(c for c in value if c.isdigit())
    if digits in _PUBLISHED_EXAMPLES or _PLACEHOLDER_TAIL.search(digits) is not None:
        return True
    if value.lstrip("( ").startswith("+1") and not _NANP_LINE.fullmatch(digits[1:]):
        return True
    if _NANP_WRITTEN.fullmatch(value.lstrip("( ")) and not _NANP_LINE.fullmatch(digits):
        return True  # "(555) 010-0199": written as a North American number, but none can be
    if value.lstrip("( ").startswith("+"):
        country = 2 if digits[:2] in {"44", "61"} else 1 if digits[:1] == "1" else 0
        digits = digits[country:] if country else ""
        if country == 2 and digits[:1] == "0":
            digits = digits[1:]  # "+44 07700 900123": the trunk 0 written after the code
    elif digits[:1] in {"0", "1"}:
        digits = digits[1:]  # the UK and Australian trunk 0, the North American long-distance 1
    if digits in _ACMA_MOBILES:
        return True
    if _ACMA_LANDLINE.fullmatch(digits):
        return "5550" in value or "7010" in value
    return _FICTIONAL.fullmatch(digits) is not None


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _excluded(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 16) : start]
    if "0x" in text[max(line_start, start - 24) : start]:
        return True  # a hex dump: "0x00 03 ff 05 00 01 02 03 04"
    if _in_byte_run(text, line_start, start, end):
        return True  # bytes without "0x": "00 01 00 00 00 06 03 03 9c 41 00 0a"
    if start > 1 and text[start - 1] in "-_/" and text[start - 2].isalnum():
        return True  # part of an id: "AE-2024-98370", "INV/2024/118822"
    if (
        start > 5
        and text[start - 1] == " "
        and text[start - 5 : start - 1].isalnum()
        and _IBAN_HEAD.search(text, max(0, start - 40), start)
    ):
        return True  # the tail of an IBAN's groups: "DE89 3704 0044 0532 0130 01"
    return bool(_ID_BEFORE.search(before) or _UNIT_AFTER.match(text[end : end + 8]))


# A dump of a protocol's bytes, as Wireshark, ``xxd`` or a Modbus poller prints them: two hex
# digits (or a decimal byte, ``000``-``255``) at a time, seven or more in a row. A number
# written in pairs has at most six ("+33 6 12 34 56 78", "06 12 34 56 78"); a trunk number's
# pairs inside a longer run ("00 01 00 00 00 06 03 03") are bytes.
_BYTE = r"(?:[0-9A-Fa-f]{2}|[01]\d\d|2[0-5]\d)"
_BYTE_RUN = re.compile(rf"(?<![\w.:-]){_BYTE}(?:[ \t]{_BYTE}){{6,}}(?![\w.:-])")


def _in_byte_run(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a run of seven or more bytes on its line, read
    within a few bytes either side (a long line is not read again for each number)."""
    line_end = text.find("\n", end, end + 33)
    if line_end < 0:
        line_end = min(len(text), end + 33)
    return any(
        m.start() <= start and end <= m.end()
        for m in _BYTE_RUN.finditer(text, max(line_start, start - 33), line_end)
    )


# The country code, check digits and groups of four an IBAN starts with (valid or not: the
# IBAN rule judges it; the digits after it are not a phone either way).
_IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){1,7} $")


def _is_date_like(value: str) -> bool:
    """``01.02.2024``, ``03-15-2024``, ``2024 03 15``: day/month/year groups."""
    groups = re.split(r"[ .-]", value)
    return len(groups) == 3 and any(len(g) == 4 and g.startswith(("19", "20")) for g in groups)


_DIGIT_RUN = re.compile(r"[0-9][0-9 ().-]{6,}[0-9]")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of digits and separators (with a leading ``+``/``(``) where numbers can be.

    The detailed patterns begin with look-behinds, which ``re`` must try at every position;
    running them only inside these windows (plus two characters of right context for their
    look-aheads) keeps long messages cheap.
    """
    windows: list[tuple[int, int]] = []
    for match in _DIGIT_RUN.finditer(text):
        start, end = match.span()
        if start and text[start - 1] in "+(":
            start -= 1
        windows.append((start, min(len(text), end + 2)))
    return windows


def find_phones(text: str, lowered: str, windows: list[tuple[int, int]]) -> list[Finding]:
    """Phone-number findings (see module docstring for accepted shapes)."""
    spans: list[tuple[int, int]] = []
    for lo, hi in windows:
        spans.extend(
            m.span() for m in _INTERNATIONAL.finditer(text, lo, hi) if 8 <= _digits(m.group()) <= 15
        )
        spans.extend(m.span() for m in _NANP.finditer(text, lo, hi))
        spans.extend(
            m.span() for m in _SWEDISH.finditer(text, lo, hi) if 9 <= _digits(m.group()) <= 10
        )
        spans.extend(
            m.span()
            for m in _TRUNK.finditer(text, lo, hi)
            if 10 <= _digits(m.group()) <= 12 and not _is_date_like(m.group())
        )
    # A phone word names a number of seven digits or more: look just before such runs only.
    for lo, hi in windows:
        if _digits(text[lo:hi]) < 7:
            continue
        if not text.isascii():
            spans.extend(
                m.span(1)
                for m in _CJK_CONTEXT.finditer(text, max(0, lo - 30), hi)
                if 9 <= _digits(m.group(1)) <= 15
            )
        spans.extend(
            m.span(1)
            for m in _CONTEXT.finditer(lowered, max(0, lo - 70), hi)
            if (9 <= _digits(m.group(1)) <= 15 and not _DATE_START.match(m.group(1)))
            or _LOCAL.fullmatch(m.group(1))
        )
    if not spans:
        return []
    spans = [(s, e) for s, e in spans if not _excluded(text, s, e)]
    lines = [(s, e) for s, e in spans if company_line(text, lowered, s, e)]
    if lines:  # the same line written again, without its description ("US users see ...")
        theirs = {_line_digits(text[s:e]) for s, e in lines}
        spans = [(s, e) for s, e in spans if _line_digits(text[s:e]) not in theirs]
        spans = [(s, e) for s, e in spans if not _from_abroad(lowered, s, e)]
    return [Finding("pii.phone", s, e) for s, e in spans]


# The number to call a free line's service from abroad, where free-call numbers do not
# reach ("0800 222 4357 (DE, free), +49 89 2000 7111 from abroad", "aus dem Ausland: +49 ..."):
# asked only when the message has a business's line (``company_line``).
_ABROAD_AFTER = re.compile(
    r"[ \t]*[(,]?[ \t]*(?:(?:(?:if|when)[ \t]+)?(?:calling[ \t]+)?(?:from|when)[ \t]+"
    r"(?:abroad|overseas|outside(?:[ \t]+(?:the[ \t]+)?[a-z]{2,15})?)|"
    r"international(?:ly)?|aus dem ausland|"
    r"vom ausland|depuis l'\u00e9tranger|de l'\u00e9tranger|desde el extranjero|"
    r"dall'estero|z zagranicy|vanuit het buitenland)\b"
)
_ABROAD_BEFORE = re.compile(
    r"(?:from abroad|from overseas|from outside[ \t]+(?:the[ \t]+)?[a-z]{2,15}|international|"
    r"aus dem ausland|vom ausland|depuis l'\u00e9tranger|de l'\u00e9tranger|"
    r"desde el extranjero|dall'estero|z zagranicy|vanuit het buitenland)"
    r"[ \t]*(?:callers?[ \t]*)?(?:[:=(-]|\u2013|\u2014)?[ \t]*$"
)


# A person's own number said just before it ("my own mobile is ... from abroad").
_OWN_NUMBER = re.compile(
    r"\b(?:my|mine|his|her|their|mobile|cell|handy|personal|private|privat|home|mein\w*)\b"
)


def _from_abroad(lowered: str, start: int, end: int) -> bool:
    """The number said right beside it to be for callers from abroad (``_ABROAD_AFTER``),
    and nobody's own (``_OWN_NUMBER``)."""
    return (
        _ABROAD_AFTER.match(lowered, end) is not None
        or _ABROAD_BEFORE.search(lowered, max(0, start - 30), start) is not None
    ) and _OWN_NUMBER.search(lowered, max(0, start - 40), start) is None


def _line_digits(value: str) -> str:
    """The last nine digits: the same number with or without its country code or trunk 0."""
    return "".join(c for c in value if c.isdigit())[-9:]


# A business's line, not a person's: free-call ranges (0800/0808 in Europe, 0120 in Japan,
# 400 in China, 1-800/888/877/866/855/844/833 in North America, 1800/1300 in Australia) and
# numbers described as a hotline, toll-free or official, or as an office's switchboard or
# reception ("Main office Madrid: +34 91 ...", in a colleague's e-mail signature), right
# beside them.
_TOLL_FREE = re.compile(
    r"(?:\+?1[ .-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[ .-]"  # North America
    r"|(?:\+(?:33|44|49|81)[ .-]?)?0?800[ .-]|0808[ .-]|0120[ .-]"  # Europe, Japan
    r"|(?:\+61[ .-]?)?1[38]00[ .-]|(?:\+86[ .-]?)?400[ .-]"  # Australia, China
)
_COMPANY_LINE_WORDS = (
    "hotline", "toll-free", "toll free", "freephone", "free phone", "official", "officiel",
    "offiziell", "kostenlos", "geb\u00fchrenfrei", "gratuit", "num\u00e9ro vert",
    "service client", "customer service", "kundenservice", "switchboard", "servicenummer",
    "noc line", "noc desk", "service desk", "help desk", "helpdesk", "support line",
    "main office", "head office", "headquarters", "reception", "front desk", "main line",
    "main number", "zentrale", "centralita", "centralino", "accueil",
    "\u70ed\u7ebf", "\u5ba2\u670d", "\u5b98\u65b9", "\u603b\u673a",
    "\u30d5\u30ea\u30fc\u30c0\u30a4\u30e4\u30eb", "\u4ee3\u8868",
    "\uace0\uac1d\uc13c\ud130", "\ub300\ud45c\ubc88\ud638",
)  # fmt: skip


def company_line(text: str, lowered: str, start: int, end: int) -> bool:
    """A free-call number, one described beside it as a hotline, toll-free or official, or
    a business's number in its own listing."""
    if _TOLL_FREE.match(text, start):
        return True
    line_start = lowered.rfind("\n", 0, start) + 1
    before = lowered[max(line_start, start - 24) : start]
    if " from " not in before and any(word in before for word in _COMPANY_LINE_WORDS):
        return True  # "客服热线 400-...", "フリーダイヤル 0120-..."
    if _NUMBER_OF_A_DESK.search(lowered, max(line_start, start - 80), start):
        return True  # "our contact centre number on the website is +44 20 ..."
    after = _PARENTHESIS_AFTER.match(lowered, end)  # "0800 724 5510 (kostenlos ...)"
    if after is not None and any(word in after.group() for word in _COMPANY_LINE_WORDS):
        return True
    # a restaurant's or a shop's number in its own listing ("restaurant record from the
    # catalog API", "işletme telefonu"), no person said to be there (``pii``)
    return business_listing(text, lowered, start, end)


# A number named as a contact centre's or a call centre's line, the rest of its sentence
# between (no agent's own: "the call centre agent gave me his mobile" names no centre's
# number).
_NUMBER_OF_A_DESK = re.compile(
    r"\b(?:contact|call|customer service|customer care)[ -]?cent(?:re|er)(?:'s)?"
    r"(?: (?:phone|telephone|main|public))? (?:number|line|no\b)[^\d\n+]{0,40}$"
)
_PARENTHESIS_AFTER = re.compile(r"[ \t]{0,2}[(\uff08][^)\uff09\n]{0,60}")


# A telephone network's call record (a CDR from the MSC, a mediation export): ``;``, ``,``
# or ``|`` separated fields, among them the parties' numbers in international form without
# the ``+`` (``491762303096``), the caller's IMSI (MCC first) and the handset's IMEI (Luhn).
# In a message that names such a record, a field of 10-15 digits starting 1-9 is a number
# or an identifier of a subscriber; the test network's IMSIs (MCC 001) and longer ICCIDs
# are not read.
_CALL_RECORD_WORDS = Words(("cdr", "call detail record", "call record", "msisdn", "mediation"))
_CALL_FIELD = re.compile(r"(?<=[;,|])[ \t]*([1-9]\d{9,14})[ \t]*(?=[;,|]|$)", re.M)


def find_call_records(text: str, lowered: str) -> list[Finding]:
    """Subscribers' numbers, IMSIs and IMEIs in a call record's fields (above)."""
    findings: list[Finding] = []
    if not _CALL_RECORD_WORDS.found(lowered):
        return findings
    for match in _CALL_FIELD.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if max(line.count(";"), line.count(","), line.count("|")) < 3:
            continue
        value = match.group(1)
        if len(value) == 15 and (luhn_valid(value) or value[0] in "234567"):
            findings.append(Finding("pii.device_id", *match.span(1)))  # an IMEI or an IMSI
        elif not value.startswith(("19", "20")) or len(value) < 12:  # not a timestamp
            findings.append(Finding("pii.phone", *match.span(1)))
    return findings
