"""The twentieth blind round's share (``heldout56``): a vendor token glued to CJK prose, and
public values and names read as secrets. Each rule with the row's shape, variants written for
it and the look-alikes that must keep their verdict; the rows themselves are in the corpus
gate once the set is moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # a Databricks personal access token in Japanese prose, no space on either side
    (
        "すみません、夜間バッチ用の Databricks トークンを共有します："  # noqa: RUF001
        "`dapie21c8ef415f2cfd9f1049e89afb21e97`。"
        "ジョブ設定に入れたらこのメッセージは消してください。",
        "secret.api_key",
    ),
    ("トークンはdapi3b9e0c4a71f25d8e6a0b9c17d4e2f853です", "secret.api_key"),
    # ... in Chinese and Korean, with an Azure workspace's ``-2``
    ("这是令牌dapi9b3a0a1281c79bd13abcdf24aeabf094-2，用完请删除", "secret.api_key"),  # noqa: RUF001
    ("토큰은dapi0f7c2e94b1a8d35c6e2f9a0b4d7c1e58입니다", "secret.api_key"),
    # ... and in English, with no secret word before it
    ("nightly job uses dapi0f7c2e94b1a8d35c6e2f9a0b4d7c1e58 for now", "secret.api_key"),
    # other vendors' prefixed tokens glued to CJK characters
    ("共有しますnpm_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5です", "secret.npm_token"),
    ("キーはsk-aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5です", "secret.openai_key"),
    ("请用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登录", "secret.api_key"),
    # New Relic's secret keys (license, user) stay secrets
    ('newrelic:\n  license_key: "eu01xx3f2a9c8b7d6e5f4a3b2c1d0e9f8a7bNRAL"', None),
    ('licenseKey: "NRAK-7QW2E9RT4YU8IO1PASD3FGH5JKL"', None),
    # a secret passed to ``--secret``, and a login and its password
    ("pulumi config set --secret neon:Xk9fQ2mLp7Rz", None),
    ("curl -u admin:s3cretKey9 https://api.acme.io/v1/health", None),
    # a key right after ``@`` is no file
    ("ibmcloud login --apikey @Xk9fQ2mLp7RzW4tY8uVb1nM3 -r us-south", None),
    # a private key in a numbered slot
    (
        "ALTER USER SVC_DBT SET RSA_PRIVATE_KEY_2='7wonVwJCzTMth1H//b0wbJy/55m1cZzqN3Vmn2r5zOjb"
        "Kc76DSzmoidRpPN3tBnt1Hff04sl922lrii0d9';",
        None,
    ),
    # a person's address in a vendor's output, even at the vendor's domain
    (
        "v471  Deploy d339836   jan.kowalski@gmail.com  2026/10/20 14:02:11 +0200\n"
        "v404  Set REDIS_TLS_URL config vars   heroku-redis@addons.heroku.com  2026/10/19",
        "pii.email",
    ),
    ("ask maria.gomez@heroku.com about the add-on", "pii.email"),
]

ORDINARY = [
    # New Relic's browser agent snippet: its NRJS key is in every page's HTML
    ';window.NREUM||(NREUM={});NREUM.loader_config={accountID:"9296017",trustKey:"9847130",'
    'agentID:"630268228",licenseKey:"NRJS-02ab9830c4b65d460f8",applicationID:"269348190"};\n'
    'NREUM.info={beacon:"bam.eu01.nr-data.net",licenseKey:"NRJS-15d49a10b3504128669",'
    'applicationID:"749623336",sa:1};',
    "newrelic browser key for the storefront: NRJS-7c1e58d0f3a92b4e6a1",
    # a Pulumi config key named for the secret, the value prompted for
    "`pulumi config set --secret neon:apiKey` prompts for the value and stores it encrypted",
    "pulumi config set --secret aws:secretKey && "
    "pulumi config set --secret acme-billing:db_password",
    "Pulumi の `pulumi config set --secret stripe:webhookSecret` は値を聞いてきます",
    # a Snowflake public key, in its numbered slot, and another named public key
    "rotating the dbt key pair:\n```sql\nALTER USER SVC_DBT SET RSA_PUBLIC_KEY_2='7wonVwJCzTMth1H"
    "//b0wbJy/55m1cZzqN3Vmn2r5zOjbKc76DSzmoidRpPN3tBnt1Hff04sl922lrii0d9/GlO05VhS4SxSJnJGB';\n```",
    "ALTER USER LOADER SET RSA_PUBLIC_KEY='Qm9vbGVhbkZha2VLZXkx9sT2pLm4QwZ7rXv1nB8cYdE3uF6gH0jK5';",
    "ssh_pubkey_1: 7wonVwJCzTMth1H//b0wbJy/55m1cZzqN3Vmn2r5zOjbKc76DSzmoidRpPN3tBnt1Hff04sl922",
    # an add-on's system address in ``heroku releases``, and another vendor's bot
    "v404  Set REDIS_TLS_URL config vars            heroku-redis@addons.heroku.com  2026/10/19\n"
    "v416  Update DATABASE by heroku-postgresql   heroku-postgresql@addons.heroku.com  2026/10/18",
    "the commit is by github-actions@github.com, not by a person",
    # ``@`` and a file or a variable holding its path: read the value from there
    "we log in with `ibmcloud login --sso` locally and `--apikey @$IBMCLOUD_APIKEY_FILE` in CI",
    "ibmcloud login --apikey @~/.bluemix/apikey.json -r us-south",
    "az deployment group create -g rg --parameters @params.json --secret @/run/secrets/sp.json",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twentieth_round_secrets_and_personal_data_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twentieth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
