"""Domestic bank account numbers: digits right after an account word.

Outside IBAN countries an account is a bare run of digits (India's ``A/c no`` with an IFSC
branch code, Vietnam's ``STK``, Indonesia's ``no. rek``, Korea's 계좌, Japan's 口座番号),
which ids and order numbers also are. So a run of 9-18 digits counts only within a few
words after a word that names a bank account, and the generic words ("account number",
"acct", "cuenta", 账号, which also name cloud and login accounts: "AWS account
123456789012") only in a message about a bank (a bank's name, IFSC/SWIFT/routing, salary,
a refund or a transfer).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import Finding, at_triggers

LABEL = "pii.bank_account"

# Words that name a bank account whatever the message is about (lower-cased text).
_BANK_ACCOUNT_WORDS = (
    "a/c", "bank account", "stk", "s\u1ed1 t\u00e0i kho\u1ea3n", "rekening", "no. rek",
    "norek", "kontonummer", "konto-nr", "kontonr", "num\u00e9ro de compte", "n\u00b0 de compte",
    "n\u00famero de cuenta", "n\u00famero da conta", "\uacc4\uc88c", "\u53e3\u5ea7", "ifsc",
)  # fmt: skip
# Words that name any account: a bank's only in a message about a bank.
_ACCOUNT_WORDS = (
    # ("conta" and "compte" as words: "contains", "compteur" are not)
    "account no", "account number", "account #", "acct", "cuenta ", "cuenta:", "conta ",
    "conta:", "compte ", "compte:",
    "t\u00e0i kho\u1ea3n", "\u8d26\u53f7", "\u5e10\u53f7", "\u8d26\u6237", "\u5e33\u6236",
)  # fmt: skip
_BANK_CONTEXT = (
    "bank", "banco", "banque", "ifsc", "swift", " bic", "routing", "sort code", "salary",
    "payroll", "refund", "reembolso", "rembourse", "erstatt", "\u00fcberweis", "transfer",
    "wire", "ho\u00e0n ti\u1ec1n", "ng\u00e2n h\u00e0ng", "\uc740\ud589", "\u94f6\u884c",
    "\u9280\u884c", "\u6c47\u6b3e", "\u8f6c\u8d26", "\u632f\u8fbc",
)  # fmt: skip
# Where a number may follow: the account words, matched where they start.
_ANCHORS = (
    "a/c", "account", "acct", "stk", "t\u00e0i kho\u1ea3n", "rekening", "rek", "norek",
    "konto", "compte", "cuenta", "conta", "\uacc4\uc88c", "\u53e3\u5ea7", "\u8d26\u53f7",
    "\u5e10\u53f7", "\u8d26\u6237", "\u5e33\u6236",
)  # fmt: skip
# An account word as a whole word ("contains", "direkt" are not), a few words (a bank's
# name, "no", ":"), then the number; Kontonummer and 계좌번호 are compounds.
_NUMBER_AFTER = re.compile(
    r"(?:(?:a/c|account|acct|stk|rekening|rek|norek|compte|cuenta|conta)(?![a-z])|konto[\w-]*|"
    r"t\u00e0i kho\u1ea3n|\uacc4\uc88c\w*|\u53e3\u5ea7\w*|\u8d26\u53f7|\u5e10\u53f7|"
    r"\u8d26\u6237|\u5e33\u6236)[^\d\n]{0,30}?(?<![\w-])(\d(?:[ -]?\d){8,17})(?![\w-]|[.,]\d)"
)


def find_bank_accounts(text: str, lowered: str) -> list[Finding]:
    """Account numbers after a bank-account word (see module docstring)."""
    bank = any(w in lowered for w in _BANK_ACCOUNT_WORDS)
    generic = not bank and any(w in lowered for w in _ACCOUNT_WORDS)
    if not bank and not (generic and any(w in lowered for w in _BANK_CONTEXT)):
        return []
    return [
        Finding(LABEL, *m.span(1))
        for m in at_triggers(_NUMBER_AFTER, lowered, [a for a in _ANCHORS if a in lowered])
        if 9 <= sum(c.isdigit() for c in m.group(1)) <= 18
        and not lowered[m.start() - 1 : m.start()].isalpha()
    ]
