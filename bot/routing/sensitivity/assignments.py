"""``name <sep> value`` assignments of secrets in the many syntaxes a chat message mixes.

One message can hold a ``.env`` paste, a YAML block, a Python snippet, a curl command and a
sentence. detect-secrets picks its keyword regexes from a file's extension, which chat does not
have, so the syntax is read from the assignment itself instead:

* ``.env`` / properties / query string / CLI flag (``KEY=value``, ``--password x``): the value is
  data, so anything that is not a placeholder or reference is reported;
* code (``x = value``, ``f(password=pw)``, ``{auth: token}``): an unquoted value is an
  expression, so only quoted literals or values that cannot be identifiers are reported;
* ``key: value`` at the start of a line (YAML, JSON, headers): data, but ordinary words and
  resource names are let through; inside a sentence the value must look like a credential.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.entropy import is_encoded_private_key
from bot.routing.sensitivity.keys import (
    KeyKind,
    classify_key,
    ends_with_secret_word,
    is_header_name,
    split_identifier,
)
from bot.routing.sensitivity.model import Finding

# Case-sensitive on the lower-cased text: an IGNORECASE alternation is ~10x slower in ``re``.
_HIT = re.compile(
    r"p(?:ass|wd|w\b|asw|ssw)|psk|secret|token|key|auth|credential|creds|bearer|cookie|sig|contrase|kennwort|"
    r"senha|wachtwoord|sessionid|session[_-]id|"
    # Polish, Czech and Slovak, Swedish, Danish, Finnish, Turkish, Romanian, Hungarian, Russian
    r"has\u0142|haslo|hasla|heslo|l\u00f6senord|losenord|adgangskode|salasana|\u015fifre|sifre|"
    r"parola|jelsz|\u043f\u0430\u0440\u043e\u043b|clave|mdp|"
    r"\u03ba\u03c9\u03b4\u03b9\u03ba|\u05e1\u05d9\u05e1\u05de|"  # Greek, Hebrew
    # Arabic (``كلمة المرور``, ``كلمة السر``), Persian (``رمز عبور``, ``گذرواژه``), Vietnamese,
    # Indonesian and Malay, Thai (``รหัสผ่าน``, with ``คือ`` "is" written on), Hindi, Bengali, Urdu
    r"كلم[ةه] (?:المرور|السر|مرور)|رمز (?:المرور|عبور)|گذرواژه|"
    r"mật khẩu|mat khau|kata ?sandi|kata laluan|"
    r"รหัสผ่าน(?:คือ)?|पासवर्ड|পাসওয়ার্ড|پاس ورڈ"
)
MAX_NAME = 64
# The longest value read after a name (a PEM key with escaped newlines is ~3,300 characters),
# and after a name inside the bare value just read: ``a=b=c=...`` would otherwise re-read the
# rest of the line at each name, and a 16,000-character line of them took seconds.
MAX_VALUE = 8192
MAX_NESTED_VALUE = 128
MAX_NESTED = 16
_IDENT_TAIL = re.compile(r"[A-Za-z0-9_.-]+\Z")
_IDENT_RUN = re.compile(r"[A-Za-z0-9_.-]+")
_BARE_VALUE = re.compile(r"[^\s\"'`]+")
_QUERY_VALUE = re.compile(r"[^\s\"'`&#]+")
_ONE_ITEM_LIST = re.compile(r"""\[[ \t]*(["'][^"'\n]{1,500}["'])[ \t]*\]""")
_SEPARATOR = re.compile(
    r"""["'`]?\]?["'`]?[ \t]*"""  # closing quote/bracket of the name
    r"""(:=|=>|===?|!==?|=|:(?![:/])|\((?=["'])|[ \t](?=[ \t]*[^\s=:]))[ \t]*"""
)
_QUOTED = re.compile(r"""(?:[fFrRbBuU]{1,2})?(["'`])((?:\\.|(?!\1)[^\\\n])*)\1""")
_SCHEMES = r"bearer|basic|token|digest|bot|apikey|oauth|negotiate|aws4-hmac-sha256"
_SCHEME = re.compile(rf"(?i)(?:{_SCHEMES})\s+")
_SCHEME_WORD = re.compile(rf"(?i){_SCHEMES}")
# A vendor's own scheme in an ``Authorization`` header, then the credential:
# ``Klaviyo-API-Key pk_...``, ``ShippoToken shippo_live_...``, ``GenieKey ...``.
_VENDOR_SCHEME = re.compile(
    r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-?(?:[Kk]ey|KEY|[Tt]oken|TOKEN)"
)
# A message signature: hex HMAC digests, optionally ``sha256=``/``v1=`` tagged and preceded by
# a ``t=<timestamp>`` (GitHub, Stripe, Slack webhooks, SigV4 ``Signature=``). It proves one
# payload was signed and cannot be replayed for another, unlike a SAS or URL-signing ``sig``
# (base64), which grants access and is still reported.
_HMAC_SIGNATURE = re.compile(
    r"(?:t=\d+,)?(?:(?:sha\d+|v\d)=)?[0-9a-fA-F]{32,}(?:,v\d=[0-9a-fA-F]{32,})*"
    r"|(?:sha\d+=)?(?:[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)"  # base64
    # Svix / Standard Webhooks: ``v1,<base64>``, several separated by spaces
    r"|v\d,[A-Za-z0-9+/]{43}=(?: v\d,[A-Za-z0-9+/]{43}=)*"
)
_SIGNATURE_WORDS = frozenset({"signature", "sig"})
_NO_DIGIT_NAME = re.compile(r"[A-Za-z_]+\Z")
_CLOSERS = {")": "(", "}": "{", "]": "[", ">": "<"}
_CODE_SEPARATORS = frozenset({":=", "=>", "==", "===", "!=", "!==", "("})


@dataclass(frozen=True)
class Assignment:
    """A parsed ``name sep value`` with the syntax clues needed to judge the value."""

    name: str
    kind: KeyKind
    sep: str
    code: bool  # the value is an expression (source code), not data
    structured: bool  # the name starts its line (YAML/JSON/header/.env), not a sentence
    flag: bool  # ``--password value``
    quoted: bool
    value: str
    start: int
    end: int
    header: bool


# A build or mount spec naming where a secret comes from: BuildKit's ``--secret`` and
# ``--mount=type=secret``, Docker's ``--mount``, Podman's ``--secret``.
_SPEC_KEY = r"(?:id|src|source|env|target|dst|destination|type|required|mode|uid|gid)"
_MOUNT_SPEC = re.compile(rf"{_SPEC_KEY}=[^,\s]*(?:,{_SPEC_KEY}=[^,\s]*)*")


def keyword_hits(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of whole identifiers that contain a secret-ish stem (deduplicated).

    ``lowered`` is ``text`` lower-cased with the same length (see ``detector.ascii_lower``).
    """
    spans: list[tuple[int, int]] = []
    for match in _HIT.finditer(lowered):
        start, end = match.start(), match.end()
        if spans and start < spans[-1][1]:
            continue
        left = _IDENT_TAIL.search(text, max(0, start - MAX_NAME), start)
        right = _IDENT_RUN.match(text, end, end + MAX_NAME)
        start = left.start() if left else start
        end = right.end() if right else end
        if end - start < MAX_NAME:  # longer runs are data (base64 blobs), not names
            spans.append((start, end))
    return spans


def find_assignments(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Findings for every assignment whose value is judged to be a real secret."""
    findings: list[Finding] = []
    bare_end = -1  # where the last unquoted value read ends
    reported_end = -1  # ... and the last one reported
    nested = 0  # names read inside that value
    for start, end in hits:
        inside = start < bare_end
        nested = nested + 1 if inside else 0
        if nested > MAX_NESTED:
            # Names upon names in one unbroken value are no syntax a person writes: the
            # rest of it is reported unread (``sig=sig=...`` took seconds when read).
            if bare_end > reported_end:
                findings.append(Finding("secret.password_assignment", start, bare_end))
                reported_end = bare_end
            continue
        assignment = parse_assignment(text, start, end, MAX_NESTED_VALUE if inside else MAX_VALUE)
        if assignment is None or assignment.end <= reported_end:
            continue  # (a value inside one already reported adds nothing)
        secret = is_secret_value(assignment)
        if secret and _tls_session_id(text, assignment):
            secret = False
        if secret:
            findings.append(Finding(_label(assignment), assignment.start, assignment.end))
        if not assignment.quoted:
            bare_end = max(bare_end, assignment.end)
            if secret:
                reported_end = max(reported_end, assignment.end)
    return findings


# A TLS session id in a dump of the handshake (``ClientHello ... session_id=<hex>``) or of
# ``openssl s_client``'s ``SSL-Session:`` block (``Session-ID: <hex>``): sent in the clear
# in every hello, and useless for resuming without the master secret both ends keep
# (``Master-Key:`` is still reported). A web session id is a bearer credential: only in a
# message that shows a TLS handshake or session, and only hex, as TLS prints it.
_TLS_DUMP = re.compile(r"(?i)client ?hello|server ?hello|ssl-session:")


def _tls_session_id(text: str, a: Assignment) -> bool:
    return (
        split_identifier(a.name) == ["session", "id"]
        and v.is_hex(a.value)
        and _TLS_DUMP.search(text) is not None
    )


def _label(a: Assignment) -> str:
    """Most specific label the name and value allow."""
    if is_encoded_private_key(a.value):
        return "secret.private_key"
    if "aws" in split_identifier(a.name) and len(a.value) == 40:
        return "secret.aws_key"
    return "secret.auth_header" if a.header else "secret.password_assignment"


# The type in a typed declaration, before its ``=``: Rust ``&str``/``&'static str``/``[u8;
# 32]``, TypeScript ``string``, Kotlin and Swift ``String``/``String?``, a generic type.
_TYPE_ANNOTATION = re.compile(
    r"(?:&(?:'static[ \t]+)?(?:mut[ \t]+)?str|string|str|bytes|\[u8(?:;[ \t]*\d+)?\]|"
    r"[A-Z][A-Za-z0-9_]{0,30}(?:<[^<>\n]{0,30}>)?\??)(?=[ \t]*=[^=])"
)


def parse_assignment(text: str, start: int, end: int, limit: int = MAX_VALUE) -> Assignment | None:
    """Read ``name sep value`` at an identifier span, or None if it is not an assignment
    (a value is read for at most ``limit`` characters)."""
    raw = text[start:end]
    name = raw.strip(".-")
    kind = classify_key(name)
    if kind is None or name.upper().startswith("EXT-X-") or text.endswith("EXT-X-", 0, start):
        return None  # an HLS playlist's tag (``#EXT-X-KEY:METHOD=...,URI=...``)
    sep_match = _SEPARATOR.match(text, end)
    if sep_match is None:
        return None
    sep = sep_match.group(1).strip() or " "
    if sep == ":":  # a declaration's type: ``const KEY: &str = "..."``, ``val k: String = ...``
        typed = _TYPE_ANNOTATION.match(text, sep_match.end())
        if typed is not None:
            sep_match = _SEPARATOR.match(text, typed.end()) or sep_match
            sep = sep_match.group(1).strip() or " "
    flag = raw.startswith("-")
    if sep == " " and not flag:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    authorization = name.lower() == "authorization"
    value_span = _value_span(
        text, sep_match.end(), prefix, sep, sep_match.end() + limit, authorization=authorization
    )
    if value_span is None:
        return None
    vstart, vend, quoted = value_span
    if sep == "(" and (text[end : end + 1] != "(" or not _setter(name, kind, text[vstart:vend])):
        return None
    return _build(text, name, kind, sep, prefix, flag, vstart, vend, quoted, sep_match)


def _build(
    text: str,
    name: str,
    kind: KeyKind,
    sep: str,
    prefix: str,
    flag: bool,
    vstart: int,
    vend: int,
    quoted: bool,
    sep_match: re.Match[str],
) -> Assignment:
    spaced = sep_match.group(0) != sep_match.group(0).strip()
    kwarg = prefix.rstrip()[-1:] in {"(", ","}
    line_end = text.find("\n", vend)
    after = text[vend : line_end if line_end >= 0 else len(text)]
    code = sep in _CODE_SEPARATORS or kwarg or (sep == "=" and spaced and not _ini_line(prefix))
    if sep == ":" and after.lstrip()[:1] in {",", "}"} and not quoted:
        code = True
    structured = _structured(prefix, after, quoted)
    header = sep == ":" and is_header_name(name) and _header_position(prefix)
    start, end = vstart, vend
    value = text[vstart:vend]
    if quoted:
        inner = _QUOTED.match(value)
        value = inner.group(2) if inner else value.strip("\"'`")
    return Assignment(name, kind, sep, code, structured, flag, quoted, value, start, end, header)


def _setter(name: str, kind: KeyKind, value: str) -> bool:
    """``.password("x")`` and ``setApiKey("x")`` set a secret; ``AuthError("bad credentials")``,
    ``password.encode("utf-8")`` and ``keyring.get_password("jira", user)`` do not."""
    words = split_identifier(name.rsplit(".", 1)[-1])
    return (
        kind is not KeyKind.SOFT
        and ends_with_secret_word(name)
        and not any(c.isspace() for c in value)
        and not (words and words[0] in _GETTERS)  # keyring.get_password("acme-jira", user)
    )


# A call that looks a secret up takes its name, not its value.
_GETTERS = frozenset({"get", "read", "fetch", "load", "lookup", "retrieve", "find", "delete"})


def _header_position(prefix: str) -> bool:
    """Headers start a line unindented, or a quoted ``-H '...'`` argument or inline code."""
    return prefix == "" or prefix.rstrip().endswith(("'", '"', "`", "-H"))


def _ini_line(prefix: str) -> bool:
    """Unindented ``key = value`` is INI/TOML/credentials-file syntax (data); indented is code."""
    return prefix == ""


def _structured(prefix: str, after: str, quoted: bool) -> bool:
    lead = prefix.strip().lstrip("-{[,").strip()
    trailing = after.strip().lstrip(",;}]").strip()
    if trailing.startswith(("#", "//")):
        trailing = ""
    starts_line = lead in {"", "export", "-e", "ENV", "set"} or lead.endswith(
        ("-e", "export", "'", '"')
    )
    return starts_line and (quoted or trailing == "" or trailing.startswith(("&", "\\", "|")))


# A string literal turned into bytes on the way in: Go's ``[]byte("...")``, Node's
# ``Buffer.from("...")``, C#'s ``Encoding.UTF8.GetBytes("...")``, Python's ``bytes("...")``.
_TO_BYTES = re.compile(r"(?:\[\]byte|Buffer\.from|Encoding\.\w+\.GetBytes|bytes)\((?=[\"'`])")


# An expression's fallback, then a literal: ``process.env.CHECKR_KEY || 'e48a...'``, ``cfg.key
# ?? "..."``, Python's ``config.key or "..."``. The literal is the value used wherever the
# variable is unset: a key written into the code. (A call with a quoted argument,
# ``os.environ.get("KEY") or "..."``, is not read: the bare value stops at its quote.)
_FALLBACK = re.compile(r"[ \t]*(?:\|\||\?\?|or(?=[ \t]))[ \t]*(?=[\"'])")


def _value_span(
    text: str, pos: int, prefix: str, sep: str, stop: int, *, authorization: bool = False
) -> tuple[int, int, bool] | None:
    wrapped = _TO_BYTES.match(text, pos, stop)
    if wrapped is not None:
        pos = wrapped.end()
    one = _ONE_ITEM_LIST.match(text, pos, stop) if text.startswith("[", pos) else None
    if one is not None:
        return one.start(1), one.end(1), True  # Go's http.Header: ``"X-Api-Key":["..."]``
    quoted = _QUOTED.match(text, pos, stop)
    if quoted is not None:
        if quoted.group(1) == "`" and any(c.isspace() for c in quoted.group(2)):
            return None  # Slack inline code around prose, not a string literal
        return pos, quoted.end(), True
    query = prefix[-1:] in {"?", "&"} or text[pos - len(sep) - 1 : pos - len(sep)] in {"?", "&"}
    run = (_QUERY_VALUE if query else _BARE_VALUE).match(text, pos, stop)
    end = run.end() if run else pos
    fallback = _FALLBACK.match(text, end, stop) if end > pos else None
    if fallback is not None:  # ``process.env.KEY || 'e48a...'``: the literal is the key
        literal = _QUOTED.match(text, fallback.end(), stop)
        if literal is not None and literal.group(1) != "`":
            return fallback.end(), literal.end(), True
    scheme = text[pos:end]
    if _SCHEME_WORD.fullmatch(scheme) or (authorization and _VENDOR_SCHEME.fullmatch(scheme)):
        token = end
        while token < len(text) and text[token] in " \t":
            token += 1
        if token > end and token < len(text) and not text[token].isspace():
            return _value_span(text, token, prefix, sep, token + stop - pos)
    return (pos, end, False) if end > pos else None


def is_secret_value(a: Assignment) -> bool:
    """Judge an assignment's value given its syntax (see module docstring)."""
    value = _strip_scheme(a.value) if a.quoted else _strip_trailing(a.value)
    if a.quoted and not a.code:
        value = value.strip()
    if not value or _stands_for_a_secret(value, a.quoted) or _PREFIX_ELLIPSIS.fullmatch(a.value):
        return False
    if _bound_to_a_request(a.name, value):
        return False
    if a.name.lower() in _COOKIE_HEADERS and _cleared_cookie(value):
        return False
    if a.quoted and (v.is_snake_words(value) or _plain_word(value, a.kind)):
        return False  # a field/constant name ("access_token"), a parser token ("with")
    if not a.quoted and v.looks_like_identifier(value) and (a.code or v.is_snake_words(value)):
        return False  # a variable name (``client_secret``), even in a data file
    if a.code and not a.quoted:
        return _literal_ok(a.kind, value, names=True)
    if a.sep == ":" and not a.structured and not a.quoted:
        return v.is_credential_like(value)
    if a.flag and a.sep == " " and value.isalpha() and value.islower():
        return False  # "the --password option", not "--password s3cret"
    colon = a.sep == ":" and not a.quoted
    return _literal_ok(a.kind, value, names=colon)


# A protocol message's token written as a number: CoAP's ``Token=0x4563c5c0`` (0 to 8
# bytes matching a response to its request), a handle in a trace. A credential is a string,
# never a ``0x`` number that short (a key in hex is 32 digits and more).
_NUMBER_TOKEN = re.compile(r"0x[0-9a-fA-F]{1,16}")
# AWS's ``clientToken``/``ClientToken``: the idempotency token of its APIs (``RunInstances``)
# and the correlation id of IoT device shadow and jobs documents, which the device echoes to
# match a response; a UUID the caller makes up. (Vault's ``client_token`` is snake-case.)
_CORRELATION_NAMES = frozenset(("clientToken", "ClientToken"))
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _bound_to_a_request(name: str, value: str) -> bool:
    """A signature of one request (``_HMAC_SIGNATURE``) or a token that matches a response to
    its request (``_NUMBER_TOKEN``, ``_CORRELATION_NAMES``): nothing another request can use."""
    words = split_identifier(name)
    if _HMAC_SIGNATURE.fullmatch(value) and _SIGNATURE_WORDS & set(words):
        return True
    if words[-1:] == ["token"] and _NUMBER_TOKEN.fullmatch(value):
        return True
    return name.strip("\"'") in _CORRELATION_NAMES and _UUID.fullmatch(value) is not None


# A key's vendor prefix and an ellipsis (``STRIPE_SECRET_KEY=sk_test_...``, ``whsec_…`` in a
# ``.env.example``): the shape of the key, with nothing of one. Only lower-case prefix words
# ending in a separator: ``Xk3mq9Lz...`` is the start of a real value cut short.
_PREFIX_ELLIPSIS = re.compile(
    r"[\"'`]?[a-z]{1,6}(?:[_-][a-z]{1,6}){0,2}[_-](?:\.{3}|\u2026)[\"'`]?"
)
_COOKIE_HEADERS = frozenset({"cookie", "set-cookie"})
_CLEARED = frozenset({"", "deleted", "null", "none", "expired", "invalid", "0", '""'})


def _cleared_cookie(value: str) -> bool:
    """A cookie header that clears its cookie: ``sess=; Max-Age=0``, ``sess=deleted``."""
    first = value.split(";", 1)[0]
    return "=" in first and first.split("=", 1)[1].strip().lower() in _CLEARED


def _stands_for_a_secret(value: str, quoted: bool) -> bool:
    """A placeholder or reference, a token public by design (Mapbox ``pk.``, Stripe
    publishable), or a mount spec (``docker build --secret id=npmrc,src=$HOME/.npmrc``):
    where or what the secret is, never the secret."""
    return (
        v.is_placeholder(value)
        or v.is_reference(value, quoted=quoted)
        or v.is_public_token(value)
        or _MOUNT_SPEC.fullmatch(value) is not None
        or _named_path(value)
        or _config_key(value)
        or _GENERATOR.fullmatch(value) is not None
    )


# How a value is made, not the value: a random or id generator's name, called or not
# ("token = uuid4", "secret: secrets.token_urlsafe(32)", "key = gen_random_uuid()").
_GENERATOR = re.compile(
    r"(?:(?:uuid|uuid_utils|crypto|secrets|os|random|nanoid|ulid|cuid2?)\.)?"
    r"(?:uuid[1-8]?|uuidv[1-8]|gen_random_uuid|uuid_generate_v[1-8]|random_?uuid|"
    r"new_?uuid|newid|ulid|nanoid|cuid2?|token_(?:hex|urlsafe|bytes)|urandom|"
    r"random_?bytes|randbytes|random_?string|secure_?random)"
    r"(?:\(\d{0,3}\))?(?:\.hex|\(\)\.hex)?",
    re.IGNORECASE,
)


# A credential's name and the file it is read from: systemd's
# ``LoadCredential=pgpass:/etc/acme/creds/pgpass``, ``LoadCredentialEncrypted=tls:/etc/x.cred``.
_NAMED_PATH = re.compile(r"[A-Za-z][\w.@-]{0,63}:(?=~?/)")


def _named_path(value: str) -> bool:
    """``name:/a/path`` whose path is made of words (a random value is not a path)."""
    if ":" not in value:
        return False
    match = _NAMED_PATH.match(value)
    return match is not None and v.is_benign_shape(value[match.end() :])


# A namespaced configuration key: Pulumi's ``<project or provider>:<key>`` (``pulumi config
# set --secret neon:apiKey`` prompts for the value), whose key is itself a secret's name.
_CONFIG_KEY = re.compile(r"[a-z][a-z0-9-]{0,39}:([a-z][A-Za-z_]{2,63})")


def _config_key(value: str) -> bool:
    """``neon:apiKey``, ``aws:secretKey``, ``acme-api:db_password``: the name of the setting
    a secret goes in, a camel- or snake-case name of two or more words ending in a secret
    word (no digits, no capital first: ``admin:s3cretKey``, ``root:Secretpassword`` are a
    login and its password)."""
    match = _CONFIG_KEY.fullmatch(value)
    if match is None or ":" in value[match.end(1) :]:
        return False
    name = match.group(1)
    return len(split_identifier(name)) > 1 and ends_with_secret_word(name)


def _plain_word(value: str, kind: KeyKind) -> bool:
    """A lower-case dictionary-like word: never an API key or token, possibly a password."""
    return kind is not KeyKind.PASSWORD and value.isalpha() and value.islower()


def _strip_trailing(value: str) -> str:
    """Drop sentence punctuation after a bare value, keeping brackets the value opened."""
    value = value.rstrip(".,;:")
    while value and value[-1] in _CLOSERS and _CLOSERS[value[-1]] not in value:
        value = value[:-1].rstrip(".,;:")
    return value


def _strip_scheme(value: str) -> str:
    scheme = _SCHEME.match(value)
    return value[scheme.end() :] if scheme and scheme.end() < len(value) else value


def _literal_ok(kind: KeyKind, value: str, *, names: bool) -> bool:
    if value.isdigit():
        return kind is KeyKind.PASSWORD and len(value) >= 6
    # Resource names ("secret: db-credentials") are exempt, but not as a password's value:
    # "password: Correct-Horse-Battery-Staple-9" is a passphrase.
    if v.is_benign_shape(value, names=names and kind is not KeyKind.PASSWORD):
        return False
    if kind is KeyKind.SOFT:
        if v.is_wordy_name(value) or v.is_identifier_words(value):
            return False
        return v.is_credential_like(value) or (len(value) >= 16 and v.entropy_ratio(value) > 0.7)
    if names and _NO_DIGIT_NAME.match(value):  # words, type names (``_PasswordType``)
        return (
            len(value) >= 12 and v.entropy_ratio(value) > 0.8 and not v.is_identifier_words(value)
        )
    return True


# A setting given as a name field and a value field of one object, the name naming a
# secret: OCPP's GetConfiguration (``{"key": "AuthorizationKey", "readonly": false,
# "value": "..."}``), SSM Parameter Store (``{"Name": "/prod/db_password", "Type":
# "SecureString", "Value": "..."}``), CloudFormation's ``ParameterKey``/``ParameterValue``,
# Kubernetes ``env`` and Helm values lists (``- name: DB_PASSWORD`` / ``value: ...``),
# ``terraform output -json`` (``"db_password": {"sensitive": true, "value": "..."}``). The
# name field's name and the separator, right before the secret's name (a path's last part
# for SSM: ``/prod/billing/db_password``).
_NAME_FIELDS = frozenset((
    "key", "name", "Key", "Name", "KEY", "NAME", "ParameterKey", "ParameterName", "OutputKey",
    "parameter", "Parameter", "setting", "Setting",
))  # fmt: skip
_PATH_CHARS = frozenset("_./-")
_VALUE_FIELD = re.compile(
    r"""(?<![\w-])(["']?)(?:value|Value|VALUE|ParameterValue|OutputValue|SecretString)\1"""
    r"""[ \t]*[:=][ \t]*(?:"([^"\n]{0,512})"|'([^'\n]{0,512})'|([^\s,}\]"'#]{1,512}))"""
)
_BRACE = re.compile(r"[{}]")
_VALUE_WORDS = ("alue", "ALUE", "SecretString")
_OBJECT_KEY_AFTER = re.compile(r"""["'][ \t]*:[ \t]*\{""")
_NAMED_REACH = 400


def find_named_values(text: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """Values of name/value objects whose name field names a secret (``_NAME_FIELD``),
    judged as that name's value in a data file; unless a placeholder, a reference or empty."""
    findings: list[Finding] = []
    for start, end in hits:
        line_start = text.rfind("\n", 0, start) + 1
        field = _name_field(text, max(line_start, start - 200), start)
        if field is not None:
            field_start, name_start, quote = field
            if quote and text[end : end + 1] != quote:
                continue  # "name": "api key rotation": a sentence, not a setting's name
            if not quote and text[end : end + 1] not in ("", "\n", "\r", " ", "\t", ","):
                continue
            segment = _sibling_segment(text, field_start, end, line_start)
        elif text[start - 1 : start] in ("'", '"') and _OBJECT_KEY_AFTER.match(text, end):
            name_start = start  # terraform output -json: ``"db_password": {... "value": ...}``
            brace = text.index("{", end)
            segment = (brace + 1, _object_end(text, brace + 1))
        else:
            continue
        found = _sibling_value(text, text[name_start:end], *segment)
        if found is not None:
            findings.append(found)
    return findings


def _name_field(text: str, low: int, start: int) -> tuple[int, int, str] | None:
    """The name field right before the secret's name at ``start`` (``"key": "``,
    ``- name: ``, ``"Name": "/prod/billing/``): where the field starts, where the name
    starts (after its path) and the name's quote. Read backwards, character by character (a
    pattern searched for in the 200 characters before each of a paste's names doubled the
    time of a long one)."""
    pos = start
    while pos > low and (text[pos - 1].isalnum() or text[pos - 1] in _PATH_CHARS):
        pos -= 1  # an SSM parameter's path
    name_start = pos
    quote = text[pos - 1] if pos > low and text[pos - 1] in "\"'" else ""
    pos -= len(quote)
    while pos > low and text[pos - 1] in " \t":
        pos -= 1
    if pos <= low or text[pos - 1] not in ":=":
        return None
    pos -= 1
    while pos > low and text[pos - 1] in " \t":
        pos -= 1
    field_quote = text[pos - 1] if pos > low and text[pos - 1] in "\"'" else ""
    word_end = pos - len(field_quote)
    pos = word_end
    while pos > low and text[pos - 1].isalpha():
        pos -= 1
    if text[pos:word_end] not in _NAME_FIELDS:
        return None
    if field_quote and text[pos - 1 : pos] != field_quote:
        return None
    field_start = pos - len(field_quote)
    before = text[field_start - 1 : field_start]
    if before and (before.isalnum() or before in "_-"):
        return None
    return field_start, name_start, quote


def _object_end(text: str, pos: int) -> int:
    """Where the object (or one-line list item) that ``pos`` is in ends, within reach."""
    stop = min(len(text), pos + _NAMED_REACH)
    brace = _BRACE.search(text, pos, stop)
    return brace.start() if brace is not None else stop


def _sibling_segment(text: str, field: int, end: int, line_start: int) -> tuple[int, int]:
    """The rest of the name field's object: up to a brace in JSON; in YAML, the following
    lines indented at least as far as the name field (its list item's other keys)."""
    column = field - line_start
    stop = _object_end(text, end)
    pos = text.find("\n", end, stop)
    while pos >= 0:
        line = text[pos + 1 : stop]
        indent = len(line) - len(line.lstrip(" \t"))
        if indent < column or line.lstrip(" \t")[:2] in ("- ", "-\n"):
            return end, pos
        pos = text.find("\n", pos + 1, stop)
    # the object's fields before the name field too, back to its opening brace
    opening = text.rfind("{", max(0, field - _NAMED_REACH), field)
    back = opening + 1 if opening >= 0 and "}" not in text[opening:field] else field
    return back, stop


def _sibling_value(text: str, name: str, start: int, stop: int) -> Finding | None:
    kind = classify_key(name)
    if kind is None:
        return None
    if not any(text.find(word, start, stop) >= 0 for word in _VALUE_WORDS):
        return None
    for match in _VALUE_FIELD.finditer(text, start, stop):
        group = next(g for g in (2, 3, 4) if match.group(g) is not None)
        quoted = group != 4
        assignment = Assignment(
            name, kind, ":", False, True, False, quoted, match.group(group),
            match.start(group), match.end(group), False,
        )  # fmt: skip
        if is_secret_value(assignment):
            return Finding(_label(assignment), assignment.start, assignment.end)
        return None
    return None
