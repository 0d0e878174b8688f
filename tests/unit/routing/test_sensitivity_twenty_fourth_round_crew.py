"""Round 24 (heldout64, crew): a crew member's symptom in an ACARS message, a conviction at a
court and "on licence", a Gift Aid row's house and postcode, a captain's base and allowance,
an Arabic MEDIF with a title before the name, a suspended class 1 medical, a child's bruising,
a colleague introduced in brackets, and "Gift Aid" that is no one's name."""

from __future__ import annotations

import pytest

from bench.bench_sensitivity import make_detector

_DETECTOR = make_detector()


def _scan(text: str):  # type: ignore[no-untyped-def]
    return _DETECTOR.scan(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an ACARS message: rank, initial, surname in capitals, a symptom
        (
            'ACARS from G-ABCD: "FO K.BRENNAN UNWELL SEVERE CHEST PAIN. REQ MEDLINK". '
            "help me write the report",
            "pii.health",
        ),
        ("TELEX: CAPT R.OSEI REPORTS CHEST PAINS, FO PF, DIVERTING", "pii.health"),
        # a conviction at a court, still on licence
        (
            "Passenger identified as Liam Catterall. Police said he was convicted at Leeds "
            "Crown Court in 2021 for affray.",
            "pii.criminal_record",
        ),
        (
            "Dean Whitfield is still on licence after his release, per the officer.",
            "pii.criminal_record",
        ),
        # a Gift Aid schedule's row: house number and postcode
        (
            "Title,First name,Last name,House name or number,Postcode,Amount\n"
            "Mr,Gareth,Pryce,27,SA1 4QT,20.00",
            "pii.address",
        ),
        ("Vorname;Nachname;Hausnummer;PLZ;Betrag\nJonas;Albrecht;14;10115;25,00", "pii.address"),
        # a captain's base and allowance
        (
            "retention case for Capt Ifeoma Nwachukwu. her current base is £148,200 plus the "
            "flying allowance, a rival offered £170k",
            "pii.pay",
        ),
        # a title before an Arabic name, a chronic lung disease
        ("السيدة سعاد قريشي مصابة بمرض الانسداد الرئوي المزمن وتحتاج أكسجين", "pii.health"),
        # a pilot's medical suspended
        (
            "Capt Marco Lindqvist's class 1 got suspended by the AME, pull him off the roster",
            "pii.health",
        ),
        ("FO Ana Brandt's class 2 medical was revoked last week", "pii.health"),
        # a child's bruising
        ("Tyler Okonkwo had bruising on his wrist and said his uncle did it", "pii.health"),
        # a colleague introduced in brackets by first name
        (
            "one of my team (Priya on the night shift) told me she's gay and her manager "
            "keeps joking about it",
            "pii.orientation",
        ),
        (
            "a colleague (Tomasz, in finance) mentioned his husband is being harassed about it",
            "pii.orientation",
        ),
    ],
)
def test_sensitive(text: str, label: str) -> None:
    result = _scan(text)
    assert result.sensitive, text
    assert label in result.labels, (text, result.labels)


@pytest.mark.parametrize(
    "text",
    [
        # a charity appeal: Gift Aid is a scheme, not a person; amounts are donations
        (
            "Dear {{FirstName}},\nSarah isn't one person. £25 pays for a warm-home pack.\n"
            "P.S. tick the Gift Aid box and every £10 you give becomes £12.50. Supporters "
            "raised £412,000."
        ),
        "Does Legal Aid cover the £150 fee? and Gift Aid on a £10 gift?",
        # ACARS with no crew member named
        'ACARS: "PAX 23C UNWELL CHEST PAIN REQ MEDLINK" - write the summary',
        "FO PF, CAPT PM. REQ STAND 52 ETA 1740",
        # a house column with no postcode, a postcode with no name
        "Name,House,Points\nGryffindor,Red,120",
        "Postcode,House number,Count\nCF11 9EE,12,4",
        # a conviction or a licence that is nobody's
        "what share of passengers convicted at Crown Court get a lifetime ban?",
        "the software is on licence until June",
        # a class suspended, not a medical
        "class 1 was suspended because of the snow, class 2 goes ahead",
        # an allowance with no name
        "what is the standard training captain allowance, £9k?",
        # bruises on things, a colleague in brackets with nothing about them
        "the peaches arrived bruised, refund the order",
        "one of my team (Rachel) asked how to book the meeting room",
    ],
)
def test_ordinary(text: str) -> None:
    result = _scan(text)
    assert not result.sensitive, (text, result)
