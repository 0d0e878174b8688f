"""Rules added after the ninth blind round's vendor key zoo (``heldout32``).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
Every public format has its secret counterpart beside it: the counterpart must still be
reported.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity import SensitivityDetector

DETECTOR = SensitivityDetector(company_domains=["acme.io", "acmecorp.com"])


def _show(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in DETECTOR.scan(text).findings]


SENSITIVE = [
    # Klaviyo private keys (``pk_`` and 34 letters and digits), Shippo and Buildkite tokens
    (
        "KLAVIYO_PRIVATE_KEY=pk_fcfPGTBUl2lq8Kl3cPqgoFbqPiiTPIkhNx in the worker env",
        "secret.api_key",
    ),
    (
        "klaviyo.ApiKey = 'pk_6f818c93b5b98feead6d7088adc3fe26e7'  # profiles sync 429s",
        "secret.api_key",
    ),
    (
        "rates work in test with shippo_test_d9e6d10c0ebf357e9911184496f24f5e68a5f968, why?",
        "secret.api_key",
    ),
    (
        "agent won't register:\nBUILDKITE_AGENT_TOKEN="
        "bkct_1U9LmqBYp7KlwRwm3jeLAuRliAULpSdIlpjqMM2XbiFbaYr4Giv6EokYgbll",
        "secret.api_key",
    ),
    ("bk api 401 with bkua_75aa4cbc41ab264327eca5ad524c879bafd51efd ??", "secret.api_key"),
    # a vendor's own scheme in an Authorization header, then the credential
    (
        "curl -H 'Authorization: Klaviyo-API-Key Zq81mXc4Lr09TbW2' https://a.klaviyo.com/api/lists",
        "secret.auth_header",
    ),
    ("Authorization: GenieKey 7c1e4b2a-9f3d-4e8a-b6c5-2d0f1a9e8b7c\n-> 422", "secret.auth_header"),
]

ORDINARY = [
    # a media type after a key word is a Content-Type, not the key
    "api key goes first, then -H 'accept: application/vnd.github+json' or it 415s",
    "the token endpoint answers: application/problem+json, how do I parse that?",
    # the vendor schemes alone, and other vendors' publishable ``pk_`` keys
    "which header does klaviyo want, `Authorization: Klaviyo-API-Key <private key>`?",
    "Stripe('pk_live_51Ab3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6cD7eF8gH9iJ0kL1mN2') in the page",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_vendor_keys_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ninth_round_public_values_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
