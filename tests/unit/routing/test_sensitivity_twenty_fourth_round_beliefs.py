"""Round 24 (heldout64 30): a gift a named person wants counted as their religious duty
(zakat, tithe, tzedakah, dasvandh) tells their faith; a feature that computes it does not."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    "Fatima Malik pays zakat through payroll giving every Ramadan, can we show it on her payslip?",
    "David Cohen gives tzedakah monthly, set up his direct debit as restricted",
    "Harpreet Singh Gill gives dasvandh from each paycheque; can the portal split it out?",
    # a surname after a title, then his pronoun and possessive (heldout64 30)
    "Mr Haddad rang, he wants his £2,500 treated as zakat and only spent on the Yemen appeal "
    "because as a practising Muslim he's strict that it goes to eligible recipients. how do I "
    "set up a restricted fund code in Beacon for this?",
]
ORDINARY = [
    "we need a zakat calculator on the donate page, Omar Farouk from product wants it by Eid",
    "Can the CRM flag gifts treated as zakat? The finance team (Sarah Jones) asked.",
    "What is the nisab threshold for zakat this year? Writing the FAQ page.",
    "Tithe barns in Somerset: Anna Price wants a slide for the heritage walk",
]


@pytest.mark.parametrize("text", SENSITIVE)
def test_sensitive(text: str) -> None:
    assert_sensitive(text, "pii.beliefs")


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
