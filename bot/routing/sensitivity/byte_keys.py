"""A key written into source code as a byte array: ``static constexpr uint8_t kHeartbeatKey[32]
= { 0xd4, 0xe7, ... }`` in C/C++, ``var hmacKey = []byte{0x5f, ...}`` in Go, ``const KEY:
[u8; 32] = [0x..]`` in Rust, ``SECRET = bytes([0x.., ...])`` in Python, ``new byte[] {
(byte)0x.. }`` in Java and C#.

Reported (``secret.password_assignment``, like a key given as a string): sixteen or more
``0x`` byte literals in one array, most of them different (random key material, not a
table of counts or a magic header), under a name that names a key or a secret
(``keys.classify_key``; a public key, a key's id or length is no secret).
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.keys import METADATA_WORDS, KeyKind, classify_key, split_identifier
from bot.routing.sensitivity.model import Finding

LABEL = "secret.password_assignment"
_BYTE = r"(?:\(byte\)[ \t]*)?0[xX][0-9a-fA-F]{1,2}"
_ARRAY = re.compile(rf"{_BYTE}(?:[ \t]*,[ \t]*(?:\n[ \t]*)?{_BYTE}){{15,}}")
# The name the array is given to, on the lines just before its first byte: the last
# identifier before ``=``, ``:`` or ``[`` (``kHeartbeatKey[32] =``, ``hmacKey = []byte{``).
_NAME = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]{1,63})[ \t]*(?:\[[^\]\n]{0,12}\][ \t]*)?(?::[^=\n]{0,40})?="
)
_REACH = 120  # characters between the name and the first byte


def find_byte_array_keys(text: str) -> list[Finding]:
    """Keys written as byte arrays (see module docstring)."""
    findings: list[Finding] = []
    if text.count("0x") + text.count("0X") < 16:
        return findings
    for array in _ARRAY.finditer(text):
        values = re.findall(r"0[xX]([0-9a-fA-F]{1,2})", array.group())
        if len(set(v.lower().zfill(2) for v in values)) < len(values) * 0.6:
            continue  # a table, padding or a header, not random bytes
        names = list(_NAME.finditer(text, max(0, array.start() - _REACH), array.start()))
        if names and _names_a_key(names[-1].group(1)):
            findings.append(Finding(LABEL, array.start(), array.end()))
    return findings


def _names_a_key(name: str) -> bool:
    if classify_key(name) in (KeyKind.SECRET, KeyKind.PASSWORD):
        return True
    # ``kHeartbeatKey``: a key of any use, but a public one or a key's metadata
    # (``kPublicKey``, ``KEY_LEN``)
    words = split_identifier(name)
    return bool(words) and words[-1] == "key" and not any(w in METADATA_WORDS for w in words)
