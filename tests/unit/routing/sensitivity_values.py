"""Random but correctly formatted secret, personal-data and benign values.

The sensitivity corpora are generated from these so that every sensitive message carries a
fresh value with the real format (prefix, length, alphabet, checksum) instead of one example
copied many times: a detector that memorised a string would fail on the next seed.
Every function takes the caller's seeded ``random.Random``, so the output is reproducible.
"""

# ruff: noqa: E501 -- each line is one literal chat message; wrapping them would hide the data.

from __future__ import annotations

import base64
import json
import random
import string

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def pick(rng: random.Random, alphabet: str, n: int) -> str:
    """Return ``n`` characters drawn uniformly from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng: random.Random, n: int) -> str:
    """Return ``n`` random decimal digits."""
    return pick(rng, string.digits, n)


# ---------------------------------------------------------------- secrets


def aws_access_key_id(rng: random.Random) -> str:
    """AKIA/ASIA + 16 upper-case base32 characters, as IAM issues them."""
    return rng.choice(["AKIA", "ASIA", "AKIA", "AKIA"]) + pick(
        rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16
    )


def aws_secret_access_key(rng: random.Random) -> str:
    """40 characters of base64 alphabet (no padding)."""
    return pick(rng, B64, 40)


def github_token(rng: random.Random) -> str:
    """Classic (ghp_ and friends) or fine-grained (github_pat_) GitHub token."""
    if rng.random() < 0.25:
        return f"github_pat_{pick(rng, ALNUM, 22)}_{pick(rng, ALNUM, 59)}"
    return rng.choice(["ghp", "gho", "ghs", "ghu", "ghr"]) + "_" + pick(rng, ALNUM, 36)


def gitlab_token(rng: random.Random) -> str:
    """GitLab personal/deploy/runner token."""
    return rng.choice(["glpat", "gldt", "glrt"]) + "-" + pick(rng, ALNUM + "_-", 20)


def slack_token(rng: random.Random) -> str:
    """Bot, user or app-level Slack token."""
    kind = rng.choice(["xoxb", "xoxp", "xoxb", "xapp"])
    if kind == "xapp":
        return f"xapp-1-A{pick(rng, UPPER_DIGITS, 10)}-{digits(rng, 13)}-{pick(rng, LOWER_HEX, 64)}"
    middle = f"{digits(rng, rng.choice([10, 11, 12]))}-{digits(rng, 13)}"
    if kind == "xoxp":
        middle += f"-{digits(rng, 13)}"
    return f"{kind}-{middle}-{pick(rng, ALNUM, 24)}"


def slack_webhook(rng: random.Random) -> str:
    """Incoming-webhook URL, which is itself a credential."""
    return (
        "https://hooks.slack.com/services/"
        f"T{pick(rng, UPPER_DIGITS, 8)}/B{pick(rng, UPPER_DIGITS, 10)}/{pick(rng, ALNUM, 24)}"
    )


def stripe_key(rng: random.Random) -> str:
    """Live or test secret/restricted key, or a webhook signing secret."""
    prefix = rng.choice(["sk_live_", "rk_live_", "sk_test_", "whsec_"])
    return prefix + pick(rng, ALNUM, rng.choice([24, 32, 99]))


def twilio_key(rng: random.Random) -> str:
    """Twilio API key SID (SK...) or account SID (AC...)."""
    return rng.choice(["SK", "AC"]) + pick(rng, LOWER_HEX, 32)


def sendgrid_key(rng: random.Random) -> str:
    """SG.<22>.<43>."""
    return f"SG.{pick(rng, B64URL, 22)}.{pick(rng, B64URL, 43)}"


def openai_key(rng: random.Random) -> str:
    """Legacy user key or project/service-account key, with the T3BlbkFJ marker."""
    kind = rng.choice(["legacy", "proj", "proj", "svcacct"])
    if kind == "legacy":
        return f"sk-{pick(rng, ALNUM, 20)}T3BlbkFJ{pick(rng, ALNUM, 20)}"
    body = f"{pick(rng, B64URL, 74)}T3BlbkFJ{pick(rng, B64URL, 74)}"
    return f"sk-{kind}-{body}"


def anthropic_key(rng: random.Random) -> str:
    """sk-ant-api03-... key."""
    return f"sk-ant-api03-{pick(rng, B64URL, 93)}AA"


def google_api_key(rng: random.Random) -> str:
    """AIza + 35 characters."""
    return "AIza" + pick(rng, B64URL, 35)


def npm_token(rng: random.Random) -> str:
    """npm_ + 36 alphanumerics."""
    return "npm_" + pick(rng, ALNUM, 36)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    """A structurally valid HS256/RS256 JWT with a random subject and signature."""
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {
        "sub": digits(rng, rng.randint(5, 10)),
        "name": rng.choice(["svc-billing", "jane", "ci-bot", "admin"]),
        "iat": rng.randint(1_600_000_000, 1_750_000_000),
    }
    sig = bytes(rng.getrandbits(8) for _ in range(32))
    parts = [json.dumps(header).encode(), json.dumps(payload).encode()]
    return ".".join([_b64url(p) for p in parts] + [_b64url(sig)])


def random_bytes_b64(rng: random.Random, n: int) -> str:
    """Standard base64 of ``n`` random bytes."""
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def pem_private_key(rng: random.Random, kind: str | None = None) -> str:
    """A PEM private-key block with random body lines."""
    kind = kind or rng.choice(
        ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
    )
    body = random_bytes_b64(rng, rng.choice([120, 180, 240]))
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])


def kube_client_key_data(rng: random.Random) -> str:
    """base64 of a PEM private key, as kubeconfig stores client-key-data."""
    return base64.b64encode(pem_private_key(rng, "RSA PRIVATE KEY").encode()).decode()


def password(rng: random.Random) -> str:
    """A human-chosen or generated password: words, digits and symbols mixed."""
    style = rng.choice(["word", "random", "phrase", "leet"])
    if style == "word":
        word = rng.choice(["Summer", "hunter", "Falcon", "orange", "Winter", "dragon", "Purple"])
        return word + digits(rng, rng.randint(2, 4)) + rng.choice(["!", "#", "$", "", "?"])
    if style == "random":
        return pick(rng, ALNUM + "!#%&*+-=?@^_", rng.randint(12, 24))
    if style == "phrase":
        words = rng.sample(
            ["blue", "tiger", "lamp", "river", "stone", "cloud", "nine", "kettle"], 3
        )
        return rng.choice(["-", ".", "_"]).join(words) + digits(rng, 2)
    base = rng.choice(["Tr0ub4dor", "P4ssw0rd", "S3cur1ty", "M0nk3y", "L3tM31n"])
    return base + rng.choice(["&3", "!9", "#2024", "@7", "_42"])


def hex_secret(rng: random.Random, n: int = 32) -> str:
    """A hex API key (Datadog, Mailgun, Heroku style)."""
    return pick(rng, LOWER_HEX, n)


def opaque_token(rng: random.Random, n: int | None = None) -> str:
    """A vendor-neutral random bearer token."""
    return pick(rng, ALNUM, n or rng.randint(28, 48))


# ---------------------------------------------------------------- personal data


FIRST = [
    "maria",
    "john",
    "li",
    "fatima",
    "oliver",
    "sofia",
    "ahmed",
    "emma",
    "raj",
    "lucas",
    "nora",
]
LAST = ["garcia", "smith", "wang", "khan", "brown", "rossi", "mueller", "silva", "patel", "novak"]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "proton.me",
    "web.de",
    "icloud.com",
]
CUSTOMER_DOMAINS = [
    "globex-corp.com",
    "initech.io",
    "umbrella.co",
    "stark-industries.net",
    "wayne.biz",
]


def email(rng: random.Random) -> str:
    """An address at a public mail provider or a customer's domain."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last[0]}",
            f"{first[0]}{last}{digits(rng, 2)}",
            f"{first}_{last}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS + CUSTOMER_DOMAINS)}"


def phone(rng: random.Random) -> str:
    """A phone number in one of several international and national formats."""
    fmt = rng.randrange(9)

    def d(n: int) -> str:
        return digits(rng, n)

    area = str(rng.randint(201, 989))
    if fmt == 0:
        return f"+1 ({area}) {rng.randint(200, 999)}-{d(4)}"
    if fmt == 1:
        return f"{area}-{rng.randint(200, 999)}-{d(4)}"
    if fmt == 2:
        return f"+44 20 {d(4)} {d(4)}"
    if fmt == 3:
        return f"07{d(3)} {d(6)}"
    if fmt == 4:
        return f"+49 151 {d(8)}"
    if fmt == 5:
        return f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"
    if fmt == 6:
        return f"({area}) {rng.randint(200, 999)}-{d(4)}"
    if fmt == 7:
        return f"+91 98{d(3)} {d(5)}"
    return f"+{rng.choice(['1', '44', '49', '34', '61'])}{d(10)}"


def luhn_check_digit(partial: str) -> str:
    """Digit that makes ``partial + digit`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random, grouped: bool | None = None) -> str:
    """A Luhn-valid card number with a real issuer prefix, optionally grouped."""
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("51", 16),
            ("55", 16),
            ("2221", 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("4", 13),
            (f"35{rng.randint(28, 89)}", 16),
        ]
    )
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn_check_digit(body)
    if grouped is None:
        grouped = rng.random() < 0.7
    if not grouped:
        return number
    sep = rng.choice([" ", "-"])
    if length == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


IBAN_FORMATS = {
    "DE": (18, "n"),
    "GB": (18, "GB"),
    "FR": (23, "n"),
    "NL": (14, "NL"),
    "ES": (20, "n"),
    "IT": (23, "IT"),
}


def iban(rng: random.Random, country: str | None = None, spaced: bool | None = None) -> str:
    """An ISO 13616 IBAN with correct length and mod-97 check digits."""
    country = country or rng.choice(sorted(IBAN_FORMATS))
    bban_len, style = IBAN_FORMATS[country]
    if style in {"GB", "NL"}:
        bban = pick(rng, string.ascii_uppercase, 4) + digits(rng, bban_len - 4)
    elif style == "IT":
        bban = rng.choice(string.ascii_uppercase) + digits(rng, 10) + digits(rng, 12)
    else:
        bban = digits(rng, bban_len)
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


# ---------------------------------------------------------------- benign look-alikes


def git_sha(rng: random.Random, short: bool = False) -> str:
    """A 40-hex (or 7-12 hex short) commit id."""
    return pick(rng, LOWER_HEX, rng.randint(7, 12) if short else 40)


def uuid4(rng: random.Random) -> str:
    """A random UUID string."""
    h = pick(rng, LOWER_HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha256_digest(rng: random.Random) -> str:
    """A container image digest."""
    return "sha256:" + pick(rng, LOWER_HEX, 64)


def version(rng: random.Random) -> str:
    """A semver-ish version string."""
    v = f"{rng.randint(0, 25)}.{rng.randint(0, 40)}.{rng.randint(0, 120)}"
    return v + rng.choice(["", "", "-rc.1", "-beta.2", "+build.7"])


def ipv4(rng: random.Random) -> str:
    """A dotted-quad address."""
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def timestamp(rng: random.Random) -> str:
    """An ISO-8601 timestamp."""
    return (
        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        f"{rng.choice(['Z', '.123Z', '+00:00', '+05:30'])}"
    )


def pod_name(rng: random.Random) -> str:
    """A Kubernetes pod name with replica-set and pod hashes."""
    app = rng.choice(["payments-api", "web", "worker", "search-indexer", "auth-gateway"])
    return f"{app}-{pick(rng, 'bcdfghjklmnpqrstvwxz2456789', 10)}-{pick(rng, 'bcdfghjklmnpqrstvwxz2456789', 5)}"


def request_id(rng: random.Random) -> str:
    """A request or trace id in one of the usual shapes."""
    return rng.choice(
        [
            uuid4(rng),
            pick(rng, LOWER_HEX, 32),
            f"req_{pick(rng, ALNUM, 14)}",
            f"Root=1-{pick(rng, LOWER_HEX, 8)}-{pick(rng, LOWER_HEX, 24)}",
        ]
    )
