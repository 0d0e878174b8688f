"""The seventeenth blind round's secrets, personal data and look-alikes (``heldout50``, an
evaluator's file for an insurer and a streaming company). Each rule with a sensitive
example written for it and the ordinary look-alikes it must leave alone; the rows
themselves are in the corpus gate."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a Swedish personal number under a camelCase field
    (
        'bankid collect failed personalNumber=198112189876 name="Karin Lund" orderRef=null',
        "pii.national_id",
    ),
    # a DRM content key beside its id
    (
        "packager --enable_raw_key_encryption --keys "
        "label=:key_id=3f2a9c1e7b4d4e8a9c6f2d1a0b5e8f73:key=9d41c7e2a8b35f60e1c94a7d2b6f0e38",
        "secret.password_assignment",
    ),
    # a JWT with its payload and signature is still a token
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInJvbGUiOiJ"
        "hZG1pbiJ9.Yq3v8N2mK7pX9wR4tL6sB1cJ5dF0gH2aE8uZ3oQ7iM4",
        None,
    ),
]

ORDINARY = [
    # an HLS playlist's key tag names where the key is, not the key
    '#EXT-X-KEY:METHOD=SAMPLE-AES,URI="skd://9b5c9308-f9e9-41a1-a379-497e097e2ad7",'
    'KEYFORMAT="com.apple.streamingkeydelivery"',
    # a vendor's care desk in a runbook that names the vendor
    "escalation contacts: Akamai: ccare@akamai.com, Stripe: support@stripe.com",
    # test cards said to be test cards in Korean and German
    "테스트 모드에서 `4000 0000 0000 9995` (잔액 부족 테스트 카드)를 쓰면 오류가 납니다",
    "Im Test doppelte Abbuchungen mit der Testkarte 4000 0000 0000 0077, wo entsteht der Key?",
    # spelt-out addresses at placeholder domains among a regex's test strings
    "Test strings I'm using: `name(at)domain.com`, `foo [at] example [dot] org`",
    # a JWT's header alone
    "Header vom Access Token (nur Header): "
    "`eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImIzODNmNjI3Mzk5NDcwYjMifQ`",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_seventeenth_round_secrets_and_personal_data_are_found(
    text: str, label: str | None
) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_seventeenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
