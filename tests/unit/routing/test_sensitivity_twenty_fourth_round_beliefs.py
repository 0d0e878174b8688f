"""Round 24 (heldout64 30, 141): a gift a named person wants counted as their religious
duty (zakat, tithe, tzedakah, dasvandh) tells their faith, a feature that computes it does
not; an Aadhaar number right after its name, for a named person, whose check digit fails."""

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


# heldout64 141: an Aadhaar number right after its name, for a named passenger, whose check
# digit fails (Verhoeff): a person's number mistyped is still theirs; a developer's made-up
# number in a message about validation is not.
NAMED_AADHAAR = [
    "यात्री का आधार नंबर 5400 9226 6038 है, लेकिन फेस मैच नहीं हो रहा। नाम: सुनीता वर्मा।",
    "Aadhaar number 5400 9226 6038 for Sunita Verma, KYC pending since Monday",
    "Aadhaar: 3921-4410-7765 (Ravi Kumar) please update the booking",
]
NOT_NAMED_AADHAAR = [
    "Aadhaar 5400 9226 6038 fails our validator, Ravi Kumar says the regex is wrong",
    "aadhaar number 5400 9226 6038 — what format does the API want?",
    "Aadhaar 2222 2222 2222 for Ravi Kumar",
    "Aadhaar number 5400 9226 6038 is a made-up one for the demo, Sunita Verma will present",
]


@pytest.mark.parametrize("text", NAMED_AADHAAR)
def test_named_aadhaar(text: str) -> None:
    assert_sensitive(text, "pii.national_id")


@pytest.mark.parametrize("text", NOT_NAMED_AADHAAR)
def test_not_a_named_aadhaar(text: str) -> None:
    assert_ordinary(text)
