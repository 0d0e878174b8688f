"""One-time and recovery secrets: BitLocker recovery keys, account recovery codes, TOTP seeds.

Each has a shape of its own (groups of digits or base32) that is too plain to report
alone, so the message must also say what it is, except for BitLocker's eight groups of six
digits, each a multiple of 11, which nothing else looks like.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import Finding

_LABEL = "secret.recovery_code"
_BITLOCKER_START = re.compile(r"\d{6}-\d{6}-\d{6}")
_BITLOCKER = re.compile(r"(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])")
# Recovery codes, four or more in a row: GitHub's ``xxxxx-xxxxx`` hex pairs, AWS's and
# others' ``xxxx-xxxx`` letters and digits, Google's ``1234 5678``.
_CODE = r"(?:[0-9a-z]{4,5}-[0-9a-z]{4,5}|\d{4} \d{4})"
_RECOVERY_CODES = re.compile(rf"(?<![\w-]){_CODE}(?:[\s,;]+{_CODE}){{3,}}(?![\w-])")
_RECOVERY_WORDS = (
    "recovery code", "backup code", "recovery key", "scratch code", "emergency code",
    "2fa code", "mfa code", "one-time code", "codes de secours", "backup-code",
    "wiederherstellungscode", "c\u00f3digos de recupera", "codici di backup",
)  # fmt: skip
# A TOTP seed in base32, printed in groups of four as authenticator apps show it.
_OTP_SEED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z2-7]{4}(?:[ -][A-Za-z2-7]{4}){5,}(?![A-Za-z0-9])")
_OTP_WORDS = ("totp", "2fa", "mfa", "authenticator", "otp seed", "otp secret")


def find_codes(text: str, lowered: str) -> list[Finding]:
    """Recovery keys and codes, and TOTP seeds (see module docstring)."""
    findings: list[Finding] = []
    if "-" in text and _BITLOCKER_START.search(text):
        for match in _BITLOCKER.finditer(text):
            if all(int(group) % 11 == 0 for group in match.group().split("-")):
                findings.append(Finding(_LABEL, match.start(), match.end()))
    if any(word in lowered for word in _RECOVERY_WORDS):
        findings.extend(Finding(_LABEL, m.start(), m.end()) for m in _RECOVERY_CODES.finditer(text))
    if any(word in lowered for word in _OTP_WORDS):
        for match in _OTP_SEED.finditer(text):
            if any(c.isdigit() for c in match.group()):  # base32 digits: not six words
                findings.append(Finding("secret.otp_seed", match.start(), match.end()))
    return findings
