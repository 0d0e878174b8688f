"""Result types of the sensitivity detector and the overlap rules between findings.

A finding carries only a label and character offsets, never the matched text, so a result can
be logged, cached or shown to an admin without becoming a second copy of the secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


class Name:
    """A person named at ``start:end`` of the message; ``full`` for a first and last name."""

    __slots__ = ("end", "full", "start")

    def __init__(self, start: int, end: int, *, full: bool) -> None:
        self.start = start
        self.end = end
        self.full = full


@dataclass(frozen=True)
class Finding:
    """One sensitive span: ``text[start:end]`` is what a caller redacts."""

    label: str
    start: int
    end: int


@dataclass(frozen=True)
class SensitivityResult:
    """Outcome of one scan; ``labels`` is sorted and unique."""

    sensitive: bool
    labels: tuple[str, ...]
    findings: tuple[Finding, ...]


# Higher wins when two findings overlap: a specific vendor format says more about what leaked
# (and how to revoke it) than the generic keyword or entropy rule that saw the same bytes.
_PRIORITY_BY_PREFIX: tuple[tuple[str, int], ...] = (
    ("secret.private_key", 100),
    ("secret.jwt", 85),
    ("secret.url_credentials", 80),
    ("secret.auth_header", 70),
    ("secret.password_assignment", 60),
    ("secret.high_entropy", 50),
    ("secret.", 90),
    ("pii.", 40),
    ("policy.", 30),
)


def priority(label: str) -> int:
    """Rank of a label for overlap resolution (vendor formats above generic rules)."""
    for prefix, rank in _PRIORITY_BY_PREFIX:
        if label.startswith(prefix):
            return rank
    return 0


def merge_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Union overlapping spans, keeping the highest-priority label of each group.

    Two detectors often see the same bytes (``password=ghp_...`` is both a keyword assignment
    and a GitHub token). One merged finding per region keeps the redaction of the region
    complete and the label the most specific one.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    for finding in ordered:
        if finding.end <= finding.start:
            continue
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            best = last.label if priority(last.label) >= priority(finding.label) else finding.label
            merged[-1] = Finding(best, last.start, max(last.end, finding.end))
        else:
            merged.append(finding)
    return merged


def build_result(findings: Iterable[Finding]) -> SensitivityResult:
    """Resolve overlaps and derive the label set."""
    merged = merge_overlaps(findings)
    labels = tuple(sorted({f.label for f in merged}))
    return SensitivityResult(sensitive=bool(merged), labels=labels, findings=tuple(merged))


def redact_spans(text: str, findings: Iterable[Finding]) -> str:
    """Replace every finding's span with ``[REDACTED:<label>]``, overlaps merged first."""
    pieces: list[str] = []
    cursor = 0
    for finding in merge_overlaps(findings):
        start = max(finding.start, cursor)
        end = min(finding.end, len(text))
        if start >= end:
            continue
        pieces.append(text[cursor:start])
        pieces.append(f"[REDACTED:{finding.label}]")
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


# A word that is a record's key ("ethnicity": "...", disability=Y): the value after it is
# what the record says, so a finding on the key runs to the end of its value.
_FIELD_VALUE = re.compile(
    r"""["'`]?[ \t]*[:=][ \t]*"""
    r"""(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s,;|}{\[\]"'][^,;|}\n]{0,200})"""
)


def with_field_value(lowered: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` (a word said of a person), and the value after it if it is a key."""
    value = _FIELD_VALUE.match(lowered, end)
    return (start, value.end()) if value else (start, end)


def near(
    pattern: re.Pattern[str], haystack: str, triggers: Iterable[str], back: int, forward: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in windows around each occurrence of a trigger word.

    A pattern that starts with an alternation or a look-behind is tried at every position
    of the text by ``re``; run only where its words are, it costs nothing on a long paste
    that lacks them. ``back``/``forward`` must cover the longest match around its trigger.
    Overlapping windows are searched as one, so a match is yielded once.
    """
    windows: list[tuple[int, int]] = []
    size = len(haystack)
    for trigger in triggers:
        index = haystack.find(trigger)
        while index >= 0:
            windows.append((max(0, index - back), min(size, index + len(trigger) + forward)))
            index = haystack.find(trigger, index + 1)
    for start, end in merge_windows(windows):
        yield from pattern.finditer(haystack, start, end)


def merge_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping windows joined: a text repeating a trigger every few characters had its
    windows read again and again (seconds for 16,000 characters of ``cl_``)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def at_triggers(
    pattern: re.Pattern[str], haystack: str, triggers: Iterable[str], *, overlapping: bool = True
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start where a trigger word starts.

    For a pattern that begins with its trigger words this is one ``match`` per occurrence
    instead of ``near``'s search through a window (a word such as "code" or "account" is
    in most long pastes, many times). ``overlapping=False`` looks for the next trigger after
    the end of a match, for patterns that read to the end of their line: from every
    trigger of a line repeating it, they would read the rest of the line again.
    """
    for trigger in triggers:
        index = haystack.find(trigger)
        while index >= 0:
            match = pattern.match(haystack, index)
            if match is not None:
                yield match
                if not overlapping:
                    index = haystack.find(trigger, max(match.end(), index + 1))
                    continue
            index = haystack.find(trigger, index + 1)


def line_pairs(text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(start, end)`` of each line and of the line after it, for rules about a value a
    terminal or a log wrapped onto the next line."""
    start = 0
    newline = text.find("\n")
    while newline >= 0:
        following = text.find("\n", newline + 1)
        end = len(text) if following < 0 else following
        yield start, newline, newline + 1, end
        start, newline = newline + 1, following


# The clitics Hebrew and Arabic write onto a word: "and", "in", "the", "to", "that" before it
# (vav, bet, he, lamed, mem, shin, kaf; wa, fa, bi, li, ka, al), a possessive after it.
_CLITIC_BEFORE = (
    "(?:[\u05d5\u05d1\u05d4\u05dc\u05de\u05e9\u05db]{1,3}|"
    "[\u0648\u0641]?[\u0628\u0644\u0643]?(?:\u0627\u0644|\u0644\u0644)?)?"
)
_CLITIC_AFTER = "(?:[\u05d0-\u05ea\u0621-\u064a]{1,3})?"


def with_clitics(words: str) -> str:
    """``words`` (Hebrew, Arabic; and Hindi, whose vowel signs are not ``\\w``) as whole
    words with the clitics written onto them."""
    return rf"(?<![\w-]){_CLITIC_BEFORE}(?:{words}){_CLITIC_AFTER}(?![\w-])"


# Not a person's condition but the name of a system, a feature or data about it, after a
# Japanese, Chinese or Korean word ("入院システム", "手術室予約アプリ", "绩效评级模块",
# "이혼 서류 양식"): the CJK counterpart of the English words' "... service", "... form".
CJK_TOPIC_AFTER = (
    "(?![ \t]?(?:\u30b7\u30b9\u30c6\u30e0|\u6a5f\u80fd|\u753b\u9762|\u30a2\u30d7\u30ea|"
    "\u30da\u30fc\u30b8|\u30e2\u30b8\u30e5\u30fc\u30eb|\u30d5\u30a9\u30fc\u30e0|"
    "\u30c6\u30fc\u30d6\u30eb|\u30c7\u30fc\u30bf|\u30c6\u30f3\u30d7\u30ec|\u7ba1\u7406|"
    "\u4e88\u7d04|\u5ba4|\u7cfb\u7edf|\u7cfb\u7d71|\u529f\u80fd|\u6a21\u5757|\u6a21\u7d44|"
    "\u9875\u9762|\u9801\u9762|\u8868\u5355|\u8868\u683c|\u6570\u636e|\u6578\u64da|\u63a5\u53e3|"
    "\u5b57\u6bb5|\u6a21\u677f|\u9884\u7ea6|\uc2dc\uc2a4\ud15c|\uae30\ub2a5|\ud398\uc774\uc9c0|"
    "\ubaa8\ub4c8|\uc591\uc2dd|\ud14c\uc774\ube14|\ub370\uc774\ud130|\ud654\uba74|"
    "\uad00\ub9ac|\uc608\uc57d|\ud15c\ud50c\ub9bf|\ud544\ub4dc|\uc11c\ub958 \uc591\uc2dd|"
    "api|API))"
)


def whole_words(
    words: str, after: str = "", *, affixed: str = "", unspaced: str = ""
) -> re.Pattern[str]:
    """``words`` (a regex alternation) as whole words: no letter, digit, ``_`` or ``-``
    on either side ("union" but not "reunion" or "union-find"), then ``after`` (a
    look-ahead that rules out what follows, such as a system's name after "bankruptcy");
    ``affixed`` (Hebrew and Arabic words) as whole words with the clitics written onto
    them ("בהריון", "والدته"), and ``unspaced`` (Japanese, Chinese, Korean: a word inside a
    run of characters with no space, or with its particle after it) anywhere."""
    pattern = rf"(?<![\w-])(?:{words})(?![\w-]){after}"
    if affixed:
        pattern += "|" + with_clitics(affixed)
    if unspaced:
        pattern += f"|(?:{unspaced}){CJK_TOPIC_AFTER}"
    return re.compile(pattern)


def literal_trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (literals), written as a trie: ``re`` tries an
    alternation's branches one by one at each position, so a hundred words in a flat
    alternation cost a hundred tries per character, and as a trie one per letter matched.
    At a position where several words start, the longest is matched."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern


@lru_cache(maxsize=4)
def longest_run(text: str) -> int:
    """The length of the longest run of characters without a space (once per message: rules
    whose values are long tokens skip prose, which has none)."""
    return max(map(len, text.split()), default=0)
