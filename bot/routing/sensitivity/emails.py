"""E-mail addresses of people outside the company, as they are written in chat: plain,
internationalised (``jörg@müller-bau.de``), URL-encoded (``jane%2Bshop%40outlook.com``) or
spelt out to dodge spam bots ("emily dot hargreaves at gmail dot com").

What is not a person's address:
* addresses at ``company_domains`` (and their subdomains) are colleagues, not data to protect;
* non-public names (``*.localhost``, ``*.local``, ``*.internal``, ``*.lan``) and no-reply,
  bot and mail-system addresses (``noreply@``, ``*.noreply.github.com``,
  ``*.gserviceaccount.com``, ``postmaster@``, ``abuse@``) and Google Calendar's room and
  shared-calendar ids (``c_...@resource.calendar.google.com``) identify nobody;
* domains reserved for examples (``example.com/.org/.net``, ``*.example``, ``*.test``,
  ``*.invalid``; RFC 2606/6761) only in a message about examples, tests or docs: people
  make up customers' addresses there too ("customer camille.obi@example.org says...");
  the stock people of examples there (``jane.doe@``, ``j.smith@``, ``alice@``, ``user1@``)
  and nobody (``nobody@``, ``invalid-user@``, ``bounce@``, numbered ``reader2@``) in any
  message; ``.invalid`` (RFC 6761: never resolves) in any message;
* an EAP outer identity (``anonymous@realm.edu`` in a RADIUS log) names a realm, nobody;
* ``git@github.com:org/repo``, ``ssh deploy@host`` and ``scheme://user@host`` are logins on
  machines, not mailboxes; a masked address (``j****e@gmail.com``) shows nobody;
* role and system addresses at large software vendors (``support@github.com``,
  ``calendar-notification@google.com``, ``alerts@alerts.datadoghq.com``) name the vendor's
  desk or mail system;
  role addresses at other domains (``support@customer.com``) are still reported: they name a
  customer, and a false alarm only costs a local answer; but a role address of an
  organisation the message names outside its addresses ("contact at DHL":
  ``developer.support@dhl.com``) is that organisation's desk, and a security, compliance or
  privacy desk (``security@``, ``psirt@``, ``compliance@``, ``dpo@``) at any domain names an
  office (a vendor's trust page, a DPA), as the address's whole local part.
"""

from __future__ import annotations

import bisect
import re
import urllib.parse
from collections.abc import Sequence
from functools import lru_cache

from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, near

# Letters of any script: internationalised addresses (``jörg@müller-bau.de``) are addresses.
_EMAIL = re.compile(
    r"(?<![\w.+%-])[^\W_][\w.%+-]{0,63}@"
    r"((?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24})(?![\w-])"
)
# Names that never reach a person: local networks and service accounts.
_RESERVED_SUFFIXES = (
    ".localhost",
    ".local",
    ".internal",
    ".lan",
    # RFC 6761's ``.invalid`` is guaranteed never to resolve: what a bounce test or a
    # scrubbed address is written at, never a stand-in for a real mailbox
    ".invalid",
    "noreply.github.com",
    "gserviceaccount.com",
    # Google Calendar's ids of rooms, shared and imported calendars: not mailboxes
    "resource.calendar.google.com",
    "group.calendar.google.com",
    "import.calendar.google.com",
)
# Domains reserved for examples (RFC 2606, RFC 6761). They are also what people use when they
# make up a customer's address for a ticket or a test of this filter ("customer
# camille.obi@example.org says she was charged twice"), so they are left alone only in a
# message that says it is about examples, tests or docs (as for published test cards).
_EXAMPLE_SUFFIXES = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid")
# No-reply senders, and the mailboxes RFC 2142 has every mail domain keep for its mail system.
_NOREPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster@|hostmaster@|abuse@)",
    re.I,
)
# A role or system mailbox at a large software vendor or one of its subdomains
# (``support@github.com`` in a Dependabot trailer, ``security@docker.com``,
# ``calendar-notification@google.com``, ``alerts@alerts.datadoghq.com``) names the vendor's
# desk or mail system, never a customer or a person: one part of its local part, split at
# ``-``, ``_``, ``.`` and ``+``, is a role or a system word.
_ROLE_WORDS = frozenset((
    "support", "help", "security", "abuse", "billing", "sales", "info", "notification",
    "notifications", "notify", "feedback", "privacy", "legal", "postmaster", "hostmaster",
    "webmaster", "alert", "alerts", "noreply", "donotreply", "reply", "replies", "mailer",
    "bounce", "bounces", "digest", "updates", "invitations", "invites", "verification",
    "care", "ccare", "customercare", "escalation", "escalations", "noc",
))  # fmt: skip
_LOCAL_PARTS = re.compile(r"[-_.+]")
# An organisation's security, compliance or privacy desk, at any domain (``security@snyk.io``
# on a vendor's trust page, ``dpo@supplier.eu`` in a DPA): the whole local part is the desk's
# name, so it names an office, never a person or a customer's staff member.
_DESKS = frozenset((
    "security", "psirt", "csirt", "cert", "compliance", "privacy", "dpo", "gdpr",
    "dataprotection", "data-protection", "trust", "vulnerability", "vulnerabilities",
    "disclosure", "responsible-disclosure", "security-reports", "secure", "infosec",
))  # fmt: skip
_VENDOR_DOMAINS = frozenset((
    "github.com", "gitlab.com", "bitbucket.org", "atlassian.com", "google.com", "amazon.com",
    "amazonaws.com", "microsoft.com", "apple.com", "slack.com", "docker.com", "npmjs.com",
    "pypi.org", "python.org", "cloudflare.com", "stripe.com", "heroku.com", "sentry.io",
    "datadoghq.com", "hashicorp.com", "digitalocean.com", "twilio.com", "sendgrid.com",
    "openai.com", "anthropic.com", "jetbrains.com", "mozilla.org", "pagerduty.com",
    "opsgenie.com", "newrelic.com", "okta.com", "zendesk.com", "intercom.io", "hubspot.com",
    "salesforce.com", "zoom.us", "vercel.com", "netlify.com", "mailgun.com", "postmarkapp.com",
    "circleci.com", "linear.app", "notion.so", "figma.com", "dropbox.com", "docusign.net",
))  # fmt: skip


def _vendor_role(address: str, domain: str) -> bool:
    """A role or system mailbox at a large software vendor's domain or a subdomain of it:
    a role word in the local part, or the vendor's own name at its head, as its products
    sign what they do (``heroku-redis@addons.heroku.com`` in ``heroku releases``,
    ``github-actions@github.com``): nobody's own mailbox is named after the company."""
    labels = domain.lower().split(".")
    vendor = next(
        (".".join(labels[i:]) for i in range(len(labels) - 1)
         if ".".join(labels[i:]) in _VENDOR_DOMAINS),
        None,
    )  # fmt: skip
    if vendor is None:
        return False
    parts = _LOCAL_PARTS.split(address.rsplit("@", 1)[0].lower())
    return any(part in _ROLE_WORDS for part in parts) or (
        len(parts) > 1 and parts[0] == vendor.split(".", 1)[0]
    )


_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"))


def _named_organisations_role(text: str, address: str, domain: str) -> bool:
    """A role address (``developer.support@dhl.com``) of an organisation the message names
    outside its addresses ("Who do we contact at DHL for API quota increases?"): the desk of
    a company the writer deals with, not a person's mailbox."""
    local = address.rsplit("@", 1)[0].lower()
    if not any(part in _ROLE_WORDS for part in _LOCAL_PARTS.split(local)):
        return False
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]  # dhl.co.uk
    name = labels[-2] if len(labels) >= 2 else ""
    if len(name) < 2:
        return False
    return _names_organisation(text, name)


@lru_cache(maxsize=64)
def _names_organisation(text: str, name: str) -> bool:
    """Does the message name ``name`` outside its addresses? (Once per message and name, not
    per address: a thousand addresses of one desk read the text a thousand times.)"""
    outside = _without_addresses(text)
    # a hyphenated domain names an organisation of several words: ``paystand-terminals.eu``
    # is "Paystand Terminals" (or "Paystand-Terminals")
    spelt = r"[\s-]?".join(re.escape(part) for part in name.split("-") if part)
    return re.search(rf"(?<![\w.@-]){spelt}(?![\w@-]|\.\w)", outside, re.I) is not None


# A role address introduced as a vendor's desk, the vendor named by what it is to us rather
# than by its name ("who emails the KYC vendor about it? their support is
# support@sumsub.com", "the SMS provider's help desk", "der Anbieter: support@..."): a
# supplier's desk, within ``_DESK_REACH`` characters after the word. Not when a customer or
# a client is named there too: "open a ticket at support@rivera-consulting.com" names a
# customer, and a role address said beside one may be a sole trader's own mailbox.
_VENDOR_WORDS = re.compile(
    r"\b(?:vendors?|providers?|suppliers?|third[- ]part(?:y|ies)|"
    # the desk a support ticket is opened with ("open a ticket with support@bamboohr.com")
    r"(?:open|opened|opening|file|filed|raise|raised|log|logged|submit|submitted)[ \t]+"
    r"(?:a|an)[ \t]+(?:support[ \t]+)?(?:ticket|case)[ \t]+with|"
    r"saas|anbieter\w*|dienstleister\w*|lieferant\w*|hersteller\w*|fournisseurs?|"
    r"prestataires?|proveedor\w*|fornecedor\w*|fornitor\w*|leverancier\w*|dostawc\w*|"
    r"tedarik\w*|sa[\u011fg]lay[\u0131i]c\w*)\b",
    re.I,
)
_CUSTOMER_WORDS = re.compile(
    r"\b(?:customers?|clients?|kund(?:e|in|en)\w*|clientes?|klant\w*|"
    r"m[\u00fcu][\u015fs]teri\w*)\b",
    re.I,
)
_DESK_REACH = 200


def _vendors_desk(text: str, address: str, start: int, end: int) -> bool:
    """A role address (``_ROLE_WORDS``) a vendor word comes before (``_VENDOR_WORDS``), with
    no customer named near it."""
    local = address.rsplit("@", 1)[0].lower()
    if not any(part in _ROLE_WORDS for part in _LOCAL_PARTS.split(local)):
        return False
    vendors, customers = _vendors_and_customers(text)
    return _any_between(vendors, start - _DESK_REACH, start) and not _any_between(
        customers, start - _DESK_REACH, end + _DESK_REACH // 2
    )


@lru_cache(maxsize=4)
def _vendors_and_customers(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the message names a vendor and where a customer, found once per message (a
    paste of hundreds of role addresses asks for each one)."""
    vendors = tuple(m.start() for m in _VENDOR_WORDS.finditer(text))
    customers = tuple(m.start() for m in _CUSTOMER_WORDS.finditer(text)) if vendors else ()
    return vendors, customers


def _any_between(positions: tuple[int, ...], floor: int, ceiling: int) -> bool:
    index = bisect.bisect_left(positions, floor)
    return index < len(positions) and positions[index] < ceiling


@lru_cache(maxsize=4)
def _without_addresses(text: str) -> str:
    """The message with its addresses blanked, made once per message (not per address: a
    paste of hundreds of role addresses re-read the whole text for each)."""
    return _EMAIL.sub(" ", text)


# The sender of a phishing example in training material: a quiz, an awareness course, a
# simulated campaign ("Which of these is a phishing red flag? a) Sender is
# ceo@acme-io-support.com"). Its look-alike address is made up to be spotted, the
# attacker's and nobody's; a real phish forwarded for a verdict is no training and its
# sender is still reported, as is anyone else the training names (who clicked, who passed).
_PHISHING_TRAINING = re.compile(
    r"\b(?:training|trainings|quiz|quizzes|awareness|simulat\w*|exercises?|drills?|"
    r"red flags?|courses?|modules?|lessons?|workshops?|slides?|tabletop|"
    r"schulung\w*|sensibili[sz]\w*|formation|formaci\u00f3n|simulacro|esercitazion\w*|"
    r"formazione)\b"
)
# Said as the sender, just before the address: "Sender is", "From:", "sent from", "reply-to",
# "spoofing", "impersonating", "a look-alike" (and "Absender", "expéditeur", "remitente"),
# with a display name between ('From: "Payroll" <...>').
_SENDER_BEFORE = re.compile(
    r"(?:\bsender|\bfrom|\bsent (?:from|by)|\breply-?to|\bspoof\w*|\bimpersonat\w*|"
    r"look-?alike|\babsender|exp\u00e9diteur|\bremitente|\bmittente)"
    r"(?:[ \t]+(?:is|was|address|addr|e-?mail|field|header|ist|est|es|\u00e8))*"
    r"[ \t]*[:=]?[ \t]*(?:\"[^\"\n]{0,40}\"[ \t]*)?[\"'`(<]?[ \t]*$",
    re.I,
)


@lru_cache(maxsize=4)
def _phishing_training(text: str) -> bool:
    """Whether the message is phishing training, read once per message."""
    lowered = text.lower()
    return "phish" in lowered and _PHISHING_TRAINING.search(lowered) is not None


def _phishing_sample(text: str, start: int) -> bool:
    """The sender of a phishing example in training material (``_PHISHING_TRAINING``)."""
    if not _phishing_training(text):
        return False
    return _SENDER_BEFORE.search(text, max(0, start - 32), start) is not None


def _desk(address: str) -> bool:
    return address.rsplit("@", 1)[0].lower() in _DESKS


_LOGIN_CONTEXT = re.compile(r"\b(?:ssh|scp|sftp|rsync|mosh)\b[^\n]*$|://$", re.I)


def normalise_domains(domains: Sequence[str]) -> tuple[str, ...]:
    """Lower-case, strip ``@`` and dots so ``@Acme.io.`` and ``acme.io`` are the same."""
    return tuple(
        sorted({d.strip().lstrip("@").strip(".").lower() for d in domains if d.strip(" @.")})
    )


_LOCAL_SYMBOLS = frozenset("._%+-")


def _email_matches(text: str) -> list[re.Match[str]]:
    """Run the e-mail pattern only where an ``@`` is, from the start of its local part."""
    matches: list[re.Match[str]] = []
    at = text.find("@")
    while at >= 0:
        start = at
        while (
            start > 0
            and at - start < 64
            and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_SYMBOLS)
        ):
            start -= 1
        # The pattern's look-behind lets a match start only where the local part does, which
        # is ``start``: ``match``, not a ``search`` through every position after it ("a@"
        # repeated over 16,000 characters took a third of a second).
        match = _EMAIL.match(text, start, min(len(text), at + 256))
        if match is not None and match.start() < at < match.end():
            matches.append(match)
        at = text.find("@", at + 1)
    return matches


def find_emails(text: str, lowered: str, company_domains: tuple[str, ...]) -> list[Finding]:
    """Personal e-mail addresses (see module docstring for what is not personal), also
    spelt out to dodge spam bots ("emily dot hargreaves at gmail dot com")."""
    findings: list[Finding] = []
    for match in _email_matches(text):
        domain = match.group(1).lower()
        if _is_exempt(text, match, domain, company_domains):
            continue
        findings.append(Finding("pii.email", match.start(), match.end()))
    if _spelt_hint(lowered):
        findings.extend(_spelt_emails(lowered, company_domains))
    if "%40" in text:
        findings.extend(_encoded_emails(text, company_domains))
    return findings


# The stock people of examples, at a domain reserved for examples: Jane and John Doe or
# Smith, Alice and Bob, a user or a test account. Nobody is called that at example.com, in any
# message; names made up for a customer ("camille.obi@example.org") still count.
_STOCK_PERSON = re.compile(
    r"(?:(?:jane|john|j)[._-]?(?:doe|smith)|jdoe|jsmith|jane|john|alice|bob|carol|dave|eve|"
    r"mallory|foo|bar|user|users|test|tester|testuser|someone|somebody|name|you|me|"
    r"first[._-]?last|firstname[._-]?lastname|your[._-]?(?:name|email))"
    r"[._-]?\d{0,4}(?:\+[\w.-]*)?"
)


# Local parts that name nobody, at a domain reserved for examples: a mailbox said not to
# exist (``nobody@``, ``invalid-user@``, ``bounce@``, as in a bounce-handling test) or a
# numbered generic person (``reader2@``, ``subscriber17@``, ``customer3@``), which is a
# placeholder for one of many. A made-up customer ("camille.obi@example.org") has a name.
_NOBODY = re.compile(
    r"(?:nobody|no[._-]?one|non[._-]?existent|does[._-]?not[._-]?exist|no[._-]?such[._-]?user|"
    r"(?:invalid|unknown|fake|bogus|missing|deleted)(?:[._-]?(?:user|address|mailbox|email))?|"
    r"bounces?|bounce[._-]?test|blackhole|devnull|null|void|"
    r"(?:reader|subscriber|customer|member|recipient|contact|buyer|client|guest|student|"
    r"employee|patient|visitor|person|lead|sender|demo|sample|account)[._-]?\d{1,6})"
    r"(?:\+[\w.-]*)?"
)


def stock_example_address(address: str) -> bool:
    """An address of the stock people of examples at a domain reserved for examples, or of
    nobody there (``_NOBODY``)."""
    local, _, domain = address.lower().rpartition("@")
    if not domain.endswith(_EXAMPLE_SUFFIXES):
        return False
    return _STOCK_PERSON.fullmatch(local) is not None or _NOBODY.fullmatch(local) is not None


# Domains every example address is made up at, though registered by someone ("name@domain.com",
# "you@yourcompany.com"): cleared, as the reserved ones, only in a message about examples.
_PLACEHOLDER_DOMAINS = frozenset((
    "domain.com", "yourdomain.com", "mydomain.com", "yourcompany.com", "company.com",
    "email.com", "somewhere.com",
))  # fmt: skip


_AT_SIGN = re.compile(r"@| at |[(\[{<] ?at ?[)\]}>]")


def example_address(address: str) -> bool:
    """An address (plain, spelt out or URL-encoded, lower-cased) at a domain reserved for
    examples, or at a country's ``example`` domain (``example.co.uk``, ``example.de``);
    whether the message is about examples is ``detector.find_personal_data``'s decision,
    with the other published values."""
    domain = re.sub(_SPELT_DOT, ".", _AT_SIGN.split(address)[-1])
    domain = domain.rstrip(".,;:")
    return (
        domain.endswith(_EXAMPLE_SUFFIXES)
        or "example" in domain.split(".")
        or domain in _PLACEHOLDER_DOMAINS
    )


_ENCODED_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]{1,96}%40(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}")


def _encoded_emails(text: str, company: tuple[str, ...]) -> list[Finding]:
    """Addresses URL-encoded in a query string or a log (``jane%2Bshop%40outlook.com``)."""
    findings: list[Finding] = []
    for match in _ENCODED_EMAIL.finditer(text):
        decoded = urllib.parse.unquote(match.group())
        address = _EMAIL.fullmatch(decoded)
        if address is None:
            continue
        domain = address.group(1).lower()
        if _ours_or_reserved(domain, company) or _NOREPLY.match(decoded):
            continue
        findings.append(Finding("pii.email", match.start(), match.end()))
    return findings


# A spelt-out address has a spelt-out dot or "at", or "at" before a mail provider.
_SPELT_MARKS = Words((" dot ", "dot]", "dot)", "dot}", "at]", "at)", "at}"))
_SPELT_PROVIDERS = Words((" at gmail", " at yahoo", " at outlook", " at hotmail", " at icloud",
                    " at proton", " at gmx", " at web.", " at mail."))  # fmt: skip


def _spelt_hint(lowered: str) -> bool:
    if _SPELT_MARKS.found(lowered):
        return True
    return " at " in lowered and _SPELT_PROVIDERS.found(lowered)


_SPELT_DOT = r"(?:[ \t]*[\[({]dot[\])}][ \t]*| dot )"
_SPELT_AT = r"(?:[ \t]*[\[({]at[\])}][ \t]*| at )"
_SPELT_EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<local>[a-z0-9][a-z0-9._+-]*(?:{_SPELT_DOT}[a-z0-9][a-z0-9._+-]*)*)"
    rf"(?P<at>{_SPELT_AT})(?P<domain>[a-z0-9][a-z0-9-]*(?:(?:{_SPELT_DOT}|\.)[a-z0-9-]+)+)"
)
# Mail providers people have personal addresses at: "john at gmail dot com" is an address
# even with a plain "at" and a plain name.
_MAIL_PROVIDERS_TEXT = """
    gmail googlemail yahoo ymail outlook hotmail live msn icloud me aol proton protonmail pm
    gmx web t-online libero orange free laposte wanadoo qq 163 126 yandex mail seznam wp o2
    onet interia virgilio tiscali hey fastmail zoho
"""
_MAIL_PROVIDERS = frozenset(_MAIL_PROVIDERS_TEXT.split())
_TLDS_TEXT = """
    com org net io co de fr it es nl pl uk be ch at se no dk fi pt ie cz ru jp cn br in au ca
    us eu info biz me dev app ai
"""
_TLDS = frozenset(_TLDS_TEXT.split())


def _spelt_emails(lowered: str, company: tuple[str, ...]) -> list[Finding]:
    """Addresses written with "at" and "dot" for "@" and ".".

    A plain " at " is an everyday word ("we met at google dot com"), so it counts only
    with a name that cannot be a word (``priya.l``, ``lindqvist66``, a spelt-out dot) or at
    a personal mail provider; ``[at]`` and ``(at)`` always count.
    """
    findings: list[Finding] = []
    for match in near(_SPELT_EMAIL, lowered, (" at ", "[at]", "(at)", "{at}"), 100, 100):
        domain = re.sub(_SPELT_DOT, ".", match.group("domain"))
        labels = domain.split(".")
        if labels[-1] not in _TLDS:
            continue
        local = match.group("local")
        spelt = match.group("at") != " at " or re.search(_SPELT_DOT, local) is not None
        if not (spelt or any(c in local for c in "._+0123456789") or labels[0] in _MAIL_PROVIDERS):
            continue
        if _ours_or_reserved(domain, company):
            continue
        findings.append(Finding("pii.email", match.start(), match.end()))
    return findings


def _ours_or_reserved(domain: str, company: tuple[str, ...]) -> bool:
    """A colleague's domain (or a subdomain of one), or a name that reaches nobody."""
    return any(domain == d or domain.endswith("." + d) for d in company) or domain.endswith(
        _RESERVED_SUFFIXES
    )


# The outer identity of eduroam's and any 802.1X network's tunnelled EAP (PEAP, TTLS): the
# user's realm after a local part that names nobody, sent in the clear so that RADIUS can
# route the request while the real identity stays inside the tunnel.
_ANONYMOUS = frozenset(("anonymous", "anon"))


def _is_exempt(text: str, match: re.Match[str], domain: str, company: tuple[str, ...]) -> bool:
    if _ours_or_reserved(domain, company) or _NOREPLY.match(match.group()):
        return True
    if stock_example_address(match.group()):
        return True
    if _vendor_role(match.group(), domain) or _desk(match.group()):
        return True
    if _named_organisations_role(text, match.group(), domain):
        return True
    if _vendors_desk(text, match.group(), match.start(), match.end()) or _phishing_sample(
        text, match.start()
    ):
        return True  # a vendor's desk; a training quiz's look-alike sender
    if match.start() and text[match.start() - 1] == "*":
        return True  # masked: "j****e@gmail.com"
    if match.group().split("@", 1)[0].lower() in _ANONYMOUS:
        return True  # an EAP outer identity: "anonymous@uni.edu" names the realm, nobody
    if match.group().startswith("git@"):
        return True  # Git's SSH user at a code host: "git@github.com: Permission denied"
    after = text[match.end() : match.end() + 2]
    if after[:1] == ":" and after[1:2] not in {"", " ", "\n"}:
        return True
    # The command before the address, on its line and within 512 characters (from the start
    # of a long line, every address re-read the line: quadratic in a long paste of them).
    line_start = text.rfind("\n", max(0, match.start() - 512), match.start()) + 1
    window = max(line_start, match.start() - 512)
    return _LOGIN_CONTEXT.search(text, window, match.start()) is not None
