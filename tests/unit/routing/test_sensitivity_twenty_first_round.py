"""The twenty-first blind round's share (``heldout58``, a smart-home device maker and a
university's IT): the network keys of IoT stacks, a webhook's capability URL and a DTLS key on
a command line; protocol ids, anonymous identities and made-up numbers read as secrets or
personal data. Each rule with the row's shape, variants written for it and the look-alikes
that must keep their verdict; the rows themselves are in the corpus gate once the set is
moved in."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_BYTES = "[23, 201, 77, 140, 5, 96, 250, 18, 133, 64, 212, 9, 181, 44, 170, 119]"

SENSITIVE = [
    # a Thread border router's active dataset: its Network Key and PSKc
    (
        "> dataset active\nActive Timestamp: 7\nChannel: 25\nExt PAN ID: 1f2e3d4c5b6a7988\n"
        "Network Key: 8e1a4c0b9d2f47e6a5c3b1d09f8e7a6c\nNetwork Name: OfficeMesh\n"
        "PAN ID: 0x1a2b\nPSKc: c4d2e8f0a1b3957d6e2c8a4f0b1d3e5a\nDone\nwhy won't it form?",
        "secret.password_assignment",
    ),
    ("PSKc: c4d2e8f0a1b3957d6e2c8a4f0b1d3e5a", "secret.password_assignment"),
    ("network_key = 8e1a4c0b9d2f47e6a5c3b1d09f8e7a6c", "secret.password_assignment"),
    ("LoRaWAN OTAA for the gateway test: NwkKey=A1B2C3D4E5F60718293A4B5C6D7E8F90", None),
    ("der Netzwerkschlüssel im Log: mesh_key: 5f3c9a0e7b2d41c8a6e4f0b2d9c7e1a3", None),
    ("the network key is 8e1a4c0b9d2f47e6a5c3b1d09f8e7a6c, can you check the channel?", None),
    # Wi-Fi and TLS/DTLS pre-shared keys under their own names
    ('network={\n  ssid="Lab-IoT"\n  psk="Wq7!mZ2pLx9v"\n}', None),
    ("wpa_psk=5d7a2f9c0e4b6a8d1c3e5f7a9b0d2c4e6f8a0b1c3d5e7f9a1b2c3d4e5f6a7b8c", None),
    (
        "mosquitto_sub -h hub.local -p 8883 --psk 0f1e2d3c4b5a69788796a5b4c3d2e1f0 "
        "--psk-identity plug-17 -t 'home/#'",
        None,
    ),
    (
        "openssl s_client -connect hub:8883 -psk 0f1e2d3c4b5a69788796a5b4c3d2e1f0 -psk_identity x",
        None,
    ),
    # zigbee2mqtt's network_key, and other keys written as lists of decimal bytes
    (
        "advanced:\n  pan_id: 0x1A62\n  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]\n"
        f"  network_key: {_BYTES}\n  channel: 15",
        "secret.password_assignment",
    ),
    (f'{{"networkKey": {_BYTES}}}', None),
    (f"SECRET = bytes({_BYTES})", None),
    (f"const hmacKey = new Uint8Array({_BYTES});", None),
    (
        "uint8_t aes_key[16] = {23, 201, 77, 140, 5, 96, 250, 18,\n"
        "                       133, 64, 212, 9, 181, 44, 170, 119};",
        None,
    ),
    # a webhook URL whose path is its token, whatever signs the request
    (
        "our hub posts here: https://hooks.devices.acme.io/v2/events/Qm7Zt2Lw9KpX4vRb8NcYs3Hd"
        "?sig=0d9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3928170 — whoever has it can send events",
        "secret.url_credentials",
    ),
    ("curl -X POST http://homeassistant.local:8123/api/webhook/Kx7Pq2mZ9vLw4RtB8nYc3HdF", None),
    ("Webhook-URL für den Türsensor: https://webhook.acme.io/in/aB3dE5fG7hI9jK1lM3nO5pQ7", None),
    # a DTLS pre-shared key given to libcoap's -k, and openssl's -k / -K
    (
        'coap-client -m put -u "plug-0042" -k "9a8b7c6d5e4f30211203f4e5d6c7b8a9" '
        "coaps://[fd00::42]:5684/relay -e on",
        "secret.password_assignment",
    ),
    ("coap-server -A :: -k 'Tz8q-pW2!xLm' -h fleet", None),
    ("openssl enc -aes-256-cbc -salt -in backup.tar -out backup.enc -k Vh7#pQ2xLm9", None),
    ("openssl enc -aes-128-cbc -K 9a8b7c6d5e4f30211203f4e5d6c7b8a9 -iv 00ff -in x -out y", None),
    # a web session id stays a credential, and a TLS master key in a session dump
    ("session_id=53bc36a5e55ba7da9daec1fc3051eb06 works for the API", None),
    (
        "SSL-Session:\n    Protocol  : TLSv1.2\n    Session-ID: 9F0E1D2C3B4A59687766554433221100"
        "AABBCCDDEEFF00112233445566778899\n    Master-Key: 0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B"
        "2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7",
        None,
    ),
    # a person's address that merely starts with "anonymous", and a real token named clientToken
    ("reply to anonymous.user@gmail.com about the ticket", "pii.email"),
    ('{"clientToken": "Xk9fQ2mLp7RzW4tY8uVb1nM3aB3dE5fG"}', None),
    ("API_TOKEN=0x4f3a9b2c1d8e7f60a1b2c3d4e5f60718", None),
    # a number in North American form that can be a line, in a message about examples
    ("please call the customer back on (415) 331-7140", "pii.phone"),
]

ORDINARY = [
    # zigbee2mqtt's documented default key counts up; a public key; a palette of bytes
    "network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]",
    f"public_key: {_BYTES}",
    f"colors: {_BYTES}",
    "ext_pan_id: [221, 17, 189, 47, 119, 95, 69, 101]",
    # a key's identity, hint and name are not the key; a placeholder and a variable
    "coap-client -m get -u plug-0042 -k $COAP_PSK coaps://[fd00::42]/temp",
    "coap-client -k <psk> -u <identity> coaps://[addr]:5684/res",
    "psk_identity: plug-0042\npskc_hint: lab",
    "Network Name: OfficeMesh\nNetwork Key: (hidden)\nChannel: 25",
    "curl -k https://hub.acme.io/health",
    # webhook URLs without a token: endpoints, REST ids, hashes, slugs
    "https://hooks.brightwave-analytics.com/acme/ingest/v1 returns 410",
    "github delivers to https://api.acme.io/webhooks/carriers/dhl",
    "https://api.acme.io/v1/webhooks/3fa85f64-5717-4562-b3fc-2c963f66afa6/deliveries",
    "https://github.com/acme/hub/settings/hooks/482913377",
    "https://ci.acme.io/hooks/build/4f2a9c0e1b7d3a5f6e8c9b0a1d2e3f4a5b6c7d8e",
    "https://hooks.acme.io/events/OrderCreatedV2Handler",
    # EAP outer identities in RADIUS logs
    "Login OK: [anonymous@campus.example-uni.de] (from client ap-lib-2 port 0 via TLS tunnel)",
    'rad_recv: Access-Request  User-Name = "anon@uni-bonn.de"  NAS-Identifier = "wlc-3"',
    # a TLS handshake's randoms and session ids
    "ClientHello random=0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
    "  session_id=9f0e1d2c3b4a59687766554433221100aabbccddeeff00112233445566778899",
    "SSL-Session:\n    Protocol  : TLSv1.3\n    Session-ID: 9F0E1D2C3B4A596877665544332211"
    "00AABBCCDDEEFF00112233445566778899\n    Session-ID-ctx:",
    # devices named after their MAC or EUI-64
    "client ids flapping: hub-0A1B2C3D4E5F, thermo2-84BA94F29183, shellyplus1pm-84ba94f29183",
    "ESP_0A1B2C3D4E5F and sensor_node-0011223344556677 joined",
    # request-matching tokens: AWS's clientToken, CoAP's Token
    '{"state":{"reported":{"fw":"2.1.0"}},"clientToken":"0b6c1f3e-27d4-4a9e-9c3b-5e8f1a2d7c40"}',
    "aws iot-data publish: ClientToken=7d2c9e4a-1b3f-4c8d-a6e5-0f9b2d4c6a81 accepted",
    " #1  CON GET  MID=0x1a2b Token=0x9c01 /sensors/temp\n #2  ACK 2.05 Token=0x9c01",
    "coap: token=0x5e3d1c2b4a59 retransmitted twice",
    # made-up contact data in a message about examples
    "The docs example shows (555) 010-0123 and 42 Example Road — fictional, keep it.",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_twenty_first_round_secrets_and_personal_data_are_found(
    text: str, label: str | None
) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_twenty_first_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
