"""Passwords said briefly: a short or common password after a password word, a password
named in Chinese, Japanese or Korean, a wifi network given as ``SSID / password``, and a
secret word followed directly by its value ("use passphrase copper-pixel-150", "secret
7dafdecc...").

``prose`` reads "the password for staging is X" when X looks like a credential (eight
characters or more, mixed classes). People also say short ones ("my password is hunter2",
"wifi pw is letmein"), and the words of a sentence about passwords come in the same place
("password is required", "is utf8 encoded", "is 8 chars min"), so a short value counts only
if it mixes letters with digits or symbols and is not a technical word, is four digits or
more with no unit after it, or is one of the all-letter passwords every breach list starts
with. A documented default ("the grafana default password is admin") stays ordinary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, at_triggers, near

LABEL = "secret.password_assignment"
_TRAILING = ".,;:!?)]}>"

# Technical words after "password is": encodings, digests, versions, platforms.
_TECHNICAL = re.compile(
    r"(?:utf-?\d+|md\d|sha-?\d*|base\d+|v\d[\w.]*|ios\d+|android\d+|k8s|1password|bcrypt|"
    r"argon2\w*|pbkdf2\w*|scrypt|s3|aes-?\d*|rsa-?\d*|x\.?509|ipv\d|https?\d?|oauth\d?|"
    r"tls\d*|ssl\d*|pkcs\d*|crc\d*|win\d+|py\d+|\d+(?:[a-z]{1,3}|\+))"
)
# A number that measures the password ("is 8 chars min", "is 30 days old").
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:chars?|characters?|digits?|letters?|symbols?|days?|weeks?|months?|years?|"
    r"hours?|min|max|long|old|bits?|bytes?|times|rounds?|iterations?)\b"
)
# All-letter passwords at the top of every breach list (rockyou, SecLists' top 100), and
# ``toor`` (root reversed); words that are also documentation defaults are not here.
_COMMON = frozenset(
    {"letmein", "sunshine", "toor", "hunter", "iloveyou", "qwerty", "qwertyuiop", "dragon"}
    | {"monkey", "football", "baseball", "princess", "welcome", "shadow", "master", "superman"}
    | {"batman", "starwars", "freedom", "whatever", "trustno", "michael", "jennifer", "ashley"}
    | {"mustang", "jordan", "harley", "ranger", "buster", "soccer", "hockey", "killer"}
    | {"asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "passw0rd", "abcdef", "abcdefg", "azerty"}
    | {"cheese", "computer", "secret123", "loveme", "flower", "lovely", "charlie", "pokemon"}
)
# The verbs that give a password, not a place ("only on db-01") or an owner ("of svc-x").
SHORT_VERBS = frozenset({None, "is", "was", "are", "ist", "lautet", "es", "est", "c'est", "era"})
SHORT_VERBS |= {"c\u2019est", "\u00e9", "to", "as", "jest", "\u00e4r"}
SHORT_VERBS |= {"là", "adalah", "ialah", "هي", "هو", "คือ"}
_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
_STRUCTURE = frozenset("/\\<>=()[]{}")
# A sentence about a documented default is not anybody's password.
_DEFAULT_CONTEXT = re.compile(r"\b(?:default|factory|out of the box|initial)\b")


def short_password(value: str, lowered: str, start: int, end: int) -> bool:
    """``value`` (``lowered[start:end]`` before punctuation is stripped) is a short or
    common password said after a password word (see module docstring)."""
    if not 4 <= len(value) <= 32 or not _STRUCTURE.isdisjoint(value):
        return False  # a path, a query, a template: "links to /reset?token=<TOKEN>"
    if v.is_placeholder(value) or v.is_reference(value):
        return False
    word = value.lower()
    if _UNIT_AFTER.match(lowered, end) or _TECHNICAL.fullmatch(word) or _HOST.fullmatch(word):
        return False
    sentence = lowered[max(0, start - 60) : start]
    if _DEFAULT_CONTEXT.search(sentence[sentence.rfind(".") + 1 :]):
        return False
    letters = any(c.isalpha() for c in value)
    if word.isdigit():
        return True
    if letters and (any(c.isdigit() for c in value) or v.has_symbol(value)):
        return not v.is_benign_shape(value, names=False)
    return word in _COMMON


# Chinese, Japanese and Korean: 密码是 X, パスワードは X です, 비밀번호는 X; and with no
# copula, a value that looks like a password: "账号 admin@acme.io 密码 Shanghai_acme72",
# "비번 BUS2024an*" (비번 is short for 비밀번호).
_CJK_PASSWORD = re.compile(
    r"(?:密码|密碼|口令|パスワード|パスフレーズ|暗証番号|비밀번호|비번|암호|패스워드)[^\S\n]*"
    r"(?P<copula>是|为|為|は|が|\uff1a|:|는|은|=)?[^\S\n]*[\"'`「]?([!-~]{6,128})"
)
_CJK_WORDS = (
    "密码", "密碼", "口令", "パスワード", "パスフレーズ", "暗証番号", "비밀번호", "비번", "암호",
    "패스워드",
)  # fmt: skip
# A key or token named in Chinese, Japanese or Korean, then a long random value:
# "카카오 REST API 키 7ef471076e078addd4e7834d741db483", "API密钥: ...", "トークンは ...".
CJK_KEY_WORDS = (
    "키",
    "密钥",
    "密鑰",
    "金鑰",
    "キー",
    "토큰",
    "令牌",
    "トークン",
    "시크릿",
    "シークレット",
)
_CJK_KEY = re.compile(
    "(?:" + "|".join(CJK_KEY_WORDS) + r")[^\S\n]*"
    r"(?:는|은|:|\uff1a|は|是|为|為|=)?[^\S\n]*[\"'`「]?([A-Za-z0-9_+/=.-]{16,128})"
)


def random_value(value: str) -> bool:
    """A key or token given with no verb: hex of 24+ or a random-looking run of 20+."""
    long_hex = len(value) >= 24 and v.is_hex(value)
    random_run = len(value) >= 20 and v.char_classes(value) >= 2 and v.entropy_ratio(value) > 0.8
    return (long_hex or random_run) and not (v.is_placeholder(value) or v.is_reference(value))


def find_cjk_secrets(text: str) -> list[Finding]:
    """Passwords and keys named in Chinese, Japanese or Korean (``text`` is not ASCII)."""
    findings: list[Finding] = []
    if any(word in text for word in CJK_KEY_WORDS):
        findings.extend(
            Finding(LABEL, m.start(1), m.end(1))
            for m in _CJK_KEY.finditer(text)
            if random_value(m.group(1))
        )
    if any(word in text for word in _CJK_WORDS):
        for match in _CJK_PASSWORD.finditer(text):
            value = match.group(2).rstrip(_TRAILING)
            if v.is_credential_like(value, names=False) and (
                match.group("copula") or v.char_classes(value) >= 3
            ):
                findings.append(Finding(LABEL, match.start(2), match.start(2) + len(value)))
    return findings


# A wifi network and its password: "wifi: AcmeGuest / Soleil_Acme24", "와이파이 비번
# AcmeSeoul_5G / Gangnam_acme25", "le wifi c'est AcmeLyon / Soleil_Acme24".
_WIFI_WORDS = Words(
    (
        "wifi",
        "wi-fi",
        "wlan",
        "wireless",
        "와이파이",
        "无线",
        "無線",
        "ワイファイ",
        "ssid",
    )
)
_WIFI_PAIR = re.compile(r"(?<![^\s:(])[\w.@-]{2,32}[ \t]*/[ \t]*([^\s/\"'`]{6,64})")
# A guest network's passphrase: two words or more and a number, joined by dashes or
# underscores ("ACME-Lab-Guest / centrifuge-otter-81"). Two character classes only, so it
# needs its shape: words of four letters or more and two digits or more (not a module's
# name, "esp-wroom-32", nor an access point's, "floor-east-2").
_WIFI_PASSPHRASE = re.compile(r"[A-Za-z]{4,}(?:[-_.][A-Za-z]{4,})+[-_.]?\d{2,4}")


# The network's key said after its name: "the key is ...", ", code ...", "pw: ...".
_WIFI_KEY = re.compile(
    r"\b(?:key|code|pass|password|pw|pwd|passphrase|psk)\b[ \t]*(?:is|:|=|-)?[ \t]*[\"'`]?"
    r"([^\s\"'`,;]{6,64})"
)


def find_wifi_pairs(text: str, lowered: str) -> list[Finding]:
    """``SSID / password`` within a line or two after a wifi word, or the network's key or
    code said after it ("wifi is AcmeGuest and the key is puzzle-maple-39", "wifi there is
    Memmo-Events, code marble_copper745")."""
    findings: list[Finding] = []
    if "wifi" in lowered or "wi-fi" in lowered or "ssid" in lowered or "wlan" in lowered:
        findings.extend(_wifi_keys(text, lowered))
    if "network" in lowered:
        findings.extend(_network_keys(text, lowered))
    if "/" not in text:
        return findings
    # Every ASCII wifi word holds one of these three; the others are Korean, Chinese, Japanese.
    ascii_word = "wi" in lowered or "wlan" in lowered or "ssid" in lowered
    if (not ascii_word and text.isascii()) or not _WIFI_WORDS.found(lowered):
        return findings
    for match in near(_WIFI_PAIR, lowered, _WIFI_WORDS, 0, 120):
        value = text[match.start(1) : match.end(1)].rstrip(_TRAILING)
        if (
            v.char_classes(value) >= 3 or _WIFI_PASSPHRASE.fullmatch(value) is not None
        ) and v.is_credential_like(value, names=False):
            findings.append(Finding(LABEL, match.start(1), match.start(1) + len(value)))
    return findings


# A network named and its key said right after, with no wifi word: "network `AcmeGuest`,
# key is `zephyr-meadow-pepper-3`", "guest network Harbour5G, password: ...".
_NETWORK_KEY = re.compile(
    r"network[ \t]+(?:is[ \t]+|name[ \t]*:?[ \t]*)?[\"'`]?[\w.@-]{2,32}[\"'`]?[ \t]*"
    r"(?:[,;(-]|and)?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(?:its[ \t]+)?"
    r"(?:key|password|pass|pw|pwd|passphrase|psk)[ \t]*(?:is|:|=|-)?[ \t]*[\"'`]?"
    r"([^\s\"'`,;]{6,64})"
)


def _network_keys(text: str, lowered: str) -> list[Finding]:
    """The key said after a network's name: a value with a digit and two classes."""
    return _keys(text, at_triggers(_NETWORK_KEY, lowered, ("network",)))


def _wifi_keys(text: str, lowered: str) -> list[Finding]:
    """A value with a digit after a key or code word within 160 characters after a wifi word."""
    return _keys(text, near(_WIFI_KEY, lowered, ("wifi", "wi-fi", "ssid", "wlan"), 0, 160))


def _keys(text: str, matches: Iterable[re.Match[str]]) -> list[Finding]:
    """Group 1 of each match, if it holds a digit and looks like a credential."""
    findings: list[Finding] = []
    for match in matches:
        value = text[match.start(1) : match.end(1)].rstrip(_TRAILING)
        if (
            any(c.isdigit() for c in value)
            and v.char_classes(value) >= 2
            and v.is_credential_like(value, names=False)
        ):
            findings.append(Finding(LABEL, match.start(1), match.start(1) + len(value)))
    return findings


# A file or archive said to be protected with a password, and the password: "the zip is
# protected with `likzx6^Il`", "the pdf is encrypted with the password: Harbour#2291".
_PROTECTED_WORDS = ("protected", "encrypted", "locked")
_PROTECTED_WITH = re.compile(
    r"\b(?:zip|archive|file|pdf|document|doc|spreadsheet|sheet|xlsx?|docx|7z|rar|attachment|"
    r"export|backup|keystore|keychain|volume|disk|drive|folder|it)s?(?:'s)?[ \t]+"
    r"(?:is[ \t]+|are[ \t]+|was[ \t]+|were[ \t]+|got[ \t]+)?(?:password[- ])?"
    r"(?:protected|encrypted|locked)[ \t]+(?:with|using|by)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    r"(?:(?:password|passphrase|pw|pass|key)[ \t]*:?[ \t]*)?([\"'`])?([^\s\"'`]{6,64})"
)


def find_protected_with(text: str, lowered: str) -> list[Finding]:
    """The password a file or archive is said to be protected with (``_PROTECTED_WITH``):
    quoted with two character classes, or bare with three."""
    # (``in`` tests chained: cheaper than ``any`` over a generator on every message)
    if not ("protected" in lowered or "encrypted" in lowered or "locked" in lowered):
        return []
    findings: list[Finding] = []
    for match in near(_PROTECTED_WITH, lowered, _PROTECTED_WORDS, 60, 80):
        quoted = match.group(1) is not None
        value = text[match.start(2) : match.end(2)].rstrip(_TRAILING)
        if v.char_classes(value) >= (2 if quoted else 3) and v.is_credential_like(
            value, names=False
        ):
            findings.append(Finding(LABEL, match.start(2), match.start(2) + len(value)))
    return findings


# A secret word, then its value with no verb between: ``prose`` finds the word.
_BARE_TOKEN = re.compile(r"[A-Za-z0-9_+-]+")
_NEXT_WORD = re.compile(r"[ \t]+[\"'`]?([^\s\"'`]+)")
# ... or after a short qualifier in brackets: "api key (reports) 400b8148f0ce...".
_NEXT_WORD_QUALIFIED = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+[\"'`]?([^\s\"'`]+)")


def _next_value(text: str, match: re.Match[str]) -> str:
    return text[match.start(1) : match.end(1)].rstrip(_TRAILING)


# A Kubernetes (or OpenShift) command naming a Secret by kind: the next word is its name.
_K8S_KIND = re.compile(
    r"\b(?:kubectl|oc)\b[^\n]*\b(?:get|describe|delete|edit|patch|label|annotate|create[ \t]+"
    r"secret[ \t]+\w+|rollout[ \t]+\w+)[ \t]+secrets?$"
)


def token_named_directly(text: str, lowered: str, end: int) -> list[Finding]:
    """'client_id 6f0... secret 7dafdecc...': a secret or token word, then a long random
    value (hex of 24+ or a mixed run of 20+), with no verb between (a short qualifier in
    brackets may come first: "api key (reports) 400b8148...")."""
    match = _NEXT_WORD_QUALIFIED.match(lowered, end)
    if match is None or lowered[end - 4 : end] == "pass":
        return []  # "pass" is a verb too: "spf=pass header.d=...", "pass leeway=30"
    if _K8S_KIND.search(lowered, max(0, end - 48), end):
        return []  # "kubectl get secret tandem-db-creds-s8ttx": a Secret's name
    value = _next_value(text, match)
    if not _BARE_TOKEN.fullmatch(value):
        return []  # a path, an assignment or a list: "secret payments/pg-credentials"
    if not random_value(value):
        return []
    return [Finding(LABEL, match.start(1), match.start(1) + len(value))]


# An XML element named for a password takes attributes, not a value: each attribute's value
# is judged (``from_env="CH_PASSWORD"`` names an environment variable; ``value="..."`` is one).
_ATTRIBUTE = re.compile(r"""[A-Za-z_][\w:.-]{0,40}=["']([^"'\n]*)["']""")


def password_named_directly(text: str, lowered: str, end: int) -> list[Finding]:
    """'use passphrase copper-pixel-150': the word right after a password word, if it mixes
    letters with digits or symbols (ordinary words such as 'reset' or 'policy' do not)."""
    match = _NEXT_WORD.match(lowered, end)
    if match is None:
        return []
    attribute = _ATTRIBUTE.match(text, match.start(1))
    if attribute is not None:
        match = attribute  # ``<password from_env="CH_RO_PASSWORD"/>``: the attribute's value
    value = _next_value(text, match)
    has_letter = any(c.isalpha() for c in value)
    mixed = any(c.isdigit() for c in value) or v.has_symbol(value)
    if (
        len(value) < 6
        or not (has_letter and mixed)
        or v.is_placeholder(value)
        or v.is_reference(value)
    ):
        return []
    if v.is_benign_shape(value, names=False):
        return []
    return [Finding(LABEL, match.start(1), match.start(1) + len(value))]
