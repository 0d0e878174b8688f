"""Round 26 (heldout70 7, 11, 37, 90, 91, 121, 183, 185, 192): a lock's code after its lock
with no verb (a comma, "with"), in Spanish, Japanese and Arabic; an alarm disarmed "with"
its code then a key; a key hardcoded as an environment variable's fallback; a CV template's
drama number; a bcrypt hash after a label on its own line; a one-time code that expired
before it was used."""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

# heldout70 11, 121, 183, 185: a gate's, a key box's or a lockbox's code after its lock,
# told with a comma or "with" ("con"), or in Japanese and Arabic.
LOCK_CODES = [
    "¿Me ayudas con un aviso? El portón del garaje se abre con el código 6093#, y la llave "
    "está en la caja con combinación 1742.",
    "La puerta del trastero se abre con el código 4419 y el candado con combinación 2207.",
    "清掃スタッフ向け: 裏口のキーボックスの暗証番号は 6154 です。",
    "倉庫の南京錠の番号は 8820 です。終わったら戻してください。",
    "أرجو إبلاغ المقاول: رمز البوابة الشرقية لمبنى الياسمين هو 5137، شكراً",
    "يرجى إبلاغ الفني: رمز الباب الرئيسي للمستودع هو 3348 شكراً",
    "المفتاح في صندوق المفاتيح عند المدخل، رقمه السري 7719.",
    "msg for the electrician: keys for 9 Fenwick St are in the lockbox by the bins, code 3862. "
    "put them back after",
    "tenant asked: lockbox for flat 3 is round the side, code 2290. can you write it up?",
    "draft a note for the locksmith: the gate at 14 Birch Close opens with the code 7302#",
]
NOT_LOCK_CODES = [
    "the door at reception, code 404 error page shows when the lock api is down",
    "the gate sensor, code 4000 lines of firmware, is flaky",
    "the front door, code review is pending for the lock firmware 2023 release",
    "la caja registradora con 1200 euros",
    "el portón del garaje está roto desde 2019, código de error 4021",
    "キーボックスを 3 個注文しました。番号は注文番号 4471 です",
    "غرفة الاجتماعات في الطابق 2024",
    "the build failed with the code 1234 in the logs",
]


@pytest.mark.parametrize("text", LOCK_CODES)
def test_lock_code(text: str) -> None:
    assert_sensitive(text, "secret.pin")


@pytest.mark.parametrize("text", NOT_LOCK_CODES)
def test_not_lock_code(text: str) -> None:
    assert_ordinary(text)


# heldout70 192: an alarm disarmed "with" its code, then the key that confirms it.
DISARMED_WITH = [
    "empty flat at 2 Kiln Lane: alarm panel is behind the front door, disarm with 6620 then "
    "OFF. cleaners go in monday",
    "alarm is by the garage door, disarm it with 5521 then OFF before you go in.",
    "the keypad by the loading door: unset using 3094 then #",
]
NOT_DISARMED_WITH = [
    "alarm panel keeps beeping, the manual says disarm with the fob then press OFF",
    "the alarm panel: disarm with the app, then the door unlocks",
]


@pytest.mark.parametrize("text", DISARMED_WITH)
def test_disarmed_with(text: str) -> None:
    assert_sensitive(text, "secret.pin")


@pytest.mark.parametrize("text", NOT_DISARMED_WITH)
def test_not_disarmed_with(text: str) -> None:
    assert_ordinary(text)


# heldout70 91: a key written into the code as an environment variable's fallback.
FALLBACK_KEYS = [
    "```js\nconst client = new Checkr({\n  apiKey: process.env.CHECKR_KEY || "
    "'7c1d04be93a25f6e8d0b41c7a9e35f2d6b8c0e14',\n  env: 'production',\n});\n```",
    'const token = process.env.GH_TOKEN ?? "9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6";',
]
NOT_FALLBACK_KEYS = [
    "  apiKey: process.env.STRIPE_KEY || 'sk_test_placeholder',",
    "const timeout = process.env.TIMEOUT || '3000';",
    "  secret: process.env.JWT_SECRET || 'changeme',",
]


@pytest.mark.parametrize("text", FALLBACK_KEYS)
def test_fallback_key(text: str) -> None:
    assert_sensitive(text, "secret.password_assignment")


@pytest.mark.parametrize("text", NOT_FALLBACK_KEYS)
def test_not_fallback_key(text: str) -> None:
    assert_ordinary(text)


# heldout70 7: a template for others to fill in, with a number reserved for drama.
TEMPLATE_NUMBERS = [
    "making a CV template for candidates, does this look ok?\n\nJOHN SMITH\nLeeds | "
    "john.smith@example.com | 07700 900217\nPROFILE - 2-3 lines",
    "email signature template: Sam Smith | sam@example.com | 07700 900123",
]
NOT_TEMPLATE_NUMBERS = [
    "can you check this customer's number 07700 900123, she says texts don't arrive",
    "candidate Priya called from 07700 900418 about the template we sent",
]


@pytest.mark.parametrize("text", TEMPLATE_NUMBERS)
def test_template_number(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_TEMPLATE_NUMBERS)
def test_not_template_number(text: str) -> None:
    assert_sensitive(text, "pii.phone")


# heldout70 37: a bcrypt hash called one, on the line after a label ending in a colon: not a
# password file's ``user:`` entry.
HASHES = [
    "is this bcrypt hash format ok? from the docs example:\n"
    "$2a$10$Q7uPz1sV3mK8wE0rT5yB2eN4cH6jL9aD1fG3hJ5kL7mN9pR1tV3xW",
    "bcrypt hash from the docs:\n$2b$12$KIXQbqWz1eRlP0Y7ZP6fQe7xR6wQkU1q2N3m4o5p6q7r8s9t0u1v2",
]
NOT_HASHES = [
    "htpasswd line:\nadmin:$2y$10$Q7uPz1sV3mK8wE0rT5yB2eN4cH6jL9aD1fG3hJ5kL7mN9pR1tV3xW",
]


@pytest.mark.parametrize("text", HASHES)
def test_described_hash(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", NOT_HASHES)
def test_password_file_entry(text: str) -> None:
    assert_sensitive(text, None)


# heldout70 90: a one-time code that expired before it was used, told in the simple past.
DEAD_CODES = [
    "got a bullhorn 2FA code 472915 earlier but it expired before I typed it and it's sent a "
    "new one. why are the SMS codes slow?",
    "the TOTP code 551203 expired before I entered it and it sent another",
    "Okta sent me 334658 but it timed out before I used it",
]
LIVE_CODES = [
    "Okta sent me 334658 but it expired before I could paste it, can someone enter it for me "
    "in the next minute?",
    "Okta sent me 334658 but it says expired when I paste it",
    "my 2FA code is 661029, it expires in 30 seconds",
]


@pytest.mark.parametrize("text", DEAD_CODES)
def test_dead_code(text: str) -> None:
    assert_ordinary(text)


@pytest.mark.parametrize("text", LIVE_CODES)
def test_live_code(text: str) -> None:
    assert_sensitive(text, "secret.otp")
