"""Which of the rules' gate words a message holds, found in one pass over it.

Most rules run only when the lower-cased message holds one of their words: ``any(word in
lowered for word in WORDS)``. Each such test reads the whole text once per word, and with
some sixty lists of up to sixty words that was a quarter of the scan of a long message
(a 2,000-character passage). A list declared as ``Words(...)`` is registered here when its
module is imported; one Aho-Corasick automaton (pyahocorasick) holds every registered word,
a message is read once (``present``), and ``WORDS.found(lowered)`` is a set test on what
that pass found: the same answer as the ``any`` test, for every word, at any position.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

import ahocorasick

_registered: set[str] = set()
_automaton: ahocorasick.Automaton | None = None
_lock = threading.Lock()
_WORD_OF = itemgetter(1)  # ``Automaton.iter`` yields (end index, word)


class Words(frozenset[str]):
    """A rule's gate words; ``found(lowered)`` says whether the message holds any."""

    __slots__ = ()

    def __new__(cls, words: Iterable[str] = ()) -> Words:
        self = super().__new__(cls, words)
        if "" in self:
            raise ValueError("a gate word cannot be empty")
        _register(self)
        return self

    def found(self, lowered: str) -> bool:
        """``any(word in lowered for word in self)``, from the message's one pass."""
        return not self.isdisjoint(present(lowered))


def _register(words: frozenset[str]) -> None:
    global _automaton
    with _lock:
        if not words <= _registered:
            _registered.update(words)
            _automaton = None  # built again, with the new words, at the next message
            present.cache_clear()


def _built() -> ahocorasick.Automaton:
    global _automaton
    with _lock:
        if _automaton is None:
            automaton = ahocorasick.Automaton()
            for word in _registered:
                automaton.add_word(word, word)
            automaton.make_automaton()
            _automaton = automaton
        return _automaton


@lru_cache(maxsize=16)
def present(lowered: str) -> frozenset[str]:
    """The registered words that occur in ``lowered`` (cached for the last few messages:
    every rule of one scan asks about the same string)."""
    if not _registered:
        return frozenset()
    return frozenset(map(_WORD_OF, _built().iter(lowered)))
