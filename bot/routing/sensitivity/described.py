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

* A DNS TXT record's value (an ACME dns-01 challenge digest, a site-verification token)
  is published in DNS for anyone to read.

* The output of a command that computes a digest or a public key (``openssl dgst``,
  ``sha256sum``, ``wg pubkey``), on the line after it or said right after it ("`wg pubkey <
  office.key` gives `...`"), when nothing else runs after it on that line but formatting
  (``| openssl enc -base64``): ``wg genkey > k; cat k`` prints the private key.

The entropy rule skips these spans, and a keyword rule's value that lies inside one is
dropped (``password_hash: $2b$12$...`` in a message that calls it a hash); a keyword rule's
value next to them (``client_secret=...``) is still reported.
"""

from __future__ import annotations

import re

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import near

_CRYPT_HASH = re.compile(
    r"\$(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"
    r"|argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/_-]+\$[A-Za-z0-9+/_-]+"
    r"|[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}"
    r"|scrypt\$[^\s\"'`]+|pbkdf2[\w-]*\$[^\s\"'`]+)"
)
_HASH_MARKERS = Words(
    ("$2a$", "$2b$", "$2y$", "$2x$", "$argon2", "$5$", "$6$", "$scrypt$", "$pbkdf2")
)
_HASH_WORDS = Words(("hash", "bcrypt", "argon2", "scrypt", "pbkdf2", "crypt"))
# A password file's entry: the hash right after ``user:`` (``$$`` escapes a ``$``), on the
# same line (``\Z``, not ``$``: "from the docs example:\n$2a$10$..." ends a label, and ``$``
# matches before that newline).
_ENTRY_BEFORE = re.compile(r"[\w.@-]:\$?\Z")
_NONCE_VALUE = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,44}={0,2}(?![A-Za-z0-9+/_-])")


# The key or id of a file, board or document in a design or docs tool ("figma prototype v7,
# file key KaNtyetNoZRx6T05l5YY6P"): it is in the resource's URL and opens nothing alone.
# A PKCE code challenge is the SHA-256 of the verifier, base64url without padding (43
# characters), sent in the authorisation URL; the verifier is the secret.
# An Adyen client key (``test_``/``live_`` and 32 upper-case letters and digits) is made for
# the browser: Drop-in and Components load it in the page. Named as the client key, or said
# to be the public one right after it.
_CLIENT_KEY = re.compile(r"(?:test|live)_[a-z0-9]{32}")
# Algolia's search-only API key is made for the browser (its admin key has the same shape):
# said to be the search-only one right around it.
_SEARCH_ONLY = re.compile(r"search[- _]?only")
_CLIENT_KEY_BEFORE = re.compile(r"client[ _-]?key[\"'`]?[ \t]*[:=]?[ \t]*[\"'`]?$")
_RESOURCE_BEFORE = re.compile(
    r"(?:file|board|doc|document|sheet|folder)[ _](?:key|id)\b[ \t]*[:=]?[ \t]*[\"'`]?$"
)
# A DNS TXT record's value is published to whoever queries the name: an ACME dns-01
# challenge's digest, a site-verification token. Named as a TXT value right before it (dig's
# ``IN TXT "..."``, "Incorrect TXT record "..."", "TXT value: ..."), or 43 characters (the
# base64url SHA-256 dns-01 publishes) on a line naming ``_acme-challenge``.
_TXT_BEFORE = re.compile(
    r"\btxt\b(?:[ \t]+(?:records?|values?|entry|content|data)){0,2}"
    r"[ \t]*(?:[:=]|is|was|of|to|with)?[ \t]*[\"'`]?$"
)


def described_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of password hashes and nonces described as such (see module docstring)."""
    spans: list[tuple[int, int]] = []
    hashes = "$" in text and _HASH_MARKERS.found(lowered)
    if hashes and _HASH_WORDS.found(lowered):
        spans.extend(
            m.span()
            for m in _CRYPT_HASH.finditer(text)
            if not _ENTRY_BEFORE.search(text, max(0, m.start() - 3), m.start())
        )
    if "nonce" in lowered:
        spans.extend(m.span() for m in near(_NONCE_VALUE, text, ("nonce",), 0, 160))
    if "dgst" in lowered or "pubkey" in lowered or ("sum" in lowered and _SUM.search(lowered)):
        spans.extend(_derived_outputs(lowered))
    return spans


# A command printing a digest or a public key, where a command starts: a line (after a
# prompt), a pipe, inline code.
_SUM = re.compile(r"(?:sha\d{0,3}|md5|b[23])sum\b")
_DERIVING = re.compile(
    r"(?:^|(?<=[`|$#>]))[ \t]*(?:sudo[ \t]+)?"
    r"(?:openssl[ \t]+(?:dgst|sha\d*|md5)|(?:sha\d{0,3}|md5|b[23])sum|wg[ \t]+pubkey)\b",
    re.M,
)
# After it on its line (or in its inline code) only arguments and formatting stages: no
# second command (``;``, ``&&``), no redirection of its output (``>``).
_FORMATTING_REST = re.compile(
    r"[^;&>|`\n]*(?:\|[ \t]*(?:openssl[ \t]+(?:enc|base64)|base64|xxd|od|cut|awk|tr|head|tail|"
    r"sed)\b[^;&>|`\n]*)*"
)
_OUTPUT_LINE = re.compile(
    r"[ \t]*(?:[\w-]*\([^)\n]*\)=[ \t]*)?([a-z0-9+/=_:-]{16,})(?:[ \t]+\*?[\w./-]+)?[ \t]*(?:\n|$)"
)
_SAID_OUTPUT = re.compile(
    r"`[ \t]*(?:gives|gave|prints|printed|returns|returned|outputs|output|shows|showed|says|is|"
    r"->|\u2192|=>|:|=)[ \t]*(?:me[ \t]+)?[`\"']?([a-z0-9+/=_-]{16,})"
)


def _derived_outputs(lowered: str) -> list[tuple[int, int]]:
    """What a digest or public-key command printed (see module docstring)."""
    spans: list[tuple[int, int]] = []
    for command in _DERIVING.finditer(lowered):
        rest = _FORMATTING_REST.match(lowered, command.end())
        if rest is None:
            continue
        end = rest.end()
        line_start = lowered.rfind("\n", 0, command.start()) + 1
        inline = lowered.count("`", line_start, command.start()) % 2 == 1
        if inline:
            output = _SAID_OUTPUT.match(lowered, end)
        elif end == len(lowered) or lowered[end] == "\n":
            output = _OUTPUT_LINE.match(lowered, end + 1)
        else:
            output = None
        if output is not None:
            spans.append(output.span(1))
    return spans


# Asked for every finding of a message: one pass of ``literals`` each, not one per finding
# (a config of a thousand ``snmp-server community`` lines read the text a thousand times).
_ALGOLIA = Words(("algolia",))
_TXT = Words(("txt",))
_ACME_CHALLENGE = Words(("_acme-challenge",))
# An ACME HTTP-01 challenge's token (43 characters of base64url) is served to anyone at
# ``http://<host>/.well-known/acme-challenge/<token>``: named ``token`` in a message about
# that challenge (cert-manager's ``kubectl describe challenge``, certbot's output). An
# account's EAB HMAC key has another name.
_HTTP_CHALLENGE = Words(("acme-challenge", "http-01", "http01"))
_CHALLENGE_TOKEN_BEFORE = re.compile(
    r"(?<![a-z0-9_-])(?:challenge[ _-]?)?token[\"'`]?[ \t]*(?:[:=]|is)[ \t]*[\"'`]?$"
)


def search_only_key(lowered: str, start: int, end: int) -> bool:
    """Is the key at ``start:end`` said to be Algolia's search-only key right around it (and
    no admin key named there: "the Admin API Key, the search-only one didn't let us...")?"""
    if not _ALGOLIA.found(lowered):  # (asked per finding: the message is read once)
        return False
    window = lowered[max(0, start - 160) : end + 80]
    return _SEARCH_ONLY.search(window) is not None and "admin" not in window


def named_public(lowered: str, start: int, end: int) -> bool:
    """Is the random-looking token at ``start:end`` named as something public right around
    it: Algolia's search-only key, a PKCE code challenge (43 characters within 120 after
    ``code_challenge``, not a verifier), a file's key (``_RESOURCE_BEFORE``), a DNS TXT
    record's value (``_TXT_BEFORE``) or an ACME HTTP-01 challenge's token
    (``_CHALLENGE_TOKEN_BEFORE``)? Asked only of the tokens the entropy rule found, so it
    costs nothing on other messages."""
    if _RESOURCE_BEFORE.search(lowered, max(0, start - 40), start):
        return True
    if _TXT.found(lowered) and _TXT_BEFORE.search(lowered, max(0, start - 40), start):
        return True
    if end - start == 43 and _ACME_CHALLENGE.found(lowered):
        line_start = lowered.rfind("\n", 0, start) + 1
        line_end = lowered.find("\n", end)
        if "_acme-challenge" in lowered[line_start : line_end if line_end >= 0 else None]:
            return True
    if end - start == 43 and _HTTP_CHALLENGE.found(lowered):
        line_start = lowered.rfind("\n", 0, start) + 1
        if _CHALLENGE_TOKEN_BEFORE.search(lowered, max(line_start, start - 40), start):
            return True
    if search_only_key(lowered, start, end):
        return True
    if _CLIENT_KEY.fullmatch(lowered, start, end) and (
        _CLIENT_KEY_BEFORE.search(lowered, max(0, start - 40), start)
        or "public" in lowered[end : end + 80]
    ):
        return True
    if end - start != 43:
        return False
    window = lowered[max(0, start - 120) : start]
    return ("code_challenge" in window or "code challenge" in window) and "verifier" not in (
        lowered[max(0, start - 20) : start]
    )
