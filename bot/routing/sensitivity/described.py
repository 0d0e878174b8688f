"""Random-looking values a message says are something public: password hashes said to be
hashes, nonces said to be nonces, PKCE code challenges, the keys of files and documents.

* A crypt-format password hash (bcrypt ``$2b$12$...``, argon2 ``$argon2id$v=19$m=...``,
  sha-crypt ``$6$...``, scrypt, PBKDF2) in a message that calls it a hash is the thing
  being asked about ("are those m/t/p params sane?"), not a credential. A hash given as a
  user's entry in a password file (htpasswd ``admin:$2y$...``, Traefik's
  ``users=admin:$$2y$$...``) still is one: with the user name it can be cracked offline
  and used, so those are left to the entropy rule.
* A nonce (a CSP ``nonce-...``, an OAuth ``nonce``) is sent in the clear with every
  response and used once: base64 of 16-32 random bytes within a line or two after the word.

Only the entropy rule skips these spans: a keyword rule (``client_secret=...``) next to
them still reports its value.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.model import at_triggers, near

_CRYPT_HASH = re.compile(
    r"\$(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"
    r"|argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/_-]+\$[A-Za-z0-9+/_-]+"
    r"|[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}"
    r"|scrypt\$[^\s\"'`]+|pbkdf2[\w-]*\$[^\s\"'`]+)"
)
_HASH_MARKERS = ("$2a$", "$2b$", "$2y$", "$2x$", "$argon2", "$5$", "$6$", "$scrypt$", "$pbkdf2")
_HASH_WORDS = ("hash", "bcrypt", "argon2", "scrypt", "pbkdf2", "crypt")
# A password file's entry: the hash right after ``user:`` (``$$`` escapes a ``$``).
_ENTRY_BEFORE = re.compile(r"[\w.@-]:\$?$")
_NONCE_VALUE = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,44}={0,2}(?![A-Za-z0-9+/_-])")


# A PKCE code challenge: the SHA-256 of the verifier, base64url without padding (43
# characters), sent in the authorisation URL; the verifier is the secret.
_CHALLENGE_VALUE = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")
# The key or id of a file, board or document in a design or docs tool ("figma prototype v7,
# file key KaNtyetNoZRx6T05l5YY6P"): it is in the resource's URL and opens nothing alone.
_RESOURCE_ID_WORDS = ("file", "board", "doc", "sheet", "folder")
_RESOURCE_ID = re.compile(
    r"(?:file|board|doc|document|sheet|folder)[ _](?:key|id)\b[ \t]*[:=]?[ \t]*"
    r"[\"'`]?([a-z0-9_-]{10,64})"
)


def described_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of password hashes and nonces described as such (see module docstring)."""
    spans: list[tuple[int, int]] = []
    hashes = "$" in text and any(m in lowered for m in _HASH_MARKERS)
    if hashes and any(word in lowered for word in _HASH_WORDS):
        spans.extend(
            m.span()
            for m in _CRYPT_HASH.finditer(text)
            if not _ENTRY_BEFORE.search(text, max(0, m.start() - 3), m.start())
        )
    if "nonce" in lowered:
        spans.extend(m.span() for m in near(_NONCE_VALUE, text, ("nonce",), 0, 160))
    if "code_challenge" in lowered or "code challenge" in lowered:
        spans.extend(
            m.span()
            for m in near(_CHALLENGE_VALUE, text, ("code_challenge", "code challenge"), 0, 120)
            if "verifier" not in lowered[max(0, m.start() - 20) : m.start()]
        )
    if " key" in lowered or " id" in lowered or "_key" in lowered or "_id" in lowered:
        spans.extend(m.span(1) for m in at_triggers(_RESOURCE_ID, lowered, _RESOURCE_ID_WORDS))
    return spans
