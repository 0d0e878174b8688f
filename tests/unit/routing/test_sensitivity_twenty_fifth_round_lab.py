"""Round 25 (heldout67 10, 21, 47, 56, 61, 82, 106, 110, 123): a lock's code told as the
keys pressed; a guest network's passphrase of words and a number; a one-time code ending its
sentence; where a car parks every night (its keeper's home); dealers' listings; a free
line's number from abroad; a signature beside its key id in signed metadata."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# heldout67 21, 110: a keypad's or an alarm panel's code told as the keys pressed, the
# digits (together or spelled apart) then the key that confirms them.
KEYED_CODES = [
    "onboarding note: the vivarium anteroom keypad is 4 8 1 7 then # (don't write it down), "
    "never prop the door",
    "alarm at the test garage: I enter 5093 then OFF, it disarms, then beeps again",
    "the side gate keypad: 7 2 0 6 then press #",
    "Tastenfeld an der Tür zum Lager: 3 9 1 5 dann #",
    "for the alarm you type in 8842 + ENT and leave within 30 s",
]
NOT_KEYED_CODES = [
    "enter 2024 then press OK on the calendar screen",
    "the alarm panel shows TAMPER ZONE 1004 then OFF after a minute",
    "block 2048 then the clock resets",
    "the keypad has 12 keys, the door closes after 30 s",
    "door controller firmware 4.1.7 then reboot",
]


@pytest.mark.parametrize("text", KEYED_CODES)
def test_keyed_code(text: str) -> None:
    assert_sensitive(text, "secret.pin")


@pytest.mark.parametrize("text", NOT_KEYED_CODES)
def test_not_keyed_code(text: str) -> None:
    assert_ordinary(text)


# heldout67 47: a guest network and its passphrase of words and a number.
WIFI_PASSPHRASES = [
    "welcome email for the auditors: wifi for them is ACME-Lab-Guest / walrus-cobalt-64 , "
    "put it in a box",
    "Gäste-WLAN: Acme-Besucher / lampe_tiger_pinsel_42",
    "guest wi-fi ACME-Visitors / harbor.maple.907",
]
NOT_WIFI_PASSPHRASES = [
    "the wifi module is esp32 / esp-wroom-32 on the board",
    "wifi standards: 802.11ac / wifi-six-extended",
    "the wifi APs are named lobby-ap / floor-east-2 in the controller",
]


@pytest.mark.parametrize("text", WIFI_PASSPHRASES)
def test_wifi_passphrase(text: str) -> None:
    assert_sensitive(text, "secret.password_assignment")


@pytest.mark.parametrize("text", NOT_WIFI_PASSPHRASES)
def test_not_wifi_passphrase(text: str) -> None:
    assert_ordinary(text)


# heldout67 106: a one-time code named and said, the sentence ending right after it.
OTP_SENTENCE_END = [
    'translate pls: "Ihr Bestätigungscode für das Händlerportal lautet 519304. Er ist 10 '
    'Minuten gültig."',
    "Your verification code is 482 913. Do not share it.",
    "Su código de verificación es 730418. Caduca en 5 minutos.",
]
NOT_OTP_SENTENCE_END = [
    "Ihr Bestätigungscode lautet 000000. Das ist der Testwert im Staging.",
    "the verification code is 6 digits. how long should it stay valid?",
    "Bestätigungscode: wie lange ist er gültig? 10 Minuten reichen.",
]


@pytest.mark.parametrize("text", OTP_SENTENCE_END)
def test_otp_sentence_end(text: str) -> None:
    assert_sensitive(text, "secret.otp")


@pytest.mark.parametrize("text", NOT_OTP_SENTENCE_END)
def test_not_otp_sentence_end(text: str) -> None:
    assert_ordinary(text)


# heldout67 56, 61: where a car parks every night is where its keeper lives.
OVERNIGHT_ADDRESSES = [
    "dla VIN WA1LHAF741KD00000 (właściciel: Marek Nowak) auto parkuje co noc 22:00\u201306:30 "
    "na 52.2300, 21.0100 — to jest ul. Lipowa 8 m. 2, Warszawa. Geofence Dom?",
    "Der Wagen mit der FIN WAUZZZF40ML000000 steht jede Nacht von 23 bis 7 Uhr in der "
    "Ahornstraße 9 in Fulda. Adresse für den Rückruf ableiten?",
    "The car with plate B-XY 123 is parked every night at 41 Birchwood Lane, Millbrae.",
    "La voiture de M. Girard est garée chaque nuit au 12, rue des Lilas à Lyon.",
    "Il furgone parcheggia ogni notte in via Garibaldi 70 a Milano, è casa sua?",
]
NOT_OVERNIGHT_ADDRESSES = [
    "Our test fleet parks every night at the depot, Industriestraße 5, Kassel.",
    "Trucks park overnight at the Park and Ride on Station Road 12.",
    "The night bus runs every night along Ahornstraße 9 to the station.",
    "Nightly build runs on the server at Hauptstraße 5.",
    "Le véhicule stationne chaque nuit rue des Lilas, près du marché.",
]


@pytest.mark.parametrize("text", OVERNIGHT_ADDRESSES)
def test_overnight_address(text: str) -> None:
    assert_sensitive(text, "pii.address")


@pytest.mark.parametrize("text", NOT_OVERNIGHT_ADDRESSES)
def test_not_overnight_address(text: str) -> None:
    assert_ordinary(text)


# heldout67 10: dealers' public addresses and phones, pinned on a map or listed in a locator.
DEALER_LISTINGS = [
    "put a pin for each dealer on the map widget: Northgate Motors, 112 Kings Road, Reading "
    "RG1 3BY, 0118 960 4400; Thames Valley EV, Unit 4 Arlington Business Park, Theale RG7 4SA.",
    "dealer locator entry: Harbour Cars, 36 Birchwood Lane, Leeds LS6 4QT, 0113 496 0123",
    "Autohaus Meier, Hauptstraße 5, 10115 Berlin, Tel. 030 1234567 — für die Händlerkarte",
]
PEOPLE_NEAR_DEALERS = [
    "the dealer says the customer lives at 36 Birchwood Lane, Leeds LS6 4QT, mobile 07911 123456",
    "my dealer called me on 07911 123456 about my car at 36 Birchwood Lane, Leeds LS6 4QT",
]


@pytest.mark.parametrize("text", DEALER_LISTINGS)
def test_dealer_listing(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", PEOPLE_NEAR_DEALERS)
def test_people_near_dealers(text: str) -> None:
    assert_sensitive(text, None)


# heldout67 82: a free line's service number to call from abroad.
FROM_ABROAD = [
    "roadside assistance number for the owners' manual insert: 0800 222 4357 (DE, free), "
    "+49 89 2000 7111 from abroad. make it fit a credit-card size",
    "Pannenhilfe: 0800 330 2211 (kostenlos), aus dem Ausland: +49 30 5550 7788",
    "customer service 0800 123 4567, or +44 20 7946 1234 when calling from outside the UK",
]
PERSONAL_FROM_ABROAD = [
    "call me on +49 170 5550 1234 from abroad, I'm in Lisbon all week",
    "our hotline is 0800 222 4357; my own mobile is +49 170 5550 1234 from abroad",
]


@pytest.mark.parametrize("text", FROM_ABROAD)
def test_from_abroad(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", PERSONAL_FROM_ABROAD)
def test_personal_from_abroad(text: str) -> None:
    assert_sensitive(text, "pii.phone")


# heldout67 123: a signature beside its key id in signed metadata (TUF, Uptane, DSSE).
SIGNED_METADATA = [
    '{"signed": {"version": 3}, "signatures": [{"keyid": "ota-prod-2024-02", "sig": '
    '"+g4fzB07LL0G40MERvVl5B9OCSdlchDLFOmZJHGknmouw5nsFQMHtQlQ+DIlc0PkAY7OBlHEKcvg"}]}',
    '{"payloadType": "application/vnd.in-toto+json", "signatures": [{"sig": '
    '"Qm9ndXNTaWduYXR1cmVWYWx1ZUZvclRoZVRlc3RPbmx5MTIzNDU2Nzg5MGFiY2RlZg", "keyid": "k1"}]}',
]
NOT_SIGNED_METADATA = [
    '{"keyid": "ota-prod", "secret": "+g4fzB07LL0G40MERvVl5B9OCSdlchDLFOmZJHGknmouw5nsFQMHtQlQ"}',
    '{"keyid": "ota-prod", "private_key": "+g4fzB07LL0G40MERvVl5B9OCSdlchDLFOmZJHGknmouw5nsF"}',
]


@pytest.mark.parametrize("text", SIGNED_METADATA)
def test_signed_metadata(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_SIGNED_METADATA)
def test_not_signed_metadata(text: str) -> None:
    assert_sensitive(text, None)
