"""Rules added after the eleventh blind round's ``heldout37`` (an independent evaluator's
acceptance file).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # a sops file's metadata clears its data keys, not a value left in clear beside them
    (
        "sops file:\napi_password_unencrypted: Vq7#Lm2pXz9Rk4\nsops:\n    gcp_kms:\n"
        "        - resource_id: projects/p/locations/global/keyRings/r/cryptoKeys/k\n"
        "          enc: CiQAkNcYqz5lTGmrd7RZ0dGlk1eF0jK8v2nXQpS9u3wLhYbCzAESSQDk7a8Zj0==\n",
        "secret.password_assignment",
    ),
    # a value that only starts like a generator's name
    ("reset token = uuid4Zk39QpLm7Rxa, still valid?", "secret.password_assignment"),
    # a named colleague's disciplinary record
    ("draft the letter: Priya Raman will start a PIP on Monday, 45 days", "pii.discipline"),
    (
        "Marco Bianchi got a final written warning after the second no-show; how do I word it?",
        "pii.discipline",
    ),
    (
        "HR summary for Lena Novak: she has had a verbal warning and a written warning this year",
        "pii.discipline",
    ),
    ("Jonas Weber hat gestern eine Abmahnung bekommen, wie formuliere ich das?", "pii.discipline"),
    ("Carlos Pérez recibió una amonestación por escrito, ¿cómo se lo comunico?", "pii.discipline"),
    # a table of people: a name column and a date-of-birth or street column, with rows
    (
        "export looks off:\n| customer_name | birthdate | plan |\n|---|---|---|\n"
        "| Marit Solberg | 03/11/1979 | pro |\n| Anders Lie | 22/06/1990 | free |",
        "pii.dob",
    ),
    (
        "first_name,last_name,address_line1,city\nSofia,Marchetti,Via Roma 12,Torino\n",
        "pii.address",
    ),
    # an Aadhaar number (Verhoeff check) and a person's PAN, named
    ("customer's aadhar no. 9876-5432-1012 fails eKYC, why?", "pii.national_id"),
    ("UIDAI sandbox says uid 456789123451 is not linked", "pii.national_id"),
    ("vendor onboarding: Ravi Shankar, PAN: AKLPS4821Q, GSTIN pending", "pii.national_id"),
    ("kyc log: doc=passport dob=1988-02-14 expiry=2030-05-01 result=clear", "pii.dob"),
    # a Google app password pasted as shown (four groups of four letters) in sasl_passwd
    (
        "my /etc/postfix/sasl_passwd:\n[smtp.gmail.com]:587 ops@example.net:qwhe plmz rtak vbnd\n",
        "secret.password_assignment",
    ),
    (
        "cat sasl_passwd\nsmtp.gmail.com:465 relay.bot@gmail.com:kfjw ueoq pzma tnrx",
        "secret.password_assignment",
    ),
]

ORDINARY = [
    # a sops file: ENC[...] values and the metadata's encrypted data keys
    (
        "sops -d fails: no identity matched\n```yaml\ntoken: ENC[AES256_GCM,data:q8Zk2LwP,"
        "iv:3Jf8Kq0xVbN2mR7tYp1sLw==,tag:Zx9vB1nM4qW2eR6tYu8iOp==,type:str]\nsops:\n"
        "    age:\n        - recipient: "
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n"
        "          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n"
        "            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBLd3ZtQWJ5c0xGbXRn\n"
        "            Qk9hTnZrdUZ6V3h0Y2ZIcFVlN0Vvd3JqT3Jia0NJCg==\n"
        "            -----END AGE ENCRYPTED FILE-----\n```"
    ),
    (
        "sops updatekeys then decrypt fails:\nsops:\n    gcp_kms:\n"
        "        - resource_id: projects/acme/locations/global/keyRings/sops/cryptoKeys/k1\n"
        "          created_at: '2024-03-02T11:00:00Z'\n"
        "          enc: MfTTEtITuNA3K1IeDMrV4Cq8rv81hbYRmWAN2q2/dzQBTXAB03lb8Qb7jg/8"
        "dy3LrVMTwvth580iHdooQ5PvUS856dt/62Qye6wL8qLXsQKSS0iw7GQvS04V\n"
    ),
    (
        'sops json metadata: {"sops": {"azure_kv": [{"vault_url": "https://kv.vault.azure.net",'
        ' "name": "sops-key", "version": "3c5f0e", "enc": "eyQ0bWd2X3pRa1N2RjNpRmJ0VnB4eGJ6'
        'UzRxR2h1Q1dFTm9mcGtCZ2VCc3ZYdTQ2Wk1hUQ", "created_at": "2024-05-01T10:00:00Z"}]}}'
    ),
    # how a token is made, not the token: a generator's name, called or not
    "design: reset token = uuid4, hashed before storing, 24h TTL. enough?",
    "the api_key = secrets.token_urlsafe(32), stored as sha256; is 32 enough?",
    "session secret: crypto.randomUUID() on each login, good or bad?",
    # performance about software, pip the installer, the policy with nobody named
    "Kai Tanaka wrote a performance improvement plan for the checkout service's p99",
    "Nina Kowalski says pip install fails behind the proxy, any idea?",
    "what should a performance improvement plan template contain? keep it neutral",
    "Sven Larsen fixed the compiler warnings, all 40 of them",
    # a schema, a header with no rows, and a table of non-people
    "create table customers (\n  id bigint,\n  full_name text,\n  date_of_birth date\n);",
    "| full_name | date_of_birth | street |\n|---|---|---|\n\nwhich index fits this?",
    "name | street | opened\nBerlin Office | Hauptstr 5 | 2019-04-01\n",
    # twelve digits that fail Verhoeff, and a PAN-shaped code with no PAN named
    "our Aadhaar validator rejects 9876 5432 1013 as it should, right?",
    "the pan gesture stops at frame 4 of 12 in build ABCPE1234F",
    "regex for an Indian PAN: [A-Z]{5}[0-9]{4}[A-Z], is that enough?",
    # a date-of-birth field whose value is gone, then another field's date
    "kyc log: surname=DOE dob=[REDACTED:pii.dob] expiry=2030-05-01 result=clear",
    # a sasl_passwd line with a placeholder password
    "sasl_passwd format:\n[smtp.gmail.com]:587 user@gmail.com:<app-password>\n",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_eleventh_round_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_eleventh_round_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
