"""The twenty-first blind round's passwords and one-time codes in prose (``heldout58``,
``heldout59``): a password word whose keyword hit is a stem ("contrase|ña", "парол|ь") with
its value right after it, a password later in the word's clause with no verb the other rules
read ("same password as before, X", "ist immer noch X"), a one-time code named as a TOTP or
sent by an identity provider, and S3's extended request id (a log's "host id") as public.
Each with variants and the look-alikes that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

PASSWORD = "secret.password_assignment"

SENSITIVE = [
    # the password word's stem is cut before its last letters: the value follows the word
    ('Cliente nos dio la red "CASA_5G" y contraseña "T9KDKLCBHCYWVHQD0H6R" para probar', PASSWORD),
    ("логин root, пароль fhafp_900_HTFUH, только для аварий", PASSWORD),
    ("для реплики: пользователь default, пароль R7E4j7xpxug5#a! временно", PASSWORD),
    ("usuario `admin-oncall`, contraseña _NQLY5JCn*M2KZ, luego la rotamos", PASSWORD),
    ("hasło Wr0cl4w-serwer!9 do panelu", PASSWORD),
    # a password later in its clause, after an adverb or an apposition
    ("Das Passwort für cn=admin ist immer noch HLYU-2031-ipxp. Bitte nicht ändern", PASSWORD),
    ("the svc account uses the same password as before, Marigold.Tundra.51 - keep it", PASSWORD),
    ("the wifi password is still Kx7-Lemon.Grove42 until Friday", PASSWORD),
    ("le mot de passe reste toujours Pr1nt-Serv.2024 pour le compte", PASSWORD),
    ("password (the old one, sorry) Qz8_Harbor-Lime3 works on staging", PASSWORD),
    # one-time codes
    ("the TOTP right now is 164848, you have 20 seconds", "secret.otp"),
    ("my OTP is 164 848 if you want to try it", "secret.otp"),
    ("locked out of the console, Okta sent me 334658 but it says expired", "secret.otp"),
    ("Duo texted me 482913, can someone approve it for me", "secret.otp"),
]

ORDINARY = [
    # a password word with a name, a product or a version later in the clause
    "the password for the ReadOnlyUser-2 account expired yesterday",
    "password hashing with Argon2id-v19 is fine for us",
    "rotate the password stored in Vault-1.15 before the audit",
    "the password policy changed in Keycloak-24.0.3, see the release notes",
    "password reset emails go through SendGrid-v3 now",
    "contraseña olvidada: el enlace caduca en 24 horas",
    "пароль должен быть не короче 12 символов",
    "set the password with `kubectl create secret generic db-creds --from-literal=...`",
    # a password word and words of ordinary shape
    "the password is still required for the legacy API",
    "same password as before, please do not reuse it elsewhere",
    # numbers near OTP words that are counts or durations
    "MFA adoption is 164848 users this quarter",
    "the OTP service p99 is 164848 ms after the deploy",
    "the 2fa rollout: 120000 accounts enrolled",
    "Okta sent us 250000 events last hour, are we rate limited?",
    "TOTP codes are 6 digits and valid for 30 seconds",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_passwords_and_codes_in_prose(text: str, label: str) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert_ordinary(text)


S3_LOG = (
    "9b179100f0500eec03917154eb1cb93d68a8ed3d2ebcdb3fe207045e6ac4154b assets "
    "[21/Nov/2024:03:18:44 +0000] 13.213.87.241 - 6I0QVHVGC7OOL983 REST.GET.OBJECT "
    'img/bd98d1ed.webp "GET /img/bd98d1ed.webp HTTP/1.1" 403 AccessDenied 13836 - 49 - "-" '
    '"Mozilla/5.0" - ZhGTPJc2J1zOFiWZiYbVNK56hEpx1nxf96ZUYpmSmfThMo21TCng7zJ2= SigV4 '
    "ECDHE-RSA-AES128-GCM-SHA256 AuthHeader assets.s3.eu-west-1.amazonaws.com TLSv1.3 - -\n"
    "why the 403s since this morning?"
)


def test_s3_host_ids_are_public() -> None:
    assert_ordinary(S3_LOG)
    assert_ordinary(
        "x-amz-request-id: 6I0QVHVGC7OOL983\n"
        "x-amz-id-2: ZhGTPJc2J1zOFiWZiYbVNK56hEpx1nxf96ZUYpmSmfThMo21TCng7zJ2=\n"
        "AWS support asked for both ids"
    )


def test_a_secret_in_an_s3_log_line_is_still_reported() -> None:
    # the host id slot is public; an access key in the same paste is not
    assert_sensitive(
        S3_LOG + "\naws_secret_access_key = wJa1rXUtnFEMI/K7MDENG+bPxRfiCYzq8mPlR3Xk", None
    )


def test_a_value_named_again_is_redacted_everywhere() -> None:
    from tests.unit.routing.sensitivity_rounds import DETECTOR

    text = (
        "client lab-switch-a {\n    secret = testing123\n}\n"
        "the lab switches still use testing123 (isolated vlan); testing1234 is another"
    )
    redacted = DETECTOR.redact(text)
    assert "testing123 " not in redacted and "use testing123" not in redacted
    assert redacted.count("[REDACTED:") == 2
    assert "testing1234" in redacted  # a longer word that starts the same is not the value


@pytest.mark.parametrize(
    "text",
    [
        "member_id,first_name,mobile,dob\nLYL561523088,Aisha,+447969360137,1992-09-14",
        "id,name,phone,points\n7,Ann,(415) 555-0142,1930",
    ],
)
def test_a_phone_in_a_csv_cell_before_a_number(text: str) -> None:
    # heldout61: the phones of a loyalty export were left in its redacted text
    assert_sensitive(text, "pii.phone")
    from tests.unit.routing.sensitivity_rounds import DETECTOR

    assert "REDACTED:pii.phone" in DETECTOR.redact(text)


def test_thousands_and_decimals_before_a_comma_stay_numbers() -> None:
    assert_ordinary("rows: 1,234,567 and 12,345; p99 0.4567,0.5123 ms")
