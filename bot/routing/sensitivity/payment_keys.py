"""Payment-terminal key material in the clear: a key component from a key ceremony.

Card payments are protected by symmetric keys loaded into terminals and HSMs: a terminal
master key (TMK), a zone master key (ZMK), a base derivation key (BDK) for DUKPT, a PIN or
MAC key. Such a key is never written down whole; custodians each hold a clear component
(16, 32 or 48 hex digits, printed in groups of four) and combine them at a ceremony, checking
each against its key check value (KCV, the first six hex digits of a block encrypted under
it). "Component 2: 2807 E299 D074 5B3A 97B2 FCFC 32B6 5933 / KCV: C4F87B" is half of the key
that protects every PIN at a store: whoever has all components has the key.

Reported (``secret.private_key``): in a message about such keys (``_CEREMONY_WORDS``: a KCV,
a TMK, ZMK, BDK or IPEK, a key ceremony, a component, a custodian), a value of 16, 32 or 48
hex digits with both letters and digits, on a line that names it a component, a key or one
of those keys. Not reported: the KCV itself (six hex digits, published to check the key), a
key serial number (KSN, 20 hex digits), an application id or an EMV cryptogram (ARQC, on
lines that do not name a key), and a key said to be encrypted under another (a cryptogram:
"TMK under ZMK", Thales' ``U``/``T``/``X`` prefixed forms, which the value's left boundary
excludes).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding

_CEREMONY_WORDS = Words((
    "kcv", "key check value", "tmk", "zmk", "zcmk", "bdk", "ipek", "key ceremony",
    "key component", "clear component", "custodian", "terminal master key",
    "zone master key", "base derivation key", "schl\u00fcsselkomponente",
    "composante de cl\u00e9", "componente de clave",
))  # fmt: skip
# A line's label, then within a few characters the value: hex in groups of four (or one run).
_KEY_LINE = re.compile(
    r"\b(?:comp(?:onent)?|key|part|share|tmk|zmk|zcmk|bdk|ipek|kek|tpk|zpk|pek|mak|"
    r"schl\u00fcssel|komponente|composante|componente|cl\u00e9|clave)\b"
    r"([^\n]{0,40}?)(?<![\w-])((?:[0-9A-Fa-f]{4}[ -]?){3,11}[0-9A-Fa-f]{4})"
    r"(?![\w-]|[ -][0-9A-Fa-f]{4}\b)"
)
# What the line says the value is when it is not the key: an id, a serial number, the
# check value, or the key encrypted under another key.
_NOT_THE_KEY = re.compile(
    r"\b(?:id|ksn|serial|kcv|check|encrypted|under|cryptogram|hash|sha\d*|fingerprint)\b"
)
_HEX_LENGTHS = (16, 32, 48)


def find_payment_keys(text: str, lowered: str) -> list[Finding]:
    """Clear key components and keys in a message about a payment key ceremony."""
    findings: list[Finding] = []
    if not _CEREMONY_WORDS.found(lowered):
        return findings
    for match in _KEY_LINE.finditer(lowered):
        value = match.group(2)
        digits = value.replace(" ", "").replace("-", "")
        if (
            len(digits) not in _HEX_LENGTHS
            or digits.isdigit()
            or digits.isalpha()
            or _NOT_THE_KEY.search(match.group(1))
        ):
            continue
        findings.append(Finding("secret.private_key", *match.span(2)))
    return findings
