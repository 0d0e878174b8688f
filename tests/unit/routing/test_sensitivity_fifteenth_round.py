"""The fifteenth blind round's secrets, personal data and look-alikes (``heldout46``, an
evaluator's file for an e-commerce marketplace and a developer-tools company). Each rule
with a sensitive example written for it and the ordinary look-alikes it must leave alone;
the rows themselves are in the corpus gate."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # typed declarations: Rust, TypeScript, Kotlin
    ('const DD_API_KEY: &str = "6d832cf2b3d5a055655354f8c8a62d40";', "secret.password_assignment"),
    ('static WEBHOOK_SECRET: &\'static str = "7c1e9a4f2b8d6e3a5c0f1b9d7e2a4c6f";', None),
    ('private val apiToken: String = "Qm7tK2pZ9wXv4RbN8cLd3FhJ"', None),
    # Honeycomb's keys in an exporter's headers
    (
        'otlp_headers: [{"x-honeycomb-team", '
        '"hcaik_01j8m2p4q6r8s0t2v4w6x8y0z2b4d6f8h0j2k4m6n8p0r2t4v6x8z0b2d4f6"}]',
        "secret.api_key",
    ),
    # SSNs in a 1099's taxpayer id column
    (
        "1099-K run for sellers, totals off:\nSELLER          TIN          GROSS\n"
        "Dana Whitfield  412-67-9031  48211.10\nOmar Castillo   529-38-1174  12990.00",
        "pii.national_id",
    ),
    # a person's address at a company the message names is still a person's
    ("Who at DHL owns our account? jana.novak@dhl.com answered last time", "pii.email"),
    # an Algolia admin key, even with "search-only" said of another key
    (
        'algoliasearch("K3PQ9ZL2XW", "5f1e9c2a7b4d8e6f0a3c1b9d7e5f2a4c") // the admin key; '
        "the search-only one can't set facets",
        "secret.api_key",
    ),
]

ORDINARY = [
    # secret-store references in quotes
    'shippo_api_key: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shipping/shippo-Ab12Cd"',
    'openai_api_key = "env:OPENAI_API_KEY"',
    '"algolia_admin_api_key": "@secret:algolia-admin-key"',
    'api_token = "var.cloudflare_api_token"',
    # typed declarations whose value is no literal
    "const token: string = process.env.GITHUB_TOKEN ?? '';",
    "api_key: Optional[str] = None",
    # a role address of a company the message names
    "Who do we contact at DHL for API quota increases, developer.support@dhl.com?",
    # ids named by their kind, and a shop log's ids
    "Why does the KSUID `2k14CGVf2wuOZ7paYAkhCXVVI6P` sort differently in Postgres?",
    "checkout order=ORD-5940 cart=10K18PJbOvPLLq6fcPjkz2Rtz5A psp_ref=QPMJ2DQQ3TBXOBA5 ok",
    # a key said to be Algolia's search-only one
    'const client = algoliasearch("XS4YU2WVU2", "46aa0b62b3faf52409fd9e04b5cbae17"); '
    "// search-only, public",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fifteenth_round_secrets_and_personal_data_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fifteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
