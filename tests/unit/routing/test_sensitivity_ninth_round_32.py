"""Rules added after the ninth blind round's vendor key zoo (``heldout32``).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
Every public format has its secret counterpart beside it: the counterpart must still be
reported.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

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
    # the secret counterparts of public vendor formats (``public_ids``)
    (
        "posthog personal api key phx_mEejO8cb5Gj2VvSPsBsqiQMEIOOVM8Rih1Fk9yVtcDp for the export",
        "secret.",
    ),
    ("DD_API_KEY=8d6fa4383f10308e0a8baea515032301 on the agent", "secret."),
    (
        "statsig server: Statsig.initialize('secret-UeagsaBlhei45yWSD5aTRNxZvGQPRJEGQ51lQZ0Sofv')",
        "secret.",
    ),
    ("our flag service: init('client-9lIozWXfwQwJHmedzNExz4iEQDvWTW6QNz1twlHOLbD')", "secret."),
    ("square oauth: client_secret sq0csp-s4WarVOiyCu4msZNCmlsSygZhzTWsNwdXQ1NBluJmHP", "secret."),
    ("razorpay key_secret: qLEeiqLWBeX5gpSKTnJScl5S on the server", "secret."),
    ("the new user-2ljsjSVO6RTotKUi string in our db is what?", "secret."),
    ("okta token SSWS 00ZjUaleVPgWFGm03RQjN8qyN6RNRtu6StiF7yjupS returns 401", "secret."),
    (
        "curl -H 'X-Shopify-Access-Token: c4cf5e9f27354c3cc76b8d82cd368b0c' "
        "https://acme.myshopify.com/admin/api/2024-07/shop.json",
        "secret.",
    ),
    (
        "curl -H 'Shopify-Storefront-Private-Token: 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' "
        "https://acme.myshopify.com/api/2024-07/graphql.json",
        "secret.",
    ),
    (
        'our widget: <script src="https://widgets.acme-help.io/loader.js?'
        'key=f68c6c3d-4dad-5de7-388f-291b403c1a2e"></script>',
        "secret.",
    ),
    ("segment node: new Analytics({ writeKey: 'Eh8WZVvHkePJkYkBsBZeoMEjcjrZlnfL' })", "secret."),
    ('pusher auth returned {"auth":"553be9c418b0c37ff854:c129d5b93123abdcde87"} ?', "secret."),
    ("pusher config: PUSHER_APP_SECRET=c129d5b93123abdcde87", "secret."),
    # an Elastic API key is base64 of ``id:key`` (a cloud id is base64 of hosts and ids)
    ("the es key VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw== stopped", "secret."),
    # a real webhook secret, and a test key that is not one of Stripe's docs keys
    ("STRIPE_WEBHOOK_SECRET=whsec_41PB2qs353f2Huu6mXrxWUREVXXPHzGI in prod", "secret."),
    ('stripe.api_key = "sk_test_z3qyV4J1TQt7frRgjix7YSdn" in the sandbox repo', "secret."),
]

ORDINARY = [
    # a media type after a key word is a Content-Type, not the key
    "api key goes first, then -H 'accept: application/vnd.github+json' or it 415s",
    "the token endpoint answers: application/problem+json, how do I parse that?",
    # vendor values public by their format or their slot (``public_ids``)
    "POSTHOG_KEY=phc_HWD8P1H5AuW2LbjrZZU1MyqMI8mT6piWT6awU6UsmHI, no events?",
    "DD_CLIENT_TOKEN=pub11eba3152fe9852141c0c41b4d217cc5 in the next config, no logs",
    "new StatsigClient('client-9lIozWXfwQwJHmedzNExz4iEQDvWTW6QNz1twlHOLbD', user) // statsig js",
    "SQUARE_APP_ID=sandbox-sq0idb-PhXCJy15ZS7aeulcgsCFkx for the web sdk, sandbox cards fail",
    "razorpay options key_id rzp_test_JYU64avwYHtYiV with handler, payment.captured never fires",
    "OPENAI_ORG_ID=org-04yKTuaLoyyeifdaiNMe3L5W OPENAI_PROJECT=proj_ajPCa69wormka3Xq09Ffepot",
    "terraform cloud: workspace ws-2ljsjSVO6RTotKUi, agent agent-OSPO0emz02g8KnLJ, policy set "
    "polset-htUVbIEe8R3GrNwd blocks the apply",
    "okta user 00uTXso3ykoxRWyOXvCU can't sign in to app 0oa454xeByQnYa8xdAdu, MFA loop",
    "ShopifyBuy.buildClient({ domain: 'acme.myshopify.com', "
    "storefrontAccessToken: 'c4cf5e9f27354c3cc76b8d82cd368b0c' }) returns no products",
    '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?'
    'key=f68c6c3d-4dad-5de7-388f-291b403c1a2e"></script> loads twice',
    "segment: analytics.load('Eh8WZVvHkePJkYkBsBZeoMEjcjrZlnfL', {}) drops events",
    'pusher private channel 403, /broadcasting/auth returns {"auth":"553be9c418b0c37ff854:'
    'f59b7dd19349e7fe8b1a9e595502b779c0415bd4a6113d0f20ce4bb2b7337d10"}',
    # an Elastic Cloud id: base64 of ``<host>:<port>$<es id>$<kibana id>``
    "ES_CLOUD_ID=search-prod:dXMtY2VudHJhbDEuZ2NwLmNsb3VkLmVzLmlvOjQ0MyQ4YTY3NjM5Zjc0MDgwZjU2YzVh"
    "YTMyOGY2NzYyMjZlMiQzNmEyM2UyMzhlM2IxYzc3ZmM0YzAxMWYxYmQzOGYxZg== and node times out",
    "kibana cloud id logs:d2VzdGV1cm9wZS5henVyZS5lbGFzdGljLWNsb3VkLmNvbTo5MjQzJDM0OTIwZmJkMDFm"
    "NDAwNzJlM2NmMzQ3ODYyNTU0MDE3JGNkZjgzZmQ5ODllNjBmMjEwNDAyMzYyZDUzYzllZmM2 ?",
    # a vendor prefix, then a placeholder in angle brackets with spaces
    ".env.example\nPADDLE_API_KEY=pdl_<from the vendor portal>\n"
    "WEBHOOK_SECRET=whsec_<copied from stripe listen>",
    # Stripe's docs keys, published for every reader
    'stripe.api_key = "sk_test_BQokikJOvBiI2HlWgH4olfQ2" from an old tutorial, whose charges?',
    "curl https://api.stripe.com/v1/charges -u sk_test_26PHem9AhJZvU623DfE1x4sd: works, mine not",
    # the vendor schemes alone, and other vendors' publishable ``pk_`` keys
    "which header does klaviyo want, `Authorization: Klaviyo-API-Key <private key>`?",
    "Stripe('pk_live_51Ab3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6cD7eF8gH9iJ0kL1mN2') in the page",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_vendor_keys_are_found(text: str, label: str) -> None:
    labels = DETECTOR.scan(text).labels
    assert any(found.startswith(label) for found in labels), _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ninth_round_public_values_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
