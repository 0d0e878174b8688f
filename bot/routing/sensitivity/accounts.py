"""Domestic bank account numbers: digits right after an account word.

Outside IBAN countries an account is a bare run of digits (India's ``A/c no`` with an IFSC
branch code, Vietnam's ``STK``, Indonesia's ``no. rek``, Korea's 계좌, Japan's 口座番号),
which ids and order numbers also are. So a run of 9-18 digits counts only within a few
words after a word that names a bank account, and the generic words ("account number",
"acct", "cuenta", 账号, which also name cloud and login accounts: "AWS account
123456789012") only in a message about a bank (a bank's name, IFSC/SWIFT/routing, salary,
a refund or a transfer).

Beside them, accounts named with their bank (``find_routed_accounts``): a US routing number
that passes its checksum next to an account number (a routing number alone is a bank's), a
UK sort code or an Australian BSB next to an account number (in either order), an account
next to a BIC; and Japanese accounts, seven digits after the account's type
(``find_japanese_accounts``).

Not a person's: the company's own account printed after its legal name on an invoice or a
remit-to block (``company_account``; the name comes from the company's mail domains).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, at_triggers, near

LABEL = "pii.bank_account"

# Words that name a bank account whatever the message is about (lower-cased text).
_BANK_ACCOUNT_WORDS = Words((
    "a/c", "bank account", "stk", "s\u1ed1 t\u00e0i kho\u1ea3n", "rekening", "no. rek",
    "norek", "kontonummer", "konto-nr", "kontonr", "num\u00e9ro de compte", "n\u00b0 de compte",
    "n\u00famero de cuenta", "n\u00famero da conta", "\uacc4\uc88c", "\u53e3\u5ea7", "ifsc",
))  # fmt: skip
# Words that name any account: a bank's only in a message about a bank.
_ACCOUNT_WORDS = Words((
    # ("conta" and "compte" as words: "contains", "compteur" are not)
    "account no", "account number", "account #", "acct", "cuenta ", "cuenta:", "conta ",
    "conta:", "compte ", "compte:",
    "t\u00e0i kho\u1ea3n", "\u8d26\u53f7", "\u5e10\u53f7", "\u8d26\u6237", "\u5e33\u6236",
))  # fmt: skip
_BANK_CONTEXT = Words((
    "bank", "banco", "banque", "ifsc", "swift", " bic", "routing", "sort code", "salary",
    "payroll", "refund", "reembolso", "rembourse", "erstatt", "\u00fcberweis", "transfer",
    "wire", "ho\u00e0n ti\u1ec1n", "ng\u00e2n h\u00e0ng", "\uc740\ud589", "\u94f6\u884c",
    "\u9280\u884c", "\u6c47\u6b3e", "\u8f6c\u8d26", "\u632f\u8fbc",
))  # fmt: skip
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

# A routing number (nine digits, checksum 3-7-1) after its name, and an account number.
_ROUTING = re.compile(
    r"(?:routing|aba|rtn)[\w\"' ]{0,12}?(?:[:=#]|\bis\b)?[ \t\"']*(\d{9})(?!\d)|"
    r"(?:account|acct|a/c)(?:[ _-]?(?:number|num|no|#))?[\w\"' ]{0,6}?[:=#]?[ \t\"']*"
    r"(\d{4,17})(?!\d)"
)
_ROUTING_TRIGGERS = ("routing", "aba", "rtn")
# A branch code and an account number within a few words, in either order: a UK sort code
# and an account of eight digits, an Australian BSB and an account of six to ten ("BSB
# 062-324 acct 7768 5479"); the account word abbreviated too ("acc 05240617").
_ACCOUNT_WORD = r"(?<![a-z])(?:account|acct|acc|a/c)(?![a-z])(?:[ _-]?(?:number|num|no|#))?\.?"
_BRANCH_CODES = (
    # (name, code, account)
    (r"sort[ _-]?code", r"\d\d-\d\d-\d\d|\d{6}", r"\d{8}"),
    (r"(?<![a-z])bsb(?![a-z])", r"\d{3}[- ]?\d{3}", r"\d{2,4}(?:[ -]?\d{2,4}){0,3}"),
)
_CODE_THEN_ACCOUNT = tuple(
    re.compile(
        rf"{name}[^\n\d]{{0,12}}({code})(?![\d-])[^\n\d]{{0,30}}?{_ACCOUNT_WORD}[^\n\d]{{0,12}}"
        rf"({account})(?![\d-])"
    )
    for name, code, account in _BRANCH_CODES
)
_ACCOUNT_THEN_CODE = tuple(
    re.compile(
        rf"{_ACCOUNT_WORD}[^\n\d]{{0,12}}({account})(?![\d-])[^\n\d]{{0,30}}?{name}"
        rf"[^\n\d]{{0,12}}({code})(?![\d-])"
    )
    for name, code, account in _BRANCH_CODES
)
# Each pair's trigger, and every literal it needs ("sort" alone is in "sorted").
_BRANCH_TRIGGERS = (("sort", "code"), ("bsb", "bsb"))
# An account in an international transfer: letters and digits next to a BIC.
_BIC_ACCOUNT = re.compile(
    r"(?:compte|account|acct|konto|cuenta|conto|conta|rekening)[^\n\d]{0,15}?[:\s]"
    r"([a-z0-9]{8,34})(?![\w-])"
)
_BIC_WORDS = ("bic ", "bic:", "bic=", "bic/", "swift", "mt103", "iban")  # not "public"
_BIC_ACCOUNT_WORDS = ("compte", "account", "acct", "konto", "cuenta", "conto", "conta", "rekening")


def find_bank_accounts(text: str, lowered: str) -> list[Finding]:
    """Account numbers after a bank-account word (see module docstring)."""
    bank = _BANK_ACCOUNT_WORDS.found(lowered)
    generic = not bank and _ACCOUNT_WORDS.found(lowered)
    if not bank and not (generic and _BANK_CONTEXT.found(lowered)):
        return []
    return [
        Finding(LABEL, *m.span(1))
        for m in at_triggers(_NUMBER_AFTER, lowered, [a for a in _ANCHORS if a in lowered])
        if 9 <= sum(c.isdigit() for c in m.group(1)) <= 18
        and not lowered[m.start() - 1 : m.start()].isalpha()
    ]


def aba_valid(digits: str) -> bool:
    """The ABA routing number checksum (weights 3, 7, 1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def find_routed_accounts(lowered: str) -> list[Finding]:
    """Accounts named with their bank's routing number, UK sort code, Australian BSB or BIC."""
    findings: list[Finding] = []
    if "routing" in lowered or "aba" in lowered or "rtn" in lowered:
        findings.extend(_routed_accounts(lowered))
    for code_first, account_first, triggers in zip(
        _CODE_THEN_ACCOUNT, _ACCOUNT_THEN_CODE, _BRANCH_TRIGGERS, strict=True
    ):
        if any(literal not in lowered for literal in triggers):
            continue
        trigger = triggers[:1]
        pairs = [(m, 2) for m in near(code_first, lowered, trigger, 0, 120)]
        pairs.extend((m, 1) for m in near(account_first, lowered, trigger, 90, 40))
        for match, account in pairs:
            if 6 <= sum(c.isdigit() for c in match.group(account)) <= 10:
                findings.append(Finding(LABEL, *match.span(1)))
                findings.append(Finding(LABEL, *match.span(2)))
    if ("bic" in lowered or "swift" in lowered or "mt103" in lowered or "iban" in lowered) and any(
        word in lowered for word in _BIC_WORDS
    ):
        findings.extend(
            Finding(LABEL, *m.span(1))
            for m in near(_BIC_ACCOUNT, lowered, _BIC_ACCOUNT_WORDS, 0, 60)
            if sum(c.isdigit() for c in m.group(1)) >= 8
        )
    return findings


def _routed_accounts(lowered: str) -> list[Finding]:
    """Routing numbers that pass the checksum and account numbers, reported together when
    both are within 120 characters of each other (a routing number alone is a bank's)."""
    routings: list[tuple[int, int]] = []
    accounts: list[tuple[int, int]] = []
    for trigger in _ROUTING_TRIGGERS:  # "aba" is in "database": look for the number first
        index = lowered.find(trigger)
        while index >= 0:
            match = _ROUTING.match(lowered, index)
            if match is not None and match.group(1) and aba_valid(match.group(1)):
                routings.append(match.span(1))
            index = lowered.find(trigger, index + 1)
    if not routings:
        return []
    for trigger in ("acc", "a/c"):
        index = lowered.find(trigger)
        while index >= 0:
            match = _ROUTING.match(lowered, index)
            if match is not None and match.group(2) and not lowered[index - 1 : index].isalpha():
                accounts.append(match.span(2))
            index = lowered.find(trigger, index + 1)
    findings: list[Finding] = []
    for start, end in routings:
        near_accounts = [a for a in accounts if abs(a[0] - start) <= 120]
        if near_accounts:
            findings.append(Finding(LABEL, start, end))
            findings.extend(Finding(LABEL, *a) for a in near_accounts)
    return findings


# The company's own bank details, printed after its legal name on an invoice, a remit-to
# block or a template ("Acme Corp GmbH · Commerzbank · IBAN DE38 ..."): an account the
# company publishes to be paid into, no person's. Its name is taken from its mail domains
# (``acme.io`` -> ``acme``); a supplier's or a customer's company is still reported
# ("Northwind Print Ltd, GB25 ...": a third party's account), as is anything said to go
# to someone between the name and the number.
_LEGAL_FORM = re.compile(
    r"[\w&.' -]{0,30}?\b(?:corp|corporation|inc|llc|ltd|limited|plc|gmbh|ag|sa|sas|sarl|srl|"
    r"spa|bv|nv|pty|oy|ab|kk|ug)\b\.?"
)
_SOMEONE_ELSES = re.compile(
    r"\b(?:to|an|para|naar|customer|client|kunde|refund|supplier|vendor|beneficiary|payee|"
    r"their|his|her)\b|\u00e0"
)
# Digits between the name and the account only as the account's branch code ("Acme Ltd,
# sort code 40-12-76, account ...").
_BRANCH_WORD = re.compile(r"sort[ _-]?code|\bbsb\b|routing|\baba\b|\bblz\b|transit|bank code")
# What a company prints its own bank details on, or calls them.
_PAID_INTO = Words((
    "invoice", "remit", "receiving account", "footer", "letterhead", "billing entit",
    "payment details", "bank details", "pay to", "rechnung", "facture", "factura", "fattura",
    "factuur", "faktura",
))  # fmt: skip
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "ltd", "plc"))


def company_names(domains: tuple[str, ...]) -> tuple[str, ...]:
    """The company's names as its mail domains spell them (``acmecorp.com`` -> ``acmecorp``,
    ``acme.co.uk`` -> ``acme``), lower-cased, three letters or more."""
    names: set[str] = set()
    for domain in domains:
        labels = domain.split(".")
        index = len(labels) - 2
        if index > 0 and labels[index] in _SECOND_LEVEL and len(labels[-1]) == 2:
            index -= 1
        if index >= 0 and len(labels[index]) >= 3:
            names.add(labels[index])
    return tuple(sorted(names))


def company_account(lowered: str, start: int, names: tuple[str, ...]) -> bool:
    """Is the account at ``start`` printed right after the company's own legal name, on the
    same line, with no digit but a branch code's and nothing sending it elsewhere between,
    in a message about what the company prints to be paid (``_PAID_INTO``)?"""
    if not _about_payment(lowered):
        return False  # "employer,employee,iban" / "Acme Ltd,Jane Doe,GB29 ...": a payroll's
    line_start = lowered.rfind("\n", 0, start) + 1
    before = lowered[max(line_start, start - 100) : start]
    for name in names:
        at = before.rfind(name)
        end = at + len(name)
        if at < 0 or (at and before[at - 1].isalnum()) or before[end : end + 1].isalnum():
            continue
        form = _LEGAL_FORM.match(before, end)
        if form is None:
            continue
        between = before[form.end() :]
        if (
            len(between) <= 60
            and (not any(c.isdigit() for c in between) or _BRANCH_WORD.search(between))
            and _SOMEONE_ELSES.search(between) is None
        ):
            return True
    return False


# An organisation's own bank details, said to be its own and printed for people to pay in
# ("our donation form prints our own bank details: ..., sort code 60-83-01, account ..."):
# a charity's or a club's, whose name no mail domain gives. Only on the same line after the
# words, nothing sending them to someone between, in a message about where they are printed.
_OUR_DETAILS = re.compile(
    r"\bour (?:own |charity's |club's |company's |organi[sz]ation's )?"
    r"(?:bank details|bank account|account details|payment details)\b"
)
_PRINTED_ON = Words((
    "print", "form", "invoice", "website", "letterhead", "footer", "donat", "leaflet",
    "poster", "newsletter", "receipt", "standing order",
))  # fmt: skip


def own_published_account(lowered: str, start: int) -> bool:
    """Is the account at ``start`` on the line where the message calls its bank details its
    own, printed for payers (``_OUR_DETAILS``)?"""
    if not _ours_printed(lowered):
        return False
    line_start = lowered.rfind("\n", 0, start) + 1
    window = max(line_start, start - 200)
    last = None
    for match in _OUR_DETAILS.finditer(lowered, window, start):
        last = match
    return last is not None and _SOMEONE_ELSES.search(lowered, last.end(), start) is None


@lru_cache(maxsize=8)
def _ours_printed(lowered: str) -> bool:
    """Once per message: "our ... bank details" and a place where they are printed."""
    return "our " in lowered and _PRINTED_ON.found(lowered) and bool(_OUR_DETAILS.search(lowered))


@lru_cache(maxsize=8)
def _about_payment(lowered: str) -> bool:
    """Does the message speak of what the company prints to be paid (``_PAID_INTO``)? Asked
    once per message, not once per account or phone in it (5,000 phone numbers in 16,000
    characters read the whole text 85,000 times: 0.7 s)."""
    return _PAID_INTO.found(lowered)


# An organisation's own line as it publishes it: "our phone number on the website is ...",
# "the number on our contact page: ...": printed for anyone to call, no person's. (Not "my
# number on the website", nor "our rep's number": a person's.)
_OUR_PUBLISHED_LINE = re.compile(
    r"\b(?:our(?:[ \t]+[a-z-]+){0,2}|the(?:[ \t]+[a-z-]+){0,2})[ \t]+(?:phone[ \t]+)?"
    r"(?:number|line|hotline)[ \t]+(?:on|in|at)[ \t]+(?:our|the)[ \t]+(?:(?:company|public)[ \t]+)?"
    r"(?:web ?site|site|home ?page|contact page|contact us page|landing page|footer)"
    r"[^\n.?!\d]{0,30}(?:\+\d{1,3}[ \t]*\(?)?$"  # (the number may be found past its "+1 (")
)
_OUR_SITE = Words(("our website", "our site", "our web site", "our homepage", "our home page",
                   "our contact", "our landing", "our footer", "our phone", "our number",
                   "our main", "our support", "our sales", "our office"))  # fmt: skip


def own_published_line(lowered: str, start: int) -> bool:
    """Is the phone number at ``start`` the organisation's own, said as published on its
    website just before it, in its sentence (``_OUR_PUBLISHED_LINE``)?"""
    if not _OUR_SITE.found(lowered):
        return False
    window = lowered[max(0, start - 120) : start]
    match = _OUR_PUBLISHED_LINE.search(window)
    return match is not None and ("our" in match.group().split())


def company_phone(lowered: str, start: int, names: tuple[str, ...]) -> bool:
    """Is the phone number at ``start`` printed in the company's own block (its legal name
    earlier on the line or in the lines just above, an address and ids between allowed,
    nothing sending it elsewhere), in a message about what the company prints (an invoice
    footer, a letterhead: ``_PAID_INTO``)? "Acme Corp GmbH · Torstraße 118 · 10119 Berlin ·
    +49 30 ...": the company's switchboard, no person's."""
    if not _about_payment(lowered):
        return False
    block_start = lowered.rfind("\n\n", max(0, start - 200), start)
    before = lowered[max(0, start - 200) if block_start < 0 else block_start + 2 : start]
    for name in names:
        at = before.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and before[at - 1].isalnum()) and not before[end : end + 1].isalnum():
                form = _LEGAL_FORM.match(before, end)
                if form is not None and _SOMEONE_ELSES.search(before, form.end()) is None:
                    return True
            at = before.find(name, end)
    return False


# A Japanese bank account: seven digits after its type (普通 ordinary, 当座 current, 貯蓄
# savings, with 預金/口座/番号 after it) or after 口座番号, as a transfer's payee is written
# ("みずほ銀行 横浜支店 (219) 普通 9972047 タカハシ ユイ"), in a message naming a bank, a
# branch or a transfer; a Japan Post Bank account as its 記号 and 番号.
_JP_ACCOUNT = re.compile(
    r"(?:\u666e\u901a|\u5f53\u5ea7|\u8caf\u84c4)(?:\u9810\u91d1)?(?:\u53e3\u5ea7)?"
    r"(?:\u756a\u53f7)?[\s:\uff1a]{0,3}(?<!\d)(\d{7})(?!\d)"
    r"|\u53e3\u5ea7\u756a\u53f7[\s:\uff1a]{0,3}(\d{7})(?!\d)"
    r"|\u8a18\u53f7[\s:\uff1a]{0,3}(\d{5})[\s\u30fc-]{0,3}\u756a\u53f7[\s:\uff1a]{0,3}(\d{7,8})(?!\d)"
)  # 普通 当座 貯蓄 預金 口座 番号, 口座番号, 記号 ... 番号
_JP_TRIGGERS = (
    "\u666e\u901a",
    "\u5f53\u5ea7",
    "\u8caf\u84c4",
    "\u53e3\u5ea7\u756a\u53f7",
    "\u8a18\u53f7",
)
_JP_BANK_WORDS = (
    "\u9280\u884c", "\u652f\u5e97", "\u632f\u8fbc", "\u632f\u308a\u8fbc", "\u91d1\u5eab",
    "\u4fe1\u91d1", "\u3086\u3046\u3061\u3087", "\u53e3\u5ea7",
)  # fmt: skip  # 銀行 支店 振込 振り込 金庫 信金 ゆうちょ 口座


def find_japanese_accounts(text: str) -> list[Finding]:
    """Japanese bank accounts (``_JP_ACCOUNT``) in a message about a bank or a transfer."""
    triggers = [t for t in _JP_TRIGGERS if t in text]
    if not triggers or not any(word in text for word in _JP_BANK_WORDS):
        return []
    findings: list[Finding] = []
    for match in near(_JP_ACCOUNT, text, triggers, 0, 40):
        findings.extend(
            Finding(LABEL, *match.span(group))
            for group in range(1, 5)
            if match.group(group) is not None
        )
    return findings
