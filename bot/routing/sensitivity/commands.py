"""Secrets given without a ``name = value`` shape: CLI flags, SQL, cookies, netrc, XML, tools.

These are the ways people actually paste credentials into chat that an assignment parser
cannot see: ``mysql -p'...'``, ``curl -u user:pass``, ``redis-cli -a ...``, ``docker login -p``,
``keytool -storepass``, ``CREATE USER ... PASSWORD '...'``, ``sqlplus user/pw@db``,
``Cookie: session=...``, ``.netrc`` and ``.pgpass`` lines, ``<password>...</password>``, a
property list's ``<key>...Secret</key><string>...</string>``,
``echo pw > ~/.vault_pass``. Each rule is tied to a documented syntax of a common tool and
only runs when that tool's name is in the text; every value still has to pass the
placeholder/reference tests, so ``-p 8080:80`` or ``-u $USER:$PASS`` are left alone.
Secrets said in words ("the password for staging is ...") are in ``prose``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.keys import (
    KeyKind,
    classify_key,
    ends_with_secret_word,
    split_identifier,
)
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, near
from bot.routing.sensitivity.prose import LABEL, TRAILING, find_login_pairs

_QUOTED_OR_BARE = r"""(?:'([^'\n]+)'|"([^"\n]+)"|([^\s'"]+))"""
# The same, or a quoted value a terminal wrapped over two lines (``-P 'BitLCWm45Dv`` /
# ``mZ0e4sDNLIx7#'``): two runs without spaces on either side of the one line break.
_QUOTED_WRAPPED_OR_BARE = (
    r"""(?:'([^'\s]+\n[^'\s]+)'|"([^"\s]+\n[^"\s]+)"|""" + _QUOTED_OR_BARE.removeprefix("(?:")
)

# MongoDB's shell and tools, and rabbitmqadmin
_MONGO_TOOLS: tuple[str, ...] = ("mongosh", "mongo ", "mongodump", "mongorestore", "mongoexport")
_MONGO_TOOLS += ("mongoimport", "rabbitmqadmin")

# net-snmp's tools (their SNMPv3 passphrases: ``-A`` auth, ``-X`` privacy)
_SNMP_TOOLS = ("snmpwalk", "snmpget", "snmpset", "snmpbulkwalk", "snmpbulkget", "snmptrap",
               "snmptable", "snmpgetnext", "snmpinform", "snmpusm")  # fmt: skip
# (pattern, its flag literal, lower-case words one of which must be on the same line)
_FLAG_RULES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        re.compile(r"(?<!\S)-p" + _QUOTED_WRAPPED_OR_BARE),
        "-p",
        ("mysql", "mariadb", "mysqldump", "mysqladmin"),
    ),
    (
        re.compile(r"(?<!\S)(?:-p|--password)[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-p",
        ("login", "sshpass", "psexec"),
    ),
    # Samba tools take ``-U user%password``.
    (
        re.compile(r"(?<!\S)-U[ \t]+['\"]?[^\s%'\"]*%" + _QUOTED_WRAPPED_OR_BARE),
        "-U",
        ("smbclient", "rpcclient", "smbmap", "smbcacls"),
    ),
    (re.compile(r"(?<!\S)-a[ \t]+" + _QUOTED_WRAPPED_OR_BARE), "-a", ("redis-cli",)),
    # net-snmp's SNMPv3 auth (``-A``) and privacy (``-X``) passphrases
    (
        re.compile(r"(?<!\S)-[AX][ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-",
        _SNMP_TOOLS,
    ),
    # Java's keytool/jarsigner: ``-storepass``, ``-keypass`` and their src/dest forms.
    *(
        (
            re.compile(rf"(?<!\S){flag}[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
            flag,
            ("keytool", "jarsigner"),
        )
        for flag in (
            "-storepass",
            "-keypass",
            "-srcstorepass",
            "-deststorepass",
            "-srckeypass",
            "-destkeypass",
        )
    ),
    # OpenSSL's pass phrase arguments: ``-passin pass:...``, ``-passout pass:...``.
    (re.compile(r"(?<![\w-])pass:" + _QUOTED_WRAPPED_OR_BARE), "pass:", ("openssl",)),
    (
        re.compile(r"(?<!\S)(?:-u|--user)[ \t]+['\"]?[^\s:'\"]*:" + _QUOTED_WRAPPED_OR_BARE),
        "-u",
        ("curl", "wget", "http"),
    ),
    # Upper-case ``-P``: Mosquitto's clients (``-P``/``--pw``), sqlcmd and bcp, ipmitool.
    (
        re.compile(r"(?<!\S)-P[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-P",
        ("mosquitto_", "sqlcmd", "bcp ", "ipmitool"),
    ),
    (
        re.compile(r"(?<!\S)--pw[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "--pw",
        ("mosquitto_",),
    ),
    # OpenLDAP's clients take the bind password after ``-w`` (``-W`` prompts for it).
    (
        re.compile(r"(?<!\S)-w[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-w",
        ("ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd"),
    ),
    # A pre-shared or symmetric key after ``-k``: libcoap's ``coap-client``/``coap-server``
    # (DTLS-PSK, the identity after ``-u``), ``openssl enc -k`` (a password) and ``-K`` (the
    # raw key in hex). (curl's ``-k`` takes no value, and curl is not one of these.)
    (
        re.compile(r"(?<!\S)-k[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-k",
        ("coap-client", "coap-server", "openssl"),
    ),
    (re.compile(r"(?<!\S)-K[ \t]+" + _QUOTED_WRAPPED_OR_BARE), "-K", ("openssl",)),
    # MongoDB's shell and tools, and rabbitmqadmin: ``-p``/``--password`` after ``-u``.
    (
        re.compile(r"(?<!\S)(?:-p|--password)[ \t]+" + _QUOTED_WRAPPED_OR_BARE),
        "-p",
        _MONGO_TOOLS,
    ),
)
# Oracle: ``sqlplus user/password@db`` and ``CONNECT user/"password"@(description=...)``;
# the same ``user/password@`` in the thin and OCI drivers' JDBC URLs
# (``jdbc:oracle:thin:scott/tiger@//host:1521/svc``) and python-oracledb/cx_Oracle DSNs.
_ORACLE = re.compile(r"""(?<![\w/.-])[A-Za-z][\w$#]{0,127}/(?:"([^"\n]+)"|([^\s"'@/]+))@""")
_ORACLE_WORDS = Words(
    ("sqlplus", "sqlcl", "expdp", "impdp", "rman", "jdbc:oracle:", "oracledb", "cx_oracle")
)
# ``CONNECT``/``CONN`` as a command: at a line's start, after a prompt (``SQL> conn ...``);
# not "server conn crashed" in a pgbouncer log line ("billing/billing_app@10.20.3.14").
_CONNECT_COMMAND = re.compile(r"(?:^|\n)[ \t]*(?:(?:sql|rman)>[ \t]*)?conn(?:ect)?[ \t]+\S+/")
# PostgreSQL's password file: ``hostname:port:database:username:password`` lines.
_PGPASS = re.compile(r"(?m)^[ \t]*[^\s:#]+:(?:\d+|\*):[^\s:]+:[^\s:]+:(\S+)[ \t]*$")
# Postfix's ``sasl_passwd`` map: ``[smtp.mailgun.org]:587 user@domain:password``; a Google
# app password may be pasted as shown, four groups of four lower-case letters.
_SASL_PASSWD = re.compile(
    r"(?m)^[ \t]*\[?[\w.-]+\]?(?::\d+)?[ \t]+[^\s:]+:([a-z]{4}(?: [a-z]{4}){3}|\S+)[ \t]*$"
)
# A value written into a file named for a secret (``echo 'x' > ~/.vault_pass.txt``) or piped
# into a command that reads a password on stdin (``echo 'x' | docker login --password-stdin``).
_ECHO = re.compile(
    r"""\becho[ \t]+(?:-[ne][ \t]+)?(?:'([^'\n]+)'|"([^"\n]+)"|([^\s'"<>|;&]+))"""
    r"""[ \t]*(?:>>?[ \t]*(?P<file>[^\s;&|]+)|\|(?P<pipe>[^\n]*))"""
)
_FILE_SUFFIX = re.compile(r"\.(?:txt|key|pass|pwd|secret|conf|cfg|ini)$")
# .netrc: "machine" is its distinctive keyword; entries usually span several lines.
_NETRC = re.compile(r"(?<!\S)(?:password|passwd)[ \t]+" + _QUOTED_OR_BARE)
# SQL DDL (on lower-cased text): ... PASSWORD '...' and MySQL/Oracle IDENTIFIED BY '...'.
_SQL = re.compile(r"\b(?:password|identified\s+by)\s+(?:'([^'\n]+)'|\"([^\"\n]+)\")")
_SQL_WORDS = ("user", "role", "login")
_COOKIE = re.compile(r"(?<![\w-])(?:set-)?cookie:[ \t]*([^\n'\"`]+)")
# A cookie's value: after the "=" that ends its name. (Matched from the name, a line without
# "=" was re-read from each of its positions: seconds for a long one.)
_COOKIE_VALUE = re.compile(r"(?<=[^=;\s])=([^;\s]+)")
_XML = re.compile(r"<([A-Za-z][\w:.-]*)>([^<\n]{1,300})</\1>")
# A property list's pair: ``<key>RCServerSecretKey</key>`` then ``<string>...</string>``.
_PLIST = re.compile(r"<key>([^<\n]{1,100})</key>\s{0,200}<string>([^<\n]{1,300})</string>")
# ``default = "..."`` inside a declaration named like a secret: Terraform
# ``variable "db_password" { default = "..." }``, argparse/click
# ``add_argument("--token", default="...")``, JSON schema ``"password": {"default": "..."}``.
_DEFAULT = re.compile(r"""default["']?[ \t]*[=:][ \t]*(?:"([^"\n]+)"|'([^'\n]+)')""")
_DECLARED_NAME = re.compile(r"""["'](?:--?)?([A-Za-z_][\w.-]{0,63})["']""")
_DECLARATION_REACH = 400
# Basic-auth tuples and helpers: ``auth=("user", "pw")``, ``HTTPBasicAuth("u", "pw")``,
# ``req.SetBasicAuth(user, "pw")``, ``.basic_auth("u", Some("pw"))``.
# Matched on the lower-cased text at each "auth"; the value is read back from the text.
_AUTH_PAIR = re.compile(
    r"""auth(?:[ \t]*=[ \t]*[(\[]|(?<=basicauth)[ \t]*\(|(?<=basic_auth)[ \t]*\()"""
    r"""[ \t]*[^,()\n]{1,64},[ \t]*(?:some\()?(?:"([^"\n]{1,128})"|'([^'\n]{1,128})')"""
)
# API keys in query strings under names the keyword rules do not read as secrets
# (``?key=`` of Google-style APIs, ``appid=`` of OpenWeatherMap-style APIs).
_QUERY_KEY = re.compile(r"[?&](?:key|appid)=([A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])")
# Windows ``net use \\server\share <password> /user:DOMAIN\name``: the positional password.
_NET_USE = re.compile(r"\bnet[ \t]+use\b[^\n]*", re.I)


def find_command_secrets(text: str, lowered: str) -> list[Finding]:
    """Passwords given as CLI arguments, SQL, cookies, netrc entries or XML elements.

    ``lowered`` is ``text`` lower-cased with the same length.
    """
    findings = _flag_values(text, lowered)
    for word in ("password", "identified"):
        index = lowered.find(word)
        while index >= 0:
            match = _SQL.match(lowered, index)
            if match is not None and _line_has(lowered, index, _SQL_WORDS):
                findings.extend(_value_finding(match, text))
            index = lowered.find(word, index + 1)
    if "cookie" in lowered:
        findings.extend(_cookie_values(text, lowered))
    if "machine" in lowered:
        findings.extend(f for m in _NETRC.finditer(text) for f in _value_finding(m, text))
    findings.extend(_tool_secrets(text, lowered))
    if "</" in text:
        pairs = [*_XML.finditer(text), *(_PLIST.finditer(text) if "<key>" in text else ())]
        for match in pairs:
            if classify_key(match.group(1)) is not None and _acceptable(match.group(2).strip()):
                findings.append(Finding(LABEL, match.start(2), match.end(2)))
    findings.extend(_code_secrets(text, lowered))
    if _GENERATOR_WORDS.found(lowered) and _USE_AS_SECRET.found(lowered):
        findings.extend(_generated_secrets(lowered))
    return findings


# A random value a generator just printed (``openssl rand -hex 32``, ``pwgen -s 24 1``,
# ``head -c 32 /dev/urandom | base64``, ``python -c '...secrets.token_urlsafe(32)...'``), on
# the line after the command or said right after it in inline code, in a message that puts
# it to use as a secret ("I'll set that as JWT_SIGNING_SECRET for the prod auth service"):
# it is that secret, whatever its shape (hex is skipped by the entropy rule). A generator
# asked about without its output ("is `openssl rand -hex 32` enough for a JWT secret?") has
# no value to report.
_GENERATOR_WORDS = Words(("openssl rand", "pwgen", "/dev/urandom", "secrets.token_"))
_USE_AS_SECRET = Words((
    "secret", "signing", "password", "passphrase", "api key", "api_key", "token", "hmac",
    "encryption key", "_key",
))  # fmt: skip
_GENERATOR = re.compile(
    r"(?:^|(?<=[`|$#>]))[ \t]*(?:sudo[ \t]+)?"
    r"(?:openssl[ \t]+rand\b|pwgen\b|head[ \t]+-c[ \t]*\d+[ \t]+/dev/urandom|"
    r"python3?[ \t]+-c[ \t]+[\"'][^\"'\n]*secrets\.token_)",
    re.M,
)
_GENERATED_LINE = re.compile(r"[ \t]*([a-z0-9+/_-]{16,}={0,2})[ \t]*(?:\n|$)")
_GENERATED_SAID = re.compile(
    r"[^`\n]*`[ \t]*(?:gives|gave|prints|printed|returns|returned|outputs|output|->|\u2192|=>|:)"
    r"[ \t]*(?:me[ \t]+)?[`\"']?([a-z0-9+/_-]{16,}={0,2})(?![a-z0-9+/_=-])"
)


def _generated_secrets(lowered: str) -> list[Finding]:
    """What a random generator printed (see ``_GENERATED_LINE``'s comment above)."""
    findings: list[Finding] = []
    for command in _GENERATOR.finditer(lowered):
        line_end = lowered.find("\n", command.end())
        line_start = lowered.rfind("\n", 0, command.start()) + 1
        if lowered.count("`", line_start, command.start()) % 2 == 1:
            output = _GENERATED_SAID.match(lowered, command.end())
        elif line_end >= 0:
            output = _GENERATED_LINE.match(lowered, line_end + 1)
        else:
            output = None
        if output is not None and any(c.isdigit() for c in output.group(1)):
            findings.append(Finding(LABEL, *output.span(1)))
    return findings


# A DRM content key given raw with its key id (``--keys label=:key_id=<32 hex>:key=<32 hex>``
# to shaka-packager, ``kid=...,key=...``): whoever has it decrypts the stream.
_CONTENT_KEY = re.compile(r"key_?id=[0-9a-f]{32}[:,]key=([0-9a-f]{32})(?![0-9a-f])")
# Redis configuration: ``requirepass ceyis4YZkgi^Z``, ``masterauth ...``.
# ``CONFIG GET requirepass`` prints the name and the value as a numbered reply, one per line:
# ``1) "requirepass"`` / ``2) "<pw>"``.
_REDIS_AUTH = re.compile(
    r"\b(?:requirepass|masterauth)[ \t]+[\"']?([^\s`'\"]{6,128})"
    r"|\b(?:requirepass|masterauth)\"[ \t]*\n[ \t]*\d+\)[ \t]+\"([^\"\n]{6,128})\""
)
# A network device's configuration (Cisco IOS and the CLIs that copy it): an SNMPv3 user's
# auth and privacy passphrases, a community string (not the defaults ``public``/``private``),
# a local user's or ``enable`` secret given in clear (type 0) or reversibly (type 7; types 5,
# 8 and 9 are hashes), a TACACS+ or RADIUS server's shared key.
_NETWORK_CONFIG = re.compile(
    r"\bsnmp-server user \S+ \S+ v3 auth (?:md5|sha\S*) (\S+)(?: priv (?:des|3des|aes)"
    r"(?: \d+)? (\S+))?"
    r"|\bsnmp-server community (?!(?:public|private)\b)(\S+)"
    r"|^[ \t]*(?:username [\w.@-]+(?: privilege \d+)?|enable) (?:secret|password) (?:[07] )?"
    r"(?![589] )(\S+)[ \t]*$"
    r"|\b(?:tacacs|radius)-server\b[^\n]*? key (?:[07] )?(\S+)",
    re.MULTILINE,
)
_NETWORK_WORDS = Words(("snmp-server", "username ", "enable secret", "enable password",
                        "tacacs-server", "radius-server"))  # fmt: skip
# Redis ``MONITOR`` prints every command with its arguments: ``"AUTH" "default" "<pw>"``.
_REDIS_MONITOR_AUTH = re.compile(r'"auth"(?:[ \t]+"[^"\n]{1,64}")?[ \t]+"([^"\n]{6,128})"')


# Gradle, Groovy and Ruby DSLs set a value with no ``=``: ``storePassword 'D2W6aOHtz6axuf'``,
# ``clientSecret 'fc348e...'``. Only a name that names a password or a secret, and a quoted
# value with no space (``password 'too weak'`` is a sentence).
_DSL_WORDS = ("assword", "ecret", "oken", "Key", "key", "PASSWORD", "SECRET", "TOKEN")
_DSL_VALUE = re.compile(r"\b([A-Za-z_][\w.]{2,63})[ \t]+(['\"])([^'\"\s]{6,128})\2")


def _dsl_values(text: str) -> list[Finding]:
    """A compound name (``storePassword``, ``client_secret``) or one that starts its line,
    so that prose ("secret \"stripe\" not found") is not read as a setting."""
    findings: list[Finding] = []
    for match in near(_DSL_VALUE, text, _DSL_WORDS, 64, 200):
        name, value = match.group(1), match.group(3)
        starts_line = not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        if not (starts_line or len(split_identifier(name)) >= 2):
            continue
        # "storePassword" ends with its secret word: the keystore's password, not metadata.
        if classify_key(name) not in (KeyKind.PASSWORD, KeyKind.SECRET) and not (
            ends_with_secret_word(name) and classify_key(name) is not KeyKind.SOFT
        ):
            continue
        if _acceptable(value) and v.is_credential_like(value, names=False):
            findings.append(Finding(LABEL, match.start(3), match.end(3)))
    return findings


def _code_secrets(text: str, lowered: str) -> list[Finding]:
    """Declaration defaults, basic-auth tuples, query-string keys, ``net use`` and
    ``user / password`` pairs (each gated by a literal)."""
    findings: list[Finding] = []
    if "default" in lowered:
        findings.extend(_declared_defaults(text))
    if "auth" in lowered and "(" in text:
        findings.extend(_auth_pairs(text, lowered))
    if "key=" in lowered or "appid=" in lowered:
        findings.extend(_query_keys(text))
    if "net use" in lowered:
        findings.extend(_net_use_passwords(text))
    findings.extend(find_login_pairs(text, lowered))
    return findings


def _tool_secrets(text: str, lowered: str) -> list[Finding]:
    """Oracle connect strings, ``.pgpass`` and Postfix ``sasl_passwd`` lines, values echoed
    into secret files, DSL settings (``storePassword '...'``) and Redis ``requirepass``."""
    findings: list[Finding] = []
    if "@" in text and "/" in text and (_ORACLE_WORDS.found(lowered) or "conn" in lowered):
        findings.extend(_oracle_passwords(text, lowered))
    if "pgpass" in lowered:
        findings.extend(f for m in _PGPASS.finditer(text) for f in _value_finding(m, text))
    if "sasl_passwd" in lowered or "sasl_password" in lowered:
        findings.extend(f for m in _SASL_PASSWD.finditer(text) for f in _value_finding(m, text))
    if "echo" in lowered:
        findings.extend(_echoed_secrets(text, lowered))
    if "'" in text or '"' in text:
        findings.extend(_dsl_values(text))
    if "key_id=" in lowered:  # a raw content key beside its id (shaka-packager's --keys)
        findings.extend(Finding(LABEL, *m.span(1)) for m in _CONTENT_KEY.finditer(lowered))
    if "requirepass" in lowered or "masterauth" in lowered:
        findings.extend(f for m in _REDIS_AUTH.finditer(lowered) for f in _value_finding(m, text))
    if _NETWORK_WORDS.found(lowered):
        findings.extend(_network_config(text))
    if '"auth"' in lowered:
        findings.extend(
            f for m in _REDIS_MONITOR_AUTH.finditer(lowered) for f in _value_finding(m, text)
        )
    return findings


def _network_config(text: str) -> list[Finding]:
    """Every secret of ``_NETWORK_CONFIG`` (an SNMPv3 user has two)."""
    findings: list[Finding] = []
    for match in _NETWORK_CONFIG.finditer(text):
        for group in range(1, match.re.groups + 1):
            value = match.group(group)
            if value is not None and _acceptable(value):
                findings.append(Finding(LABEL, *match.span(group)))
    return findings


def _oracle_passwords(text: str, lowered: str) -> list[Finding]:
    """``user/password@...`` on a line that runs an Oracle client or ``CONNECT``s (each
    line looked at once, however many ``x/y@`` it holds)."""
    findings: list[Finding] = []
    line_end, oracle_line = -1, False
    for match in _ORACLE.finditer(text):
        if match.start() > line_end:
            line_start = lowered.rfind("\n", 0, match.start()) + 1
            oracle_line = _line_has(lowered, match.start(), _ORACLE_WORDS) or bool(
                _CONNECT_COMMAND.match(lowered, max(0, line_start - 1))
            )
            line_end = lowered.find("\n", match.start())
            line_end = len(lowered) if line_end < 0 else line_end
        if oracle_line:
            findings.extend(_value_finding(match, text))
    return findings


def _echoed_secrets(text: str, lowered: str) -> list[Finding]:
    """``echo VALUE > secret-named-file`` and ``echo VALUE | ... --password-stdin``."""
    findings: list[Finding] = []
    index = lowered.find("echo")
    while index >= 0:
        match = _ECHO.match(text, index)
        index = lowered.find("echo", index + 4)
        if match is None:
            continue
        target = match.group("file")
        if target is not None:
            name = _FILE_SUFFIX.sub("", target.rsplit("/", 1)[-1].lstrip("."))
            if classify_key(name) not in (KeyKind.PASSWORD, KeyKind.SECRET):
                continue
        elif "--password-stdin" not in (match.group("pipe") or ""):
            continue
        value = next(g for g in match.groups()[:3] if g is not None)
        start = match.start(1 + match.groups()[:3].index(value))
        if _acceptable(value) and not value.startswith("$"):
            findings.append(Finding(LABEL, start, start + len(value)))
    return findings


def _auth_pairs(text: str, lowered: str) -> list[Finding]:
    findings: list[Finding] = []
    index = lowered.find("auth")
    while index >= 0:
        before = lowered[index - 1 : index]
        word_start = not (before.isalnum() or before == "_")
        if word_start or lowered[max(0, index - 6) : index].endswith(("basic", "basic_")):
            match = _AUTH_PAIR.match(lowered, index)
            if match is not None:
                findings.extend(_value_finding(match, text))
        index = lowered.find("auth", index + 1)
    return findings


def _declared_defaults(text: str) -> list[Finding]:
    """``default`` values of declarations whose name announces a secret."""
    findings: list[Finding] = []
    index = text.find("default")
    while index >= 0:
        match = _DEFAULT.match(text, index)
        index = text.find("default", index + 1)
        if match is None or text[match.start() - 1 : match.start()].isalnum():
            continue
        opening = _enclosing_opening(text, match.start())
        if opening is None:
            continue
        line_start = text.rfind("\n", 0, opening) + 1
        names = _DECLARED_NAME.findall(text, line_start, match.start())
        kinds = {classify_key(name) for name in names}
        found = _value_finding(match, text)
        if KeyKind.PASSWORD in kinds or (
            KeyKind.SECRET in kinds
            and found
            and v.is_credential_like(text[found[0].start : found[0].end])
        ):
            findings.extend(found)
    return findings


def _enclosing_opening(text: str, pos: int) -> int | None:
    """Offset of the unclosed ``{`` or ``(`` that ``pos`` is inside, if near enough."""
    depth = 0
    for index in range(pos - 1, max(-1, pos - _DECLARATION_REACH), -1):
        char = text[index]
        if char in ")}":
            depth += 1
        elif char in "({":
            if depth == 0:
                return index
            depth -= 1
    return None


def _query_keys(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in _QUERY_KEY.finditer(text):
        value = match.group(1)
        if v.is_hex(value) or v.is_credential_like(value):
            findings.append(Finding(LABEL, match.start(1), match.end(1)))
    return findings


def _net_use_passwords(text: str) -> list[Finding]:
    """The argument of ``net use`` that is not a share, drive, switch or ``*``."""
    findings: list[Finding] = []
    for line in _NET_USE.finditer(text):
        for arg in re.finditer(r"\S+", text[line.start() : line.end()]):
            token = arg.group()
            if token in {"net", "use", "NET", "USE", "*"} or token.startswith(("\\\\", "/")):
                continue
            if len(token) == 2 and token[1] == ":":
                continue  # a drive letter
            if not v.is_credential_like(token.rstrip(TRAILING), names=False):
                break  # prose ("we no longer net use anything") or the command ended
            start = line.start() + arg.start()
            findings.append(Finding(LABEL, start, start + len(token.rstrip(TRAILING))))
            break
    return findings


# Each flag rule's tool names as gate words (found in the message's one pass).
_FLAG_GATES = tuple(Words(words) for _, _, words in _FLAG_RULES)


def _flag_values(text: str, lowered: str) -> list[Finding]:
    """Try each flag pattern only where its flag occurs, and only if its tool is named."""
    findings: list[Finding] = []
    for (pattern, flag, _), words in zip(_FLAG_RULES, _FLAG_GATES, strict=True):
        if flag not in text or not words.found(lowered):
            continue
        index = text.find(flag)
        while index >= 0:
            for at in (index, index - 1):  # "-p" inside "--password" starts one earlier
                match = pattern.match(text, max(at, 0))
                if match is not None and _line_has(lowered, match.start(), words):
                    findings.extend(_value_finding(match, text))
                    break
            index = text.find(flag, index + 1)
    return findings


def _cookie_values(text: str, lowered: str) -> list[Finding]:
    """Session cookies are bearer credentials: report long random cookie values."""
    findings: list[Finding] = []
    for header in _COOKIE.finditer(lowered):
        for pair in _COOKIE_VALUE.finditer(text, header.start(1), header.end(1)):
            value = pair.group(1)
            random_enough = v.is_hex(value) or v.entropy_ratio(value) > 0.7
            if len(value) >= 16 and random_enough and _acceptable(value):
                findings.append(Finding("secret.auth_header", pair.start(1), pair.end(1)))
    return findings


def _line_has(lowered: str, pos: int, words: Collection[str]) -> bool:
    """One of ``words`` on the line of ``pos``, or on the lines it continues (``\\``)."""
    start = lowered.rfind("\n", 0, pos) + 1
    while start > 1 and lowered[: start - 1].rstrip(" \t").endswith("\\"):
        start = lowered.rfind("\n", 0, start - 1) + 1
    end = lowered.find("\n", pos)
    line = lowered[start : end if end >= 0 else len(lowered)]
    return any(word in line for word in words)


def _value_finding(match: re.Match[str], text: str) -> list[Finding]:
    """The first value group that matched (read from ``text``), if it is acceptable."""
    for group in range(1, match.re.groups + 1):
        if match.group(group) is not None:
            start, end = match.span(group)
            value = text[start:end].replace("\n", "")  # a value a terminal wrapped
            return [Finding(LABEL, start, end)] if _acceptable(value) else []
    return []


def _acceptable(value: str) -> bool:
    value = value.rstrip(TRAILING) if len(value) > 1 else value
    if not value or v.is_placeholder(value) or v.is_reference(value):
        return False
    return not v.is_benign_shape(value, names=False)
