"""Secrets said in words: "the password for staging is X", "use passphrase X", a user and a
password on a login line, "HEROKU_API_KEY is X", in English and five other languages.

The keyword hits (``assignments.keyword_hits``) say where a secret word is; these rules read
what follows it. A value still has to look like a credential (``values``), so "the password
is 'too weak'" or "the token expired" stay ordinary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.examples import says_examples
from bot.routing.sensitivity.keys import KeyKind, classify_key, split_identifier
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, near
from bot.routing.sensitivity.passwords import (
    SHORT_VERBS,
    find_cjk_secrets,
    find_protected_with,
    find_wifi_pairs,
    password_named_directly,
    short_password,
    token_named_directly,
)

LABEL = "secret.password_assignment"
TRAILING = ".,;:!?)]}>"  # sentence punctuation after a value

# German, French (``mot de passe``), Spanish (``contraseña``, cut at the ñ), Portuguese, Dutch.
_FOREIGN_PASSWORD_WORDS = frozenset({"passwort", "kennwort", "passe", "contrase", "contrasena"})
_FOREIGN_PASSWORD_WORDS |= frozenset({"senha", "wachtwoord"})
# Polish, Czech and Slovak, Swedish, Norwegian (``passord``), Danish, Finnish, Turkish,
# Romanian, Hungarian (``jelszó``, cut at the ó), Russian and Ukrainian (``пароль``, ``пароля``).
_FOREIGN_PASSWORD_WORDS |= frozenset(
    {"has\u0142o", "has\u0142a", "haslo", "hasla", "heslo", "l\u00f6senord", "losenord", "passord"}
    | {"adgangskode", "salasana", "\u015fifre", "sifre", "parola", "jelsz"}
    | {"\u043f\u0430\u0440\u043e\u043b\u044c", "\u043f\u0430\u0440\u043e\u043b\u044f"}
    | {"\u043f\u0430\u0440\u043e\u043b"}  # the keyword hit stops before the soft sign
    | {"clave", "mdp"}  # Spanish (Latin America) and the French abbreviation
    | {"l\u00f6senordet", "losenordet", "passordet", "adgangskoden", "palavra-passe"}
    | {"\u015fifresi", "sifresi", "\u015fifreniz", "salasanan"}
    # Greek (``κωδικός``, ``κωδικό``) and Hebrew (``סיסמה``, ``הסיסמה``, ``סיסמא``)
    # (the keyword hit is the stem: ``κωδικ``, ``סיסמ``)
    | {"\u03ba\u03c9\u03b4\u03b9\u03ba", "\u05e1\u05d9\u05e1\u05de"}
    # Arabic, Persian, Vietnamese, Indonesian and Malay (with ``-nya``, "its"), Thai, Hindi,
    # Bengali, Urdu: the phrases ``assignments`` finds (see there)
    | {"كلمة المرور", "كلمه المرور", "كلمة السر", "كلمه السر", "كلمة مرور", "كلمه مرور"}
    | {"رمز المرور", "رمز عبور", "گذرواژه"}
    | {"mật khẩu", "mat khau", "kata sandi", "katasandi", "kata sandinya", "katasandinya"}
    | {"kata laluan", "kata laluannya", "รหัสผ่าน", "รหัสผ่านคือ"}
    | {"पासवर्ड", "পাসওয়ার্ড", "پاس ورڈ"}
)
# How the password word is misspelt in a hurry ("the staging db pasword is ...").
_MISSPELT_PASSWORD_WORDS = frozenset(
    {"pasword", "passwrd", "paswd", "paswrd", "pssword", "psswd", "passwod", "passowrd"}
    | {"passwrod", "paswords", "passward", "passwordd"}
)
_PROSE_WORDS = frozenset(
    {"password", "passwd", "passphrase", "pw", "pwd", "passcode", "pass", "secret", "token"}
    | {"credential"}
    | {"credentials", "creds", "apikey", "api_key", "api-key"}
    | _FOREIGN_PASSWORD_WORDS
    | _MISSPELT_PASSWORD_WORDS
)
_KEY_QUALIFIER = re.compile(
    r"(?:api|access|secret|private|license|signing|encryption|master|admin|app|client|"
    r"network|mesh|pre-?shared|"  # an IoT network's key (``keys.KEY_QUALIFIERS``)
    r"update|session|"  # DNP3 Secure Authentication's update key, a protocol's session key
    # the key a webhook's payloads are signed with: Adyen's "HMAC key", Square's "signature
    # key", "the webhook key" (whoever has it can forge notifications)
    r"hmac|webhook|signature)[ _-]?$"
)
_PASSWORD_WORDS = frozenset({"password", "passwd", "passphrase", "pw", "pwd", "passcode"})
_PASSWORD_WORDS |= _FOREIGN_PASSWORD_WORDS | _MISSPELT_PASSWORD_WORDS
_ASSIGNED = re.compile(r"[=:\[\]`]")
_VERBS = r"is|was|are|->|of|contains|holds|ist|lautet|es|est|c'est|c\u2019est|era|é"
_PROSE_TAIL = re.compile(
    rf"[^\n.?!;]{{0,40}}?(?:\s(?P<verb>{_VERBS})|[:=])\s+[\"'`]?(?P<value>[^\s\"'`]+)"
)
# Polish ``to``/``jest``, Czech ``je``, Swedish ``är``, Danish and Norwegian ``er``, Finnish
# ``on``, and a dash: after a password word only ("the token on staging" is English).
_GREEK_HEBREW_IS = r"\u03b5\u03af\u03bd\u03b1\u03b9|\u05d4\u05d9\u05d0|\u05d4\u05d5\u05d0"
# Vietnamese ``là``, Indonesian and Malay ``adalah``/``ialah``, Arabic ``هي``/``هو``, Persian
# and Urdu ``:`` only, Thai ``คือ``, Hindi ``है``.
_ASIAN_IS = r"là|adalah|ialah|هي|هو|คือ|है"
_PASSWORD_COPULAS = rf"jest|je|\u00e4r|er|on|\u2014|-|{_GREEK_HEBREW_IS}|{_ASIAN_IS}"
# A password word (not a token or key: "pass the token to s3Client") also takes its value
# after ``to``/``as`` and their French, Spanish/Portuguese, German and Dutch equivalents:
# "set the keystore password to X", "remis le mot de passe à X", "Passwort auf X gesetzt".
_PASSWORD_TAIL = re.compile(
    rf"[^\n.?!;]{{0,40}}?(?:\s(?P<verb>{_VERBS}|to|as|à|a|auf|para|naar|{_PASSWORD_COPULAS})|[:=])"
    r"\s+[\"'`]?(?P<value>[^\s\"'`]+)"
)
# Google app passwords are shown as four groups of four lower-case letters.
_APP_PASSWORD = re.compile(r"[a-z]{4}(?: [a-z]{4}){3}(?=[ \t]*(?:$|[\n\"'`,;)]))")
# "login: jdoe / S3cret!", "credentials are admin / Gr4fana!": a user and a password.
# (each part may be quoted: "keycloak admin is `admin` / `CBHUgdvjf*yvwZ`")
_PAIR = re.compile(
    r"(?<!\S)[\"'`]?[\w.@\\-]{2,64}[\"'`]?(?:[ \t]+/[ \t]*|/[ \t]+)[\"'`]?([^\s/\"'`]{6,64})"
)
_LOGIN_PAIR_WORDS = ("login", "credential", "creds", "username", "user/pass", "account", "admin")
_SPACED_PAIR = re.compile(r"[\"'`]?[\w.@-]+[\"'`]?[ \t]+/[ \t]+[\"'`]?[^\s/\"'`<>=?&]+")
_PAIR_PASSWORD_WORDS = ("password", "passwort", "mot de passe", "contrase", "senha")
_PAIR_WORDS = Words((*_LOGIN_PAIR_WORDS, *_PAIR_PASSWORD_WORDS))


# "use X as the password": the value before the word.
_USE_AS = re.compile(
    r"\buse[ \t]+[\"'`]?([^\s\"'`]{6,128})[\"'`]?[ \t]+as[ \t]+(?:the[ \t]+|a[ \t]+|my[ \t]+|"
    r"your[ \t]+)?(?:\w+[ \t]+)?(?:password|passphrase|passwd|pw|pwd|pass)\b"
)
# Diceware passphrases are plain words; quoted messages ("too weak") hold function words.
_MESSAGE_WORDS = frozenset((
    "a", "an", "the", "is", "are", "be", "at", "least", "most", "must", "not", "no", "too",
    "and", "or", "of", "to", "in", "on", "for", "with", "should", "characters", "character",
    "long", "short", "weak", "strong", "invalid", "wrong", "incorrect", "expired", "required",
    "contain", "contains", "match",
))  # fmt: skip
_APP_PASSWORD_CONTEXT = Words((
    "app password", "app-specific password", "app specific password", "app pw",
    "app-specific pw", "app specific pw",
))  # fmt: skip


# A word shaped like a strong password: upper and lower case, a digit and a symbol, in a
# message about logging in. People say them with no password word ("i reset admin to
# vt3!Nnn2", "the wifi in the office is Juniper544$", "I'm sure it's U2tZtVVkitiD*A").
_STRONG_WORD = re.compile(
    r"(?<![^\s\"'`\u201c\u2018(])(?:[\"'`\u201c\u2018]([A-Za-z0-9!@#$%^&*+?~_.,;|-]{7,64}?)"
    r"[\"'`\u201d\u2019]|"
    r"([A-Za-z0-9][A-Za-z0-9!@#$%^&*+?~_.%=-]{5,62}[A-Za-z0-9!@#$%^&*+?~]))(?=[\s,;:.)]|$)"
)
_STRONG_SYMBOLS = frozenset("!@#$%^&*+?~")
_LOGIN_CONTEXT = Words((
    "password", "passwd", "passphrase", "login", "log in", "logged in", "sign in", "signin",
    "sign-in", "wifi", "wi-fi", "credential", "creds", "authenticat", "reset", "1password",
    "bitwarden", "keepass", "mot de passe", "contrase", "senha", "passwort", "kennwort",
    # an accidental paste, and how people describe a password they dictate
    "ssh", "wrong window", "wrong chat", "wrong channel", "please ignore", "pls ignore",
    "ignore that", "trailing space", "all lowercase", "no spaces", "case sensitive",
))  # fmt: skip
_LISTS_OF_WEAK = Words((
    "blocklist", "blacklist", "denylist", "deny list", "common password", "weak password",
    "breached", "rockyou", "passwords like", "passwords such as", "block passwords",
))  # fmt: skip
# The base words of the passwords every blocklist and policy example names.
_TEXTBOOK_WEAK = re.compile(
    r"(?i)(?:password|passw0rd|p@ssw0rd|welcome|qwerty|letmein|admin|changeme|iloveyou|"
    r"summer|winter|spring|autumn|monkey|dragon|football|abc123)[\d!@#$%^&*+?~._-]*$"
)
_ASSIGNED_WORD = re.compile(r"(?:[A-Z][A-Z0-9_]*|[a-z][a-z0-9_.-]*)=")
_PERCENT_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
# "u: qa-tester2 p: Falc0n156$": a user and a password in shorthand.
_SHORT_PAIR = re.compile(
    r"\bu(?:ser)?[ \t]*:[ \t]*[\"'`]?[\w.@-]{2,64}[\"'`]?[ \t,;/|]+"
    r"p(?:w|wd|ass)?[ \t]*:[ \t]*[\"'`]?([^\s\"'`]{6,64})"
    # "user postgres_admin / pass 4nqHEp83mh7p53VIJB" (Slack bold removed): words, no colons
    r"|\b(?:user|username|login)[ \t]+[\"'`]?[\w.@-]{2,64}[\"'`]?[ \t]*[,;/|][ \t]*"
    r"(?:pass|password|pw|pwd)[ \t]*:?[ \t]+[\"'`]?([^\s\"'`]{6,64})"
)
# "ssh admin@10.20.3.7 , pass -EfVHK-3ztf=": "pass" and a value after a login on one line
# ("pass" alone is a verb too, so only there).
_LOGIN_PASS = re.compile(
    r"\b(?:ssh|sftp|login|user|username)\b[^\n]{1,60}?[ \t,;]pass[ \t]*[:=]?[ \t]+"
    r"[\"'`]?([^\s\"'`]{6,64})"
)
_SHORT_PAIR_HINTS = Words(("p:", "pw:", "pass:", "/ pass", "/pass", ", pass", "/ pw", ", pw"))
_LOGIN_PASS_HINTS = Words((" pass ", ",pass ", " pass:", " pass=", "\tpass "))
_BASE64_ONLY = re.compile(r"[A-Za-z0-9+/]{15,}={0,2}")


_SYMBOL = re.compile(r"[!@#$%^&*+?~]")


def _symbol_words(text: str) -> Iterator[re.Match[str]]:
    """``_STRONG_WORD`` run only on the words that hold a symbol (each word once)."""
    last = -1
    for symbol in _SYMBOL.finditer(text):
        start = symbol.start()
        if start < last:
            continue
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = symbol.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        last = end
        yield from _STRONG_WORD.finditer(text, start, end)


# Sentence punctuation set apart from a value given after a comma or a colon ("... the year
# we got him, Biscuit2014! . how long"): the writer kept it off the value, so the value's
# last "!" or "?" is its own ("moved to 1Password! ." ends a sentence).
_SET_APART = re.compile(r"[ \t]+[.,;:]")
_GIVEN_AFTER = re.compile(r"[,:][ \t]+$")


def _without_sentence_end(text: str, match: re.Match[str], value: str) -> str:
    """The word without a sentence's "?", "!" or "." after it ("1Password?"), unless it is
    a value given after a comma or a colon, the sentence's own punctuation set apart after
    it (``_SET_APART``)."""
    start = match.start()
    if _SET_APART.match(text, match.end()) and _GIVEN_AFTER.search(text, max(0, start - 3), start):
        return value
    return value.rstrip("?!.")


def _strong_words(text: str, lowered: str) -> list[Finding]:
    """Words shaped like strong passwords in a message about logging in, unless the message
    is about examples or lists of weak passwords ("blocklist: Welcome1!"), or the word is a
    textbook weak password ("zxcvbn scores Password1! as 1")."""
    found = [
        m
        for m in _symbol_words(text)
        if (value := m.group(m.lastindex or 0))
        and not set(_without_sentence_end(text, m, value)).isdisjoint(_STRONG_SYMBOLS)
        and not set(value).isdisjoint(v.UPPER)
        and not set(value).isdisjoint(v.LOWER)
        and not set(value).isdisjoint(v.DIGITS)
        and not (v.is_placeholder(value) or v.is_reference(value, quoted=m.lastindex == 1))
        and not _PERCENT_ENCODED.search(value)  # "http_requests_total%5B5m%5D" in a URL
        and not _BASE64_ONLY.fullmatch(value)  # a digest or an encoded value: other rules'
        and not _TEXTBOOK_WEAK.match(value)
        and not _ASSIGNED_WORD.match(value)  # "SENTRY_RELEASE=frontend@3.31.0"
    ]
    # The context last: few words have all four classes, and the checks read the whole text.
    if not found or not _LOGIN_CONTEXT.found(lowered):
        return []
    if says_examples(lowered) or _LISTS_OF_WEAK.found(lowered):
        return []
    return [Finding(LABEL, *m.span(m.lastindex or 0)) for m in found]


def find_said_secrets(text: str, lowered: str) -> list[Finding]:
    """Secrets said in forms the keyword hits do not reach: "use X as the password", CJK
    password words, a Google/Apple app password anywhere in a message about one, and words
    shaped like strong passwords in a message about logging in."""
    findings = _strong_words(text, lowered)
    if _SHORT_PAIR_HINTS.found(lowered):
        pairs = near(_SHORT_PAIR, lowered, ("u:", "u :", "user", "login"), 2, 160)
        findings.extend(f for m in pairs if (f := _said_value(text, m, login=True)))
    if _LOGIN_PASS_HINTS.found(lowered) and (
        "ssh" in lowered or "login" in lowered or "user" in lowered
    ):
        passes = near(_LOGIN_PASS, lowered, ("pass",), 80, 80)
        findings.extend(f for m in passes if (f := _said_value(text, m, login=True)))
    if " as " in lowered and "use" in lowered and ("pass" in lowered or "pw" in lowered):
        findings.extend(f for m in _USE_AS.finditer(lowered) if (f := _said_value(text, m)))
    if not text.isascii():
        findings.extend(find_cjk_secrets(text))
    findings.extend(find_wifi_pairs(text, lowered))
    findings.extend(find_protected_with(text, lowered))
    if _APP_PASSWORD_CONTEXT.found(lowered):
        for match in _ANY_APP_PASSWORD.finditer(text):
            letters = match.group().replace(" ", "").replace("-", "")
            if sum(c in "aeiou" for c in letters) < 5:  # random letters, not four words
                findings.append(Finding(LABEL, match.start(), match.end()))
    return findings


# Google shows app passwords in groups with spaces, Apple with dashes.
_ANY_APP_PASSWORD = re.compile(
    r"(?<![A-Za-z-])[a-z]{4}([ -])[a-z]{4}(?:\1[a-z]{4}){2}(?![A-Za-z-])"
)


def find_prose_secrets(text: str, lowered: str, hits: list[tuple[int, int]]) -> list[Finding]:
    """'The password for prod is X' or 'use passphrase X': a secret word and a credential X.

    Runs only at the keyword hits already found, so text without secret words costs nothing.
    """
    findings: list[Finding] = []
    for start, end in hits:
        if _HASH_OF.search(lowered, max(0, start - 32), start):
            continue  # "SHA-256 of the string 'password' is 5e88...": a digest, said as one
        if lowered[end - 1] == "." and lowered[end : end + 1] in ("", " ", "\n", "\t"):
            continue  # "no client secret. Is code_challenge_method=S256 enough?": it ended
        word = _prose_word(lowered, start, end)
        # An identifier ("HEROKU_API_KEY is ...") takes its value only from a verb right
        # after it: with ``=`` or ``:`` it is an assignment, read (or found empty) by
        # ``assignments``.
        identifier = word is None
        if identifier:
            word = _named_secret(lowered[start:end].strip(".-").rsplit(".", 1)[-1])
        if word is None:
            continue
        password = word in _PASSWORD_WORDS
        if not identifier:
            end = _word_end(lowered, end)  # "contrase|ña", "парол|ь": the hit is a stem
        found = _prose_value(text, lowered, end, password, verb_only=identifier)
        if found is None and password and not identifier:
            direct = password_named_directly(text, lowered, end)
            findings.extend(direct or _in_clause(text, lowered, end))
        elif found is None and not identifier:
            findings.extend(token_named_directly(text, lowered, end))
        elif found is not None:
            findings.append(found)
    return findings


def _word_end(lowered: str, end: int) -> int:
    """The end of the word a keyword hit ends in."""
    while end < len(lowered) and lowered[end].isalpha():
        end += 1
    return end


# The rest of a password word's clause: up to a sentence's end or a line break.
_CLAUSE_END = re.compile(r"[.?!;](?:\s|$)|\n")
_CLAUSE_REACH = 100
# A word in it that is a password by its shape alone: upper and lower case, a digit and an
# inner separator or symbol ("HLYU-2031-ipxp", "Marigold.Tundra.51", "fhafp_900_HTFUH"),
# standing alone (not part of a URL, a path or an assignment).
_CLAUSE_WORD = re.compile(
    r"(?<![^\s\"'`(])[\"'`]?([A-Za-z0-9][A-Za-z0-9!#$%^&*+?~._-]{6,62}[A-Za-z0-9!#$%^&*+?~])"
    r"(?=[\"'`]?(?:[\s,;:)]|[.?!](?:\s|$)|$))"
)
_CLAUSE_SYMBOLS = frozenset("!#$%^&*+?~._-")
# A product or an account and its version or number ("SendGrid-v3", "Keycloak-24.0.3",
# "ReadOnlyUser-2"): a name, whatever the clause says.
_NAME_VERSION = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z]*)*[-_]v?\d+(?:\.\d+)*")
# What the word is when it follows these: an account, a host, a product ("the password for
# the ReadOnlyUser-2 account", "stored in Vault-2.14").
_OWNER_BEFORE = re.compile(
    r"(?:for|of|on|at|in|to|from|by|user|account|named|called|via|with|into|using)"
    r"[ \t]+(?:(?:the|a|an|our|my|your|their)[ \t]+)?[\"'`]?$"
)


def _in_clause(text: str, lowered: str, end: int) -> list[Finding]:
    """A password said later in the password word's clause, with no verb the other rules
    read: "the account uses the same password as before, Marigold.Tundra.51", "das Passwort
    ist immer noch HLYU-2031-ipxp", "логин root, пароль — fhafp_900_HTFUH". Only a word shaped
    like a generated password counts (``_CLAUSE_WORD``, all four kinds of character)."""
    stop = _CLAUSE_END.search(lowered, end, end + _CLAUSE_REACH)
    limit = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    for match in _CLAUSE_WORD.finditer(text, end, limit):
        value = match.group(1)
        if (
            any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)
            and not _CLAUSE_SYMBOLS.isdisjoint(value[1:-1])
            and not _NAME_VERSION.fullmatch(value)
            and not _OWNER_BEFORE.search(lowered, max(0, match.start() - 24), match.start())
            and v.is_credential_like(value, names=False)
        ):
            return [Finding(LABEL, match.start(1), match.end(1))]
    return []


def _prose_value(
    text: str, lowered: str, end: int, password: bool, *, verb_only: bool = False
) -> Finding | None:
    """The credential after a secret word and a verb; a second verb is tried once
    ("the password of svc-backup-01 is X")."""
    tail = _PASSWORD_TAIL if password else _PROSE_TAIL
    for _ in range(2):
        match = tail.match(lowered, end)
        if match is None:
            return None
        if verb_only and (
            match.group("verb") is None or _ASSIGNED.search(lowered, end, match.start("verb"))
        ):
            # "KEY is X", "RAILWAY_TOKEN pour la CI c'est X"; but in
            # "KEY=[...] -- is AES-256-GCM ok" the verb is not the key's.
            return None
        vstart, gap_start = match.start("value"), end
        end = match.end("value")
        gap = lowered[gap_start:vstart]
        if _DESCRIBED.match(gap) or ("\n" in gap and _ASSIGNMENT_LINE.match(text, vstart)):
            # "federated credential subject: repo:acme/infra:..." describes the credential;
            # "spring.mail.password=" left empty is followed by the next setting, not a value.
            return None
        quoted = _quoted_passphrase(text, vstart) if password else None
        if quoted is not None:
            return quoted
        value = text[vstart:end].rstrip(TRAILING)
        if len(value) < end - vstart and v.is_placeholder(text[vstart:end]):
            return None  # judged whole: stripping "/reset?token=<TOKEN>," cut its ">"
        # Announced as a password, "copper-window-1987" is a passphrase; but "the
        # password of svc-backup-01" names an account.
        names = not password or match.group("verb") == "of"
        if v.is_credential_like(value, names=names) and not _DESCRIBES.search(value):
            return Finding(LABEL, vstart, vstart + len(value))
        app = _APP_PASSWORD.match(text, vstart) if password else None
        if app is not None:
            return Finding(LABEL, app.start(), app.end())
        if (
            password
            and match.group("verb") in SHORT_VERBS
            and short_password(value, lowered, vstart, end)
        ):
            return Finding(LABEL, vstart, vstart + len(value))
    return None


# Nouns that, right after a secret word, make the sentence about something else.
_HASH_OF = re.compile(r"\b(?:sha-?\d+|md5|bcrypt|argon2\w*|hash(?:es)?|digest)[ \t]+of\b[^\n]*$")
_DESCRIBED = re.compile(
    r"(?:['\u2019]s)?[ \t_-]+(?:kid|subject|issuer|audience|type|name|id|provider|policy|scope|"
    r"path|file|url|endpoint|format|length|rotation|expiry|store|manager|helper|field|prompt|"
    r"hash|hashes|hashing|hasher|strength|complexity|requirements|rules|history|storage|encoder|algorithm)\b"
)
# "the secret is k8s-managed": how the secret is kept, not the secret.
_DESCRIBES = re.compile(
    r"-(?:managed|based|backed|generated|encrypted|owned|scoped|signed|bound|only|wide|side)$"
)
_ASSIGNMENT_LINE = re.compile(r"[\w.-]+[ \t]*[=:]")


def _quoted_passphrase(text: str, start: int) -> Finding | None:
    """A quoted passphrase of several words: "my passphrase is '4e00Ia 8QW1udt Q06Ht'".

    Quoted words after a password word are also how people quote messages ("the password
    is 'too weak'"), so they count only if at least half of them mix letters with digits
    or symbols, as random passphrase chunks do and English words do not.
    """
    quote = text[start - 1 : start]
    if quote not in {"'", '"', "`"}:
        return None
    close = text.find(quote, start, start + 130)
    if close < 0 or "\n" in text[start:close] or " " not in text[start:close].strip():
        return None
    words = text[start:close].split()
    mixed = sum(
        any(c.isalpha() for c in w) and any(not c.isalpha() for c in w.rstrip(TRAILING))
        for w in words
    )
    diceware = len(words) >= 4 and all(
        w.isalpha() and w.islower() and w not in _MESSAGE_WORDS for w in words
    )
    if (2 * mixed < len(words) and not diceware) or v.is_placeholder(text[start:close]):
        return None
    return Finding(LABEL, start, close)


def _prose_word(lowered: str, start: int, end: int) -> str | None:
    """The secret word at a keyword hit, or None if prose after it would not be a secret.

    A dotted name counts by its last part: ``master.key`` (a file named after its secret)
    is a qualified key, ``db.password`` a password.
    """
    word = lowered[start:end].strip(".-")
    stem = word.rsplit(".", 1)[-1]
    if stem in _PROSE_WORDS:
        return stem
    if stem != "key":
        return None
    qualifier = word[: -len(stem)].rstrip(".")
    if qualifier:
        return stem if _KEY_QUALIFIER.search(qualifier) else None
    return stem if _KEY_QUALIFIER.search(lowered, max(0, start - 16), start) else None


def _named_secret(name: str) -> str | None:
    """An identifier in prose ("HEROKU_API_KEY is ...", "db_password was ..."): a password
    word if it names a password, a token word if it names another secret. The text is
    lower-cased, so only a separator makes a compound name."""
    if ("_" not in name and "-" not in name) or len(split_identifier(name)) < 2:
        return None
    kind = classify_key(name)
    if kind is KeyKind.PASSWORD:
        return "password"
    return "token" if kind is KeyKind.SECRET else None


def find_login_pairs(text: str, lowered: str) -> list[Finding]:
    """``user / password`` (or ``creds admin/X``) on a line about a login or credentials."""
    if "/" not in text or not _PAIR_WORDS.found(lowered):
        return []
    findings = _tight_pairs(text, lowered)
    index = text.find("/")
    while index >= 0:
        if text[index - 1 : index] in (" ", "\t") or text[index + 1 : index + 2] in (" ", "\t"):
            pair = _pair_at(text, lowered, index)
            if pair is not None:
                findings.append(pair)
        index = text.find("/", index + 1)
    return findings


# "jenkins creds admin/y=SIWv7gA1D!?": a user and a password with no space around the slash,
# right after a credentials word (a path has more slashes and plainer parts).
_TIGHT_PAIR = re.compile(
    r"\b(?:creds|credentials|login|user/pass)[ \t]*:?[ \t]+[\w.@-]{2,32}/([^\s/\"'`]{6,64})(?=\s|$)"
)


def _tight_pairs(text: str, lowered: str) -> list[Finding]:
    findings: list[Finding] = []
    if not any(word in lowered for word in ("creds", "credentials", "login", "user/pass")):
        return findings
    findings.extend(
        f for m in _TIGHT_PAIR.finditer(lowered) if (f := _said_value(text, m, login=True))
    )
    return findings


def _pair_at(text: str, lowered: str, slash: int) -> Finding | None:
    line_start = lowered.rfind("\n", 0, slash) + 1
    first = slash
    while first > line_start and text[first - 1] in " \t":
        first -= 1
    while first > line_start and not text[first - 1].isspace():
        first -= 1
    pair = _PAIR.match(text, first)
    before = lowered[line_start:first]
    if pair is None or not any(w in before for w in _PAIR_WORDS):
        return None
    # After a password word the second part is the password, and two classes are enough
    # ("password akun toko: acmeofficial / kopi.2025"), with a space each side of the
    # slash and no path or query in it ("links to /reset?token=...").
    if any(w in before for w in _LOGIN_PAIR_WORDS):
        return _said_value(text, pair, login=True)
    spaced = _SPACED_PAIR.fullmatch(text, pair.start(), pair.end())
    return _said_value(text, pair) if spaced is not None else None


def _passphrase(value: str) -> bool:
    """Three or more words joined by dashes, with a digit: "falcon-harbour-maple9"."""
    parts = value.split("-")
    return len(parts) >= 3 and len(value) >= 12 and any(c.isdigit() for c in value)


def _said_value(text: str, match: re.Match[str], *, login: bool = False) -> Finding | None:
    """Group 1 of ``match`` (offsets into ``text``) if it looks like a password said there.
    After a user name (``login``) it needs three character classes as well: "web /
    mobile-v2" is not a login, "admin / Gr4fana!" is."""
    group = match.lastindex or 1  # the pattern's alternative that matched
    value = text[match.start(group) : match.end(group)].rstrip(TRAILING)
    if login and v.char_classes(value) < 3 and not _passphrase(value):
        return None
    if not v.is_credential_like(value, names=False):
        return None
    return Finding(LABEL, match.start(group), match.start(group) + len(value))
