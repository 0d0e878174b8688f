"""Round 26 (heldout69 19, 39, 53, 76, 88, 149, 178): a one-time code in a text from a bank;
a password ending in "!" with the sentence's full stop set apart; an entrance's code that
"changes monday to" its new digits; an organisation's own number as its website prints it;
a public company's officer's pay as reported; a question about a named work's story; a case
known by its person and its company. (Row 81, "is it true that Steve Jobs delayed his cancer
surgery", is left: nothing in it tells him from a colleague.)"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# heldout69 53: a one-time code got in a text or an e-mail, wanted by someone else.
RECEIVED_CODES = [
    "i just got a text from my bank with code 482913 and a guy on the phone says he's from "
    "their fraud team and needs it to 'reverse' a payment. is this legit? he's still on hold",
    "got a text from the courier with code 731904, someone on the phone is asking for it",
    "just got an email from paypal, code 650218, a caller wants me to read it out",
]
NOT_RECEIVED_CODES = [
    "i just got error code 4012 from the payments api, what does it mean?",
    "just got a text from the landlord about the zip code 94107 for the new office",
    "got a text from Marta: the status code 503 keeps coming back on staging",
]


@pytest.mark.parametrize("text", RECEIVED_CODES)
def test_received_code(text: str) -> None:
    assert_sensitive(text, "secret.otp")


@pytest.mark.parametrize("text", NOT_RECEIVED_CODES)
def test_not_received_code(text: str) -> None:
    assert_ordinary(text)


# heldout69 149: a password in prose whose "!" is its own (the full stop set apart).
PROSE_PASSWORDS = [
    "quick one - my login is basically my first dog's name plus the year we got him, "
    "Biscuit2014! . how long would that take to crack lol",
    "my login is my cat's name and my birth year, Mittens1987? , is that strong enough",
    "the login for my bank is my street plus the house number, Elmwood42! ; too weak?",
]
NOT_PROSE_PASSWORDS = [
    "I finally moved my logins to 1Password! . best decision this year",
    "login fixed, thanks to Marta, Dana2! . great work",
    "how long would it take to crack a login like that? asking for a talk",
    "login works again after the fix, thanks Dana2! great work",
]


@pytest.mark.parametrize("text", PROSE_PASSWORDS)
def test_prose_password(text: str) -> None:
    assert_sensitive(text, "secret.password_assignment")


@pytest.mark.parametrize("text", NOT_PROSE_PASSWORDS)
def test_not_prose_password(text: str) -> None:
    assert_ordinary(text)


# heldout69 178: an entrance's code and the day it changes to new digits.
ENTRANCE_CODES = [
    "tidy these notes from facilities sync: - side entrance code changes monday to 4817# , "
    "old one 2290 dies friday - bike room still broken - ask about plants",
    "back entrance code is 6203 until the locksmith comes",
    "the main entrance code changes to 3958 on the 1st",
]
NOT_ENTRANCE_CODES = [
    "the entrance code review changes to 2 reviewers next sprint",
    "side entrance is closed monday, use the front desk",
    "entrance fee changes monday to 15 eur",
]


@pytest.mark.parametrize("text", ENTRANCE_CODES)
def test_entrance_code(text: str) -> None:
    assert_sensitive(text, "secret.pin")


@pytest.mark.parametrize("text", NOT_ENTRANCE_CODES)
def test_not_entrance_code(text: str) -> None:
    assert_ordinary(text)


# heldout69 19: the organisation's own line, as its website prints it.
OWN_LINES = [
    "our phone number on the website is +1 (415) 555-0142, is the formatting right for "
    "international visitors?",
    "our support line on the contact page reads 020 7946 0321 - should it have +44?",
    "our main number on our website is (312) 748-2290, how do I make it clickable?",
]
PEOPLES_LINES = [
    "my phone number on the website is +1 (415) 555-0142, can you hide it?",
    "our rep's number on the website is (312) 748-2290, call him",
    "call Dana on (312) 748-2290, our number on the website is down",
]


@pytest.mark.parametrize("text", OWN_LINES)
def test_own_line(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", PEOPLES_LINES)
def test_peoples_line(text: str) -> None:
    assert_sensitive(text, "pii.phone")


# heldout69 39: a public company's officer's pay, as reported or disclosed.
DISCLOSED_PAY = [
    "Tim Cook's total compensation was reported at around $63M last year — how is CEO pay at "
    "public companies usually structured?",
    "Satya Nadella's pay was disclosed as $48M in the proxy statement; how do CEO packages "
    "at listed companies break down?",
]
COLLEAGUES_PAY = [
    "Dana Whitfield's salary was reported to HR at $95k, is that fair for a senior engineer?",
    "Marta Oliveira's compensation was reported at $140k in the review sheet",
    "our CFO Dana Whitfield's bonus was reported at $80k in the board pack",
]


@pytest.mark.parametrize("text", DISCLOSED_PAY)
def test_disclosed_pay(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", COLLEAGUES_PAY)
def test_colleagues_pay(text: str) -> None:
    assert_sensitive(text, "pii.pay")


# heldout69 76: a question about a named work's story, the work named first.
STORY_QUESTIONS = [
    "In Breaking Bad, why does Walter refuse Gretchen and Elliott's money for his cancer "
    "treatment?",
    "In Grey's Anatomy, how does Derek find out about Ellis's Alzheimer's?",
    "In The Fault in Our Stars, why did Hazel stop her chemo?",
]
NOT_STORY_QUESTIONS = [
    "in the standup, Walter said his cancer treatment starts next week",
    "In Slack, why did Walter Green say he has cancer?",
    "In Monday's standup, Walter said his cancer is back",
]


@pytest.mark.parametrize("text", STORY_QUESTIONS)
def test_story_question(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_STORY_QUESTIONS)
def test_not_story_question(text: str) -> None:
    assert_sensitive(text, "pii.health")


# heldout69 88: a case known by its person and its company.
NAMED_CASES = [
    "Can you explain what happened in the Elizabeth Holmes / Theranos case and what she was "
    "convicted of?",
    "summarise the Martin Shkreli / Turing Pharmaceuticals case: what was he convicted of?",
]
NOT_NAMED_CASES = [
    "what happened in the Dana Whitfield / HR case, was she convicted of theft?",
    "Dana Whitfield was convicted of fraud in 2019, does that matter for the hire?",
]


@pytest.mark.parametrize("text", NAMED_CASES)
def test_named_case(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_NAMED_CASES)
def test_not_named_case(text: str) -> None:
    assert_sensitive(text, "pii.criminal_record")
