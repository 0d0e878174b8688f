"""Phone numbers, told apart from the many other digit groups engineers paste.

Engineering text is full of numbers: versions (``1.24.3``), dates, times, IPs, ports, byte
counts, durations, line and issue numbers, epoch timestamps, ids. A number is reported as a
phone only in shapes that those never take:

* international: ``+CC`` then 8-15 digits in groups (E.164 length);
* North American: ``(415) 555-0132``, ``415-555-0132``, ``415.555.0132`` (area and exchange
  codes start with 2-9; plain spaces are too ambiguous with number lists and need context);
* national with a trunk ``0``: ``020 7946 0958``, ``0151 12345678``, ``06 12 34 56 78``,
  ``06-12345678`` (10-11 digits and at least one separator, dates excluded);
* any 9-15 digit number right after a phone word (``phone``, ``tel``, ``mobile``, ``call me``).

Numbers right after an id-like word (``#``, ``id``, ``port``, ``pid``, ``offset``, ``build``...)
or followed by a unit (``ms``, ``bytes``, ``MB``) are left alone.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import Finding

_END = r"(?![\w-]|[.,:]\d)"
# One digit per repetition (with its optional separator) keeps the match linear.
_INTERNATIONAL = re.compile(r"(?<![\w+/.=-])\+\d(?:[ .-]?\(?\d\)?){7,14}" + _END)
_NANP = re.compile(
    r"(?<![\w+/.=-])(?:1[ .-])?"
    r"(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}(?P<sep>[.-]))"  # (415) or 415- / 415.
    r"[2-9]\d{2}(?(sep)(?P=sep)|[ .-])\d{4}" + _END
)
_TRUNK = re.compile(
    r"(?<![\w+/.=:-])0[1-9]\d{0,4}(?P<sep>[ .-])\d{2,8}(?:(?P=sep)\d{2,4}){0,3}" + _END
)
_CONTEXT = re.compile(  # on lower-cased text
    r"\b(?:phone|tel|telephone|mobile|cell|whatsapp|sms|fax|call\s+(?:me|him|her|them|us)|"
    r"text\s+(?:me|him|her|them)|reach\s+(?:me|him|her|them|us))\b[^\d\n+]{0,20}"
    r"(\+?\d[\d .()-]{7,20}\d)",
)
_ID_BEFORE = re.compile(
    r"(?:#|\b(?:id|ids|port|pid|tid|line|lines|offset|build|run|job|version|v|pr|issue|ticket|"
    r"order|invoice|epoch|ts|timestamp|inode|errno|code|exit|bytes|size|count|seq)\b)[^\w\n]{0,3}$",
    re.I,
)
_UNIT_AFTER = re.compile(
    r"^\s?(?:ms|s|sec|secs|seconds|min|mins|h|us|ns|b|kb|mb|gb|tb|kib|mib|gib|bytes|%|x|rps|qps)\b",
    re.I,
)


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _excluded(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 16) : start]
    if "0x" in text[max(line_start, start - 24) : start]:
        return True  # a hex dump: "0x00 03 ff 05 00 01 02 03 04"
    return bool(_ID_BEFORE.search(before) or _UNIT_AFTER.match(text[end : end + 8]))


def _is_date_like(value: str) -> bool:
    """``01.02.2024``, ``03-15-2024``, ``2024 03 15``: day/month/year groups."""
    groups = re.split(r"[ .-]", value)
    return len(groups) == 3 and any(len(g) == 4 and g.startswith(("19", "20")) for g in groups)


_DIGIT_RUN = re.compile(r"[0-9][0-9 ().-]{6,}[0-9]")
_PHONE_WORDS = ("phone", "tel", "mobile", "cell", "whatsapp", "sms", "fax", "call", "text", "reach")


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
            m.span()
            for m in _TRUNK.finditer(text, lo, hi)
            if 10 <= _digits(m.group()) <= 11 and not _is_date_like(m.group())
        )
    if windows and any(word in lowered for word in _PHONE_WORDS):
        spans.extend(
            m.span(1) for m in _CONTEXT.finditer(lowered) if 9 <= _digits(m.group(1)) <= 15
        )
    return [Finding("pii.phone", s, e) for s, e in spans if not _excluded(text, s, e)]
