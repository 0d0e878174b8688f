"""The sixteenth blind round's secrets, personal data and look-alikes (``heldout48``, an
evaluator's file for a telecom operator and a travel-booking company). Each rule with a
sensitive example written for it and the ordinary look-alikes it must leave alone; the rows
themselves are in the corpus gate."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # an Oracle connect command still gives its password
    ("SQL> conn report_ro/Qx7mW2pLz9@ORCLPDB1\nwhy ORA-28000?", "secret.password_assignment"),
    # an airline's passport record
    (
        "APIS rejects this: 3 SSR DOCS LH HK1 P/DEU/C4RJ81NX2/DEU/17MAR91/M/02AUG31/"
        "BRANDT/JONAS/P1",
        "pii.national_id",
    ),
    # a private key in base64 DER is no public key
    (
        "PRIVATE_KEY=MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7xK2pQ9mZ4vN8wR3tL6yH1sJ"
        "5dF0gB7cE2aU9iO4kP",
        None,
    ),
    # a UK mobile with its trunk 0 after +44, outside a message about examples
    ("the courier keeps calling +44 07911 604382 at night, can you check the rota", "pii.phone"),
]

ORDINARY = [
    # a pgbouncer log line's db/user@ip is no Oracle password
    "LOG C-0x55d1: billing/billing_app@10.20.3.14:51144 closing because: server conn crashed?\n"
    'WARNING server login failed: FATAL password authentication failed for user "billing_app"',
    # a number from the range reserved for drama, its trunk 0 written after +44
    "E.164 regex test inputs from the Ofcom drama range: +447700900123 should pass, "
    "+4407700900123 should fail",
    # payment references and a webhook's signature
    '{"endToEndId":"E2756598220251103142191VYL7F5ZWF","txid":"02bPFgkzDLB0FJElMbuPJo3zVYXF5q"}',
    '"pspReference":"S8M1CM938XC60DPR","originalReference":"78FEP0G96WGK0WMS"',
    '"additionalData":{"hmacSignature":"ZS/LRGI74MOQO672lGuIotaE7FNqevRlhzSX7WRZYTx="}',
    # the Luhn algorithm's textbook number and a processor's 3DS2 test card
    'Luhn test vectors: "79927398713" must pass, "79927398710" must fail',
    "Adyen TEST 3DS2 card 4212 3456 7891 0006 should trigger a challenge, right?",
    # the Turkish identity number's documented test value
    "Birim testlerde dokümanlardaki test değeri 11111111110 kullanılıyor, TC Kimlik No "  # noqa: RUF001
    "doğrulaması geçiyor mu?",  # noqa: RUF001
    # a DKIM public key split into a TXT record's strings
    '"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArkyBeAVjmP/iYiXpWgHWZ6xzd7'
    'MOOVcNtVK62nSB/kxOY+XmbTdJCeIbk60dhPl4B2iWu7U3MtwYjS59p6kYA" "mZyyr8Ztsalnr/1WMnz8ZL22l7j'
    'Q0nBvtTNxEQFKLYwltLgrkZH3hFHKeeva3haDDVR3dyuh5W8CaKaQ0QYcW5R2AzOZgfxQeBQhn/gzCza0xKIDAQAB"',
    # a Diameter session id
    "CCR-U from the PGW:\nSession-Id: pgw-fra-03.acme.internal;4532957957;79374922\n"
    "CC-Request-Type: UPDATE_REQUEST (2)",
    # KSUIDs listed in a message about them
    "our event store uses KSUIDs, a consumer sorts them as strings:\n"
    "fuz66nN90aRhJWZUvj8o1luYieM\nCtL2vEQNA336vZuLKHAJd2zIzeC\n8kJsiI1Kr13reqTzUuC7mm6k1zM",
    # an SSR DOCS template
    "our template: SSR DOCS YY HK1 P/<country>/<passport number>/<nationality>/<DOB>/<gender>",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sixteenth_round_secrets_and_personal_data_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_sixteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)


def test_a_call_records_numbers_and_subscriber_ids_are_personal_data() -> None:
    text = (
        "rating charges this roaming call as international, raw CDR from the MSC:\n"
        "MOC;20250711T184455;447911604382;34611617050;234150999123456;353325119363426;LAC=1A2F"
    )
    assert_sensitive(text, "pii.phone")
    assert_sensitive(text, "pii.device_id")


def test_a_call_records_test_network_ids_and_counters_are_not() -> None:
    assert_ordinary(
        "CDR sample from the lab (test PLMN 001-01): MTC;001010000000001;8944500102030405066;"
        "bytes_up;bytes_down;duration"
    )
