"""A key written into source code as a byte array: ``static constexpr uint8_t kHeartbeatKey[32]
= { 0xd4, 0xe7, ... }`` in C/C++, ``var hmacKey = []byte{0x5f, ...}`` in Go, ``const KEY:
[u8; 32] = [0x..]`` in Rust, ``SECRET = bytes([0x.., ...])`` in Python, ``new byte[] {
(byte)0x.. }`` in Java and C#.

Reported (``secret.password_assignment``, like a key given as a string): sixteen or more
``0x`` byte literals in one array, most of them different (random key material, not a
table of counts or a magic header), under a name that names a key or a secret
(``keys.classify_key``; a public key, a key's id or length is no secret).

The same array in decimal, as YAML, JSON and code write a list of bytes: zigbee2mqtt's
``network_key: [162, 99, 198, ...]``, ``"key": [12, 200, ...]``, ``bytes([162, 99, ...])``:
sixteen or more numbers of 0 to 255 in one ``[...]`` or ``{...}``, most of them different.
The default key zigbee2mqtt's docs printed for years (``[1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4,
6, 8, 10, 12, 13]``) is everyone's, so it counts up in steps, which a random key does not.
"""

from __future__ import annotations

import re
from itertools import pairwise

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
_DECIMAL = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_DECIMAL_ARRAY = re.compile(
    rf"[\[{{][ \t]*(?:\n[ \t]*)?({_DECIMAL}(?:[ \t]*,[ \t]*(?:\n[ \t]*)?{_DECIMAL}){{15,}})"
    r"[ \t]*,?[ \t]*(?:\n[ \t]*)?[\]}]"
)
# ``network_key: [``, ``"key": [``, ``key = [``, ``SECRET = bytes([``, ``key[16] = {``: the
# name right before the array, with at most a call or a type between.
_DECIMAL_NAME = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]{1,63})[\"']?[ \t]*(?:\[[^\]\n]{0,12}\][ \t]*)?(?::[^=\n]{0,40})?"
    r"[:=][ \t]*(?:(?:new[ \t]+)?[A-Za-z_][\w.]{0,30}\(|\[\][A-Za-z0-9_]{1,10})?[ \t]*\Z"
)


def find_byte_array_keys(text: str) -> list[Finding]:
    """Keys written as byte arrays, in hex or decimal (see module docstring)."""
    findings = find_decimal_byte_keys(text)
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


def find_decimal_byte_keys(text: str) -> list[Finding]:
    """Keys written as lists of decimal bytes (see module docstring)."""
    findings: list[Finding] = []
    if text.count(",") < 15 or ("[" not in text and "{" not in text):
        return findings
    for array in _DECIMAL_ARRAY.finditer(text):
        values = [int(n) for n in re.findall(r"\d+", array.group(1))]
        if len(set(values)) < len(values) * 0.6 or _counts_up(values):
            continue  # a table, padding, a ramp: not random bytes
        name = _DECIMAL_NAME.search(text, max(0, array.start() - _REACH), array.start())
        if name is not None and _names_a_key(name.group(1)):
            findings.append(Finding(LABEL, array.start(1), array.end(1)))
    return findings


def _counts_up(values: list[int]) -> bool:
    """Most steps between neighbours the same: ``1, 3, 5, 7 ...``, ``0, 1, 2, 3 ...``."""
    steps = [b - a for a, b in pairwise(values)]
    return max(steps.count(s) for s in set(steps)) >= len(steps) * 0.6


def _names_a_key(name: str) -> bool:
    if classify_key(name) in (KeyKind.SECRET, KeyKind.PASSWORD):
        return True
    # ``kHeartbeatKey``: a key of any use, but a public one or a key's metadata
    # (``kPublicKey``, ``KEY_LEN``)
    words = split_identifier(name)
    return bool(words) and words[-1] == "key" and not any(w in METADATA_WORDS for w in words)
