"""Rules added after the ninth blind round's ``heldout33`` (the four core kinds of personal
data worldwide, and their look-alikes).

Each case is a fresh instance of the class of message a blind row belonged to (other
values, other wording, other formats), so these tests pin the general rule, not the row.
"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity.accounts import company_names
from bot.routing.sensitivity.examples import about_published_values, says_examples
from tests.unit.routing.sensitivity_rounds import DETECTOR
from tests.unit.routing.sensitivity_rounds import show as _show

SENSITIVE = [
    # a card read out digit by digit or in small groups, in a message about a card
    (
        "call recording transcript: 'my card is 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7' - how do we "
        "mask this before storing?",
        "pii.card",
    ),
    ("agent typed what she heard: 453 914 880 343 646 7 exp 11/29", "pii.card"),
    ("the IVR captured 5 1 0 5 1 0 5 1 0 5 1 0 5 1 0 0 for the card, is that logged?", "pii.card"),
    # a UK sort code and an account, "acc" abbreviated or the account first
    ("pls refund to sort code 20-32-06 acc 73914452 (Mr P Gallagher)", "pii.bank_account"),
    ("bank transfer to account no. 41987730, sort code 401276, name J Okafor", "pii.bank_account"),
    # an Australian BSB and an account, in either order
    ("EFT payout to BSB 083-004 account 1234 5678 9 bounced", "pii.bank_account"),
    ("customer gave acct 512 837 204 and BSB 032001 for the refund", "pii.bank_account"),
    # a Japanese account: type and seven digits, or its number named
    ("振込先\uff1a三井住友銀行 渋谷支店 当座 1234567 ヤマダ タロウ", "pii.bank_account"),
    ("返金先の口座番号 7654321 (りそな銀行 新宿支店) で合っていますか", "pii.bank_account"),
    # a CLABE in groups of four
    (
        "la CLABE del cliente es 0021 8070 1234 5678 95, ¿por qué SPEI la rechaza?",
        "pii.bank_account",
    ),
    # published values in a message about a person are still a person's
    ("customer Jana paid with 5555 3412 4444 1115 and was charged twice, refund her", "pii.card"),
    ("please wire the refund to NL39 RABO 0300 0652 64, the client is waiting", "pii.iban"),
    (
        "caller says her mobile is 0491 570 156 and the sms never arrives, can you check?",
        "pii.phone",
    ),
    # a message that says "test" does not make an arbitrary number a test value
    ("jest test fails for the card 4539 1488 0343 6467 that the customer used", "pii.card"),
    (
        "stripe test: the customer's routing 021000021 and account 483920175 bounced",
        "pii.bank_account",
    ),
    ("bacs test in stripe with sort code 20-32-06, account 73914452 fails", "pii.bank_account"),
    # a supplier's or a customer's company account is a third party's
    ("supplier details: Northgate Supplies Ltd, GB79 BARC 2003 8471 6293 05", "pii.iban"),
    # the company's name in a payroll, not on what it prints to be paid
    (
        "payroll export:\nemployer,employee,iban\nAcme Corp Ltd,Jane Roe,GB79BARC20038471629305",
        "pii.iban",
    ),
    (
        "Acme Corp Ltd refunded the customer to DE44 5001 0517 5407 3249 31 yesterday",
        "pii.iban",
    ),
    # a person's address at a vendor's domain, a role word elsewhere
    ("can you cc jane.rivera@google.com on the escalation?", "pii.email"),
    ("alerts@gmail-lookalike.com keeps mailing our users", "pii.email"),
]

ORDINARY = [
    # published test values named as such: test code, a vendor's magic numbers, a test
    # in a processor's sandbox, a range reserved for fiction
    "vitest case: expect(brand('6243030000000001')).toBe('unionpay') fails",
    "playwright fills 2222 4000 7000 0005 / 03/30 / 737 in the adyen drop-in and gets refused",
    "pytest.mark.parametrize over ['GB98WEST12345698765435', 'DE62370400440532013001'] - "
    "why does the second fail validation?",
    "stripe test: routing 110000000 with account 000111111116 returns no_account, expected?",
    "twilio magic number +15005550009 returns 21614, which one simulates a full queue?",
    "our faker stub emits 020 7946 0123 and 07700 900777 (the drama range), fine for prod seeds?",
    "reserved range check: is (03) 5550 9876 still one of ACMA's fictional landlines?",
    "becs test in stripe: BSB 000-000 account 900123456 should succeed after 3 minutes, right?",
    # vendors' role and system senders, at subdomains too
    "drive-shares-dm-noreply@google.com shares land in spam, SPF issue?",
    "why do mails from notifications@mail.pagerduty.com bounce for some users?",
    # the company's own account on its invoices
    "invoice footer: 'Acme Corp SAS · BNP Paribas · IBAN FR14 2004 1010 0505 0001 3M02 606'",
    "remit-to for UK invoices: Acmecorp Ltd, sort code 40-12-76, account 41987730 - "
    "where does the template read it from?",
    # seven digits after 普通 ("ordinary") with no bank or transfer named
    "ログ件数: 普通 1234567 件、エラー 12 件 - 多すぎますか",
    # eighteen digits after CLABE that fail its check digit
    "el validador marca la CLABE 0021 8070 1234 5678 93 como inválida, ¿está bien?",
    # digits spaced one by one with no card named, or no valid card number
    "the matrix row prints as 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7, how do I join it?",
    "card input placeholder reads 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6, too long for amex?",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_ninth_round_33_classes_are_found(text: str, label: str) -> None:
    assert label in DETECTOR.scan(text).labels, _show(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ninth_round_33_look_alikes_are_ordinary(text: str) -> None:
    assert not DETECTOR.scan(text).sensitive, _show(text)


def test_published_use_words_clear_published_values_only() -> None:
    """Test-code words widen the published-values decision, not ``says_examples`` (which
    also clears strong-password shapes and records)."""
    assert about_published_values("cypress spec types the card")
    assert not says_examples("cypress spec types the card")
    assert not about_published_values("the customer paid twice, refund her")


def test_company_names_come_from_its_domains() -> None:
    assert company_names(("acme.io", "acmecorp.com", "acme.co.uk", "eu.acme.io")) == (
        "acme",
        "acmecorp",
    )
