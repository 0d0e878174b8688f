"""The rules' gate words found in one pass (``literals``) give the answer of the ``any(word in
lowered for word in WORDS)`` test they replace: for every registered list, on every row of
the corpora, and for made-up words and texts (overlapping, nested, in other scripts)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import bot.routing.sensitivity.detector  # noqa: F401  (imports and registers every rule)
from bot.routing.sensitivity.detector import ascii_lower, normalise
from bot.routing.sensitivity.literals import Words, present

DATA = Path(__file__).resolve().parents[2] / "data" / "sensitivity"


def _gate_lists() -> list[Words]:
    return [obj for obj in gc.get_objects() if isinstance(obj, Words) and obj]


def test_every_gate_list_answers_like_the_substring_test_on_the_corpora() -> None:
    lists = _gate_lists()
    assert len(lists) > 50  # the rules' lists are registered at import
    texts = [
        ascii_lower(normalise(json.loads(line)["text"]))
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()[::7]
    ]
    assert len(texts) > 1000
    wrong = [
        (sorted(words)[:3], text[:60])
        for text in texts
        for words in lists
        if words.found(text) != any(word in text for word in words)
    ]
    assert wrong == []


def test_overlapping_and_nested_words_are_all_found() -> None:
    words = Words(("pinion", "opinion", "pin", "in a", "парол", "密码"))
    assert words.found("an opinion")
    assert Words(("pinion",)).found("an opinion")
    assert Words(("парол",)).found("мой пароль")
    assert Words(("密码",)).found("数据库密码是")
    assert not Words(("pinion",)).found("an opinio")
    assert "opinion" in present("an opinion") and "pin" in present("an opinion")


_ALPHABET = st.sampled_from("abcé пр密 -😀")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=4),
    st.text(_ALPHABET, max_size=40),
)
def test_found_is_the_substring_test(words: list[str], text: str) -> None:
    assert Words(words).found(text) == any(word in text for word in words)


def test_an_empty_word_is_refused() -> None:
    try:
        Words(("ok", ""))
    except ValueError:
        return
    raise AssertionError("an empty gate word would match every message")
