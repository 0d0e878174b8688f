"""Values published as examples, and messages that say they are about examples.

Vendors publish numbers for tests and documentation: Stripe's test cards, the ISO 13616
example IBANs, jwt.io's sample token, telephone ranges reserved for fiction. They pass every
check a real one passes (Luhn, mod-97, a decodable JWT, a dialable shape), and they are what
people write in two situations that must be told apart:

* asking about tests or docs ("which Stripe test card triggers 3DS? 4000 0027 6000 3184
  from their docs"): nobody's data, and three blind corpora written by different helpers
  (heldout3, heldout9, heldout10) labelled such rows ordinary;
* making up a customer's data for a ticket, a demo or a test of this very filter ("card
  4111 1111 1111 1111 was declined for jane"): meant as a person's data.

So a published card, IBAN or phone number is left alone only in a message that says it is
about examples (`says_examples`); anywhere else it is reported like any other. jwt.io's
sample token is different: it is printed on the site everyone decodes tokens with, holds
"John Doe" and is signed with the site's documented secret, so it is public wherever it
appears (like AWS's ``AKIAIOSFODNN7EXAMPLE``).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

# Words by which a message says its values are examples (on lower-cased text). Not the
# topic of formats ("regex", "validator"): "our E.164 validator rejects +44 7700 900557"
# reports a customer's input; "numbers like +1 (555) 010-0199" gives an example.
_EXAMPLE_WORDS = re.compile(
    r"\be\.g\.|\b(?:example|examples|fixture|fixtures|fake|dummy|fictional|fiction|sample|"
    r"placeholder|mock|mocked|sandbox|docs|documentation|e2e|such as|for instance|"
    r"seed script|seed data|seeds|mailhog|mailpit|mailtrap|rfc ?\d+|"
    r"(?:numbers?|cards?|ibans?|values?) like|"
    r"test[ -](?:card|cards|pan|pans|number|numbers|data|phone|phones|iban|ibans|mode|env|"
    r"environment|suite|account|accounts|credential|credentials)|tests? uses?|"
    r"in (?:the |our )?(?:unit |e2e |integration )?tests|"
    r"(?:for|in) (?:the |our |my |these )?[\w-]+ tests|"  # "for the phone-formatting tests"
    # French, Spanish, Italian and German test modes; "la doc interne"
    r"mode test|modo (?:de )?(?:prueba|test)|modalit\u00e0 (?:di )?test|testmodus|"
    r"(?:la|une|notre|internal|the|our) doc|doc interne)\b"
)


# Addresses and URLs are left out: "example.com" in one does not say the message is an
# example ("customer aquinlan@example.com, phone +447700900582" is a customer's record).
_ADDRESSES_AND_URLS = re.compile(r"\S+@\S+|\w+://\S+")


def says_examples(lowered: str) -> bool:
    """Does the (lower-cased) message, outside its addresses and URLs, say it is about
    examples, tests or docs?"""
    if "example" in lowered and ("@" in lowered or "://" in lowered):
        lowered = _ADDRESSES_AND_URLS.sub(" ", lowered)
    return _EXAMPLE_WORDS.search(lowered) is not None


# Card numbers from processors' test documentation (Stripe, Braintree, Adyen, Checkout.com,
# PayPal); only Luhn-valid ones matter, since the card rule reports nothing else.
_TEST_CARDS_TEXT = """
    4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210
    5105105105105100 378282246310005 371449635398431 6011111111111117 6011000990139424
    6011981111111113 3056930009020004 36227206271667 6555900000604105 3566002020360505
    6200000000000005 4000002500001001 4000002760003184 4000003800000446 4000000000003220
    4000002500003155 4000000000003063 4000000000000002 4000000000009995 4000000000009987
    4000000000009979 4000000000000069 4000000000000127 4000000000000119 4000000000000077
    4000000000000093 4000000000000101 4000000000000341 4000000000000259 4000000000005126
    4111111111111111 4012888888881881 4222222222222 4005519200000004 4009348888881881
    4012000033330026 4012000077777777 4217651111111119 4500600000000061 5454545454545454
    4111111145551142 5555444433331111 4444333322221111 4988438843884305 4166676667666746
    4646464646464644 5577000055770004 2222400070000005 370000000000002 6011601160116611
    4484070000035519 4543474002249996 5436031030606378 4035501000000008 4917610000000000
"""
TEST_CARDS = frozenset(_TEST_CARDS_TEXT.split())
# A test card's digits are patterned: one group of four repeated ("5454 5454 5454 5454")
# or a long run of zeros ("4000 0000 0000 0077"); a real number is random.
_PATTERNED_CARD = re.compile(r"(\d{4})\1\1\1|\d*0{7}\d*")


# The card networks' certification test ranges: Visa's test cards for terminal and chip
# certification (CDET, ``4761 7390 01...``), handed out with the networks' cert kits.
_NETWORK_TEST_PREFIXES = ("4761739001",)


def is_test_card(number: str) -> bool:
    """A card number (digits only) from a processor's test documentation or a card network's
    certification test range, or shaped like one."""
    if number.startswith(_NETWORK_TEST_PREFIXES):
        return True
    return number in TEST_CARDS or _PATTERNED_CARD.fullmatch(number) is not None


# IBANs printed as examples by ISO 13616, the ECBS, banks' and payment vendors' docs
# (Wikipedia's table copies these).
_EXAMPLE_IBANS_TEXT = """
    GB82WEST12345698765432 GB29NWBK60161331926819 GB33BUKB20201555555555
    DE89370400440532013000 DE75512108001245126199 FR1420041010050500013M02606
    FR7630006000011234567890189 NL91ABNA0417164300 NL02ABNA0123456789
    ES9121000418450200051332 IT60X0542811101000000123456 BE68539007547034
    BE71096123456769 CH9300762011623852957 AT611904300234573201
    PL61109010140000071219812874 PT50000201231234567890154 IE29AIBK93115212345678
    SE4550000000058398257466 DK5000400440116243 NO9386011117947 FI2112345600000785
    LU280019400644750000 CZ6508000000192000145399 SK3112000000198742637541
    HU42117730161111101800000000 GR1601101250000000012300695
    CY17002001280000001200527600 SA0380000000608010167519 AE070331234567890123456
"""
EXAMPLE_IBANS = frozenset(_EXAMPLE_IBANS_TEXT.split())


def is_example_iban(iban: str) -> bool:
    return iban.replace(" ", "").upper() in EXAMPLE_IBANS


# Credentials printed in specifications and vendors' docs, the same for everyone who uses
# them: the Azure Storage emulator's (Azurite's) ``devstoreaccount1`` key and the Cosmos DB
# emulator's key (both only open the emulator on one's own machine), and RFC 7617's Basic
# credentials (``Aladdin:open sesame``, ``test:123£``). Like AWS's ``AKIAIOSFODNN7EXAMPLE``
# they are public wherever they appear.
PUBLISHED_CREDENTIALS = frozenset((
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    "dGVzdDoxMjPCow==",
))  # fmt: skip


def is_published_credential(value: str) -> bool:
    """One of ``PUBLISHED_CREDENTIALS``, exactly (quotes and a trailing ``;`` aside)."""
    return value.strip("\"'`;") in PUBLISHED_CREDENTIALS


def is_public_jwt(token: str) -> bool:
    """A JWT published or made to be public, whatever it is signed with.

    * jwt.io's sample: ``{"sub": "1234567890", "name": "John Doe", ...}`` (with or without
      the newer ``"admin": true``);
    * a Supabase ``anon`` key (``{"iss": "supabase", "role": "anon"}``), which Supabase
      documents as safe in a browser bundle; its ``service_role`` key is a secret.
    """
    parts = token.split(".")
    if len(parts) < 2 or not parts[1].startswith("eyJ"):
        return False
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        payload = json.loads(base64.urlsafe_b64decode(body))
    except (binascii.Error, ValueError):
        return False
    if not isinstance(payload, dict):
        return False
    sample = payload.get("sub") == "1234567890" and payload.get("name") == "John Doe"
    anon = payload.get("iss") == "supabase" and payload.get("role") == "anon"
    return sample or anon
