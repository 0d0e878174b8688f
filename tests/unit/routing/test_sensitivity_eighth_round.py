"""Rules added after the eighth blind round (``heldout29``-``heldout31``).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # EasyPost production and test keys
    (
        "label buy fails:\nclient = easypost.EasyPostClient("
        '"EZTK54f80553df46a4e256c061249489369e380ffc762a21be9e502acd")',
        "secret.api_key",
    ),
    (
        "prod key EZAK4b117671dc1d4368f948cc236f60cbe1b3515ade65251ec117624c in env",
        "secret.api_key",
    ),
    # a network named and its key, with no wifi word
    (
        "poster for the lobby please: network `HarbourGuest`, key is `otter-lantern-52`",
        "secret.password_assignment",
    ),
    ("guest network Cafe5G, password: tide-lamp-77, thanks", "secret.password_assignment"),
    # Redis CONFIG GET replies
    (
        'why is this plaintext?\n127.0.0.1:6379> config get masterauth\n1) "masterauth"\n'
        '2) "Tq9#vLm2pZ!x"',
        "secret.password_assignment",
    ),
    # one-time codes: said after an SMS or verification code word, with a space, or got on a device
    ("the verification code for the bank login is 551 902, why invalid?", "secret.otp"),
    ("asks for the 2fa code, Raj got it on his phone: 418 220 - which endpoint?", "secret.otp"),
    ("mfa prompt again, I got it by email \u2014 902113, does it expire?", "secret.otp"),
    # a login pair in backticks or quotes
    (
        "grafana admin is `ops` / `Tr4il#mix9Q` - where is the SSO toggle?",
        "secret.password_assignment",
    ),
    ('jenkins login is "deploy" / "Vq8$wonder7" thanks', "secret.password_assignment"),
    # an archive or document protected with a password
    (
        "the pdf is encrypted with the password: Harbour#2291, can't open it",
        "secret.password_assignment",
    ),
    ("the export zip is protected with 'p7Kq!m2Lx9' and unzip fails", "secret.password_assignment"),
    # a key word, a short qualifier in brackets, then a random value
    (
        "merchant 4471, secret key (sandbox) 9e2c41b7d05a8f63e1c4b9a27d6f0e58 - why 401?",
        "secret.password_assignment",
    ),
    # a postal address written as a label, one part a line
    ("please send the return here:\nAmira Haddad\n7 Rowan Close\nYork YO24 1AB\nUK", "pii.address"),
    ("ship to\nJames Okoro\n22 Willow Road\nLeeds\nLS6 2AB", "pii.address"),
    ("Dana Ruiz\n8054 Cedar St\nMadison, WI 53731\nhow do I validate this?", "pii.address"),
    # a Canadian SIN in a message about SINs in the plural
    (
        "our validator rejects good SINs, like the one Omar typed: 498 863 356, why?",
        "pii.national_id",
    ),
]

ORDINARY = [
    "the network is slow, key is the cache layer v2",
    "the backup is encrypted with AES-256-GCM at rest, is that enough?",
    "the disk is encrypted with LUKS2 and the file is protected with a password, how do I open it?",
    "status code for the login is 401, what does that mean?",
    "the 2fa code i got on my phone is 60 digits long?",
    "the login page says web / mobile-v2 differ",
    "our office address:\n10 Market Street\nLondon EC1A 1BB",
    "steps:\n2 the main road\nok 3",
    # certificate pins are digests of public keys
    'okhttp CertificatePinner: add("api.acme.io", '
    '"sha256/Kq2vLw9XbT4nYp7RzA1cE6fH8jM3sU5dG0iO2kN4wQe=") fails after rotation',
    # a SealedSecret's encryptedData is ciphertext, whatever its values start with
    "sealed secret won't unseal:\n```\nkind: SealedSecret\nspec:\n  encryptedData:\n"
    "    api_token: Qm9Xk2LpT8vR4nZs1YwE6cHa3JfU7gDi0oKb5tMqNx9PrWy2VeLh8sAj4uCz1FdGk3Bn\n"
    "  template:\n    type: Opaque\n```",
    # a Vault token's accessor
    "revoke by accessor? `vault token revoke -accessor Zt7Qm2Lk9XbW4nRp1YsE8cVd` says "
    "permission denied",
    # a JWT's decoded claims, signature stripped
    'payload only: {"sub": "00u8Kd2LmQ7xZp4TnW1v", "aud": "0oa5Rt9YbN3cVm2XkL8q", '
    '"idp": "0oa2Hs6PqW9eTy4UzM1k"} why invalid audience?',
    # an Adyen client key named as one, or said to be the public one
    "Components init with clientKey: 'test_QW3RT8YU1IOP4ASD5FGH6JKL7ZXC9VBN' throws origin error",
    "we load `live_ZX8CV2BN5MQ4WE7RT1YU9IOP3ASD6FGH` (the public one from the page source) "
    "and it 403s",
    # a bcrypt hash given to a key named as a hash
    'seed has `password_hash: "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"`, '
    "why does login fail?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_eighth_round_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_eighth_round_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
