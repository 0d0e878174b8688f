"""Rules added after the thirteenth blind round's ``heldout42`` (an evaluator's file for a
fintech and health-software customer): its secrets, cards and look-alikes.

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR, assert_ordinary, assert_sensitive
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # card numbers as CSV cells, an amount after them
    (
        "refund export:\nid,holder,card_number,amount\nr1,Maren Olsen,5425233430109903,19.99\n"
        "r2,Tariq Aziz,4263982640269299,120.00\n",
        "pii.card",
    ),
    ("chargebacks.csv\ncb_7,2024-02-01,371449635398456,88.10,USD", "pii.card"),
    # a person's X12 segment beside a template's
    (
        "270 request, real member:\nNM1*IL*1*OKONKWO*CHIDI****MI*W482910377~\nDMG*D8*19830517~",
        "pii.record",
    ),
    # a query result whose columns carry numbers (icd10, line1) is still a table of people
    (
        " patient_no | surname | given_name | icd10 | dx_text\n"
        "------------+---------+------------+-------+------------------\n"
        " 88120413   | Haddad  | Samira     | C50.9 | breast cancer    \n",
        "pii.health",
    ),
    # a secret word that ends a sentence, then a real assignment in the next one
    ("we rotated the secret. New one: client_secret=Zq8vLm2XpR7tKw4NbY6c", None),
    # a value that only contains a placeholder's word is still checked
    ("DB_PASSWORD=Vx7#Iamnotasecret2 in prod, is that why the login works?", None),
]

ORDINARY = [
    # epoch milliseconds and other long numbers before a comma and digits are no cards
    "events.csv: ts,value\n1716200000000,5\n1716200000137,7\nwhy does pandas parse ts as float?",
    # an X12 template with angle-bracket placeholders
    "what goes in NM1*QC*1*<LAST>*<FIRST>****MI*<ID>~ vs the subscriber loop in a 837P?",
    "template: NM1*IL*1*{last_name}*{first_name}****MI*{member_id}~ renders wrong in Jinja",
    # numbered columns with nobody's special data
    "surname | given_name | address_line1 | city\n---+---+---+---\nschema only, no rows yet",
    # a value that says it is not a secret
    ".env.example:\nSESSION_SECRET=local-dev-not-a-secret\nAPI_TOKEN=not_a_secret\nok to commit?",
    # a secret word ending its sentence, a setting in the next
    "the SPA has no client secret. Is response_mode=fragment still needed with PKCE?",
    "we dropped the token. Now grant_type=client_credentials fails with 401, why?",
]


def test_a_birth_date_word_does_not_take_a_later_fields_date() -> None:
    text = "kyc: doc={type: ID, number: X, dob: [REDACTED:pii.dob], expiry: 2031-02-11}"
    assert not DETECTOR.scan(text).sensitive, _show(text)
    real = "kyc: doc={type: ID, dob: 1988-04-02, expiry: 2031-02-11}"
    assert ("pii.dob", "1988-04-02") in _show(real)


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
