"""The eighteenth blind round's secrets and look-alikes (``heldout52``, ``heldout53``): a
password after Mosquitto's ``-P`` that a terminal wrapped, a secret's value beside its
name in a name/value object, a vendor's desk at a hyphenated domain, nobody's addresses at
reserved domains, IAB consent strings, Cloudflare Ray IDs and an all-zero example key.
Each rule with the blind row's shape, variants written for it and the opposite cases that
must keep their verdict; the rows themselves are in the corpus gate once moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_OCPP = (
    "GetConfiguration response from ACM-AT-31839, the CSMS keeps closing the websocket:\n"
    "```\n"
    '[3, "0bec46b1-f10e-4b73-b340-a033adc88d19", {\n'
    '  "configurationKey": [\n'
    '      {"key": "HeartbeatInterval", "readonly": false, "value": "300"},\n'
    '      {"key": "SecurityProfile", "readonly": false, "value": "2"},\n'
    '      {"key": "AuthorizationKey", "readonly": false, "value": "%s"},\n'
    '      {"key": "CpoName", "readonly": false, "value": "Acme Charging"}\n'
    "  ],\n"
    '  "unknownKey": []\n'
    "}]\n"
    "```"
)

SENSITIVE = [
    # A. a password after mosquitto_sub's -P, wrapped by the terminal inside its quotes
    (
        "Copying from the terminal, the line wrapped:\n```\n"
        "$ mosquitto_sub -h telematics-mqtt.acme.io -p 8883 --cafile ca.crt \\\n"
        "    -u fleet-ingest -P 'BitLCWm45Dv\nmZ0e4sDNLIx7#' -t 'fleet/+/telemetry' -v\n"
        "Connection error: Connection Refused: not authorised.\n```",
        "secret.password_assignment",
    ),
    # ... in double quotes, to mosquitto_pub's --pw
    (
        'mosquitto_pub -h broker.acme.io -u sensor-17 --pw "Kd93!xPq0Zr\nT5wLm2" -t a/b -m 1',
        "secret.password_assignment",
    ),
    # ... on one line, to mosquitto_pub, sqlcmd, ldapsearch's -w and mongosh's -p
    (
        "mosquitto_pub -h broker.acme.io -u sensor-17 -P 'Tq8#vLz2Wm' -t plant/line3 -m 21.5",
        "secret.password_assignment",
    ),
    (
        "sqlcmd -S tcp:sql01.acme.internal,1433 -U sa -P 'Zr7!qL2mWx9' -Q \"SELECT 1\"",
        "secret.password_assignment",
    ),
    (
        "ldapsearch -x -H ldaps://ldap.acme.io -D \"cn=svc-sync,dc=acme,dc=io\" -w 'h8Vq!2LpXz' "
        "-b dc=acme,dc=io",
        "secret.password_assignment",
    ),
    (
        "mongosh \"mongodb://db1:27017\" -u admin -p 'Qm4$zT9vLk2' --authenticationDatabase admin",
        "secret.password_assignment",
    ),
    # ... and MySQL's -p with a wrapped value
    ("mysql -h db01 -u report -p'Wq7#mZ2x\nLp9vRt' analytics", "secret.password_assignment"),
    # D. an OCPP charge point's AuthorizationKey in a GetConfiguration dump
    (_OCPP % "SJO96KPWBXF88DIWDK62", "secret.password_assignment"),
    # ... an SSM parameter, a CloudFormation parameter, a Kubernetes env entry, a Helm
    # values list, terraform output -json
    (
        'aws ssm get-parameter --with-decryption gives {"Parameter": {"Name": '
        '"/prod/billing/db_password", "Type": "SecureString", "Value": "Xk9vQ2mPz7LwR4tB"}}',
        "secret.password_assignment",
    ),
    (
        '[{"ParameterKey": "DbPassword", "ParameterValue": "n8Jq2LxV0pWz"}, '
        '{"ParameterKey": "Env", "ParameterValue": "prod"}]',
        "secret.password_assignment",
    ),
    (
        "env:\n  - name: LOG_LEVEL\n    value: info\n  - name: STRIPE_API_KEY\n"
        '    value: "rk_9f3KqL2vXm8pZt4RwB6nYc1H"\n',
        "secret.password_assignment",
    ),
    (
        "extraEnv:\n- name: auth.password\n  value: p7Vq2xLm9RtZ\n- name: auth.user\n  value: x\n",
        "secret.password_assignment",
    ),
    (
        '{\n  "db_password": {\n    "sensitive": true,\n    "type": "string",\n'
        '    "value": "p7Vq2xLm9RtZ"\n  }\n}',
        "secret.password_assignment",
    ),
    # F. a person's mailbox at a vendor's hyphenated domain is still a person's
    (
        "Paystand Terminals' engineer jan.kowalski@paystand-terminals.eu asked for logs",
        "pii.email",
    ),
    # ... and a role address of an organisation the message does not name
    ("open a ticket at support@rivera-consulting.com about the invoice", "pii.email"),
    # G. a customer's made-up address at a reserved domain, in a support question
    ("customer camille.obi@example.org says she was charged twice, can you check?", "pii.email"),
    ("Our customer Priya wrote from priya.nair@shop.test about a refund", "pii.email"),
    # ... a role word at a look-alike of our domain is a sender to look at, not nobody
    ("Got an invoice from billing@acme.io.example asking for payment, signed Pieter", "pii.email"),
    # H. a random token beside the words "consent string" is not a TC string
    (
        "the consent string API needs our key: CQ7kV2pLm9XzR4tB8nWq3sYd6FhJ0aE5uG1iK",
        "secret.high_entropy",
    ),
    # J. a real-looking key in the same header; zeros at the start of one do not clear it
    ("X-API-Key: acme_live_7Hq2mZ9vLx4RtB8nWq3sYd6F", "secret.auth_header"),
    ("X-API-Key: acme_live_00000000a7Hq2mZ9vLx4RtB8", "secret.auth_header"),
]

ORDINARY = [
    # A. a variable, a placeholder and the flag named in a question
    "mosquitto_sub -h broker.acme.io -u ingest -P \"$MQTT_PASSWORD\" -t 'fleet/#'",
    "mosquitto_sub -h broker.acme.io -u ingest -P '<password>' -t 'fleet/#'",
    "is mosquitto_sub -P the password flag? and -u the user?",
    "rsync -P -a build/ deploy@host:/srv/app/",
    # D. the same dump with the key empty, masked or read from the environment, and
    # settings that are not secrets
    _OCPP % "",
    _OCPP % "********",
    _OCPP % "${OCPP_AUTH_KEY}",
    '{"key": "token_ttl", "value": "3600"}',
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n"
    "        key: password\n",
    '{"name": "password", "type": "password", "value": "", "placeholder": "Password"}',
    # F. a vendor's support desk at its hyphenated domain, the vendor named in the text
    "If the firmware signing issue comes back, open a ticket with Paystand Terminals at "
    "support@paystand-terminals.eu and cc ev-firmware@acme.io; their SLA for P2 is 2 days.",
    "Northwind Logistics: billing questions go to billing@northwind-logistics.com",
    "For Blue-Harbor Freight outages page noc@blue-harbor-freight.co.uk",
    # G. nobody's addresses at reserved domains, in a bounce test and elsewhere
    "Bounce handling test — these should all be marked as hard bounces:\n```\n"
    "nobody@example.com,550 5.1.1 user unknown\n"
    "invalid-user@example.org,550 5.1.1 mailbox unavailable\n"
    "reader2@newsletter.test,552 5.2.2 mailbox full\n"
    "bounce@acme.invalid,550 5.1.2 domain not found\n```\n"
    "The third is a soft bounce actually, right?",
    "subscriber17@lists.example and unknown-user@mail.test both bounced in staging",
    "why does customer3@example.com get the welcome mail twice?",
    "the scrubber rewrites every address to anna.berg@scrubbed.invalid, is that enough?",
    # H. IAB TCF consent strings in messages about consent
    "Consent string from a test browser (no cookies, fresh profile) — the CMP says vendor "
    "755 is allowed but GAM still serves non-personalized:\n`CQ0iTcgSprX4Q-cbW5E9CZeRHDIiSo7Y"
    "9rh-ghsDiDWUbtrHwAjsn_x8tpphx0Pcio5pHjOzYrZfFgn1RqIHBZjn8BnlbmWXuI0wALOx3efBfW6ZIeRWpIa"
    "KKyuRK-f5yobDy.YAAAAAAAAAAA`\nCan someone decode it and check purpose 4?",
    "our euconsent-v2 cookie is CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA.IGLtV_T9fb2vj-"
    "_Z99_tkeYwf95y3p-wzhheMs-8NyZeH_B4Wv2MyvBX4JiQKGRgksjLBAQdtHGlcTQgBwIlViTLMYk2MjzNKJrJ"
    "Eilsb in the TCF debugger, why is purpose 1 missing?",
    "Prebid gets gdprConsent=COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA from the CMP but "
    "the bidder ignores it",
    # I. Cloudflare Ray IDs
    "users in Brazil get Cloudflare 520 on /api/export. Ray IDs from the error page: "
    "994c702f4471fccb-GRU, 09621a9d39103df4-GRU. origin logs show nothing.",
    "response headers: `cf-ray: 8a1b2c3d4e5f6a7b-FRA`, `cf-cache-status: DYNAMIC`",
    "Cloudflare support asked for the ray id, it's 7d4e9b2a1c0f3e68-AMS",
    # J. an all-zero example key, in an API spec, a .env example and a bearer header
    "in our OpenAPI spec, the example for the api key header is `X-API-Key: "
    "acme_test_00000000000000000000`. reviewers say use a clearly fake value.",
    'api_key: "ak_prod_1111111111111111"  # replaced in CI',
    'curl -H "Authorization: Bearer sk_test_0000000000000000000000000" https://api.acme.io',
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_eighteenth_round_secrets_and_personal_data_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_eighteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
