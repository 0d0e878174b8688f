"""Published example values: nobody's data in a message about tests or docs, a person's
data anywhere else (``bot/routing/sensitivity/examples.py``)."""

from __future__ import annotations

import pytest

from bot.routing.sensitivity import SensitivityDetector
from bot.routing.sensitivity.examples import (
    EXAMPLE_IBANS,
    TEST_CARDS,
    is_public_jwt,
    is_test_card,
    says_examples,
)
from bot.routing.sensitivity.pii import iban_valid, luhn_valid

DETECTOR = SensitivityDetector(company_domains=["acme.io"])
JWT_IO = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwia"
    "WF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


@pytest.mark.parametrize(
    ("about_examples", "about_a_person"),
    [
        (
            "In Stripe test mode 4242 4242 4242 4242 always succeeds; which test card fails?",
            "card 4242 4242 4242 4242 of jane.doe was declined twice, refund her",
        ),
        (
            "Which Stripe test card triggers 3DS? I use 4000 0027 6000 3184 from their docs",
            "the customer paid with 4000 0027 6000 3184 and got charged twice",
        ),
        (
            "IBAN validation bug: DE89 3704 0044 0532 0130 00 (the example from the docs) passes",
            "please wire the refund to DE89 3704 0044 0532 0130 00 today",
        ),
        (
            "is NL91 ABNA 0417 1643 00 still the IBAN we use in the e2e suite?",
            "supplier bank details changed to NL91 ABNA 0417 1643 00, update the vendor",
        ),
        (
            "fixtures use (415) 555-0142 and +44 7700 900123 as phone numbers",
            "user +44 7700 900370 says the SMS code never arrives",
        ),
        (
            "locust spawns users named perf_user_0042@example.com; the login endpoint 401s",
            "customer perf_user_0042@example.com says the login endpoint 401s",
        ),
        (
            "the seeding job generated fake customers like qa.bot+17@example.org; 429s at 200 rps",
            "qa.bot+17@example.org wrote in: 429s on every login since Friday",
        ),
    ],
)
def test_published_values_are_ordinary_only_where_the_message_is_about_examples(
    about_examples: str, about_a_person: str
) -> None:
    assert not DETECTOR.scan(about_examples).sensitive, DETECTOR.scan(about_examples).labels
    assert DETECTOR.scan(about_a_person).sensitive


def test_a_real_card_in_a_message_about_tests_is_still_a_card() -> None:
    result = DETECTOR.scan("in the test env the customer's card 4539 1488 0343 6467 failed")
    assert result.labels == ("pii.card",)


def test_jwt_io_sample_is_public_anywhere_other_tokens_are_not() -> None:
    assert is_public_jwt(JWT_IO)
    assert not DETECTOR.scan(f"why does our verifier accept {JWT_IO} without exp?").sensitive
    other = JWT_IO.replace(
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
        "eyJzdWIiOiI5ODc2NTQzMjEwIiwibmFtZSI6IkphbmUgUm9lIn0",
    )
    assert not is_public_jwt(other)
    assert DETECTOR.scan(f"why does our verifier accept {other} without exp?").sensitive


def test_the_lists_hold_values_the_rules_would_report() -> None:
    """Every listed card passes Luhn and every listed IBAN mod-97, or the entry is dead."""
    assert all(luhn_valid(card) for card in TEST_CARDS), [
        c for c in TEST_CARDS if not luhn_valid(c)
    ]
    assert all(iban_valid(iban) for iban in EXAMPLE_IBANS), [
        i for i in EXAMPLE_IBANS if not iban_valid(i)
    ]


def test_patterned_numbers_are_test_cards_random_ones_are_not() -> None:
    assert is_test_card("5454545454545454")
    assert is_test_card("4000000000000077")
    assert not is_test_card("4539148803436467")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("which test card triggers 3DS?", True),
        ("the example from the docs", True),
        ("e.g. 4242", True),
        ("in our unit tests we use", True),
        ("the customer paid twice, refund her", False),
        ("latest deploy failed on card processing", False),
    ],
)
def test_says_examples(text: str, expected: bool) -> None:
    assert says_examples(text) is expected
