"""Shape tests for candidate secret values: placeholder, reference, ordinary word or credential.

Engineers paste configuration with the secret left out far more often than with it left in, so
most of the work of a chat-tuned detector is recognising what a value is *not*: a placeholder
(``<your-token>``, ``xxx``, ``changeme``), a reference (``${DB_PASSWORD}``, ``os.environ[...]``,
``var.token``), a type (``str``), a path, a version or a resource name. Values that pass these
tests and look like credentials are reported. detect-secrets' own heuristic filters are reused
where they fit a chat line (templated values, ``$`` prefixes, sequential strings).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import string
from collections import Counter

from detect_secrets.filters.heuristic import (
    is_prefixed_with_dollar_sign,
    is_sequential_string,
    is_templated_secret,
)

from bot.routing.sensitivity.examples import (
    PUBLISHED_CREDENTIALS,
    PUBLISHED_KEYS,
    is_published_credential,
)

LETTERS = frozenset(string.ascii_letters)
DIGITS = frozenset(string.digits)
UPPER = frozenset(string.ascii_uppercase)
LOWER = frozenset(string.ascii_lowercase)
HEX = frozenset("0123456789abcdefABCDEF")

# Values that are the documentation default or a type name rather than anybody's credential.
_DEFAULT_WORDS_TEXT = """
    password pass passwd pwd secret secrets changeme change_me change-me admin root postgres
    mysql guest test testing example sample dummy default demo foo bar baz qux foobar user
    username token apikey api_key api-key key value none null nil true false undefined required
    optional string str int bytes any bool boolean secretstr todo tbd fixme redacted hidden masked
    omitted empty unset notset basic bearer digest oauth oauth2 jwt header query cookie
    env environment local vault secretref scott tiger mypassword yourpassword mysecret
    yoursecret mytoken yourtoken
    """
DEFAULT_WORDS = frozenset(_DEFAULT_WORDS_TEXT.split()) | {"correct horse battery staple"}

PLACEHOLDER_MARKERS = (
    "your",
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "replace",
    "generate-with",  # "SESSION_SECRET=generate-with-openssl-rand-hex-32" in a .env.example
    "generate_with",
    "dummy",
    "fake",
    "not-a-secret",  # "JWT_SIGNING_SECRET=dev-only-not-a-secret" in a .env.example
    "not_a_secret",
    "not-a-real",
    "not_a_real",
    "notareal",
    "not-real",
    "redacted",
    "omitted",  # kubectl config view: ``client-key-data: DATA+OMITTED``
    "(sensitive",  # Terraform's masks: ``(sensitive value)``, ``(sensitive)``
    "(known after apply)",
    "fixme",
    "todo",
    "insert",
    "paste",
    "xxxx",
    "***",
    "...",
    "here",
    "•",
)
# ``<your-token>``, ``sk-<key>``, ``<API_KEY>``: a name in angle brackets, or a value that opens
# or closes with one, or a vendor prefix then one (``whsec_<from dashboard>``, read up to its
# space). A generated secret may hold ``<`` and ``>`` too (``fV<rr6>Z7``).
_ANGLE_NAME = re.compile(r"^<|>$|<[A-Za-z][A-Za-z _.-]{2,}>|^[A-Za-z0-9]{1,16}[_-]<[A-Za-z]")

_PART_SEPARATORS = re.compile(r"[-_.]")
_DIGEST_VALUE = re.compile(
    r"[\"']?(?:hmac-)?(?:sha1|sha224|sha256|sha384|sha512|md5):[0-9a-fA-F]{32,}"
)
_MY_PLACEHOLDER = re.compile(
    r"^(?:my|the|some|a)[-_]?(?:secret|token|pass|password|key|api|app|db)", re.I
)
_REFERENCE_MARKERS = ("${", "{{", "}}", "$(", "#{", "%(", "os.environ", "getenv", "process.env")
_QUOTED_REFERENCE = re.compile(r"^\$[A-Za-z_{(]|\$\{|\{\{|^%[A-Za-z_]+%$|^#\{")
_WINDOWS_ENV = re.compile(r"^%[A-Za-z_][A-Za-z0-9_]*%$")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
# YAML tags that stand for a value resolved elsewhere: CloudFormation/SAM intrinsics
# (``!Ref DbPassword``), Ansible (``!vault |``), GitLab CI (``!reference``), Home Assistant
# (``!secret db_password``). Only these names: ``!Passw0rd`` is still a value, and tags that
# wrap a literal written after them (``!!str``, ``!unsafe``, ``!Base64``) are not references.
_YAML_TAG = re.compile(
    r"^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Join|Select|Split|If|GetAZs|Cidr|Equals|Not|"
    r"And|Or|Condition|Transform|vault|reference|secret|include|env_var|input)$"
)
_IDENTIFIER_CHAIN = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NUMERIC_LIKE = re.compile(r"^[v#]?[\d.:/,_+-]+[a-zA-Z%]{0,3}$")
_RESOURCE_NAME = re.compile(r"^[A-Za-z]+(?:[-_.](?:[A-Za-z]+|\d{1,4}))+$")
_WINDOWS_PATH = re.compile(r"^[A-Za-z]:\\")
_WORD_PATH = re.compile(r"^(?:~|\.{1,2})?/?[\w.@-]+(?:/[\w.@-]+)*/?$")
_WORDISH = re.compile(r"^[A-Z]?[a-z0-9._@-]*$")
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
VOWELS = frozenset("aeiouAEIOU")
_WORDY_NAME = re.compile(r"^[A-Za-z]+\d{0,3}(?:[-_.][A-Za-z]+\d{0,3})+$")
_SNAKE_WORDS = re.compile(r"^_*[a-z]+(?:_[a-z]+)+$")
# Regular expressions, format strings and escaped bytes are code, not credentials.
_PATTERN_MARKERS = ("(?", "\\w", "\\d", "\\s", "[^", ".*", ".+", "\\x", "\\u")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_HOSTNAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,12}$")
# A media type (``Content-Type`` value): ``application/vnd.api+json``, ``image/svg+xml``.
_MEDIA_TYPE = re.compile(
    r"^(?:application|text|image|audio|video|multipart|message|font|model)/[A-Za-z0-9.+-]+$"
)
# ("%d" inside a run of letters, "^%dNzAj", is two characters of a generated key)
_FORMAT_SPEC = re.compile(r"%[sdr](?![A-Za-z0-9])|\{\d*\}|\{[a-z_]+\}")


def shannon_entropy(value: str) -> float:
    """Shannon entropy in bits per character (the measure detect-secrets thresholds on)."""
    if not value:
        return 0.0
    total = len(value)
    return -sum((n / total) * math.log2(n / total) for n in Counter(value).values())


def entropy_ratio(value: str) -> float:
    """Entropy relative to the most a string of this length can have.

    Raw entropy grows with length, so a fixed threshold either misses 20-character tokens or
    flags 60-character prose identifiers. Normalising by ``log2(len)`` (capped at the 64-symbol
    base64 alphabet) lets one threshold work for both.
    """
    if len(value) < 2:
        return 0.0
    return shannon_entropy(value) / math.log2(min(len(value), 64))


def has_symbol(value: str) -> bool:
    """A character that is neither a letter (of any script), a digit nor ``_-.``: the
    ``ł`` of "wygasło" is a letter, not the symbol of a password."""
    return any(not c.isalnum() and c not in "_-." for c in value)


def char_classes(value: str) -> int:
    """How many of upper, lower, digit and symbol classes the value uses."""
    chars = set(value)
    return sum(bool(chars & cls) for cls in (UPPER, LOWER, DIGITS)) + has_symbol(value)


def is_hex(value: str) -> bool:
    """Only hex digits (ignoring dashes): hashes, SHAs, trace ids, UUIDs."""
    stripped = value.replace("-", "")
    return bool(stripped) and set(stripped) <= HEX


def is_placeholder(value: str) -> bool:
    """A value written in place of a secret: masks, docs defaults, ``<your-token>``, a key a
    vendor publishes in its docs (``examples.PUBLISHED_KEYS``)."""
    if value in PUBLISHED_KEYS:
        return True
    lowered = value.lower()
    if len(value) < 4 or lowered in DEFAULT_WORDS or len(set(lowered)) <= 2:
        return True
    if is_templated_secret(value) or (value[0] == "[" and value[-1] == "]"):
        return True
    if len(value) in _PUBLISHED_LENGTHS and is_published_credential(value):
        return True  # an emulator's key, RFC 7617's Aladdin (``examples``)
    if any(marker in lowered for marker in PLACEHOLDER_MARKERS) or _ANGLE_NAME.search(value):
        return True
    if _MY_PLACEHOLDER.match(value) and len(value) <= 24:
        return True
    parts = _PART_SEPARATORS.split(lowered)
    if len(parts) >= 2 and all(part in DEFAULT_WORDS for part in parts):
        return True  # "test-secret", "dummy_token", "secret.key": placeholder words joined
    if lowered.count(":") == 1:  # a pair of them: "username:password", "<id>:<secret>"
        user, _, password = value.partition(":")
        if user and password and is_placeholder(user) and is_placeholder(password):
            return True
    return (
        bool(_FORMAT_SPEC.search(value))
        or is_sequential_string(value)
        or _encoded_default(value)
        or _filled_after_prefix(value)  # "acme_test_00000000000000000000"
    )


def _filled_after_prefix(value: str) -> bool:
    """A key's prefix, then its random part written as one character repeated (8 or more):
    the shape of a key with nothing of one, as an API spec's example or a test fixture
    gives it ("acme_test_00000000000000000000", ``sk_live_0000000000000000``)."""
    cut = max(value.rfind("_"), value.rfind("-"), value.rfind("."))
    tail = value[cut + 1 :]
    return 0 < cut <= 32 and len(tail) >= 8 and len(set(tail)) == 1


_PUBLISHED_LENGTHS = frozenset(len(c) + n for c in PUBLISHED_CREDENTIALS for n in (0, 1, 2))
_BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]{6,62}={0,2}")


def _encoded_default(value: str) -> bool:
    """Base64 of a placeholder: a Kubernetes Secret's ``password: Y2hhbmdlbWU=`` is
    ``changeme``, the chart's default, not a secret."""
    if len(value) % 4 or not _BASE64_VALUE.fullmatch(value):
        return False
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return decoded.isprintable() and decoded != value and is_placeholder(decoded)


# Tokens made to be published: Mapbox public (``pk.`` + a JWT-like body) and Stripe
# publishable keys. They ship in every web page that uses them.
PUBLIC_TOKEN = re.compile(
    r"pk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|pk_(?:live|test)_[A-Za-z0-9]{10,}"
)


# The id of tokenised data (Stripe's ``tok_...``, a vault's ``acct_tok_...``): it stands for a
# card or an account number in the tokenisation service and is sent to browsers by design.
_TOKENISED = re.compile(r"(?:[a-z]+_)?b?tok_[A-Za-z0-9]{8,40}")


def is_public_token(value: str) -> bool:
    """A vendor token that is public by design (see ``PUBLIC_TOKEN``), or the id of
    tokenised data (``_TOKENISED``)."""
    if "tok_" in value and _TOKENISED.fullmatch(value):
        return True
    return value[:3] in {"pk.", "pk_"} and PUBLIC_TOKEN.fullmatch(value) is not None


# A call or a subscript at the start of the value.
_CALL = re.compile(r"[A-Za-z_$][\w.:$!-]*[(\[]")


def _generated_with_brackets(value: str) -> bool:
    """A long random value with a bracket inside, not a call: Django's generated keys draw
    on ``(`` and ``)`` (``1n8hT^%dNzAj-CAHNg2)f(4m^...``)."""
    return (
        len(value) >= 24
        and value[0] not in "(["
        and _CALL.match(value) is None
        and entropy_ratio(value) > 0.8
    )


# Where a secret store keeps it, quoted or not: a Secrets Manager or SSM ARN, a Vault,
# 1Password or sops reference, ``env:NAME`` and ``@secret:name`` in a deploy tool's
# templates, a Terraform ``var.``/``local.``/``data.`` expression written in quotes.
_SCHEME_REFERENCE = re.compile(
    r"arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|env:[A-Za-z_]\w*$|@?secrets?:[\w./-]+$|"
    r"vault:|ref\+|op://|ssm:|sm://|gcp-?sm://|azkv://|awssm:|"
    r"(?:var|local|data)\.[a-z_][\w.]*$"
)


def is_reference(value: str, *, quoted: bool = False) -> bool:
    """A value that names where the secret lives instead of containing it.

    Inside quotes only interpolation counts (``"${DB_PASSWORD}"``, ``"{{ .Values.pw }}"``):
    a quoted ``(`` or ``%`` is just a character of a generated password.
    """
    if quoted:
        return (
            bool(_QUOTED_REFERENCE.search(value))
            or bool(_ENV_NAME.match(value))
            or _SCHEME_REFERENCE.match(value) is not None
        )
    if (
        (is_prefixed_with_dollar_sign(value) and _SHELL_VARIABLE.match(value))
        or (value[:1] in {"@", "&", "*"} and _POINTER.match(value))
        or (value[:1] == "@" and _at_file(value[1:]))
        or _BIND_PARAMETER.match(value)
        or _WINDOWS_ENV.match(value)
        or _YAML_TAG.match(value)
    ):
        return True
    if any(marker in value for marker in _REFERENCE_MARKERS):
        return True
    if ("(" in value or "[" in value) and not _generated_with_brackets(value):
        return True  # a call or a lookup: ``get_secret("db")``, ``os.environ["PW"]``
    if _ENV_NAME.match(value) or is_name_chain(value):
        return True
    if value.lower() in _PASSWORD_MANAGERS:
        return True  # "the password is in 1Password": where it is kept
    return value.lower().startswith(
        ("vault:", "ref+", "op://", "arn:", "ssm:", "secretsmanager:", "file:")
    )


# ``$DB_PASSWORD``, ``${HOME}/.npmrc``; not ``$V-w2uio#Ev8-a&0c``, a password starting with $.
_SHELL_VARIABLE = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?[\w./:{}-]*$")
# ``*ptr``, ``&cfg.password``, ``@Value``; not ``*j@tyaF185R8fucHK``.
_POINTER = re.compile(r"[*&@]+[A-Za-z_][\w.\->\[\]]*$")


def _at_file(path: str) -> bool:
    """``@$APIKEY_FILE``, ``@~/.ibm/apikey.json``: ``@`` and a path is the CLI convention
    (``ibmcloud --apikey @file``, ``curl -d @body.json``, ``az --parameters @p.json``) for
    "read the value from this file"."""
    if _SHELL_VARIABLE.match(path):
        return True
    return "/" in path and _WORD_PATH.match(path) is not None and is_benign_shape(path)


# A named SQL bind parameter or a Ruby symbol: ``:password_hash``, ``:api_key``.
_BIND_PARAMETER = re.compile(r":[A-Za-z_][A-Za-z0-9_]*[,;)]?$")
_PASSWORD_MANAGERS = frozenset(
    ("1password", "lastpass", "bitwarden", "keepass", "keepassxc", "dashlane", "onepassword")
)


def is_benign_shape(value: str, *, names: bool = True) -> bool:
    """Paths, URLs, host names, numbers, versions, dates and (if ``names``) resource names.

    ``names`` is off for ``.env``-style lines, where ``blue-tiger-lamp`` is a passphrase
    rather than the name of a Kubernetes object.
    """
    if "://" in value or _WINDOWS_PATH.match(value) or _NUMERIC_LIKE.match(value):
        return True
    if "/" in value and _MEDIA_TYPE.match(value):
        return True  # ``application/vnd.api+json``: a Content-Type, whatever its suffix
    if _DIGEST_VALUE.match(value):
        return True  # Vault's audit log: "client_token": "hmac-sha256:35df..."
    if _COLOUR.match(value) or any(marker in value for marker in _PATTERN_MARKERS):
        return True
    if _HOSTNAME.match(value) and not any(c.isdigit() for c in value.rsplit(".", 1)[-1]):
        return True
    if (
        "/" in value
        and _WORD_PATH.match(value)
        and all(_is_wordish(seg) for seg in value.split("/"))
    ):
        return True
    return names and bool(_RESOURCE_NAME.match(value))


def _is_wordish(segment: str) -> bool:
    """A path segment a person would type: ``var``, ``SDKs``, ``app.py`` (not ``bPxRfiCY``)."""
    if len(segment) <= 2 or _WORDISH.match(segment) or _RESOURCE_NAME.match(segment):
        return True
    return all(is_identifier_words(part) for part in segment.split(".") if part)


def is_identifier_words(value: str) -> bool:
    """Made of words: ``HttpServer2Handler``, ``MacOSX10.sdk``, ``client_key_data``.

    Split at case changes, digits and separators, a name has few one-letter pieces, words of
    3.3+ letters on average and a fifth or more vowels; random base64 rarely does (about 0.9%
    of random 20-character strings, 0.2% at 32 characters: the price of not flagging code).
    """
    words = [w for w in _CAMEL_WORD.findall(value) if w.isalpha()]
    if not words:
        return False
    letters = "".join(words)
    singles = sum(len(w) == 1 for w in words)
    vowels = sum(c in VOWELS for c in letters)
    return singles <= 1 and len(letters) >= 3.3 * len(words) and vowels >= 0.2 * len(letters)


def is_name_chain(value: str) -> bool:
    """``var.db_password``, ``settings.API_KEY``: a dotted chain of names, not a literal.

    A segment of 10+ characters mixing letters with two or more digits and no ``_`` is not
    a name anyone types (``w402ap.mk06hgpo3inzd3so`` is a kubeadm token, not an attribute).
    """
    if not _IDENTIFIER_CHAIN.match(value):
        return False
    return not any(_random_segment(segment) for segment in value.split("."))


def _random_segment(segment: str) -> bool:
    if len(segment) < 10 or "_" in segment or sum(c.isdigit() for c in segment) < 2:
        return False
    return not is_identifier_words(segment)


def is_snake_words(value: str) -> bool:
    """``client_key_password``: lower-case words joined by underscores, no digits."""
    return bool(_SNAKE_WORDS.match(value))


def is_wordy_name(value: str) -> bool:
    """Two or more words joined by ``-``/``_``/``.``: ``types-auth0-python``, ``us-east-1``."""
    return bool(_WORDY_NAME.match(value))


def looks_like_identifier(value: str) -> bool:
    """A code identifier (variable, attribute chain) rather than a literal.

    ``hunter2isnotsafe`` is a valid identifier too, so identifiers that mix letters and digits
    without any ``_`` word separator are not treated as names: programmers name variables
    ``db_password``, not ``s3cr3tpw``.
    """
    if is_name_chain(value):
        return True
    if not _IDENTIFIER.match(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    return "_" in value or not has_digit


def is_credential_like(value: str, *, min_length: int = 8, names: bool = True) -> bool:
    """Strong evidence on the value alone: long enough and mixing character classes.

    ``names=False`` when the value is announced as a password: ``copper-window-1987`` is then
    a passphrase, not the name of a resource.
    """
    if (
        len(value) < min_length
        or is_placeholder(value)
        or is_reference(value)
        or is_benign_shape(value, names=names)
    ):
        return False
    if (
        char_classes(value) >= 2
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    ):
        return True
    if has_symbol(value) and any(c.isalpha() for c in value):
        return True
    return len(value) >= 16 and entropy_ratio(value) > 0.8 and not is_identifier_words(value)
