"""The nineteenth blind round's false alarms (``heldout54``, ``heldout55``): a business's own
listing (its address and phone in a catalog record, an onboarding form, a Turkish
"işletme telefonu"), a vendor's support desk, a test user's address at a reserved domain
and a fiction-range number for a demo. Each rule with the blind row's shape, variants
written for it and the opposite cases that must keep their verdict."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # A. a person's address and phone where a business is named too: a customer's order,
    # a courier's profile, an owner, a customer who left her number, "my flat"
    (
        "restaurant order #4412: deliver to 2281 Mission St, San Francisco, CA 94110, "
        "phone +1 415 718 4932",
        "pii.address",
    ),
    (
        "restaurant order #4412: deliver to 2281 Mission St, San Francisco, CA 94110, "
        "phone +1 415 718 4932",
        "pii.phone",
    ),
    (
        "courier profile for the restaurant app:\nname: Lukas Visser\n"
        "address: Schillerweg 32, 68539 Köln\nphone: +49 151 2345 6789\n",
        "pii.phone",
    ),
    (
        "restaurant owner Maria Souza, her mobile is +55 11 98765-4321, can you update the "
        "onboarding form?",
        "pii.phone",
    ),
    ("the customer at the cafe left her number +44 7911 123456 for a callback", "pii.phone"),
    (
        "deliver to my flat at 36 Birchwood Lane, Leeds, the shop said call +44 7911 123456",
        "pii.phone",
    ),
    (
        "Yeni restoran kaydı: müşteri Ayşe Yılmaz, telefon 0532 412 33 21, adres Bağdat "  # noqa: RUF001
        "Caddesi No:351",
        "pii.phone",
    ),
    (
        "hotel booking for the offsite: guest Jonas Wagner, phone +49 171 2345 678, please confirm",
        "pii.phone",
    ),
    # ... and a table of people at companies, one of them a bakery
    (
        "pasting my event leads from the booth:\nName | Company | Email | Phone\n"
        "Chloé Van Dijk | Fernhill Bakery | chloe@fernhill.nl | +31 6 4123 8765\n",
        "pii.phone",
    ),
    # B. a person's mailbox at a vendor, a customer's role address beside a vendor word,
    # and a role address of an organisation the message neither names nor calls a vendor
    ("the KYC vendor's engineer anna.berg@sumsub.com asked for the raw MRZ images", "pii.email"),
    ("our vendor says the customer at billing@joes-bakery.com disputed the charge", "pii.email"),
    ("open a ticket at support@rivera-consulting.com about the invoice", "pii.email"),
    # C. a made-up customer at a reserved domain, a fiction-range number that is a
    # customer's, and a real number, all without a test user or a demo
    ("customer camille.obi@example.org says she was charged twice, can you check?", "pii.email"),
    ("Customer asked for a callback on 206-555-0165 about the outage, who owns that?", "pii.phone"),
    ("the test user's real number is +44 7911 123456, she asked us to delete it", "pii.phone"),
    ("for the demo call the customer at +1 415 823 0132", "pii.phone"),
    ("my number is 555-0142, call me after the demo", "pii.phone"),
]

ORDINARY = [
    # A. a business's own listing: the blind rows' shapes (a Brazilian onboarding form, a
    # catalog record in JSON, a Turkish sentence), then a café in Berlin, a French
    # restaurant's entry, a shop's record by its id, a Turkish bakery
    "restaurant onboarding form rejects this business listing because the phone validator "
    "doesn't like the landline format:\n```\nname: Cantinho da Vovó Lanches\n"
    "address: Rua Augusta 1508, Loja 2, Consolação, São Paulo - SP, 01304-001\n"
    "phone: +55 11 3552-5780\ncuisine: brazilian, snacks\nopening_hours: Mo-Sa 11:00-23:00\n"
    "```\nlibphonenumber says it's valid FIXED_LINE, our regex wants a mobile 9.",
    "restaurant record from the catalog API for the pin bug:\n```json\n{\n"
    '  "restaurant_id": "rst_vwq2gp1vwo",\n  "name": "Pho Saigon Corner",\n'
    '  "address": "2281 Mission St, San Francisco, CA 94110",\n  "phone": "+1 415 718 4932",\n'
    '  "lat": 37.7609,\n  "lng": -122.4190\n}\n```\npin shows at 37.76, -122.14 in the tablet',
    'Yeni restoran kaydı: "Köşebaşı Dürüm Evi", adres: Bağdat Caddesi No:351, '  # noqa: RUF001
    "Kadıköy/İstanbul, işletme telefonu 0216 120 08 54. Harita pini denizin içinde "  # noqa: RUF001
    "görünüyor, geocoder Kadıköy'ü başka bir ilçe ile mi karıştırıyor?",  # noqa: RUF001
    "café listing from the places import, the geocoder puts it in the river:\n"
    "name: Café Lindenhof\naddress: Hauptstraße 5, 10115 Berlin\nphone: +49 30 9876 5432\n"
    "opening_hours: Mo-Fr 08:00-18:00",
    'Nouvelle fiche restaurant : "Le Petit Zinc", adresse 12 rue de Buci, 75006 Paris, '
    "téléphone +33 1 42 86 61 00. Le pin est au mauvais endroit.",
    '{"store_id": "st_8812", "name": "Bergblick Outdoor", "address": "via Garibaldi 70, '
    '20135 Milano", "phone": "+39 02 8765 4321"}',
    'Yeni pastane kaydı: "Tatlı Köşe", işletme telefonu 0212 648 19 37, adres İstiklal '  # noqa: RUF001
    "Caddesi No:12",
    # B. a vendor's support desk, the vendor called that rather than named: the blind row,
    # an SMS provider's help desk, a German "Anbieter", a French "fournisseur"
    "who emails the KYC vendor about the MRZ false negatives? their support is "
    "support@sumsub.com and our account manager wants a ticket first. Also cc "
    "security@acme.io since it touches document data.",
    "the SMS provider keeps dropping messages to Turkey; their help desk is "
    "help@smsgate-eu.io, can you draft the email?",
    "Der Anbieter für die Adressprüfung antwortet nicht, ihr Support ist "
    "support@adresscheck.de. Wer schreibt?",
    "le fournisseur de paiement nous demande d'écrire à billing@paymentsfr.eu pour la facture",
    # C. a test user's or a QA account's address at a reserved domain, and a demo's
    # made-up people: the blind rows, then a QA login, a German test user, a demo tenant's
    # seed and a Spanish demo
    "fill the form with test user `qa+signup@example.org`, is the plus addressing going to "
    "break our validator?",
    "log in as the QA account qa.checkout@example.com and try the coupon flow again",
    "Testnutzer für die Registrierung: anna.test@example.de, klappt die Bestätigungsmail?",
    "for the demo use jane.doe@example.com and phone 555-0142, right?",
    "demo tenant seed: Priya Nair, priya.nair@example.org, +1 (415) 555-0177",
    "para la demo usa maria.lopez@example.com y el teléfono 555-0163, ¿vale?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_nineteenth_round_personal_data_is_still_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_nineteenth_round_false_alarms_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
