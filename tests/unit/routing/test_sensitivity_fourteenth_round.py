"""The fourteenth blind round's secrets, personal data and look-alikes (``heldout43``, an
evaluator's file for a game studio and an ad-tech company; ``heldout45``, a platform team's
day with subtle leaks). Each rule with a sensitive example written for it and the ordinary
look-alikes it must leave alone; the rows themselves are in the corpus gate."""

from __future__ import annotations

import base64
import random

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_RANDOM = random.Random(1414)


def _hex_bytes(count: int) -> str:
    return ", ".join(f"0x{_RANDOM.randrange(256):02x}" for _ in range(count))


def _der_signature() -> str:
    """An ECDSA P-256 signature as cosign prints it: base64 of ``30 45 02 21 00 r 02 20 s``."""
    r = bytes([0x80 | _RANDOM.randrange(128)]) + bytes(_RANDOM.randrange(256) for _ in range(31))
    s = bytes([_RANDOM.randrange(1, 128)]) + bytes(_RANDOM.randrange(256) for _ in range(31))
    body = b"\x02\x21\x00" + r + b"\x02\x20" + s
    return base64.b64encode(b"\x30" + bytes([len(body)]) + body).decode()


SENSITIVE = [
    # a Chinese resident identity number, named by the real-name check's field
    (
        "real-name verification fails for this player, request body:\n"
        '{"name":"王晓明","idNum":"440306199003074521","scene":"login"}\nwhy error 1002?',
        "pii.national_id",
    ),
    ("客服转来的：用户身份证号 510104198811230019，说实名认证一直不通过。", "pii.national_id"),  # noqa: RUF001
    # a Finnish identity code with the century letter, the word inflected
    (
        "Asiakas lähetti henkilötunnuksensa 150392A123T tukipyyntöön, voiko sen poistaa lokista?",
        "pii.national_id",
    ),
    # a placeholder-looking number is still a person's outside a message about examples
    ("customer in Osaka says the courier can't reach +81 3-1234-5678, can you check?", None),
    # a desk word inside a person's address is no desk
    ("the auditor's contact is maria.security@kpmg-audit.de, send her the SOC report", None),
    # a server's Segment write key
    (
        "node worker: const analytics = new Analytics({ writeKey: "
        "'Qm7tK2pZ9wXv4RbN8cLd3FhJ6sGy1TaE' })",
        None,
    ),
    # RevenueCat's secret key (its public SDK keys are appl_/goog_)
    ('Purchases.configure(withAPIKey: "sk_Rt6wPz2LqN8vXm4KjB7cYd3FhG5sA9eU")', None),
    # a Maps key in backend code is a key, whatever Firebase does with its own
    ('gmaps = googlemaps.Client(key="AIzaSyQw8e7Rt6Y5u4I3o2P1aSdFgHjKlZxCvBn")', None),
    # a personal mobile in a signature is still a person's
    (
        "> Thanks,\n> Kenji Watanabe\n> kenji.watanabe@acmecorp.com\n> Mobile: +44 7911 604382",
        "pii.phone",
    ),
    # recovery codes under a file's name
    (
        "backup-codes.txt for the org owner:\n"
        "k3v9q-7hd2m\nzp4xw-1rm8t\nqq7ne-5yv2c\nh8d3k-w0j6p\nm2c9t-4gx7b",
        "secret.recovery_code",
    ),
    # keys as byte arrays in C, Go and Rust
    (
        f"static constexpr uint8_t kTelemetryKey[32] = {{ {_hex_bytes(32)} }};\n"
        "does constexpr here leak into every TU?",
        None,
    ),
    (f"var signingKey = []byte{{{_hex_bytes(32)}}}\nwhy is the HMAC different in prod?", None),
    (f"const SESSION_SECRET: [u8; 16] = [{_hex_bytes(16)}];", None),
    # a secret in a property list
    (
        "<dict>\n  <key>AppSecretKey</key>\n  <string>Zt4qW8pR2mK7vX9nB3cL6yH1</string>\n</dict>",
        None,
    ),
    # a publisher's or a partner's key
    ('private const val PARTNER_KEY = "7F3A91C0D2E84B5A96C1F0E2D3B4A587"', None),
]

ORDINARY = [
    # the Chinese standard's sample number, and 18 digits that name no one
    "身份证号校验的单元测试，示例：11010519491231002X（国家标准里的样例）",  # noqa: RUF001
    "order 440306199003074521 shipped, tracking says delivered, support ticket #8812",
    # the Finnish register's example code, said to be one
    "Käytän testeissä esimerkkitunnusta 131052-308T, onko tarkistusmerkki oikein?",
    # placeholder numbers in a message about examples, in English and Chinese
    "phone regex examples we must accept: +81 3-1234-5678, +49 30 12345678, (212) 555-0142",
    "手机号正则的示例：13800138000、+86 139 0000 0000，都要能通过",  # noqa: RUF001
    # security, compliance and privacy desks at any domain
    "vendor review: report vulnerabilities to security@tinyvendor.dev, "
    "SOC 2 questions to compliance@tinyvendor.dev",
    "the DPA says to notify dpo@processor.eu within 72 hours of a breach",
    # public by format or by slot
    '<div class="g-recaptcha" data-sitekey="6LcQ2xYpAAAAAJk8Zt3vR9mN4bW7sE1dF5gH0uKy"></div>',
    "NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LdW3pQaAAAAAKm5Rt8yU2iO7pA4sD9fG1hJ6kLz",
    "VITE_SEGMENT_WRITE_KEY=Qm7tK2pZ9wXv4RbN8cLd3FhJ6sGy1TaE in the frontend .env, fine?",
    'Purchases.configure(withAPIKey: "appl_Hb7RtQ2pLm9XvK4sWc8Jd3Ny6Fz") // RevenueCat',
    '"appAccountToken": "3f2b9c1e-7a4d-4e8b-9c6f-2d1a0b5e8f73" in the renewal notification',
    '"Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com'
    '/id/7B3D9F1A2C4E6A8B0D2F4A6C8E0B2D4F"',
    "okta system log: actor=00u8k2Lm4Np6Qr8St0Uv target=0ua9Xz1Yw3Vt5Rs7Qp9O op=assign",
    f"cosign verify ok, signature annotation: {_der_signature()}",
    # a Firebase app's configs
    'const firebaseConfig = {\n  apiKey: "AIzaSyB3x9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz",\n'
    '  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app"\n};',
    "GoogleService-Info.plist: API_KEY AIzaSyC4y0Rw3Fs6Uz9Vj2Pq5Bt8Eg1Hk4Lm7Nx, "
    "GOOGLE_APP_ID 1:1234567890:ios:abc123",
    # an office's line in a colleague's signature
    "> Ana Ruiz\n> SRE, Acme Corp\n> ana.ruiz@acmecorp.com\n> Main office Madrid: +34 91 555 12 34",
    # byte arrays that are no key
    f"static const uint8_t kPublicKey[32] = {{ {_hex_bytes(32)} }};",
    "static const uint8_t kCrcTable[16] = { "
    + ", ".join(f"0x{i:02x}" for i in [0] * 8 + [1] * 8)
    + " };",
    "<key>RCPublicSDKKey</key>\n<string>appl_Hb7RtQ2pLm9XvK4sWc8Jd3Ny6Fz</string>",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_fourteenth_round_secrets_and_personal_data_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_fourteenth_round_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)
