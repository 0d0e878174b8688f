"""The twenty-fourth blind round's misses and false alarm fixed here (``heldout65`` 17, 38,
48, 164, 197; ``heldout66`` 78, 115): a National Insurance number whose prefix breaks
HMRC's rules right beside its name, a Swedish personal identity number with no word for it
next to a named person, a Chinese name with its pay or performance right after it, an
authenticator's code after "it's", and a test fixture's Jane Doe with a date of birth. Each
rule with the row's shape, variants written for it and the look-alikes that must keep
their verdict."""

# ruff: noqa: RUF001  (full-width punctuation is these Chinese messages' own)

from __future__ import annotations

import pytest

from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

SENSITIVE = [
    # an NI number typed into its field for someone, its prefix outside HMRC's rules
    (
        "HRIS sync is choking on this record, NI number field: QH 48 29 17 C for Daniel "
        "Okoro in the London office",
        "pii.national_id",
    ),
    (
        "Payroll import fails for Amara Okafor, national insurance number PX 61 08 22 B, "
        "the field says invalid",
        "pii.national_id",
    ),
    ("Mitarbeiter Tom Baker, NI no. FQ 12 93 40 A, wird vom HR-Connector abgelehnt", None),
    ("the NINO on file for Grace Liu is VD 55 21 09 C, can you check the record?", None),
    # a Swedish personal identity number next to a named person, with no word for it
    (
        "Kunden Elin Johansson (880623-7502) kan inte logga in med BankID, vi får "
        "`USER_CANCEL` direkt",
        "pii.national_id",
    ),
    (
        "Kan du kolla varför valideringen failar för Johan Lindqvist? Han skrev in "
        "850612-4232 men det blir rött",
        "pii.national_id",
    ),
    ("Johan Lindqvist, 19850612-4232, kan inte signera avtalet i appen", "pii.national_id"),
    ("Hon heter Sara Berg och hennes nummer är 900214-2389, varför blir det fel?", None),
    ("Customer Elin Johansson (880623-7502) can't log in with BankID, USER_CANCEL", None),
    # a Chinese name with its pay or its performance right after it
    (
        "我在调薪系统里看到王磊的新薪资是 46k/月，比原来涨了 18%，但报表里还是旧数字。",
        "pii.pay",
    ),
    ("李娜的月薪是 25000元，HR 系统显示错了", "pii.pay"),
    ("系统里张伟的年终奖是 ¥38,000，比去年少", "pii.pay"),
    (
        "王磊今年绩效是B-，年终奖定了2个月工资，比去年少一个月。帮我写一封比较委婉的通知邮件。",
        "pii.performance",
    ),
    ("李娜绩效为C，帮我写一份改进计划", "pii.performance"),
    # an authenticator's code after "it's"
    (
        "Okta is asking for the code again, it's 804 519 — someone in eng-ops pls enter it "
        "on the shared break-glass account in the next 30s",
        "secret.otp",
    ),
    ("the Duo code on my phone — it's 553018, quick", "secret.otp"),
    ("need the MFA code for the root account, its 920 114 right now", "secret.otp"),
    # a real customer in a fixture, and an unidentified patient's date of birth
    ("pytest fixture fails for our customer Dana Whitfield, dob 1984-03-12", "pii.dob"),
    ("John Doe in bed 4, DOB 1961-02-03, triage please", "pii.dob"),
]

ORDINARY = [
    # HMRC's specimen prefix, and letters far from the NI number's word
    "our NI number validator rejects QQ 12 34 56 C, HMRC's specimen — is that right?",
    "NI number field is required on the form. unrelated: batch label DX 20 24 11 A in the "
    "warehouse, and the rest of this sentence goes on for a while",
    # a number that fails its check, no one named, an order's number, the test person
    "Kunden Elin Johansson (880623-7503) kan inte logga in med BankID",
    "Kan du kolla 880623-7502? Den syns inte i loggen",
    "Order 880623-7502 för Elin Johansson har inte skickats än",
    "Testa med Tolvan Tolvansson 121212-1212 i BankID:s testmiljö, det är testpersonen",
    # pay and performance with no one's name before them, or a stand-in's
    "团队的薪资预算是 200k，今年不变",
    "张三的薪资是 46k，这是测试数据",
    "年终奖是 ¥38,000 的人有多少",
    "今年绩效是B+的人占比多少？",
    "绩效系统里等级是 A/B/C 三档，王磊负责这个模块",
    # a count or a duration after "it's", not a code
    "Okta's 2FA code page, it's 100 200 users enrolled now",
    "my MFA code expired, it's 30 seconds too short",
    # the stock people of examples in test fixtures
    "pytest fixture for the KYC tests, can I parametrize across countries?\n\n"
    "@pytest.fixture\ndef applicant():\n    return {\n"
    '        "first_name": "Jane",\n        "last_name": "Doe",\n'
    '        "email": "jane.doe@example.com",\n        "dob": "1990-01-01",\n'
    '        "address": "1 Example Street, Testville, EX1 2MP",\n'
    '        "national_id": "000-00-0000",\n    }',
    'pytest fixture for signup:\n{"name": "John Doe", "email": "john.doe@example.com", '
    '"dob": "1985-05-05"}',
    "unittest fixture: first_name='Jane', last_name='Doe', dob='1992-07-14'",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_sensitive(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text: str) -> None:
    assert_ordinary(text)
