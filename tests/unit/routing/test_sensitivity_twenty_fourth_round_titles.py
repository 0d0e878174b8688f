"""Round 24 (heldout64 30): a surname after a title ("Mr Haddad", "Mrs. Okafor", "Ms Chen")
names a person whatever verb follows it, so a pronoun or a possessive after it is theirs
("Mr Haddad rang, he wants his gift treated as zakat"); a product, a show or a template's
placeholder a title starts ("a Dr Pepper", "Ms Word", "Dear Mr {{LastName}}") is nobody.
A question about what the writer is to do ("how do I set up a fund code for this?") is no
textbook's word problem."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    ("Mr Haddad rang, he has cancer.", "pii.health"),
    ("Mr Haddad rang, he is a practising Muslim.", "pii.beliefs"),
    ("Mr Haddad wants his gift treated as zakat.", "pii.beliefs"),
    (
        "Mrs. Okafor emailed: she starts chemo on Monday, can we pause her direct debit?",
        "pii.health",
    ),
    ("Ms Chen phoned, her salary is now £48,000 after the regrade.", "pii.pay"),
    (
        "Mrs Okafor rang, she earns £48,000 a year, is she eligible for the hardship fund?",
        "pii.pay",
    ),
    ("Miss Adeyemi popped in, she is Jewish and wants the gala moved off shabbat", "pii.beliefs"),
    ("Herr Brandt hat angerufen, er hat Krebs und storniert seine Spende.", "pii.health"),
    ("Mr Okafor's base salary moves from $117,500 to $128,500 in March.", "pii.pay"),
    (
        "Mr Haddad rang, he wants his £1,200 treated as zakat and spent only on the flood appeal. "
        "how do I set up a restricted fund code in our CRM for this?",
        "pii.beliefs",
    ),
]
ORDINARY = [
    # a title before a product, a show or a brand
    "I had a Dr Pepper at lunch, he has diabetes so none for Sam next time?",
    "Ms Word crashed again and he lost his draft, how do I turn on autosave?",
    "Bought Mr Muscle for the kitchen, he says it's fine for asthma sufferers?",
    "We binged the Mr Robot finale, he turns out to have a dissociative disorder",
    # a band told to a titled person, not their pay
    "Call with Dr. Okafor: the salary range for research nurses is £34,000 to £41,000.",
    "Mrs Adeyemi asked about the pay band for cashiers, it's $31,000-$36,000",
    # a template's placeholder
    "Dear Mr {{LastName}}, thank you for your gift; we will make sure it is treated as zakat.",
    "Template: Dear Mr Surname, we confirm his gift will be treated as zakat.",
    # a doctor's name: a condition after it is their patient's or their subject
    "Dr Lindqvist rang, he has the cancer referral letters ready.",
    # a textbook's titled people still make a word problem
    "Mr. Sanchez earns $15 an hour. He works 6 hours a day. How much does he earn in 5 days?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
