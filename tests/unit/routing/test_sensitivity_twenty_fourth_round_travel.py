"""The twenty-fourth blind round's airline and charity rows (``heldout64``): a card glued
to a reservation's form of payment, codes read out or shared (an SMS code in Japanese, a
fleet's tablet passcode, a key safe's and an alarm's codes, GitHub's recovery codes
unnamed), a boarding pass's bar code and an APIS passenger list naming a traveller; and the
false alarms: a contact centre's number, a bag tag's licence plate, a charity's own bank
details on its donation form, a textbook SSR DOCS line on a training slide and a load
message's container lines. Each rule with the row's shape, variants written for it and the
look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a card glued to a GDS form of payment: Amadeus, Sabre, Galileo
    ("FOP won't take:\n 4 FP CCVI4929804463622139/0528*CV/A\nthe pax is on hold", "pii.card"),
    ("5-*AX378734493671000\u20210926 keeps failing on the reissue", "pii.card"),
    ("F-CCMC5425233430109903/1127 is the agent's entry, why is it rejected?", "pii.card"),
    # a customer's one-time code read out, in corner brackets (Japanese)
    (
        "SMSで届いた認証コード「481937」を読み上げてもらいました。有効期限は5分です。",
        "secret.otp",
    ),
    ("メールで届いた確認コード『602915』を入力してよいですか", "secret.otp"),
    # a shared device passcode, "it's" after it
    (
        "the shared warehouse scanners got wiped, passcode reset, it's 582047 on all of them",
        "secret.pin",
    ),
    ("kiosk tablets: passcode changed, it\u2019s 3390 until IT rotates it", "secret.pin"),
    # a lock's code with its digits right after it, a key safe "is" its code
    (
        "new volunteer at the Portobello shop: key safe by the bins is 5820, then alarm "
        "panel code 1936 + ENT",
        "secret.pin",
    ),
    ("alarm code 7731 then press OFF", "secret.pin"),
    ("the lockbox outside the flat is 2290#, keys inside", "secret.pin"),
    ("key safe is now 0418", "secret.pin"),
    # GitHub's recovery codes, unnamed
    (
        "just got these for the github admin account, single use?\n\n"
        "a41c0-9be27\n55f0d-c1e38\n0b9a7-d2f64\n8ce13-7a0b5\n2d6fe-40c91\n"
        "9a3b2-e5d07",
        "secret.recovery_code",
    ),
    (
        "storing these for our 2FA on the shared account: 1f3c9-a7b20 8e0d4-c2f61 "
        "b5a97-3d0e8 64c1b-f9a25",
        "secret.recovery_code",
    ),
    # an SSR DOCS line whose number is no placeholder, in a message about its format
    (
        "the DOCS format is wrong on this one?\n"
        "SSR DOCS BA HK1 P/GBR/693878366/GBR/06JAN88/F/24MAY34/NOWICKI/RACHEL",
        "pii.national_id",
    ),
    # a placeholder number with no format taught: someone's booking
    (
        "pax at the gate, APIS failing: SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL82/M/"
        "23AUG27/HARLOW/DANIEL",
        "pii.dob",
    ),
    # a customer's bank details said on a form, not ours
    (
        "the donation form shows the donor's bank details: sort code 40-11-62, account "
        "31926819, is that GDPR-safe?",
        "pii.bank_account",
    ),
    (
        "please refund to our customer's bank account, sort code 40-11-62, account "
        "31926819, as printed on their form",
        "pii.bank_account",
    ),
    # a call centre's agent's own phone, and a personal number after a desk word
    ("the call centre agent gave me his mobile, +44 7911 123456, to call back", "pii.phone"),
    ("my number is 0161 496 0753, call me after the contact centre closes", "pii.phone"),
    # a boarding pass's bar code naming its passenger, with or without the e-ticket flag
    (
        "gate reader log: M1NGUYEN/THI HOA      E7KD2PQ SGNHANVN 0214 045Y023A0012 100",
        "pii.record",
    ),
    ("kiosk: M1OKAFOR/CHIDI         XK4P2Z JFKLOSDL 0054 112C002A0033 100 rejected", "pii.record"),
    # an APIS passenger list naming a traveller: crew, one line, the passport and birth date
    (
        "APIS rejected: NAD+FM+++OKONKWO:ADA'ATT+2++F'DTM+329:910227'NAT+2+NGA'"
        "DOC+P:110:111+X48213775'DTM+36:290412'",
        "pii.national_id",
    ),
    (
        "PAXLST bounced\nNAD+FL+++LINDQVIST:ERIK'\nDTM+329:19770930'\nDOC+P+91847263'",
        "pii.dob",
    ),
    # a random token with slashes and lower-case letters is still a secret
    ("pasted from the vault: Zk9qW3rT7xLmP2/vB8nY4sD6hJa1/Fq", "secret.high_entropy"),
]

ORDINARY = [
    # a form of payment's card that fails Luhn, or a published test card
    "FP CCVI4556430982234882/0927 gets rejected, typo?",
    "in the GDS training env use FP CCVI4111111111111111/1228 as the test card",
    # a GDS cash or invoice form of payment
    "FP CASH and FP INV are both allowed for this office id",
    # a code that is no one-time code, in Japanese
    "エラーコード「500」が返ってきます",
    # a passcode's length or policy
    "passcode policy for the fleet iPads, it's 6 digits minimum",
    "what passcode length do we enforce, it's 4 on the old ones?",
    # a lock's model, a key safe's order, a code's count
    "we ordered a key safe for the back door, order number is 4412",
    "alarm code 5031 means the battery is low on the panel",
    "the door code 4000 lines of firmware need a review",
    # pairs of numbers, no letters: a list of part numbers
    "account for these parts please:\n10432-55810\n20981-33124\n40017-88213\n51120-90087",
    "github actions run ids: build-12345 deploy-67890",
    # a contact centre's number on the website, a call centre's line
    "our contact centre number on the website is +44 20 7946 1234, tel: with spaces or not?",
    "the call center line in the footer reads +1 415 555 2671, is the format right?",
    "Kontaktcenter? no: our customer service centre number is 0161 496 0000 on every page",
    # a bag tag's licence plate, a car's plate
    "bag tag 0220 481733 came off at the carousel, how do we trace it?",
    "the tag 0125 482913 on the suitcase is a BA one",
    # a charity's own bank details printed on its form, letterhead or website
    "our donation form prints our own bank details for transfers: Unity Trust Bank, "
    "sort code 60-83-01, account 20459163. add an IBAN?",
    "our bank details on the website footer: sort code 30-94-57, account 01234568, "
    "name Riverside Food Bank",
    # a format's textbook line on a training slide
    "in training slides we show the SSR DOCS format as\n\n"
    "SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL82/M/23AUG27/SMITH/JOHN\n\n"
    "is the gender field before or after DOB?",
    "DOCS template for the course:\nSSR DOCS YY HK1 P/USA/987654321/USA/01JAN80/F/01JAN30/DOE/JANE",
    # IATA's published sample boarding pass, a test passenger's, and "M1" in prose
    "scanner rejects even IATA's sample M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 "
    "326J001A0025 100, so it's the firmware",
    "M1TEST/PASSENGER      EQWE123 LHRJFKBA 0117 200Y001A0001 100 scans fine on lane 2",
    "the M1 closure at J14/J15 delayed the crew bus by 40 min",
    # a PAXLST's segment layout, with its fields' names
    "PAXLST segment order per the guide: NAD+FL+++SURNAME:GIVEN'DTM+329:YYMMDD'"
    "DOC+P:110:111+NUMBER'",
    # an airline's load and container messages
    "CPM\nQR001/12.A7BAB.DOH\n-31P/PMC88213QR/DOH/2450/C\n-41/AKE51320QR/DOH/610/BY\nSI NIL",
    "LDM\nBA117/14.GCIVA.C40M12Y198\n-JFK.102/6/1.0.T3980.1/1650.3/2330.PAX/40/210.PAD/0/0",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_fourth_round_travel_codes_and_personal_data_are_found(
    text: str, label: str | None
) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_fourth_round_travel_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
