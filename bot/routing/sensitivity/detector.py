"""The sensitivity detector: does this question hold a secret or personal data?

Routing calls ``scan`` on every question before choosing a model, and a positive result keeps
the question on the local model. Misses leak data to a third party while false alarms only
cost answer quality, so every rule errs towards reporting, and the tests hold the detector
to zero misses on the labelled corpora.

Design constraints:
* pure and thread-safe: everything is compiled in ``__init__`` and never mutated, and
  detect-secrets is used through its plugin classes' patterns and its filter functions,
  never through ``SecretsCollection``/``get_settings()``, whose global settings would leak
  between instances (see ``vendors``);
* fast: each rule is gated by a literal test on the text (the gate word lists of all rules
  are found in one Aho-Corasick pass, ``literals``), so a typical question costs tens of
  microseconds, and every pass is linear in the text length.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate
from types import MappingProxyType

from bot.routing.sensitivity.accounts import (
    company_account,
    company_names,
    company_phone,
    find_bank_accounts,
    find_japanese_accounts,
    find_routed_accounts,
    own_published_account,
    own_published_line,
)
from bot.routing.sensitivity.assignments import (
    find_assignments,
    find_named_values,
    keyword_hits,
)
from bot.routing.sensitivity.blocks import (
    benign_spans,
    ciphertext_spans,
    find_capability_urls,
    find_jwts,
    find_private_keys,
    find_url_credentials,
    identifier_spans,
    public_jwt_spans,
    public_spans,
    template_spans,
)
from bot.routing.sensitivity.byte_keys import find_byte_array_keys
from bot.routing.sensitivity.codes import find_codes
from bot.routing.sensitivity.colleagues import find_colleague_data
from bot.routing.sensitivity.commands import find_command_secrets
from bot.routing.sensitivity.crypto import find_crypto_keys
from bot.routing.sensitivity.described import described_spans, named_public, search_only_key
from bot.routing.sensitivity.device_ids import find_device_ids
from bot.routing.sensitivity.emails import example_address, find_emails, normalise_domains
from bot.routing.sensitivity.entropy import find_random_tokens
from bot.routing.sensitivity.examples import (
    about_published_values,
    is_example_address,
    is_example_iban,
    is_example_national_id,
    is_test_bank_detail,
    is_test_card,
    names_specimen_person,
)
from bot.routing.sensitivity.immigration import find_immigration_numbers
from bot.routing.sensitivity.model import (
    Finding,
    SensitivityResult,
    build_result,
    line_pairs,
    redact_spans,
)
from bot.routing.sensitivity.national_ids import find_national_ids
from bot.routing.sensitivity.payment_keys import find_payment_keys
from bot.routing.sensitivity.people_tables import find_people_tables
from bot.routing.sensitivity.phones import (
    digit_windows,
    find_call_records,
    find_phones,
    not_a_line,
)
from bot.routing.sensitivity.pii import (
    find_addresses,
    find_birth_dates,
    find_block_addresses,
    find_cards,
    find_dictated_cards,
    find_fop_cards,
    find_ibans,
    find_named_addresses,
    find_overnight_addresses,
    find_prose_addresses,
    find_track_data,
    find_wrapped_cards,
)
from bot.routing.sensitivity.policy import compile_patterns, find_policy_matches
from bot.routing.sensitivity.prose import find_prose_secrets, find_said_secrets
from bot.routing.sensitivity.public_ids import firebase_web_keys, public_id_spans
from bot.routing.sensitivity.records import find_records, made_up, placeholder_row
from bot.routing.sensitivity.states import find_state_secrets
from bot.routing.sensitivity.vendors import audited_key_id, find_vendor_tokens, lone_account_sid

_NO_PATTERNS: Mapping[str, str] = MappingProxyType({})


class SensitivityDetector:
    """Finds secrets, personal data and policy-defined patterns in chat text."""

    def __init__(
        self,
        *,
        company_domains: Sequence[str] = (),
        extra_patterns: Mapping[str, str] = _NO_PATTERNS,
    ) -> None:
        """Compile everything once; an invalid policy regex raises ValueError naming it.

        ``company_domains``: addresses at these domains (and subdomains) are colleagues'
        addresses, not personal data to protect. ``extra_patterns``: policy name -> regex;
        a match is reported as ``policy.<name>``.
        """
        if isinstance(company_domains, str):
            company_domains = (company_domains,)
        self._company_domains = normalise_domains(company_domains)
        self._policy = compile_patterns(extra_patterns)

    def scan(self, text: str) -> SensitivityResult:
        """Report every sensitive span in ``text`` (offsets only, never the matched text)."""
        if not isinstance(text, str):
            raise TypeError(f"scan() expects str, got {type(text).__name__}")
        policy = find_policy_matches(text, self._policy) if self._policy else []
        text = normalise(text)
        lowered = ascii_lower(text)
        personal = find_personal_data(text, lowered, self._company_domains)
        findings = find_secrets(text, lowered, [(f.start, f.end) for f in personal])
        findings.extend(personal)
        findings.extend(policy)
        return build_result(findings)

    def redact(self, text: str, result: SensitivityResult | None = None) -> str:
        """``text`` with each finding replaced by ``[REDACTED:<label>]``.

        Pass the result of an earlier ``scan(text)`` to avoid scanning twice.
        """
        if result is None:
            result = self.scan(text)
        return redact_spans(text, with_repeats(text, result.findings))


def with_repeats(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` and every other whole occurrence of a value they cover (six characters or
    more, no space): a password given in a config block and named again in the sentence
    after it ("the lab switches still use testing123") is redacted in both places."""
    found = list(findings)
    seen: set[str] = set()
    for finding in findings:
        value = text[finding.start : finding.end]
        if len(value) < 6 or value in seen or any(c.isspace() for c in value):
            continue
        seen.add(value)
        index = text.find(value)
        while index >= 0:
            end = index + len(value)
            if (
                index != finding.start
                and not (index and text[index - 1].isalnum())
                and not (end < len(text) and text[end].isalnum())
            ):
                found.append(Finding(finding.label, index, end))
            index = text.find(value, index + 1)
    return found


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

# One character for one, so offsets found in the copy are offsets in the message:
# full-width forms (U+FF01-U+FF5E: digits, hyphen, colon) and the digits of other scripts
# (Arabic-Indic, Persian, Devanagari, Bengali) as ASCII; no-break, narrow, thin and figure
# spaces, which PDFs and French typography put between digit groups, as spaces.
_SPACE_CHARS = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_NORMALISE: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_NORMALISE.update(
    (base + n, ord("0") + n) for base in (0x0660, 0x06F0, 0x0966, 0x09E6) for n in range(10)
)
_NORMALISE.update((ord(c), ord(" ")) for c in _SPACE_CHARS)
# The characters ``_NORMALISE`` maps, found in one search (most messages have none).
_NORMALISED = re.compile("[" + "".join(map(chr, sorted(_NORMALISE))) + "]")
# Slack's mrkdwn emphasis around a word (``*bold*``, ``_italic_``, ``~strike~``): formatting,
# not part of the value it surrounds ("user *postgres_admin* / pass *4nqHEp83mh7p53VIJB*").
# (The marker comes first, then the look-behind, so ``re`` can skip to markers quickly.)
_EMPHASIS_MARKS = (" *", " _", " ~", "\n*", "\n_", "\n~", "(*", "(_", "(~", "\t*")
_EMPHASIS = re.compile(
    r"([*_~])(?<![^\s(][*_~])((?:(?!\1)\S)(?:(?!\1)[^\n]){0,200}?)\1(?=[\s.,;:!?)]|$)"
)


def normalise(text: str) -> str:
    """The message as the rules read it, the same length as ``text``: ``_NORMALISE``, Slack
    emphasis removed, a URL-encoded ``+`` before digits decoded, escaped quotes unescaped."""
    if not text.isascii() and _NORMALISED.search(text):
        text = _NORMALISED.sub(lambda m: chr(_NORMALISE[ord(m.group())]), text)
    if text[:1] in ("*", "_", "~") or any(mark in text for mark in _EMPHASIS_MARKS):
        text = _EMPHASIS.sub(lambda m: f" {m.group(2)} ", text)
    if "%2" in text:
        text = _ENCODED_PLUS.sub("  +", text)  # "phone=%2B442079460960" in a query string
    if '\\"' in text:
        text = text.replace('\\"', ' "')  # JSON inside a JSON string: {\"password\": \"...\"}
    return text


_ENCODED_PLUS = re.compile(r"%2[Bb](?=\d)")


def ascii_lower(text: str) -> str:
    """Lower-cased copy with the same length, so offsets found in it are offsets in ``text``.

    ``str.lower`` can change the length (``"İ".lower()`` is two characters); matching
    case-sensitive patterns on a lower-cased copy is ~10x faster than ``re.IGNORECASE``.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def find_secrets(
    text: str, lowered: str, known: list[tuple[int, int]], *, entropy: bool = True
) -> list[Finding]:
    """Every secret rule, most specific first.

    The entropy pass skips spans already explained: other secrets, and ``known`` personal
    data (an IBAN is long and random-looking, but it is reported as an IBAN). Keyword rules
    ignore names inside ARNs and values inside public keys and certificates. Without
    ``entropy`` (a document decoded from base64, ``_decoded_secret``) only the rules that
    name or shape a secret run: no unlabelled random value, and no second decoding.
    """
    findings = find_private_keys(text)
    findings.extend(find_crypto_keys(text, lowered))
    findings.extend(find_payment_keys(text, lowered))
    findings.extend(find_jwts(text))
    findings.extend(find_url_credentials(text))
    findings.extend(find_capability_urls(text, lowered))
    findings.extend(_vendor_tokens(text, lowered))
    if "\n" in text:
        findings.extend(find_wrapped_tokens(text))
    hits = keyword_hits(text, lowered)
    ids = identifier_spans(text, lowered) if "arn:" in lowered else []
    if hits and ids:
        hits = [h for h in hits if not _within(h, ids)]
    keyed = find_command_secrets(text, lowered)
    if hits:
        keyed.extend(find_assignments(text, hits))
        keyed.extend(find_named_values(text, hits))
        keyed.extend(find_prose_secrets(text, lowered, hits))
    keyed.extend(find_said_secrets(text, lowered))
    keyed.extend(find_codes(text, lowered))
    keyed.extend(find_byte_array_keys(text))
    keyed.extend(find_state_secrets(text, lowered))
    described = described_spans(text, lowered)
    # a vendor's public key or id (a PostHog ``phc_`` key, a Terraform id): looked for only
    # when a keyword or the entropy rule found something it could explain
    vendor_public = public_id_spans(text, lowered) if keyed else None
    public = _public_for_keyed(text, vendor_public) if keyed else []
    if keyed and "eyJ" in text:
        public.extend(public_jwt_spans(text))
    if keyed and described:  # a hash said to be one, given to a key ("password_hash: ...")
        public.extend(described)
    in_public = _cover(public)
    key_ids = "AKIA" in text or "ASIA" in text
    for finding in keyed:
        span = _unquoted(text, finding)
        # named as public right before it ("clientKey: 'live_...'" for Adyen's browser key)
        if in_public(*span) or named_public(lowered, *span):
            continue
        # an AWS key id as a usage log names it ("from access key AKIA..."), not a secret
        if key_ids and audited_key_id(text, lowered, *span):
            continue
        findings.append(finding)
    if not entropy:
        return findings
    skip = [(f.start, f.end) for f in findings]
    skip.extend(known)
    skip.extend(benign_spans(text))
    skip.extend(described)
    skip.extend(ids)
    skip.extend(vendor_public or ())  # known public: ``_unexplained`` would drop them
    randoms = find_random_tokens(text, skip, _decoded_secret)
    findings.extend(_unexplained(text, lowered, randoms, vendor_public))
    return findings


def _vendor_tokens(text: str, lowered: str) -> list[Finding]:
    """Vendors' tokens, but a Google API key in a Firebase app's config (``public_ids``), a
    key said to be Algolia's search-only one (``described``), an AWS key id as a usage log
    names it (``vendors.audited_key_id``) and a Twilio account SID alone
    (``vendors.lone_account_sid``)."""
    found = find_vendor_tokens(text, lowered)
    if found and "AIza" in text:
        firebase = firebase_web_keys(text, lowered)
        found = [f for f in found if not _within((f.start, f.end), firebase)]
    if found and "algolia" in lowered:
        found = [f for f in found if not search_only_key(lowered, f.start, f.end)]
    if found and ("AKIA" in text or "ASIA" in text):
        found = [
            f
            for f in found
            if f.label != "secret.aws_key" or not audited_key_id(text, lowered, f.start, f.end)
        ]
    if found and "AC" in text:
        found = [
            f
            for f in found
            if f.label != "secret.twilio_key" or not lone_account_sid(text, lowered, f.start, f.end)
        ]
    return found


def _public_for_keyed(
    text: str, vendor_public: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """Spans whose values no keyword rule reports: certificates and public keys, template
    expressions, ciphertext, vendors' public keys and ids."""
    return (
        public_spans(text) + template_spans(text) + ciphertext_spans(text) + (vendor_public or [])
    )


def _unexplained(
    text: str, lowered: str, randoms: list[Finding], vendor_public: list[tuple[int, int]] | None
) -> list[Finding]:
    """The random tokens that are not a vendor's public key or id (``public_ids``; looked
    for here unless the keyword rules did) nor named as something public right before."""
    if not randoms:
        return randoms
    if vendor_public is None:
        vendor_public = public_id_spans(text, lowered)
    in_public = _cover(vendor_public)
    return [
        f
        for f in randoms
        if not in_public(f.start, f.end) and not named_public(lowered, f.start, f.end)
    ]


def _decoded_secret(document: str) -> str | None:
    """The label of the first secret in a document decoded from base64 (see
    ``entropy._judge_decoded``), read as a message of its own."""
    document = normalise(document)
    found = find_secrets(document, ascii_lower(document), [], entropy=False)
    return found[0].label if found else None


# A token cut by a terminal's line wrap: the end of one line and the whole next line, a
# line that is one token of 6+ characters (the wrapped part).
_TOKEN_LINE = re.compile(r"\n[ \t]*[A-Za-z0-9_+/=-]{6,}[ \t]*(?:\n|$)")
_HEAD = re.compile(r"([A-Za-z0-9_.+/=-]{8,})[ \t]*$")
_TAIL = re.compile(r"[ \t]*([A-Za-z0-9_+/=-]{6,})[ \t]*")


def find_wrapped_tokens(text: str) -> list[Finding]:
    """Vendor tokens and JWTs copied from a terminal that wrapped them onto two lines
    (``hvs.5GYhv8Rdak`` / ``t9qETlksjwv7MW``): each part alone is too short to be one."""
    findings: list[Finding] = []
    if _TOKEN_LINE.search(text) is None:
        return findings
    for start, end, next_start, next_end in line_pairs(text):
        tail = _TAIL.fullmatch(text, next_start, next_end)
        if tail is None or end - start < 8:
            continue
        head = _HEAD.search(text, start, end)
        if head is None or (head.start() and text[head.start() - 1] not in " \t\n\"'`=:(,"):
            continue
        first, second = head.group(1), tail.group(1)
        joined = first + second
        found = find_vendor_tokens(joined, joined.lower())
        if "eyJ" in joined:
            found.extend(find_jwts(joined))
        for f in found:
            if f.end > len(first) and f.start < len(first):  # needs both lines
                span_end = tail.start(1) + f.end - len(first)
                findings.append(Finding(f.label, head.start(1) + f.start, span_end))
    return findings


def _unquoted(text: str, finding: Finding) -> tuple[int, int]:
    """The finding's span without one pair of quotes around it (``"$2b$12$..."``)."""
    start, end = finding.start, finding.end
    if end - start > 2 and text[start] in "\"'`" and text[end - 1] == text[start]:
        return start + 1, end - 1
    return start, end


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def find_personal_data(text: str, lowered: str, company_domains: tuple[str, ...]) -> list[Finding]:
    """E-mail addresses outside the company, phones, payment cards, IBANs, bank accounts,
    national ids."""
    findings = find_emails(text, lowered, company_domains)
    windows = digit_windows(text)
    findings.extend(find_phones(text, lowered, windows))
    findings.extend(find_call_records(text, lowered))
    findings.extend(find_cards(text, windows))
    findings.extend(find_track_data(text, windows))
    findings.extend(find_fop_cards(text, windows))
    findings.extend(find_dictated_cards(text, lowered, windows))
    if "\n" in text:
        findings.extend(find_wrapped_cards(text, lowered))
    findings.extend(find_ibans(text, lowered))
    findings.extend(find_national_ids(text, lowered, windows))
    findings.extend(find_immigration_numbers(lowered))
    findings.extend(find_device_ids(text, lowered))
    if any(hi - lo >= 11 for lo, hi in windows):  # nine digits and the two after
        findings.extend(find_bank_accounts(text, lowered))
    if windows:
        findings.extend(find_routed_accounts(lowered))
    if not text.isascii():
        findings.extend(find_japanese_accounts(text))
    findings.extend(find_records(text, lowered, windows))
    findings.extend(find_addresses(text, lowered))
    if ", " in text:
        findings.extend(find_prose_addresses(text, lowered))
    findings.extend(find_named_addresses(text, lowered))
    findings.extend(find_overnight_addresses(text, lowered))
    if "\n" in text:
        findings.extend(find_block_addresses(text, lowered))
    findings.extend(find_birth_dates(text, lowered))
    if "\n" in text:
        findings.extend(find_people_tables(text, lowered))
    findings.extend(find_colleague_data(text, lowered))
    findings = _without_own(findings, lowered, company_domains)
    # Published and reserved values are nobody's data in a message about examples, and a
    # person's anywhere else (``examples``). One decision for all of them, taken only when
    # one was found: it goes, and with it what was found inside it ("0532 0130 00", the end
    # of an example IBAN, is phone-shaped).
    fictional = bool(findings) and made_up(lowered)  # once: it searches the whole text
    published = [(f.start, f.end) for f in findings if _published(f, text, lowered, fictional)]
    if published and (fictional or about_published_values(lowered)):
        findings = _outside(findings, published)
    return _without_placeholder_births(findings, lowered)


def _without_placeholder_births(findings: list[Finding], lowered: str) -> list[Finding]:
    """A date of birth on a seed row of a placeholder person ("('TEST-0001','Jane
    Testpatient','1970-01-01')") is no one's, wherever it stands."""
    placeholders = [
        (f.start, f.end)
        for f in findings
        if f.label == "pii.dob" and placeholder_row(lowered, f.start)
    ]
    return _outside(findings, placeholders) if placeholders else findings


def _without_own(
    findings: list[Finding], lowered: str, company_domains: tuple[str, ...]
) -> list[Finding]:
    """Without the company's own accounts and lines on its invoices (``company_account``,
    ``company_phone``), nor an organisation's bank details it calls its own, printed for
    payers (``own_published_account``: a charity's, on its donation form)."""
    if company_domains and any(f.label in _COMPANY_LABELS for f in findings):
        names = company_names(company_domains)  # the company's own, on its invoices
        findings = [f for f in findings if not _companys_own(lowered, f, names)]
    if any(f.label == "pii.phone" for f in findings):  # "our number on the website is ..."
        findings = [
            f
            for f in findings
            if f.label != "pii.phone" or not own_published_line(lowered, f.start)
        ]
    if any(f.label in _ACCOUNT_LABELS for f in findings):
        findings = [
            f
            for f in findings
            if f.label not in _ACCOUNT_LABELS or not own_published_account(lowered, f.start)
        ]
    return findings


def _outside(findings: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    """The findings within none of ``spans``, the spans sorted once (``_within`` for each
    finding re-read them all: a paste of a thousand demo numbers took half a second)."""
    covered = _cover(spans)
    return [finding for finding in findings if not covered(finding.start, finding.end)]


def _cover(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``start:end`` lies within one of ``spans``, the spans sorted once: a page of
    a thousand public keys (New Relic's ``NRJS-`` in a snippet pasted over and over) made
    each keyword finding re-read every public span."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far

    def covered(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start)
        return index > 0 and reach[index - 1] >= end

    return covered


_ACCOUNT_LABELS = ("pii.iban", "pii.bank_account")
_COMPANY_LABELS = (*_ACCOUNT_LABELS, "pii.phone")


def _companys_own(lowered: str, finding: Finding, names: tuple[str, ...]) -> bool:
    """The company's own account or phone line, printed in its own block (``accounts``)."""
    if finding.label == "pii.phone":
        return company_phone(lowered, finding.start, names)
    return finding.label in _ACCOUNT_LABELS and company_account(lowered, finding.start, names)


def _published(finding: Finding, text: str, lowered: str, fictional: bool) -> bool:
    """A test card, an example IBAN or test bank details from vendors' docs, an example
    national id, a phone number reserved for fiction, an address at a domain reserved for
    examples, a street named "Example" or in a stock town
    (``examples.is_example_address``), a made-up person's date of birth (``fictional``: the
    message says its people are made up, ``records.made_up``), the address and date of
    birth of an official specimen's person (``examples.names_specimen_person``)."""
    value = text[finding.start : finding.end]
    if finding.label == "pii.card":
        return is_test_card(value.replace(" ", "").replace("-", ""))
    if finding.label == "pii.iban":
        return is_example_iban(value)
    if finding.label == "pii.national_id":  # a documented example, a sandbox's test number
        return is_example_national_id(value)
    if finding.label == "pii.bank_account":  # Stripe's Bacs, ACH and BECS test details
        return is_test_bank_detail(value)
    if finding.label == "pii.phone":  # or a library's docs' numbers, "not real people"
        return not_a_line(value) or fictional
    if finding.label == "pii.dob":  # "synthea-generated bundles (fake patients)"
        return fictional or names_specimen_person(lowered)
    if finding.label == "pii.address":
        # Stripe's "123 Example St", "123 Main Street, Anytown, ST 00000", Erika Mustermann's
        return is_example_address(value) or names_specimen_person(lowered)
    return finding.label == "pii.email" and example_address(lowered[finding.start : finding.end])
