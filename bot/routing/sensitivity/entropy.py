"""Unlabelled random tokens: the chat version of detect-secrets' high-entropy plugins.

detect-secrets only looks inside quotes (``Base64HighEntropyString``) and uses one fixed entropy
limit. A secret pasted into a sentence has no quotes, and a fixed limit is wrong for both a
20-character token and a 60-character identifier. So here every long base64-alphabet token is
a candidate, and it is reported only if it survives the shapes chat is full of:

* hex only (commits, digests, trace ids, checksums) and UUIDs -- detect-secrets' UUID filter;
* identifiers (``HttpServer2ConnectionHandler``) and word paths (``src/components/Foo``);
* object ids with a short prefix (``ch_...``, ``req_...``) or an id word just before them
  (``build 4f2a...``, ``buildId: ...``, ``order_id=...``);
* hashed asset names (``index-fj6UfXPy.js``), host labels (``<id>.apps.googleusercontent.com``),
  public keys and digests announced as such (``PublicKey =``, ``SHA256:``, go.sum ``h1:``);
* base64 that decodes to readable text (``aGVsbG8gd29ybGQ=``), a file header (gzip, PNG) or a
  certificate -- unless the text is a PEM private key or the DER is a private key, which
  are reported as ``secret.private_key`` (kubeconfig ``client-key-data``);
* anything inside a URL, a certificate or an SSH public key line.

What is left is judged by entropy relative to its length (``values.entropy_ratio``).
"""

from __future__ import annotations

import base64
import binascii
import re
import string
from bisect import bisect_right
from collections.abc import Callable
from itertools import pairwise

from detect_secrets.filters.heuristic import is_potential_uuid, is_sequential_string

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.blocks import find_url_credentials
from bot.routing.sensitivity.keys import split_identifier
from bot.routing.sensitivity.model import Finding

# No look-behind: a greedy run always starts where the previous run ended, and a leading
# character class lets ``re`` skip ahead quickly.
_CANDIDATE = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
# Subresource-integrity and similar "<algorithm>-<base64>" digests (package-lock, yarn.lock, HTML).
# Also a Content-Security-Policy nonce (``'nonce-Md6x...=='``): sent in every response.
# (``sha256/<base64>`` is an HPKP or certificate pin: the digest of a public key)
_DIGEST_PREFIX = re.compile(r"(?i)^(?:sha1|sha224|sha256|sha384|sha512|md5|nonce)[-:/]")
_PREFIXED_ID = re.compile(r"[a-z]{2,8}_[A-Za-z0-9]{8,32}")
# Payment processors' object ids ("tokens like tok_Jn4BGTr6BEmKnj" in a tokenisation log):
# ids even next to a secret word; the keys of the same vendors have other prefixes. Also the
# ids of accounts, organisations, teams, users and workspaces in admin screens ("two keys
# for org_cjq5v1wELqkT"): the key is what is listed under them.
_OBJECT_ID = re.compile(
    r"(?:tok|pm|pi|ch|cus|evt|in|sub|prod|price|src|card|ba|re|txn|seti|cs|po|tr|py|"
    r"org|acct|team|usr|user|ws|grp)_[A-Za-z0-9]{8,32}"
)
_ID_WORDS = re.compile(
    r"\b(?:id|ids|uid|guid|ksuids?|ulids?|nanoids?|cuid2?s?|xid|snowflake|request|req|trace|span|correlation|commit|sha\d*|md5|crc\d*c?|digest|hash|checksum|"
    r"etag|integrity|build|run|job|revision|rev|object|version|ref|branch|nonce|salt|fingerprint|"
    r"thumbprint|event|evt|order|invoice|charge|customer|msg|message|file|path|image|video|doc|"
    r"kid)\b[^\w\n]{0,4}(?:(?:is|was)[^\w\n]{1,3})?$",
    re.I,
)
# Ids no secret word nearby can turn into a credential: a JWT/JWK key id, a commit, a digest,
# a trace ("tokens now carry kid ``...``" names the key, not the token).
_NAMED_ID = re.compile(
    r"\b(?:kid|key[ _-]?id|commit|sha\d*|digest|checksum|fingerprint|thumbprint|trace|span|"
    r"request|correlation|etag|signature)\b[^\w\n]{0,4}(?:(?:is|was)[^\w\n]{1,3}|v\d,)?$"
    # A Vault token's accessor (``-accessor X``, ``accessor   X`` in ``token lookup``): it can
    # look a token up or revoke it, never authenticate.
    r"|(?<![a-z])accessor[\"']?[ \t]*[:=]?[ \t]*[\"']?$",
    re.I,
)
# ``buildId": "...``, ``spreadsheetId is ...``, ``order_id=...``: a camelCase or snake id name
# (case-sensitive: ``paid``/``android`` are not ids; a session id is a credential, so no).
_ID_NAME = re.compile(
    r"(?<!ession)(?:(?<=[a-z0-9])(?:Id|ID|Ids|IDs)|_(?:id|ids))\b[^\w\n]{0,4}"
    r"(?:(?:is|was)[^\w\n]{1,3})?$"
)
# Announced as a public key (WireGuard ``PublicKey =``, "the peer public key is ...", a
# numbered slot in a name: Snowflake's ``RSA_PUBLIC_KEY_2='...'``), or a digest right after
# its algorithm (``SHA256:<base64>`` fingerprints, go.sum ``h1:``).
_PUBLIC_BEFORE = re.compile(
    r"(?i)(?:(?<![a-z0-9])public[ _-]?key|(?<![a-z0-9])pubkey|\bpublishable[ _-]?key)"
    r"(?:[_-]?\d{1,2})?[^\w\n]{0,4}"
    r"(?:(?:is|was)[^\w\n]{1,3})?$|(?:\bsha(?:1|224|256|384|512)|\bmd5|\bh1)[:-]$"
)
# A WireGuard peer is named by its public key: ``peer: <key>`` in ``wg show``, ``wg set wg0
# peer <key> allowed-ips ...``, "the peer <key> never completes a handshake". A Curve25519
# key in base64 is 44 characters ending in ``=``; the private key is ``PrivateKey =``, and
# ``wg show`` prints it as ``(hidden)``.
_PEER_BEFORE = re.compile(r"(?i)(?<![a-z0-9_-])peer:?[ \t]*[\"'`]?$")
# An Elastic Cloud ``cloud_id`` is the deployment's name, ``:`` and base64 of its endpoint
# hosts (``_structured_id`` reads it when it decodes): where to connect, not how to log in.
# The value's ``<name>:`` part right after the name ``cloud_id``/``cloudId``/Beats' ``cloud.id``.
_CLOUD_ID_BEFORE = re.compile(
    r"(?i)(?<![a-z])cloud[ ._-]?id\b[^\w\n]{0,4}(?:(?:is|ours is|was)[^\w\n]{1,3})?"
    r"[a-z0-9][a-z0-9_-]{0,40}:$"
)
# A hashed build asset (``index-fj6UfXPy.js``) or the first label of a host name
# (``<id>.apps.googleusercontent.com``, ``d1x2.cloudfront.net``) is a name, not a secret.
_FILE_AFTER = re.compile(
    r"\.(?:m?js|cjs|ts|css|map|html?|json|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|eot|wasm|txt)\b"
)
_HOST_AFTER = re.compile(r"(?:\.[a-z0-9-]+)+\.[a-z]{2,12}(?![\w-])")
_HOST_LABEL = re.compile(r"[a-z0-9-]+")
_PARTS = re.compile(r"[_-]+")
_DIGIT = re.compile(r"[0-9]")
_SECRET_CONTEXT = re.compile(r"key|token|secret|passw|credential|bearer|auth", re.I)
_FILE_MAGIC = (b"\x1f\x8b", b"PK\x03\x04", b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8", b"BZh")
ENCODED_MIN_LENGTH = 12  # base64 of a password ("UDRzc3cwcmQjMjAyNA==") is short
MIN_LENGTH = 20
CONTEXT_MIN_LENGTH = 16
RATIO = 0.85
CONTEXT_RATIO = 0.8


# Reads text decoded from base64 (a JSON document, a ``.env`` file) with the keyed rules:
# the label of the first secret in it, or None.
DecodedScan = Callable[[str], "str | None"]


def find_random_tokens(
    text: str, skip: list[tuple[int, int]], decoded_scan: DecodedScan | None = None
) -> list[Finding]:
    """High-entropy tokens outside ``skip`` spans (already found or known public).

    With ``decoded_scan``, a token that decodes to a document (JSON, ``KEY=value`` lines)
    is reported when the document holds a secret (see ``_judge_decoded``)."""
    findings: list[Finding] = []
    starts, ends = _sorted_spans(skip)
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if _inside(starts, ends, start, end) or (findings and start < findings[-1].end):
            continue  # known, or inside the URL-encoded run of the last finding
        label = classify_token(text, start, end, decoded_scan)
        if label is not None:
            if "%" in text[max(0, start - 3) : end + 1]:
                start, end = _percent_encoded_run(text, start, end)
            findings.append(Finding(label, start, end))
    return findings


# A URL-encoded value (a session cookie ``s%3A...%2F...%3D%3D``): ``%XX`` escapes cut it into
# several candidates, and redacting only the random ones left the rest, which a rescan then
# read next to ``[REDACTED:secret...]`` as a secret of its own. The whole encoded run goes.
# (``=`` only as padding at the end: before the run it is the cookie's ``name=``)
_ENCODED_RUN_CHARS = re.compile(r"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9+/_-])*={0,2}")
_RUN_CHARS = frozenset(string.ascii_letters + string.digits + "+/_-")
_HEX_DIGITS = frozenset(string.hexdigits)
_RUN_REACH = 2048


def _percent_encoded_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the URL-encoded run around ``start:end`` (2 KB at most each way)."""
    run_start, low = start, max(0, start - _RUN_REACH)
    while run_start > low:
        char = text[run_start - 1]
        if char in _RUN_CHARS or (char == "%" and _is_escape(text, run_start - 1)):
            run_start -= 1
        else:
            break
    tail = _ENCODED_RUN_CHARS.match(text, end, end + _RUN_REACH)
    run_end = tail.end() if tail is not None else end
    if "%" not in text[run_start:start] and "%" not in text[end:run_end]:
        return start, end  # no escape next to it: a plain token
    return run_start, run_end


def _is_escape(text: str, index: int) -> bool:
    """``text[index]`` starts a ``%XX`` escape."""
    pair = text[index + 1 : index + 3]
    return len(pair) == 2 and pair[0] in _HEX_DIGITS and pair[1] in _HEX_DIGITS


def _sorted_spans(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Merge overlapping spans so that at most one can contain a given token."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [s for s, _ in merged], [e for _, e in merged]


def _inside(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= ends[i]


def classify_token(
    text: str, start: int, end: int, decoded_scan: DecodedScan | None = None
) -> str | None:
    """``secret.high_entropy``/``secret.private_key`` for a candidate token, or None."""
    token = text[start:end]
    if len(token) < ENCODED_MIN_LENGTH or _DIGIT.search(token) is None:
        return None  # every reported shape mixes letters and digits
    if v.is_hex(token) or v.is_placeholder(token) or _benign_shape(token):
        return None
    decoded = _decode(token)
    verdict = (
        _judge_decoded(decoded, _unless_jwt_part(text, start, end, decoded_scan))
        if decoded is not None
        else None
    )
    if verdict is not None:
        return verdict or None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    in_context = bool(_SECRET_CONTEXT.search(before))
    if len(token) < (CONTEXT_MIN_LENGTH if in_context else MIN_LENGTH):
        return None
    if _NAMED_ID.search(before) or _OBJECT_ID.fullmatch(token):
        return None
    if not in_context and (_ID_WORDS.search(before) or _PREFIXED_ID.fullmatch(token)):
        return None
    if not _random_enough(token, CONTEXT_RATIO if in_context else RATIO):
        return None
    # Rarer shapes, checked only for tokens that would otherwise be reported.
    if not in_context and _ID_NAME.search(before):
        return None
    if _public_before(token, before) or _named_file_or_host(text, token, end):
        return None
    return None if _id_value(text, line_start, start) else "secret.high_entropy"


def _public_before(token: str, before: str) -> bool:
    """Named as public right before it: a public key or a digest (``_PUBLIC_BEFORE``), a
    WireGuard peer (``_PEER_BEFORE``), an Elastic ``cloud_id`` (``_CLOUD_ID_BEFORE``)."""
    if _PUBLIC_BEFORE.search(before) or _CLOUD_ID_BEFORE.search(before):
        return True
    return len(token) == 44 and token[-1] == "=" and _PEER_BEFORE.search(before) is not None


def _unless_jwt_part(
    text: str, start: int, end: int, decoded_scan: DecodedScan | None
) -> DecodedScan | None:
    """No document scan for a part of a JWT: its header and claims are read as a JWT."""
    if text[end : end + 1] == "." or text[start - 1 : start] == ".":
        return None
    return decoded_scan


# The key a value is given to, however far alignment pushed it (Terraform plans align their
# ``=``), also across a plan's change arrow: ``source_code_hash = "..." -> "..."``.
_KEY_BEFORE = re.compile(
    r"""([A-Za-z_][\w.-]{0,63})["']?[ \t]*[:=][ \t]*(?:"[^"\n]{0,200}"[ \t]*->[ \t]*)?["']?$"""
)
_VALUE_CHARS = string.ascii_letters + string.digits + "_+/-"
_ID_KEY_WORDS = frozenset((
    "id", "ids", "uuid", "guid", "hash", "digest", "checksum", "sha", "sha1", "sha256",
    "sha512", "md5", "etag", "fingerprint", "trace", "traceparent", "span", "correlation",
    # sortable ids by their kind, and the ids a shop's logs give its objects ("cart=1p0Me...",
    # "psp_ref=QPMJ2...", "order=...")
    "ksuid", "ulid", "nanoid", "cuid", "xid", "cart", "basket", "order", "invoice", "ref",
    "reference", "txn", "txid", "request", "req",
    # a webhook's signature ("hmacSignature": an HMAC of one payload; an Azure SAS ``sig`` is
    # a credential, and no key of that name is here)
    "signature",
    # a token's decoded claims: subject, audience, authorised party, token id, identity
    # provider, object and tenant ids (the signature is the secret, and it is not there)
    "sub", "aud", "azp", "jti", "idp", "oid", "tid",
    # OAuth's ``state``: a one-time value sent in the clear in the redirect URL
    "state",
))  # fmt: skip
_SECRET_KEY_WORDS = frozenset(("session", "token", "key", "secret", "auth", "password"))


def _id_key(prefix: str) -> bool:
    """The value belongs to a key named as an id, hash or digest (a session id excepted)."""
    match = _KEY_BEFORE.search(prefix)
    if match is None:
        return False
    words = set(split_identifier(match.group(1)))
    return bool(words & _ID_KEY_WORDS) and not words & _SECRET_KEY_WORDS


# A HAR file gives each header as ``{"name": "x-amz-cf-id", "value": "..."}``.
_HAR_VALUE = re.compile(r"""["']value["'][ \t]*:[ \t]*["']$""")
_HAR_NAME = re.compile(
    r"""["']name["'][ \t]*:[ \t]*["']([^"'\n]{1,64})["'][ \t]*,?[ \t]*\n?[ \t]*$"""
)


# An id named in prose right before it ("Auth0 SPA client id mRbG..."): ids are public by
# design; the secret beside one has a name of its own, and a ``session id`` is a secret.
_PROSE_ID_BEFORE = re.compile(r"\b([a-z][a-z0-9]{1,30}) ids?[ \t]*[\"'`(]?$")


def _id_value(text: str, line_start: int, start: int) -> bool:
    """The value of a key or a HAR header named as an id, hash or digest, or of an id named
    in prose; the token may be the second part of the value
    (``"sg_message_id": "<id>.filterdrecv-..."``)."""
    # (the key, its quotes and an aligned or changed value fit in 300 characters; from the
    # start of a long line every token re-read the line: quadratic on one-line pastes)
    prefix = text[max(line_start, start - 300) : start]
    if _id_key(prefix):
        return True
    named = _PROSE_ID_BEFORE.search(prefix[-40:].lower())
    if named is not None and named.group(1) not in (*_SECRET_KEY_WORDS, "api"):
        return True
    if prefix[-1:] in (".", "|"):
        head = prefix[:-1].rstrip(_VALUE_CHARS)
        if len(head) < len(prefix) - 1 and _id_key(head):
            return True
    return _named_header_id(text, line_start, start)


def _named_header_id(text: str, line_start: int, start: int) -> bool:
    """A ``value`` whose ``name`` on the line before is an id header (``x-request-id``)."""
    if not _HAR_VALUE.search(text, max(line_start, start - 16), start):
        return False
    name = _HAR_NAME.search(text, max(0, line_start - 100), line_start)
    return name is not None and _id_key(name.group(1) + ": ")


def _named_file_or_host(text: str, token: str, end: int) -> bool:
    """The token is a file name's hash part or a host name's first label."""
    if text[end : end + 1] != ".":
        return False
    if _FILE_AFTER.match(text, end):
        return True
    return bool(_HOST_LABEL.fullmatch(token) and _HOST_AFTER.match(text, end))


def is_encoded_private_key(value: str) -> bool:
    """base64 of a PEM or DER private key (kubeconfig ``client-key-data``, k8s Secret data)."""
    decoded = _decode(value) if len(value) >= 40 else None
    return decoded is not None and _judge_decoded(decoded) == "secret.private_key"


# Kubernetes pod and ReplicaSet names end in hashes drawn from its "safe" alphabet (no
# vowels, no 0/1/3): ``shipping-worker-8bq2gxn7fc-t8zm5``.
_POD_NAME = re.compile(
    r"[a-z][a-z0-9-]*-[bcdfghjklmnpqrstvwxz2456789]{8,10}(?:-[bcdfghjklmnpqrstvwxz2456789]{5})?"
)


# A Cloudflare Ray ID (16 hex, ``-``, the data centre's IATA code: ``994c702f4471fccb-GRU``):
# the id of one request, printed on every Cloudflare error page.
_RAY_ID = re.compile(r"[0-9a-f]{16}-[A-Z]{3}")
# A device's name from its MAC or EUI-64 (an MQTT client id, a hostname, a BLE name):
# ``hub-7FB54D9F83C7``, ``shellyplus1pm-84ba94f29183``, ``ESP_0A1B2C3D4E5F``: a model's words
# and the hardware address in one case, which every device broadcasts.
_HARDWARE_NAME = re.compile(
    r"[A-Za-z]{2,20}\d{0,3}(?:[-_][A-Za-z]{2,20}\d{0,3}){0,3}[-_]"
    r"(?:[0-9A-F]{12}|[0-9a-f]{12}|[0-9A-F]{16}|[0-9a-f]{16})"
)


def _benign_shape(token: str) -> bool:
    if _DIGEST_PREFIX.match(token) or _POD_NAME.fullmatch(token) or _RAY_ID.fullmatch(token):
        return True
    if _HARDWARE_NAME.fullmatch(token):
        return True
    core = token.strip("/_-=")
    if v.is_hex(core) or is_potential_uuid(core) or is_sequential_string(core):
        return True
    if _alphabet(core):
        return True
    parts = [p for p in _PARTS.split(core) if p]
    if v.is_identifier_words(core) or all(v.is_identifier_words(p) for p in parts):
        return True
    if _model_name(parts, len(core)):
        return True
    return "/" in core and (_teletype_fields(core) or v.is_benign_shape(core))


def _teletype_fields(core: str) -> bool:
    """Three or more short fields between slashes, in capitals and digits only: a line of
    an airline's teletype message (a CPM's ``-12L/PMC52114EK/LHR/980/B``, an LDM's, a
    PNR's), fields of a record. Base64 has lower-case letters and long runs."""
    fields = core.split("/")
    return (
        len(fields) >= 3
        and not any(c.islower() for c in core)
        and all(len(field) <= 12 for field in fields)
    )


def _alphabet(token: str) -> bool:
    """A character set written out (``"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"``, the alphabet a
    code generator draws from, without the letters that read as digits): every character
    once, in a few ascending runs. A random token of 16 characters has eight or so."""
    if len(set(token)) != len(token):
        return False
    runs = 1 + sum(1 for a, b in pairwise(token) if b <= a)
    return runs <= 3


def _model_name(parts: list[str], length: int) -> bool:
    """Words and short version parts: ``1-8b-instruct-q4_K_M`` (from ``llama-3.1-8b-...``),
    ``v2-large-fp16``. A random token's parts are long and random."""
    words = sum(len(p) for p in parts if len(p) >= 4 and p.isalpha() and v.is_identifier_words(p))
    return 2 * words >= length * 0.8 and all(len(p) <= 3 or p.isalpha() for p in parts)


def _random_enough(token: str, threshold: float) -> bool:
    core = token.rstrip("=")
    has_letter = any(c.isalpha() for c in core)
    if not has_letter or not any(c.isdigit() for c in core):
        return False
    if v.char_classes(core) < 3 and len(core) < 32:
        return False
    return v.entropy_ratio(core) >= threshold


def _decode(token: str) -> bytes | None:
    core = token.rstrip("=")
    if len(core) % 4 == 1:
        return None
    padded = core + "=" * (-len(core) % 4)
    try:
        if "-" in core or "_" in core:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _judge_decoded(data: bytes, decoded_scan: DecodedScan | None = None) -> str | None:
    """'' = benign, label = secret, None = undecided (random bytes: judge by entropy).

    Other decoded text with a ``=`` or ``:`` in it (a document: JSON, ``KEY=value`` or
    ``key: value`` lines, an ``.npmrc``) is read by ``decoded_scan``: a CI variable holding a
    whole ``.env``, a Kubernetes ``.dockerconfigjson``, ``AZURE_CREDENTIALS`` piped to
    ``base64`` carry their secrets under their own key names."""
    if b"PRIVATE KEY" in data or _is_der_private_key(data):
        return "secret.private_key"
    if data.startswith(_FILE_MAGIC) or _is_der_public(data) or data.startswith(b"-----BEGIN"):
        return ""  # a file, a certificate or a public key (PEM or DER)
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in data)
    if data and printable / len(data) >= 0.95:
        if b"://" in data and find_url_credentials(data.decode("ascii", "replace")):
            return "secret.url_credentials"  # DATABASE_URL_B64: a URL with its password
        if _encoded_credential(data):
            return "secret.high_entropy"
        if (
            decoded_scan is not None
            and len(data) <= DOCUMENT_MAX
            and (b"=" in data or b":" in data)
        ):
            return decoded_scan(data.decode("ascii", "replace")) or ""
        return ""
    return None


DOCUMENT_MAX = 16384  # decoded bytes read as a document (a large kubeconfig is ~6 KB)


def _encoded_credential(data: bytes) -> bool:
    """base64 is not encryption: ``UDRzc3cwcmQjMjAyNA==`` is ``P4ssw0rd#2024``.

    Decoded text that is one short token mixing classes (a password, ``user:pass``) is a
    secret; sentences, JSON and plain words (``hello world``, ``{"id": 3}``) are not.
    """
    text = data.decode("ascii", "replace")
    if not 8 <= len(text) <= 128 or any(c.isspace() or c in '{}"<>' for c in text):
        return False
    return v.is_credential_like(text) and not _structured_id(text)


# A field of an id that encodes where something lives: a host name (with its port, as
# Elastic Cloud writes ``europe-west3.gcp.cloud.es.io:443``), a number, a hex id, an
# upper-case type name (``APM``, ``APPLICATION``).
_ID_FIELD = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?|\d+|[0-9a-f]{8,64}|[A-Z][A-Z_]*")


def _structured_id(text: str) -> bool:
    """Ids that are base64 of ``$``- or ``|``-separated public fields: an Elastic
    ``cloud_id`` (``eu-west-1.aws.found.io$<hex>$<hex>``, also with ``:443`` after the
    host), a New Relic entity GUID (``3183350|APM|APPLICATION|558092689``). A credential
    has no such fields."""
    for separator in "$|":
        fields = text.split(separator)
        if len(fields) >= 3 and all(_ID_FIELD.fullmatch(f) for f in fields):
            return True
    return False


def _der_body(data: bytes) -> int | None:
    """Offset of the first element inside a DER SEQUENCE, or None if ``data`` is not one."""
    if len(data) < 8 or data[0] != 0x30:
        return None
    if data[1] < 0x80:
        return 2
    return 2 + (data[1] & 0x7F) if data[1] in (0x81, 0x82, 0x83) else None


def _is_der_private_key(data: bytes) -> bool:
    """PKCS#1/PKCS#8/SEC1 keys start SEQUENCE { INTEGER version (0 or 1) ..."""
    body = _der_body(data)
    return body is not None and data[body : body + 2] == b"\x02\x01" and data[body + 2] in (0, 1)


def _is_der_public(data: bytes) -> bool:
    """Certificates and SubjectPublicKeyInfo start SEQUENCE { SEQUENCE ..."""
    body = _der_body(data)
    return body is not None and data[body] == 0x30
