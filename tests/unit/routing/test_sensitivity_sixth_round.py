"""Rules added after the sixth blind round (``heldout23``-``heldout25``, stop 19).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other languages), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # domestic bank accounts after an account word
    ("refund to A/c no 50100234567812 IFSC ICIC0001234 pls", "pii.bank_account"),
    ("chuyển khoản vào STK Techcombank 19034567891011 giúp mình", "pii.bank_account"),
    ("transfer gaji ke no. rek BCA 8831234567 atas nama Budi", "pii.bank_account"),
    ("salary: account number 004512349876 at HSBC, sort code on file", "pii.bank_account"),
    ("reembolso a la CLABE 002180700123456788 por favor", "pii.bank_account"),
    # national ids, named and checked
    ("new hire SIN 130 692 544, please set up payroll", "pii.national_id"),
    ("주민등록번호 900101-1234568 확인 부탁", "pii.national_id"),
    ("factura a nombre de GODE561231GR8 (RFC), persona física", "pii.national_id"),
    ("dati: Mario Rossi, CF RSSMRA85T10A562S", "pii.national_id"),
    # one-time codes received
    ("the bank just texted me code 739104, should i give it to the caller?", "secret.otp"),
    ("hab per SMS den Sicherheitscode 551902 bekommen, was tun?", "secret.otp"),
    # passwords after 密码/비번 and wifi pairs
    ("测试账号 qa@acme.io 密码 Qa_test2024! 给你", "secret.password_assignment"),
    ("회의실 계정 비번 Meet!ng2024 입니다", "secret.password_assignment"),
    ("guest wifi is AcmeGuest / Berlin_guest42 this week", "secret.password_assignment"),
    ("password akun shopee: acmestore / toko.2024.", "secret.password_assignment"),
    # door codes with a keypad letter, Redis AUTH in MONITOR output
    ("nouveau digicode de l'entrepôt : 4B718", "secret.pin"),
    ('1718101201.1 [0 10.0.0.5:4411] "AUTH" "app" "tY7wQ2kLp9Zx"', "secret.password_assignment"),
    # a customer's postal address in a sentence
    ("send the replacement to Ana Ruiz, 412 Birch Ave, Boulder, CO 80302", "pii.address"),
    ("spedire a Luca Bianchi, via Roma 12, 10121 Torino", "pii.address"),
]

ORDINARY = [
    # the company's own lines
    "our support hotline is 0800 123 4567, can you draft the IVR text?",
    "请核对页脚: 客服热线 400-600-1234",
    "フリーダイヤル 0120-444-555 の表記を統一したい",
    "le standard 01 40 20 30 40 (numéro officiel sur le site) ou le SAV ?",
    # ids glued to letters, fiction-range numbers in a message about tests
    "رقم الطلب SA-2023-77812 لم يصل",
    "for the phone-parsing tests we use +1 202-555-0178 and +44 20 7946 0321",
    # hashes and nonces said to be such
    "is argon2 `$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$qPXm0Gk8Jv4z0d1l4dM3mYbF2pP3kJ4H` "
    "hash too weak?",
    "our CSP nonce looks like `k3J9vQ0pR2sT4uW6xY8zAb==`, per request, fine?",
    # cookies that clear themselves, per-delivery signatures, trace and id headers
    "set-cookie: session=; Max-Age=0; Path=/",
    "set-cookie: sid=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT",
    "webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
    "grpc-trace-bin: AAARf3ZsbHZ1bGJ0cGJ1bGJ0cgIf",
    # a bank-looking number that is a cloud account, a code that is a status
    "AWS account number 123456789012 in us-east-1, which IAM role?",
    "AWS account 123456789012 container logs, S3 transfer acceleration on?",
    "the API sent status code 503 and error code 4012",
    "codes in the fixture: 'Your code is 111111'",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sixth_round_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_sixth_round_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)
