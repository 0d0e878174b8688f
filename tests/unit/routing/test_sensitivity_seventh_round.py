"""Rules added after the seventh blind round (``heldout26``-``heldout28``, stop 19).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity.accounts import aba_valid
from bot.routing.sensitivity.records import nhs_valid
from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # HL7 v2 segments about a person
    (
        "why does the ADT land twice?\n```\n"
        "MSH|^~\\&|REG|NORTH|EHR|NORTH|20250101||ADT^A04|1|P|2.4\n"
        "PID|1||4471902^^^NORTH^MR||OKAFOR^CHIDI^N||19810914|M|||77 Pine Rd^^Leeds\n```",
        "pii.record",
    ),
    ("NK1|1|MENSAH^ABENA|SPO|12 Hill St^^Accra||0244123456\nis NK1-3 required?", "pii.record"),
    # X12: a subscriber or patient person and the segments about them
    (
        "271 comes back empty:\n```\nNM1*IL*1*FERREIRA*JOANA****MI*QWX551203344~\n"
        "DMG*D8*19880623*F~\n```",
        "pii.record",
    ),
    ("835 line: NM1*QC*1*NGUYEN*BAO****MI*88120045501~ why no CAS?", "pii.record"),
    # NACHA entry detail with a checksummed routing number, Bacs Standard 18
    (
        "ach file rejected, entry:\n6271220006614402188          0000125000EMP00417       "
        "KOWALSKI ANNA           0071000010000417\nwhat is wrong with the trace?",
        "pii.bank_account",
    ),
    (
        "std18 line wont validate:\n4012763192681909920000012345678    00000125000"
        "ACME PAYROLL      DEC SALARY        J OKONKWO         ",
        "pii.bank_account",
    ),
    # SWIFT MT103 beneficiary, an account next to a BIC
    (
        "MT103 out:\n:32A:250110EUR1200,00\n:59:/NL91ABNA0417164300\nPIETER DE VRIES\n"
        "KEIZERSGRACHT 12\n:71A:SHA\nwhy NAK?",
        "pii.bank_account",
    ),
    ("pay supplier, SWIFT DEUTDEFF, account 0532013000X77 holder Jens Weber", "pii.bank_account"),
    # card track 1 with the cardholder's name; a taxpayer id in a field named for it
    ("swipe log: %B4532015112830366^MORALES/ELENA^2709101000000000000?", "pii.card"),
    ('{"employee": "E1042", "taxId": "512449081", "state": "OH"} 400s', "pii.national_id"),
    # FHIR: a patient reference with its name
    (
        '{"resourceType": "Encounter", "subject": {"reference": "Patient/77120", '
        '"display": "Amara Diallo"}} why 412?',
        "pii.record",
    ),
    # routing + account, sort code + account
    ("vendor payout: routing 122000661, account 55001234987, please set up", "pii.bank_account"),
    ('{"aba_routing": "311176212", "acct_number": "0098123476"}', "pii.bank_account"),
    ("employee changed bank: sort code 40-47-84, account no 71234568", "pii.bank_account"),
    # passport, member id, MBI, NHS number
    ("visitor letter for Mr Chen, passport number E49203817, arriving monday", "pii.national_id"),
    ("claim note: member id HZQ902118834, deductible met, reprocess", "pii.national_id"),
    ("medicare MBI 5T94-JK2-RT47 for the eligibility check", "pii.national_id"),
    ("referral for NHS number 485 777 3457, please book cardiology", "pii.national_id"),
    # passwords with the word misspelt, a wifi key said after the network
    ("wats the prod pasword, is Lantern!882 right?", "secret.password_assignment"),
    ("the vpn passwrd is Copper#4410 now", "secret.password_assignment"),
    ("office wifi is AcmeHQ-5G and the key is violet-harbor-27", "secret.password_assignment"),
    ("wifi at the venue: Hall-B, code orchid_falcon551", "secret.password_assignment"),
    # one-time codes received with no "code" before them, or read back
    ("okta texted me 402917 but the login mfa screen timed out", "secret.otp"),
    ("okta sent me 551 870 for mfa, is that normal?", "secret.otp"),
    (
        "agent: I'll send a verification code to your phone.\ncaller: ok, it's 730 219",
        "secret.otp",
    ),
    # dates of birth after born / birthday / field names
    ("applicant Lena Fischer, born 3 March 1979, needs the form", "pii.dob"),
    ("his birthday is 11/04/1985 and the account says 1958", "pii.dob"),
    ("date_of_birth: 1990-12-01 for the new member", "pii.dob"),
    # an alarm's disarm code
    ("warehouse alarm disarm is 4830 then press OFF", "secret.pin"),
    # an address with no comma between city and state
    ("mail the check to Joe Park, 88 Maple Ave, Dayton OH 45402 thx", "pii.address"),
]

ORDINARY = [
    # organisations, placeholders and made-up people in records
    "NM1*PR*2*AETNA*****PI*60054~ is the payer loop fine?",
    "NM1*85*2*ACME MEDICAL GROUP*****XX*1234567893~ billing provider",
    "PID|1||TEST00991^^^QA^MR||TESTPATIENT^ALPHA||19000101|U from the test harness",
    "masked: NM1*IL*1*XXXXXXX*XXXXX****MI*XXXXXXXXX~ is that enough?",
    "synthetic data from synthea: birthDate 1968-02-11 for Wilfredo622, why rejected?",
    # routing numbers alone, a bank's own; NHS test range; CMS's documented MBI example
    "our bank's routing number is 122000661, put it on the invoice template",
    "NHS number 999 123 4567 in the test fixtures fails validation",
    "the CMS spec example MBI 1EG4-TE5-MK73 passes our regex, does yours?",
    # a taxpayer id that cannot be an SSN, times that are not MT103 fields
    '{"taxId": "000123456"} is rejected as expected',
    "deploy at 10:59:30 then\n:59 seconds later it failed",
    # public things said as such
    "in the jwt.io docs example the token is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c what is the middle part?",
    "JWT_SECRET=generate-with-openssl-rand-base64-48 in the .env.example, ok?",
    'the api returns "card_token": "tok_4fG8kLm2Qx9Zr1Tw" to the browser, fine?',
    "our test script uses the Visa test PAN 4761 7390 0101 0036 from the cert kit",
    "<ds:X509Certificate>MIIDpDCCAoygAwIBAgIGAY7qZ3Q1h4k9mT2wqL8xV0bR5sN6cJ3eF7gH1iK</ds:X509Certificate>",
    "the libphonenumber docs example numbers (not real people): +1 650 253 0000",
    "the Acme NOC line +1 415 200 7788 is staffed 24/7, keep it in the runbook",
    "PKCE code_challenge from our test logs: `E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM`",
    "figma prototype v3, file key Qm7RtY2pLx9KwZ4vN8sD1f, can you review?",
    # a business's receiving address
    "ship to Nimbus Labs LLC, Attn: Receiving, 400 Harbor Blvd, Oakland, CA 94607",
    # a birthday party, a count read back
    "team birthday lunch is on 12/05/2025, who is in?",
    "the verification code table has it's 100 000 rows now",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_seventh_round_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_seventh_round_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


def test_checksums() -> None:
    assert aba_valid("071000013") and not aba_valid("071000014")
    assert nhs_valid("9434765919") is True
    assert not nhs_valid("4010237180")  # the check digit would be 10: never issued
    assert not nhs_valid("9991234567")  # the test range
