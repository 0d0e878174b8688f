"""The twenty-second blind round's share (``heldout61``, a government-services contractor and
a retail chain): payment-terminal secrets (a card's track data in a terminal log, a gift
card's PIN, a clear key component from a key ceremony, a till's manager override), a
webhook's signing key, a live one-time code; and public values read as secrets (an XML
signature's values, an image inlined as a ``data:`` URI, a Twilio account SID, a reCAPTCHA
site key, a code generator's alphabet). Each rule with the row's shape, variants written
for it and the look-alikes that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_HMAC = "FF34274A168BB6A9BB44E477127AD4825E4FDC769376EB4BCC7A69F446372868"
_SITE_KEY = "6LSqnP9LfqdBDLVTSdm89EoqMNIU-6Z3wdVE8Sny"

SENSITIVE = [
    # a card's Track 2 equivalent data (EMV tag 57) in a terminal's debug log
    (
        "Lane 3 declines everything. Verbose log:\n"
        "07:12:00.784 [EMV] KSN FFFF2955106C4632E00193\n"
        "07:13:41.207 [EMV] DEBUG track2_equiv=4542986745956539D270420101298511239F\n"
        "07:13:41.300 [NET] ARQC 115F3173E2AB5A4E",
        "pii.card",
    ),
    # ... as a magnetic stripe reader gives it (``=`` and sentinels), Track 1 with the name
    ("swipe raw: ;4542986745956539=27042010129851123?", "pii.card"),
    ("MSR Rohdaten: %B4542986745956539^SCHMIDT/ANNA^2704201012985?", "pii.card"),
    ("tag 57 = 5454545454545454D2812201000000000F in the EMV trace", "pii.card"),
    # a gift card's PIN, where it is printed
    (
        "Customer at till 2 says her gift card shows 0. Card no. 6036 2817 0080 2472 218 , "
        "PIN on the back 2366. Can you check balance history?",
        "secret.pin",
    ),
    ("gift card 6036281700802472218, PIN under the scratch panel 4821", "secret.pin"),
    ("PIN on the back of the card: 0937.", "secret.pin"),
    # a clear key component from a payment key ceremony
    (
        "Key ceremony sheet for the new lane devices, custodian B component:\n"
        "Component 2: 2807 E299 D074 5B3A 97B2 FCFC 32B6 5933\nKCV: C4F87B\n"
        "Please confirm the KCV matches yours before we load the TMK.",
        "secret.private_key",
    ),
    ("BDK for the DUKPT lane: 0123456789ABCDEFFEDCBA9876543210", "secret.private_key"),
    ("ZMK component A = 3c8f09e2b1d47a6c5e90f1a2b3c4d5e6 kcv 0a1b2c", "secret.private_key"),
    ("Komponente 1 (Schlüsselkomponente für den ZMK): 8A3F 21C4 9BE0 77D2", "secret.private_key"),
    # a till's manager override: a password shared by every cashier
    (
        "Till supervisors: the POS manager override for voids and no-sale is now 626856 "
        "(rotated after the Croydon incident).",
        "secret.pin",
    ),
    ("supervisor code for refunds is 4471 until Friday", "secret.pin"),
    ("the override code: 99120", "secret.pin"),
    ("manager PIN changed to 5512", "secret.pin"),
    # a webhook's signing key, any vendor's
    (
        "Adyen notification webhook config, can somebody sanity-check before I save?\n"
        "endpoint: https://payments.acme-retail.com/adyen/notify\n"
        f"auth: basic, user ws_notify_acme\nHMAC key (hex): {_HMAC}\n"
        "events: AUTHORISATION, CANCEL_OR_REFUND, CHARGEBACK",
        "secret.password_assignment",
    ),
    (f"hmac key: {_HMAC.lower()}", None),
    (f"webhook key: {_HMAC}", None),
    ("Square webhook signature key is 9vQx2LmT8rWkYp4N7aBcDeFgH1jK", None),
    # a live one-time code, said with how long it works or as it arrived
    (
        "quick — the SMS for the shared e-ID test login just came in: 380 270, valid 5 min, "
        "whoever is running the acceptance script grab it",
        "secret.otp",
    ),
    ("your login code 482913 (expires in 10 minutes)", "secret.otp"),
    ("Code 551 204 gültig für 5 Minuten, bitte schnell einloggen", "secret.otp"),
    ("text just arrived - 551204, someone log in to the staging admin", "secret.otp"),
    # a Twilio SID with its token, in a config, or called a key, stays reported
    (
        "account SID AC72ce809ce6841abd9b15985f78782a30, "
        "auth token 856029c160f8570248b46e2ce38b4824",
        None,
    ),
    ("TWILIO_ACCOUNT_SID=AC72ce809ce6841abd9b15985f78782a30", "secret.twilio_key"),
    ("Twilio keeps rejecting us, key SID AC72ce809ce6841abd9b15985f78782a30", "secret.twilio_key"),
    # reCAPTCHA's secret key has the site key's shape
    (f"recaptcha secret key {_SITE_KEY} for the backend", None),
]

ORDINARY = [
    # an XML signature's digest and signature values
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n  <ds:SignedInfo>\n'
    '    <ds:Reference URI="#doc-68c4bf82"><ds:DigestValue>13sps0d41UQGuue6rRHH5KMqS2TOmM2t4AOZ'
    "kghgmzY=</ds:DigestValue></ds:Reference>\n  </ds:SignedInfo>\n  <ds:SignatureValue>wS5qRJH"
    "wjuCtY9R1Q1ovBEmdwVfsy8iHdQWzKe2KjujhtNOJGf/h7YaGDRdf28lu8v1B3w3t7cZGxQ/vcvGLksCfSRWO33x9"
    "fQZWlpA9r4FwjMT52ZWVpamjkei1WGFfGTXcJikt20XKReYhqBhzKdBamsztX+Gp63l275miMWuMY9/3iR6g==</ds"
    ":SignatureValue>\n</ds:Signature>\nvalidator says 'reference digest mismatch'",
    '<SignatureValue Id="sig-1">MEUCIQDx7k2Lp9QzR4tWmY8vN3bH6cJ1aF5eG2iK0oU7sP4rXgIgT9wQ'
    "</SignatureValue>",
    # an image, a font inlined as a data: URI
    'thumbnails are base64 in the JSON, e.g.\n"thumb": "data:image/webp;base64,UklGRe5IdtmlciOqj'
    'syDABfHXRo/s5A0ru7JH0gYuQC7+R0m5GHw+SEXA0cTrK1HBx/g1EUhulOwBrhpEAIojumKkq3OaCR3DMGPLpLx"',
    "src: url(data:font/woff2;charset=utf-8;base64,d09GMgABAAAAAAnQAA0AAAAAE2QAAAl5AAEAAAAAA"
    "AAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGh4GYACCShEICoQUg0ELgUQAATYCJAOBUAQgBYgCB4IlG)",
    # a Twilio account SID named as the account, no token in the message
    "Twilio console shows account SID AC72ce809ce6841abd9b15985f78782a30 with the UK sender "
    "pool. SMS to Ireland fail with error 21408. Which geo permission setting do I tick?",
    "messages fail for account `AC8d40a0b4542327bc4cc8d9f9f5913bb0`, error 30007",
    # reCAPTCHA's site key, named in a sentence
    f"reCAPTCHA on the signup form: site key {_SITE_KEY} in the HTML is fine; threshold 0.5",
    f"the recaptcha site key is {_SITE_KEY}",
    # a code generator's alphabet
    'def make_coupon(rng) -> str:\n    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"\n'
    '    body = "".join(rng.choice(alphabet) for _ in range(10))',
    'ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"',
    "geohash charset: 0123456789bcdefghjkmnpqrstuvwxyz",
    # payment-terminal look-alikes: a KCV, a KSN, a cryptogram, a key under another key
    "KCV of the new TMK is C4F87B, matches custodian A",
    "KSN FFFF2955106C4632E00193 for the BDK slot",
    "TMK under ZMK: 7A3B 1C9D 4E2F 8A6B 0C5D 3E7F 9A1B 2C4D",
    "ARQC 115F3173E2AB5A4E after the tmk load",
    "hash 4542986745956539D2704 ok",
    "id 4542986745956530D270420101298",
    # PIN and override talk without a value
    "PIN entry bypassed (CVM limit) on every tap",
    "manager override is required for voids over 50 GBP",
    "the override for TTL is now 3600",
    "package manager code is 4000 lines",
    # validity said of a session, not of a code
    "the login session is valid for 15 minutes",
    "OTP codes are valid for 30 seconds",
    "order 123456 valid for 5 min",
    # a webhook's key named, no value
    "the HMAC key is stored in vault",
    "HMAC key (hex) is 64 characters",
    "signature key: see the Customer Area",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_second_round_secrets_and_personal_data_are_found(
    text: str, label: str | None
) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_second_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
