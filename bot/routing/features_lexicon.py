"""Tokenising and marker-word counting, shared by every feature module.

A byte translation and dictionary lookups, all in C where possible: the difficulty
score runs on every question inside a sub-millisecond budget, and a regex tokeniser
costs several times more.
"""

from __future__ import annotations

import itertools
import string
from collections import Counter
from dataclasses import dataclass, field

# One C-level pass over ASCII bytes: upper case becomes lower case, punctuation (but not
# the hyphen of "trade-off") and whitespace become spaces, every digit becomes "#" so
# numbers turn into shapes ("1024" -> "####").
_TOKEN_TABLE = bytes(
    ord(" ") if (chr(c).isspace() or (chr(c) in string.punctuation and chr(c) not in "-#"))
    else ord("#") if chr(c).isdigit() else ord(chr(c).lower()) if chr(c).isascii() else c
    for c in range(256)
)  # fmt: skip
ZEROS = itertools.repeat(0)  # the default for map(counts.get, words, ZEROS), all in C
# Quantities spelled out: "twice" or "a dozen" is as much a number as "2" or "12".
NUMBER_WORDS = frozenset((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    "million", "half", "twice", "double", "triple", "third", "quarter", "dozen",
))  # fmt: skip


def fold(text: str) -> str:
    """ASCII, lower case, punctuation as spaces, digits as "#": what tokens are cut from.

    Numbers become shapes so no specific value is memorised.
    """
    return text.encode("ascii", "ignore").translate(_TOKEN_TABLE).decode("ascii")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Marker words (matched as tokens) and phrases (matched in the folded text)."""

    words: frozenset[str]
    phrases: tuple[str, ...] = ()
    # Phrases by their longest word (the likeliest to be rare): most messages hold none of
    # these keys, so most calls never loop over the phrases at all.
    _keys: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _by_key: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_key: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in self.phrases:
            words = tuple(fold(phrase).split())
            key = max(words, key=len)
            by_key.setdefault(key, []).append((words, " " + " ".join(words) + " "))
        object.__setattr__(self, "_keys", tuple(by_key))
        object.__setattr__(self, "_by_key", {k: tuple(v) for k, v in by_key.items()})

    def count(self, counts: Counter[str], folded: str) -> float:
        """How often the question uses any of these markers.

        A phrase is only searched for when all its words occur, which keeps this to
        dictionary lookups for almost every message; `folded` is space-padded so a
        phrase matches whole words only.
        """
        hits: int = sum(map(counts.get, self.words, ZEROS))
        for key in filter(counts.__contains__, self._keys):
            for words, phrase in self._by_key[key]:
                if all(map(counts.__contains__, words)):
                    hits += folded.count(phrase)
        return float(hits)
