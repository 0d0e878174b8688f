"""The twenty-second blind round's share of national ids and people data (``heldout61``):
a Chinese ID card's OCR output ("公民身份号码"), a Swedish personnummer named in its definite
form, a passport's machine-readable zone, a minor's case file, a named employee's warning,
rate and sick leave; and published specimens, documented examples and a store's listing read
as personal data. Each rule with the row's shape, variants written for it and the
look-alikes that must keep their verdict; the rows themselves are in the corpus gate once
the set is moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a Chinese resident id after "公民身份号码", as an ID card's OCR prints it
    (
        "OCR 结果如下：\n姓名：王建国\n住址：北京市海淀区中关村大街27号\n"  # noqa: RUF001
        "公民身份号码：110108198503124573\n为什么姓名置信度低？",  # noqa: RUF001
        "pii.national_id",
    ),
    ("身份号码 320502197811043212 识别正确", "pii.national_id"),
    ("身份號碼：320502197811043212", "pii.national_id"),  # noqa: RUF001
    # a Swedish personnummer named in its definite forms
    ("Personnumret är 850412-1230 (Anna Berg), BankID hänger.", "pii.national_id"),
    ("personnumret 199112304564 fastnar i valideringen", "pii.national_id"),
    # a Norwegian fødselsnummer (both mod-11 check digits)
    ("Fødselsnummer 15038912337 gir feil i BankID-flyten", "pii.national_id"),
    ("kunden oppga fnr 311280 67828 i skjemaet", "pii.national_id"),
    ("fnr: 05087740171, Kari Nordmann", "pii.national_id"),
    # a passport's machine-readable zone (TD3), its check digits holding, with or without
    # the name line, unnamed
    (
        "OCR worker output, MRZ parse failed:\n\nP<NLDVAN<DER<BERG<<SANNE<MAARTJE<<<<<<<<<<<<\n"
        "3TN9DWK2X4NLD8805197F3102271BK0739970<<<<<88\n\nconfidence 0.93",
        "pii.national_id",
    ),
    ("raw line: C7H4K9P2L1DEU7903144M2905110<<<<<<<<<<<<<<<8 (page 1)", "pii.national_id"),
    # a visa's or an older card's (TD2) and an identity card's (TD1)
    ("AB12345671GBR7001017M3001019<<<<<<<6", "pii.national_id"),
    (
        "I<FRAX4RTBPFW46<<<<<<<<<<<<<<<\n8509233F3201107FRA<<<<<<<<<<<4\nDUPUIS<<CLAIRE<<<<<<<<<<<<<<",
        "pii.national_id",
    ),
    # a minor's case file: a child named with their age, a doctor's letter's diagnosis
    (
        "Need help summarising for the handover: the Nowak file (Lena, 7 y/o, school in "
        "Ealing) — the GP letter confirms type 1 diabetes and the social worker notes bruising.",
        "pii.health",
    ),
    ("Amir (aged 11) — the consultant report confirms epilepsy, meds changed.", "pii.health"),
    # a named employee's disciplinary status, introduced by their post
    (
        "heads up, Dana from the tills is on a final written warning after the cash "
        "discrepancy. keep it between managers.",
        "pii.discipline",
    ),
    ("Tomek on checkouts has a written warning on file now", "pii.discipline"),
    # a named contractor's hourly or day rate
    ("Between us: Priya Raman is on $142/hr through the agency.", "pii.pay"),
    ("Jonas Weber bills £650 day rate, don't share it", "pii.pay"),
    ("Keep quiet: Aisha Khan is on $95 per hour now", "pii.pay"),
    # a named employee signed off with a condition, the reason far from the name
    (
        "Marco on the night fill team has been signed off for six weeks with severe "
        "depression. Please redo the rota.",
        "pii.health",
    ),
    ("Sven Olsen was signed off sick for two weeks with anxiety", "pii.health"),
    # test code clears only published values: a real-looking IBAN in it is still someone's
    ('def test_payout():\n    assert pay("DE44 5001 0517 5407 3249 31")', "pii.iban"),
    # an address beside a shop called "... Home" is still a customer's, said so
    (
        "customer complaint: deliver to 12 Mill Road, Cambridge CB1 2AD, bought at Acme Home, "
        "opening hours on the site",
        "pii.address",
    ),
    # a German address with no specimen named is somebody's
    ("Bitte an Jonas Krüger, Heidestraße 17, 51147 Köln schicken", "pii.address"),
]

ORDINARY = [
    # the German identity card's specimen person, her specimen address and date of birth
    "Für die Testumgebung nehmen wir nur die Musterdaten vom BMI: Erika Mustermann, "
    "Heidestraße 17, 51147 Köln, Ausweisnummer T22000129, geboren 12.08.1964.",
    "Max Mustermann, Musterstraße 1, 12345 Musterstadt, geb. 01.01.1980 — so sieht der "
    "Testdatensatz aus.",
    # documented example IBANs in test code (pytest, Go, JUnit)
    'def test_iban_checksum():\n    assert is_valid_iban("DE89 3704 0044 0532 0130 00")\n'
    '    assert is_valid_iban("GB82 WEST 1234 5698 7654 32")',
    'func TestIban(t *testing.T) {\n\tif !Valid("NL91ABNA0417164300") { t.Fail() }\n}',
    '@Test\nvoid validIban() { assertTrue(Iban.valid("FR1420041010050500013M02606")); }',
    # made-up fixture people
    'For the calculator we need a fixture citizen. I made one up: "Testy McTestface", born '
    "1900-01-01, address 1 Example Street. Fake enough?",
    "I made them up: Jo Bloggs, born 1901-02-03 - is that obviously fake?",
    # a store's public contact details, the shop's name ending in "Home"
    "Store 231 contact details for the suppliers list: Acme Home, 45 Market Street, Leigh "
    "WN7 1DX, main line 01942 496 000. Opening hours Mon-Sat 8-20.",
    "Shop listing: Harbour Home, 9 Quay Street, Bristol BS1 4RA. Opening hours 9-5.",
    # ICAO's specimen passport (issued by Utopia), and MRZ-like lines whose checks fail
    "ICAO 9303 sample:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    "parser test input: 3TN9DWK2X5NLD8805197F3102271BK0739970<<<<<88",
    "AB12345672GBR7001017M3001019<<<<<<<6",
    # padding and fillers that are no zone
    "the template pads names with << fillers: SMITH<<JOHN<<<<<",
    # ids whose check fails, and numbers beside the words that are no id
    "公民身份号码：110108198503124574 校验位不对",  # noqa: RUF001
    "Personnumret 850412-1231 avvisas av valideringen",
    "fnr 15038912338 feiler sjekksiffer, er det riktig?",
    "Fødselsnummer-feltet bruker 11 siffer: ordre 12345678901",
    # posts, ages and sign-offs that say nothing of a person
    "Keisha from the tills is covering Saturday, can you update the rota?",
    "Version 2, 9 yrs of data, the GP letter confirms the appointment time",
    "Marco signed off the release for six weeks with minor changes only",
    "Priya Raman quoted $142/hr for the design work, is that high?",
    "Contractors' hourly rates are $90/hr to $140/hr depending on grade",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
