"""Rules added after the twelfth blind round's ``heldout40`` (an evaluator's acceptance file),
for its secrets and look-alikes; its people-data rows are covered with ``heldout38``'s
(``test_sensitivity_twelfth_round_prose.py``, ``..._records.py``).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR, assert_ordinary, assert_sensitive
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # an id named in prose is public, but not a session id next to an auth word
    ("auth cookie broken, the session id Zq8vLm2XpR7tKw4NbY6cJd3HfG9sAe5U is still valid", None),
    # a real card in a message about a Visa is still a card
    ("customer's visa 4539 1488 0343 6467 got declined, retry?", "pii.card"),
    # a real person's national id in a message about tests is still theirs
    ("in the test env the employee's SSN 536-22-8731 fails validation, why?", "pii.national_id"),
    ("BSN 263918476 van de klant geeft een fout in de testomgeving", "pii.national_id"),
    # a real person's address at a domain that merely contains "example"
    ("refund for j.ostrowski@examplebank.pl please, he wrote twice", "pii.email"),
]

# found when heldout40 joined the gate: its redaction left a generated key behind
SECRET_VALUES = [
    # Django's generated keys draw on brackets and percent signs
    "DJANGO_SECRET_KEY=k2)w9%dQz!Lm(4Rt^Xb7_Np3#Vs8yHc6uJe0aFg",
    "SECRET_KEY=9fT(z%s3Lq)8Wm#Rk2^Vb7!Xn4pYc6uHd0eJa",
]
NOT_SECRET_VALUES = [
    "API_TOKEN=get_secret('api-token')",
    "password=os.environ['DB_PASSWORD']",
    "NPM_TOKEN = (protected)",
    "DB_URL=format_url(host, port)",
    "label = 'user_%s_%d'",
]


@pytest.mark.parametrize("text", SECRET_VALUES)
def test_a_generated_key_with_brackets_or_percent_signs_is_a_secret(text: str) -> None:
    value = text.split("=", 1)[1]
    assert ("secret.password_assignment", value) in _show(text)


@pytest.mark.parametrize("text", NOT_SECRET_VALUES)
def test_calls_lookups_masks_and_format_strings_are_not_secrets(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


def test_a_record_key_said_of_a_person_is_redacted_with_its_value() -> None:
    text = '{"user": "Thandi Mokoena", "ethnicity": "Black African", "disability": "Y"}'
    redacted = DETECTOR.redact(text)
    assert "Black African" not in redacted and '"Y"' not in redacted
    assert not DETECTOR.scan(redacted).sensitive  # not even the markers' labels


ORDINARY = [
    # an id named in prose is public by design (OAuth client ids, measurement ids)
    "is it fine to ship the oauth client id 0oa9XbT3kLmQ2rV7p5d7Hq3Zk in the SPA bundle?",
    "token endpoint 401s; our app's application id Hq3ZkT9vR2mXw7LpN4bY8cJ6 is right, why?",
    # OAuth's state, sent in the clear in the redirect
    "callback 400s: https://app.acme.io/cb?code=<code>&state=Kq2Vx9LmT4rZw8NpB7yC3dJ6hF5sGe1A",
    "login loop, redirect_uri has state=pR4kZ8xQ2mVt7LwN9bYc3JdHf6sGa5Ue and then 302 again",
    # the famous test cards, called a test Visa / Mastercard
    "why does my Luhn check reject 4111 1111 1111 1111, the standard test Visa?",
    "the test mastercard 5555 5555 5555 4444 fails our BIN lookup, expected?",
    # addresses at a country's example domain, in test cases
    "regex test cases: valid a@example.de, b.c+d@mail.example.co.uk; invalid a@, @b.com",
    # national ids printed as examples in docs, or a sandbox's patterned test numbers
    "the vendor's sandbox guide says test SSN 222-22-2001 returns a clear report; ours hangs",
    "mijn BSN-check geeft false voor het testnummer 123456782 uit de voorbeelden, bug?",
    "il codice fiscale di esempio RSSMRA80A01H501U non passa la mia validazione in Rust",
    # a load test's generated users at a reserved domain
    "k6 creates users like vu_0042@example.com; how do I make the ids unique per VU?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
