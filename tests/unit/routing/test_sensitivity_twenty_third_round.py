"""The twenty-third blind round (``heldout62``, open-ended chat; ``heldout63``, an energy
utility and a law firm; both waiting in ``tests/data/sensitivity_pending``): a passport
number later in the word's clause, network devices' configured secrets (SNMPv3, community
strings, local users, TACACS+/RADIUS keys, net-snmp's ``-A``/``-X``), a card number written
down in groups over two lines, a protocol's update or session key. With variants and the
look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE_SECRETS = [
    "snmp-server user nms-poller OT-RO v3 auth sha wCq577GV1O864 priv aes 128 nAwqOPZ2mQJG",
    "! template\nsnmp-server community Xk9fQ2mLp7 RO\nsnmp-server location sub-17",
    "username admin privilege 15 secret 0 Xk9fQ2mLp7",
    "tacacs-server key 0 Rt7Lp2Vx9Qk4",
    "radius-server host 10.1.1.1 key Xk9fQ2mLp7",
    "snmpwalk -v3 -u poller -l authPriv -a SHA -A wCq577GV1O864 -x AES -X nAwqOPZ2mQJG 10.0.0.1",
    "the DNP3 SAv5 update key for outstation 14 is "
    "4681c392453e270ecee1ad04db31cad762bab040cdb82ec185a6fa306a09ffb4 (AES-256)",
]

ORDINARY_SECRETS = [
    "snmp-server community public RO",
    "snmp-server user nms OT-RO v3 encrypted auth sha 0x3c2f8a priv aes 128 0x91ab",
    "username / password auth is deprecated, use SSO",
    "username admin privilege 15 secret 9 <hash>",
    "what does snmp-server community do?",
    "snmpwalk -v3 -A $SNMP_AUTH -X $SNMP_PRIV 10.0.0.1",
    "the session key is stored in Redis for 30 minutes",
    "the update key is rotated yearly by the vendor",
]


@pytest.mark.parametrize("text", SENSITIVE_SECRETS)
def test_network_and_protocol_secrets(text: str) -> None:
    assert_sensitive(text, "secret.password_assignment")


@pytest.mark.parametrize("text", ORDINARY_SECRETS)
def test_network_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)


def test_a_card_written_down_in_groups_over_two_lines() -> None:
    assert_sensitive(
        "client read her card over the phone, I wrote it down as:\n5780 5649\n5056 8295\n"
        "exp 06/29  cvc 283",
        "pii.card",
    )
    assert_ordinary("rows per shard:\n5780 5649\n5056 8295\n")


SENSITIVE = [
    "For the train bookings they ask for passport details, mine is L84691426, issued 2021",
    "my passport is L84691426 if the form needs it",
    "Mi pasaporte es XDA803715, caduca en 2030",
    "passport (renewed last year): LR3232515",
    "Il mio passaporto è YA4417362, scade nel 2029",
]

ORDINARY = [
    "the passport appointment is 20240512 at 9am",
    "passport photo size is 600x600 pixels",
    "passport renewal fee is 165 dollars, ticket 48213377 tracks it",
    "passport.js version is 0.7.0",
    "passport number format is like AB1234567",
    "our passport-strategy PR is 4812, can you review?",
]


@pytest.mark.parametrize("text", SENSITIVE)
def test_a_passport_number_later_in_its_clause(text: str) -> None:
    assert_sensitive(text, "pii.national_id")


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
