"""The twenty-third blind round's door code, and its false alarms (``heldout62``,
``heldout63``): a keypad's code said in the sentence after the keypad; a phishing quiz's
look-alike sender, a protocol's bytes and a QA pass's published test cards read as
personal data. Each rule with the row's shape, variants written for it and the
look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a door's, a keypad's or an alarm's code said a sentence after it, with its enter key
    (
        "fyi: maintenance re-keyed the keypad on the plant control room (C1-207). "
        "new code is 4190# , the badge reader is still down",
        "secret.pin",
    ),
    ("alarm panel in the warehouse got reset by the installer; code is now 90210", "secret.pin"),
    ("padlock on the generator cage swapped out. combo: 3917", "secret.pin"),
    ("the key safe by reception was reset (the old one jammed). new code: 0412*", "secret.pin"),
    ("Tür zum Hof wurde neu programmiert. Der neue Code lautet 4471*", "secret.pin"),
    ("portail du parking changé hier, le nouveau code est 20794", "secret.pin"),
    # a published card written for a customer, with no test or QA said, is still a card
    ("customer says 4242 4242 4242 4242 was charged twice, refund please", "pii.card"),
    # a pair-written phone number is still a phone, even with a word of two letters after it
    ("appelle-moi au 06 12 34 56 78 de 9h à 18h", "pii.phone"),
    ("mon portable 06 12 34 56 78", "pii.phone"),
    # a phishing training's other people, and a real phish forwarded for a verdict
    (
        "phishing simulation results: sender was ceo@acme-io-support.com; "
        "anna.kowal@gmail.com clicked the link",
        "pii.email",
    ),
    ("phishing training completion: still missing marco.bellini@outlook.com", "pii.email"),
    ("got a phishing mail from marco.bellini@outlook.com, should I report it?", "pii.email"),
    (
        'Phishing report, forwarded with headers: From: "Acme IT" <teodor.mbatha@gmx.de> '
        "should we block the domain?",
        "pii.email",
    ),
]

ORDINARY = [
    # a QA pass with a processor's published test cards, and its "any future expiry"
    "Checkout QA: 4242 4242 4242 4242 goes through, 4000 0000 0000 0002 declines as expected. "
    "The receipt page still shows the wrong currency though.",
    "5555 5555 5555 4444 with any future expiry and any CVC works on staging; 4000 0000 0000 "
    "9995 gives insufficient_funds",
    "QA-Runde: 4242 4242 4242 4242 mit beliebigem Ablaufdatum klappt, 4000 0000 0000 0002 nicht",
    # "qa" in an address names no QA pass, but a demo's fake address is still a made-up one
    "the seeding job generated fake customers like qa.bot+17@example.org; 429s at 200 rps",
    # a protocol's bytes, in hex or decimal, with no "0x"
    "Wireshark capture of the Modbus TCP poll (hex):\n"
    "00 01 00 00 00 06 03 03 9c 41 00 0a\n"
    "00 01 00 00 00 17 03 03 14 de b1 21 28 58 c1 79 d9 52 5f 64\n"
    "the register values look byte-swapped?",
    "rx frame: 01 00 00 00 06 11 22 33 then nothing for 2 s",
    "DNP3 link layer, decimal: 005 100 008 196 001 000 003 000 012 044, CRC ok?",
    "Modbus RTU frame 01 03 00 00 00 0a c5 cd gets no reply from slave 1",
    # a phishing quiz's or course's sender, with or without a display name
    'For our security training quiz: "Which of these is a phishing red flag? a) Sender is '
    'ceo@acme-io-support.com b) Link to https://acme.okta.com c) Signed by IT". Is it a)?',
    'Phishing awareness module, slide 4: From: "Payroll" <payroll-update@acme-hr-portal.net> '
    "Subject: action required. Too obvious?",
    "Für die Phishing-Schulung: Absender ist it-service@acme-login-sicher.de, zu offensichtlich?",
    # a code near a door or a gate that is no door's code
    "the gate service was redeployed. error code is 5031 now",
    "door sensor firmware updated. the new code is 4000 lines",
    "keypad firmware: new code is 2.4.1",
    "alarm fired at 03:10. status code: 5030",
    "we moved the deploy gate to after QA. the new code is 1024x faster",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_third_round_alarms_codes_and_personal_data_are_found(
    text: str, label: str | None
) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_third_round_alarms_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
