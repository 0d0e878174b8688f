"""The twenty-third blind round (``heldout62``, open-ended chat; waiting in
``tests/data/sensitivity_pending``): a passport number later in the word's clause, after a
verb or a colon. With variants and the look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    "For the train bookings they ask for passport details, mine is L84691426, issued 2021",
    "my passport is L84691426 if the form needs it",
    "Mi pasaporte es XDA803715, caduca en 2030",
    "passport (renewed last year): LR3232515",
    "Il mio passaporto è YA4417362, scade nel 2029",
]

ORDINARY = [
    "the passport appointment is 20240512 at 9am",
    "passport photo size is 600x600 pixels",
    "passport renewal fee is 165 dollars, ticket 48213377 tracks it",
    "passport.js version is 0.7.0",
    "passport number format is like AB1234567",
    "our passport-strategy PR is 4812, can you review?",
]


@pytest.mark.parametrize("text", SENSITIVE)
def test_a_passport_number_later_in_its_clause(text: str) -> None:
    assert_sensitive(text, "pii.national_id")


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
