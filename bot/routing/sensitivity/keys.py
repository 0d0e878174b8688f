"""Which names (variables, config keys, headers, flags) announce that their value is a secret.

detect-secrets' keyword plugin matches a fixed list of stems anywhere in a name, which in chat
flags ``max_tokens``, ``token_expiry_seconds`` and ``secretKeyRef`` and misses ``GITHUB_TOKEN``
(``token`` is not in its list). Here a name is split into words (snake, kebab, camel, dotted)
and judged as a whole: a secret word (seeded from detect-secrets' ``DENYLIST``) makes it a
candidate, a metadata word (``ttl``, ``name``, ``file``, ``url``, ``ref`` ...) disqualifies it.
"""

from __future__ import annotations

import re
from enum import Enum, auto

from detect_secrets.plugins.keyword import DENYLIST


class KeyKind(Enum):
    """How much the value itself must look like a credential before it is reported."""

    PASSWORD = auto()  # a purely numeric value still counts (PINs, numeric passwords)
    SECRET = auto()  # tokens, API keys, client secrets
    SOFT = auto()  # auth, signature, cookie: common words, so the value must look random


_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")

# detect-secrets' stems without the optional underscore, plus the words chat adds.
_DS_WORDS = frozenset(stem.replace("_?", "") for stem in DENYLIST)
PASSWORD_WORDS = frozenset(
    {"password", "passwd", "pwd", "pass", "passphrase", "passcode", "passwort", "contrasena"}
)
SECRET_WORDS = frozenset(
    {"secret", "token", "apikey", "credential", "credentials", "creds", "privatekey", "secretkey"}
    | {"accesskey", "authkey", "apitoken", "authtoken", "accesstoken", "bearertoken"}
    # A pre-shared key: Wi-Fi's ``psk``/``wpa_psk``, TLS-PSK and DTLS-PSK (``--psk``), and
    # Thread's ``PSKc`` (the commissioning credential derived from the passphrase).
    | {"psk", "pskc", "presharedkey", "networkkey"}
)
SOFT_WORDS = frozenset({"auth", "authorization", "bearer", "signature", "sig", "cookie"})
_SUFFIXES = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "secretkey",
    "accesskey",
)
_KEY_QUALIFIERS_TEXT = """
    api access secret private signing sign encryption encrypt enc master client auth service
    account app application db database license admin webhook hmac jwt session storage
    subscription shared root consumer deploy ssh aes crypto cipher mac x publisher partner
    server merchant integration developer tenant
    network nwk mesh psk preshared
    """
# (``network``, ``nwk``, ``mesh``: the key that encrypts a Thread, Zigbee, LoRaWAN or
# Bluetooth mesh network, "Network Key" in ``ot-ctl dataset``, ``network_key`` in
# zigbee2mqtt; Windows calls the Wi-Fi password the "network security key")
KEY_QUALIFIERS = frozenset(_KEY_QUALIFIERS_TEXT.split())
# A name containing one of these describes the secret (its lifetime, location, type, policy)
# rather than holding it.
_METADATA_WORDS_TEXT = """
    id ids name names file files path paths dir folder url uri urls endpoint host type types
    length len min max count limit limits ttl expiry expires expiration expire lifetime timeout
    duration interval age policy policies rotation rotate reset forgot recovery hint hints field
    fields header headers prefix suffix format env var variable ref reference refs arn source
    provider providers store manager backend version versions enabled enable disabled required
    mode strategy size bits algorithm alg kind label labels page next cursor continuation sync
    usage used budget location template selector mount volume stdin prompt input placeholder
    pattern regex validation validator strength complexity history changed updated created
    last flag less public pub encrypted hashed cache secrets tokens keys passwords
    generator generate rules rule requirements scope scopes audience issuer param params
    lookup error errors exception failed invalid missing expired existing sock socket
    """
METADATA_WORDS = frozenset(_METADATA_WORDS_TEXT.split())
_SESSION_CREDENTIAL = frozenset({"id", "token", "key", "cookie"})
# Short stems that are ordinary words at the front of a name.
# (``psk_identity``, ``pskc_hint``: the identity and hint of a pre-shared key are sent in the
# clear; ``psk_key`` and ``wpa_psk`` are the key)
_LAST_ONLY = frozenset({"pass", "pwd", "sig", "psk", "pskc"})
# A form's second copy of the password (Rails ``pwd_confirmation``).
_REPEATED = frozenset({"confirmation", "confirm", "repeat", "again"})
HEADER_NAMES = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def split_identifier(name: str) -> list[str]:
    """``AWS_SECRET_ACCESS_KEY`` / ``apiKey`` / ``x-api-key`` -> lower-case words."""
    words: list[str] = []
    for chunk in _SEPARATORS.split(name):
        words.extend(w.lower() for w in _WORD.findall(chunk))
    return words


def _secret_word_kind(word: str, previous: str | None) -> KeyKind | None:
    if word in PASSWORD_WORDS or (word.endswith(("password", "passwd")) and len(word) > 6):
        return KeyKind.PASSWORD
    if word in SECRET_WORDS or word in _DS_WORDS or word.endswith(_SUFFIXES):
        return KeyKind.SECRET
    if word == "key" and previous in KEY_QUALIFIERS:
        return KeyKind.SECRET
    if word in SOFT_WORDS:
        return KeyKind.SOFT
    return None


def classify_key(name: str) -> KeyKind | None:
    """Kind of secret a name announces, or None for ordinary names and metadata names.

    In a dotted name only the last segment counts: ``spring.datasource.password`` is a
    password, ``token.info`` is an attribute of a token object. ``...PasswordKey`` names a
    field that holds a password, so it is a key (``SECRET``), not a password.
    """
    last = name.rsplit(".", 1)[-1]
    if last.isalpha() and last.lower() in SECRET_WORDS:
        return KeyKind.SECRET  # one word however cased: Thread's ``PSKc`` (not "ps" + "kc")
    words = split_identifier(last)
    if "sessionid" in words or ("session" in words and _SESSION_CREDENTIAL & set(words)):
        return KeyKind.SECRET  # a session id or token is a bearer credential (a cookie)
    if not words:
        return None
    if any(w in METADATA_WORDS for w in words) and not _store_password(words):
        return None
    if len(words) > 1 and words[-1] == "key" and any(w in PASSWORD_WORDS for w in words[:-1]):
        # Helm's ``passwordKey``/``adminPasswordKey``/``passwordSecretKey``: which key of a
        # Secret holds the password. Usually a resource name, so judged as a key, not as a
        # password.
        return KeyKind.SECRET
    best: KeyKind | None = None
    for i, word in enumerate(words):
        if word in _LAST_ONLY and i != len(words) - 1 and words[i + 1] not in _REPEATED:
            continue  # pass_through, pass_pos_args; but pwd_confirmation is the password
        kind = _secret_word_kind(word, words[i - 1] if i else None)
        if kind is KeyKind.PASSWORD:
            return kind
        if kind is KeyKind.SECRET or (kind is KeyKind.SOFT and best is None):
            best = kind
    return best


def _store_password(words: list[str]) -> bool:
    """``store`` right before a password word names a key or trust store's password
    (Android's ``RELEASE_STORE_PASSWORD``, ``trust_store_pass``), not where one is kept:
    the name's only metadata word is such a ``store``."""
    return (
        all(
            w != "store" or (i + 1 < len(words) and words[i + 1] in PASSWORD_WORDS)
            for i, w in enumerate(words)
            if w in METADATA_WORDS
        )
        and "store" in words
    )


def ends_with_secret_word(name: str) -> bool:
    """``setPassword``/``with_token``: the name's last word is the secret word itself."""
    words = split_identifier(name)
    previous = words[-2] if len(words) > 1 else None
    return bool(words) and _secret_word_kind(words[-1], previous) is not None


def is_header_name(name: str) -> bool:
    """HTTP header style names: ``Authorization``, ``Cookie``, ``X-Api-Key``, ``Private-Token``."""
    lowered = name.lower()
    return lowered in HEADER_NAMES or ("-" in name and not name.startswith("-") and "_" not in name)
