"""Multi-part secrets (PEM private keys, JWTs, credentials in URLs) and known-public blocks.

detect-secrets reports only the ``BEGIN ... PRIVATE KEY`` line and, for JWTs, stops before the
signature (its signature group is lazy); a redactor needs the whole block, so the spans are
extended here while the library's patterns and its JWT validity check decide *whether*.
Certificates, public keys and URLs are returned as benign spans so the entropy rule does not
flag their base64 bodies or path ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detect_secrets.plugins.basic_auth import BasicAuthDetector
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.plugins.private_key import PrivateKeyDetector

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.examples import is_public_jwt
from bot.routing.sensitivity.model import Finding

_PEM_BEGIN = re.compile(r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = re.compile(r"-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY_LINE = re.compile(r"[ \t]*(?:[A-Za-z0-9+/=]+|[A-Za-z-]+:.*|)[ \t]*")
_DS_KEY_PATTERNS = tuple(PrivateKeyDetector.denylist)
_JWT = re.compile(r"eyJ[A-Za-z0-9_=-]+\.[A-Za-z0-9_=-]+(?:\.[A-Za-z0-9_+/=-]*)?")
_JWT_HEAD = re.compile(r"[A-Za-z0-9_=-]*")
# A URL scheme starts where a run of scheme characters starts, and is short: without the
# look-behind and the bound, a base64 body (``+``, letters, digits) was rescanned from every
# one of its positions looking for ``://`` (0.7 ms for a pasted 2 KB kubeconfig).
_SCHEME = r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}"
_URL_CREDENTIALS = (
    *BasicAuthDetector.denylist,
    # A password may hold ``#`` or ``?`` (``ci-bot:uipvHPn1X9#7@host``): a fragment or a
    # query never has ``@`` before a ``/``, and a password never has ``/`` unencoded.
    # ``:\/\/`` is the same URL inside JSON with escaped slashes.
    re.compile(_SCHEME + r":(?://|\\/\\/)([^\s:/?#@'\"\\]*):([^\s/'\"\\]+)@"),
)
# Go's MySQL driver DSN has no scheme: ``user:pass@tcp(host:3306)/db`` (also unix/udp).
_DSN_CREDENTIALS = re.compile(r"(?<![\w.:/-])[\w.-]{1,64}:([^\s@'\"`]+)@(?:tcp6?|udp|unix)\(")
_XML_CERTIFICATE = re.compile(r"<(?:\w+:)?X509Certificate>[^<]*(?:</(?:\w+:)?X509Certificate>|\Z)")
# An XML signature's (XMLDSig: SAML, e-invoices, WS-Security) digest and signature values: a
# hash of the signed content and the signature over it, sent with the document to everyone
# who reads it; the key that made them is elsewhere.
_XML_SIGNATURE_VALUE = re.compile(
    r"<((?:\w+:)?(?:DigestValue|SignatureValue))(?:\s[^<>]*)?>[^<]*(?:</\1>|\Z)"
)
# A picture, a sound or a font inlined as a ``data:`` URI: content shown to whoever opens the
# page. (Other media types, a JSON document, are left to the base64 rules, which decode them.)
_MEDIA_DATA_URI = re.compile(
    r"data:(?:image|audio|video|font)/[\w.+-]+(?:;[\w.-]+=[\w.-]+)*;base64,[A-Za-z0-9+/=]*"
)
_PUBLIC_BLOCK = re.compile(
    r"-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE REQUEST|X509 CRL|"
    r"PGP PUBLIC KEY BLOCK|PGP SIGNATURE|SSH2 PUBLIC KEY)-----.*?(?:-----END \1-----|\Z)",
    re.S,
)
_SSH_PUBLIC = re.compile(
    r"(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-\S+)\s+AAAA[A-Za-z0-9+/=]+"
)
# A hashed ``known_hosts`` entry's host field: ``|1|<salt>|<HMAC-SHA1 of the host name>``.
_HASHED_HOST = re.compile(r"\|1\|[A-Za-z0-9+/]{27}=\|[A-Za-z0-9+/]{27}=")
_URL = re.compile(_SCHEME + r"://[^\s\"'<>`]+")
_CIPHERTEXT = re.compile(
    r"ENC\[AES256_GCM,[^\]\s]*\]|ENC\([A-Za-z0-9+/=]{16,}\)"
    r"|adyenjs_[0-9_]+\$[A-Za-z0-9+/=$]+"  # Adyen's client-side encrypted card fields
)
# Armored messages encrypted to a recipient: age (sops' ``enc: |`` data keys) and OpenPGP.
_ENCRYPTED_BLOCK = re.compile(
    r"-----BEGIN (AGE ENCRYPTED FILE|PGP MESSAGE)-----.*?(?:-----END \1-----|\Z)", re.S
)
# ``systemd-creds encrypt --pretty``: ``SetCredentialEncrypted=name: \`` and base64 lines
# continued with ``\``, sealed with the host's key or TPM.
_SYSTEMD_CREDENTIAL = re.compile(
    r"SetCredentialEncrypted=[\w.@-]+:[ \t]*(?:\\[ \t]*\n[ \t]*)?[A-Za-z0-9+/=]+"
    r"(?:[ \t]*\\[ \t]*\n[ \t]*[A-Za-z0-9+/=]+)*"
)
# Rails encrypted credentials (``<data>--<iv>--<auth tag>``, base64) and Pulumi's
# ``secure: v1:<nonce>:<ciphertext>``.
_RAILS_CIPHERTEXT = re.compile(
    r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}--[A-Za-z0-9+/]{12,}={0,2}"
)
_PULUMI_CIPHERTEXT = re.compile(r"(?<![\w:])v1:[A-Za-z0-9+/]{8,}={0,2}:[A-Za-z0-9+/=:]{16,}")
# An AWS KMS ciphertext blob (``aws kms encrypt``'s ``CiphertextBlob``, an encrypted
# Lambda variable): version 1 and the key's ARN inside ("AQICAH...", "AQIBAH..."), opened
# only by ``kms decrypt`` with the key's permission. In a message naming KMS or ciphertext.
_KMS_CIPHERTEXT = re.compile(r"(?<![A-Za-z0-9+/])AQI[BCD]AH[A-Za-z0-9+/]{100,}={0,2}")
# A Bitnami SealedSecret's values: RSA-OAEP and AES-GCM output, version byte 0x02 ("Ag").
_SEALED_VALUE = re.compile(r"(?<![A-Za-z0-9+/])Ag[A-Za-z0-9+/]{198,}={0,2}")
# A SealedSecret's ``encryptedData`` map, whatever its values start with: every value in it
# is ciphertext for the cluster's controller (YAML lines under the key, or a JSON object).
_SEALED_DATA = re.compile(
    r"encryptedData:[ \t]*\n(?:[ \t]+[\w.-]+:[ \t]*[\"']?[A-Za-z0-9+/=]{16,}[\"']?[ \t]*(?:\n|$))+"
    r"|\"encryptedData\"[ \t]*:[ \t]*\{[^{}]{0,20000}\}"
)
# A file-system path of two or more segments (``/private/tmp/com.apple.launchd.x1Y2/L``,
# ``~/.cache/pip/wheels/3f/a9``): its random-looking segments are names, not secrets.
_FS_PATH = re.compile(r"(?<![\w.:/-])~?/(?:[\w.@+-]+/)+[\w.@+-]*")
# AWS ARNs name resources: ``arn:aws:secretsmanager:...:secret:prod/db-AbCd3F`` holds the word
# "secret" and a random suffix, yet it is an identifier that IAM policies are written with.
_ARN = re.compile(r"arn:[a-z][a-z0-9-]*:[a-z0-9-]*:[a-z0-9-]*:\d{0,12}:[^\s\"'`<>]+")


def find_private_keys(text: str) -> list[Finding]:
    """Whole PEM/OpenSSH/PGP/PuTTY private key blocks, END line included.

    A header with no key material after it is only the name of a format: "grep for
    'BEGIN RSA PRIVATE KEY'", "the file starts with -----BEGIN PRIVATE KEY----- but ..."
    leak nothing, so a block is reported only when key material follows its header.
    """
    if "PRIVATE KEY" not in text and "PuTTY-User-Key-File" not in text:
        return []
    findings: list[Finding] = []
    headers = [*_PEM_BEGIN.finditer(text)]
    headers.extend(match for pattern in _DS_KEY_PATTERNS for match in pattern.finditer(text))
    for match in headers:
        end = _block_end(text, match.end())
        if _has_key_material(text, match.end(), end):
            findings.append(Finding("secret.private_key", match.start(), end))
    return findings


_KEY_MATERIAL = re.compile(r"[A-Za-z0-9+/=]{32,}")


def _has_key_material(text: str, header_end: int, block_end: int) -> bool:
    """A base64 run of 32+ characters in the block or on the rest of the header's line."""
    line_end = text.find("\n", header_end)
    stop = max(block_end, len(text) if line_end < 0 else line_end)
    return _KEY_MATERIAL.search(text, header_end, stop) is not None


def _block_end(text: str, pos: int) -> int:
    end_marker = _PEM_END.search(text, pos)
    next_begin = _PEM_BEGIN.search(text, pos)
    if end_marker and (next_begin is None or end_marker.start() < next_begin.start()):
        return end_marker.end()
    cursor = pos
    for line in text[pos:].split("\n")[1:]:
        if not _PEM_BODY_LINE.fullmatch(line) or not line.strip():
            break
        cursor = text.index(line, cursor) + len(line)
    return max(cursor, pos)


def find_jwts(text: str) -> list[Finding]:
    """Structurally valid JWTs (header and payload decode to JSON), signature included."""
    if "eyJ" not in text:
        return []
    findings: list[Finding] = []
    for match in jwt_matches(text):
        token = match.group().rstrip(".")
        if JwtTokenDetector.is_formally_valid(token) and not is_public_jwt(token):
            findings.append(Finding("secret.jwt", match.start(), match.end()))
    return findings


def find_url_credentials(text: str) -> list[Finding]:
    """Passwords in URL userinfo (``scheme://user:pass@host``, empty user allowed) and in
    Go MySQL DSNs (``user:pass@tcp(host)/db``)."""
    if "@" not in text:
        return []
    slashes = "://" in text or ":\\/\\/" in text
    patterns: list[re.Pattern[str]] = list(_URL_CREDENTIALS) if slashes else []
    if "@tcp" in text or "@unix(" in text or "@udp(" in text:
        patterns.append(_DSN_CREDENTIALS)
    findings: list[Finding] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if "[REDACTED:" in match.group():
                continue  # ``https://[REDACTED:secret.github_token]@host``: already redacted
            group = match.re.groups
            secret = match.group(group)
            if not (v.is_placeholder(secret) or v.is_reference(secret)):
                findings.append(
                    Finding("secret.url_credentials", match.start(group), match.end(group))
                )
    return findings


# A webhook's capability URL: whoever holds it posts events as the integration or the
# account. Slack's, Discord's and Teams' have vendor rules; any other (an IoT cloud's ingest
# hook, a home automation hub's, Home Assistant's ``/api/webhook/<id>``, a CI's trigger
# hook) carries its token as a whole path segment of a
# URL whose host or path says it is a hook. A token is random base62: 20 or more characters
# mixing upper and lower case and digits, no words; ids in a REST API's paths (numbers, hex,
# UUIDs, slugs) are not. (``sig=`` next to it is a hex HMAC of the request, ``assignments``.)
_PATH_TOKEN = re.compile(r"(?<=/)[A-Za-z0-9_-]{20,128}(?=[/?#.,;:)\]]|\Z)")
_PATH_TOKEN_PARTS = re.compile(r"[_-]+")


def find_capability_urls(text: str, lowered: str) -> list[Finding]:
    """Tokens in the paths of webhook URLs (see ``_PATH_TOKEN``)."""
    findings: list[Finding] = []
    if "hook" not in lowered or "://" not in text:
        return findings
    for url in _URL.finditer(text):
        start, end = url.span()
        if "hook" not in lowered[start:end]:
            continue
        path = text.find("/", text.find("://", start) + 3, end)
        if path < 0:
            continue
        query = min((i for i in (text.find("?", path, end), text.find("#", path, end)) if i >= 0),
                    default=end)  # fmt: skip
        for token in _PATH_TOKEN.finditer(text, path, query):  # (``\Z``: at ``query``)
            if _random_path_token(token.group()):
                findings.append(Finding("secret.url_credentials", *token.span()))
    return findings


def _random_path_token(token: str) -> bool:
    core = token.strip("_-")
    if not (any(c.isupper() for c in core) and any(c.islower() for c in core)):
        return False  # hex, a number, a lower-case slug
    if sum(c.isdigit() for c in core) < 2 or v.is_identifier_words(core):
        return False
    if all(v.is_identifier_words(p) for p in _PATH_TOKEN_PARTS.split(core) if p):
        return False  # ``IncomingWebhook``, ``Order_Created_V2``
    return v.entropy_ratio(core) >= 0.8


def public_spans(text: str) -> list[tuple[int, int]]:
    """Certificates, public key blocks, SSH public key lines, hashed ``known_hosts`` host
    fields, XML signatures' values and media inlined as ``data:`` URIs: public by
    construction.

    Nothing inside them is a secret, including a key-type word that a keyword rule read as
    a value (``asks for a password:\nssh-ed25519 AAAA...``).
    """
    spans: list[tuple[int, int]] = []
    if "-----BEGIN" in text:
        spans.extend(m.span() for m in _PUBLIC_BLOCK.finditer(text))
    if "AAAA" in text:
        spans.extend(m.span() for m in _SSH_PUBLIC.finditer(text))
    if "X509Certificate>" in text:  # a certificate in SAML metadata or an XML signature
        spans.extend(m.span() for m in _XML_CERTIFICATE.finditer(text))
    if "Value>" in text:
        spans.extend(m.span() for m in _XML_SIGNATURE_VALUE.finditer(text))
    if "data:" in text:
        spans.extend(m.span() for m in _MEDIA_DATA_URI.finditer(text))
    if "|1|" in text:  # a hashed known_hosts line's host field (its key is matched above)
        spans.extend(m.span() for m in _HASHED_HOST.finditer(text))
    return spans


# A sops file's metadata: each key group's data key encrypted to a KMS key, a PGP key or an
# age recipient (``enc: AQICAHh...``, ``"enc": "..."``, ``enc: |`` and an armored block).
_SOPS_DATA_KEY = re.compile(
    r"(?m)^[ \t-]*[\"']?enc[\"']?[ \t]*[:=][ \t]*"
    r"(?:[|>][-+]?[ \t]*\n(?:[ \t]+[^\n]*(?:\n|\Z))+|[\"']?[A-Za-z0-9+/=_-]{16,}[\"']?)"
)


def _names_kms(text: str) -> bool:
    """Does the message name KMS or ciphertext (lower-cased once, not once per word)?"""
    lowered = text.lower()
    return "kms" in lowered or "ciphertext" in lowered


def ciphertext_spans(text: str) -> list[tuple[int, int]]:
    """Values encrypted for storage in a repository (sops ``ENC[AES256_GCM,...]``, Jasypt
    ``ENC(...)`` and its metadata's encrypted data keys, Rails ``credentials.yml.enc``,
    Pulumi ``secure:``, SealedSecrets, age and
    OpenPGP armored messages, ``systemd-creds`` credentials, Adyen's client-side
    encryption, AWS KMS ciphertext blobs): useless without a key kept elsewhere, whatever
    names them."""
    spans: list[tuple[int, int]] = []
    if "ENC" in text or "adyenjs_" in text:
        spans.extend(m.span() for m in _CIPHERTEXT.finditer(text))
    if "--" in text:
        spans.extend(m.span() for m in _RAILS_CIPHERTEXT.finditer(text))
    if "v1:" in text:
        spans.extend(m.span() for m in _PULUMI_CIPHERTEXT.finditer(text))
    if "ENCRYPTED FILE-----" in text or "PGP MESSAGE-----" in text:
        spans.extend(m.span() for m in _ENCRYPTED_BLOCK.finditer(text))
    if "SetCredentialEncrypted=" in text:
        spans.extend(m.span() for m in _SYSTEMD_CREDENTIAL.finditer(text))
    if "enc" in text and "sops" in text:
        spans.extend(m.span() for m in _SOPS_DATA_KEY.finditer(text))
    if ("AQICAH" in text or "AQIBAH" in text or "AQIDAH" in text) and _names_kms(text):
        spans.extend(m.span() for m in _KMS_CIPHERTEXT.finditer(text))
    if "SealedSecret" in text:
        spans.extend(m.span() for m in _SEALED_VALUE.finditer(text))
        if "encryptedData" in text:
            spans.extend(m.span() for m in _SEALED_DATA.finditer(text))
    return spans


_TEMPLATE = re.compile(r"\$?\{\{.*?\}\}|\{%.*?%\}")


def template_spans(text: str) -> list[tuple[int, int]]:
    """Jinja/Helm/Actions expressions (``{{ lookup('hashi_vault', 'secret=...:password') }}``,
    ``${{ secrets.TOKEN }}``): what they name is fetched at render time, never written here."""
    if "{{" not in text and "{%" not in text:
        return []
    return [m.span() for m in _TEMPLATE.finditer(text)]


def identifier_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """AWS ARNs: resource names whose words (``secret``, ``key``) are not assignments."""
    spans: list[tuple[int, int]] = []
    index = lowered.find("arn:")
    while index >= 0:
        match = None if lowered[index - 1 : index].isalnum() else _ARN.match(lowered, index)
        if match is not None:
            spans.append(match.span())
        index = lowered.find("arn:", index + 1)
    return spans


# A JSON Web Key's public members (RFC 7517/7518): modulus, exponent, curve point, key id,
# certificate chain and thumbprints. Private members (``d``, ``p``, ``q``, ``dp``, ``dq``,
# ``qi``, ``k``) are not listed, so a private JWK is still reported.
_JWK_PUBLIC = re.compile(r'"(?:n|e|x|y|kid|x5c|x5t|x5t#S256|x5u)"\s*:\s*(?:"[^"]*"|\[[^\]]*\])')


def _fs_paths(text: str) -> list[tuple[int, int]]:
    """`_FS_PATH` tried only at each ``/`` (or the ``~`` before it), not at every position."""
    spans: list[tuple[int, int]] = []
    slash = text.find("/")
    while slash >= 0:
        match = _FS_PATH.match(text, slash - 1 if text[slash - 1 : slash] == "~" else slash)
        if match is not None:
            spans.append(match.span())
        slash = text.find("/", match.end() if match is not None else slash + 1)
    return spans


def benign_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose random-looking content is public by construction (certs, public keys, JWK
    public members, URLs) or encrypted for storage in a repository (``ciphertext_spans``)."""
    spans = public_spans(text)
    if '"kty"' in text:
        spans.extend(m.span() for m in _JWK_PUBLIC.finditer(text))
    if "://" in text:
        spans.extend(m.span() for m in _URL.finditer(text))
    spans.extend(ciphertext_spans(text))
    if "/" in text:
        spans.extend(_fs_paths(text))
    if "pk." in text or "pk_" in text:
        spans.extend(m.span() for m in v.PUBLIC_TOKEN.finditer(text))
    if "eyJ" in text:
        spans.extend(public_jwt_spans(text))
    return spans


def public_jwt_spans(text: str) -> list[tuple[int, int]]:
    """JWTs published or public by design (``examples.is_public_jwt``): jwt.io's sample said
    in a sentence ("in the jwt.io docs example the token is eyJ...") is no secret either."""
    return [m.span() for m in jwt_matches(text) if is_public_jwt(m.group())]


def jwt_matches(text: str) -> Iterator[re.Match[str]]:
    """``_JWT.finditer(text)``, in linear time: where a match from one ``eyJ`` fails, it
    fails from every later ``eyJ`` of the same run (they reach the same ``.`` and what
    follows), so the search goes on after the run; ``finditer`` tried each of them, and
    ``=eyJ`` repeated over 16,000 characters took a quarter of a second."""
    index = text.find("eyJ")
    while index >= 0:
        match = _JWT.match(text, index)
        if match is not None:
            yield match
            index = text.find("eyJ", match.end())
        else:
            head = _JWT_HEAD.match(text, index)  # (matches at least "eyJ")
            index = text.find("eyJ", head.end() if head else index + 1)
