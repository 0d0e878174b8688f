"""Vendor token formats: detect-secrets' regex plugins, gated by cheap literal triggers.

The compiled ``denylist`` patterns of detect-secrets' plugin classes are used directly rather
than through ``SecretsCollection``/``scan_line``: those read and mutate the library's global
``Settings`` singleton (plugins, filters, verification policy), which would leak configuration
between detector instances and threads. The patterns are immutable, so sharing them is safe.

Each rule carries literal substrings (``AKIA``, ``ghp_``, ``xox``) that must occur before its
regex runs; a typical question contains none, so most rules cost one ``in`` test.

Plugins left out, and why:
* ``IPPublicDetector``: IP addresses are ordinary engineering talk, not secrets.
* ``ArtifactoryDetector``'s ``AP[0-9A-F]...`` password pattern matches capitalised words; only
  its ``AKC`` API-token pattern is kept.
* ``HexHighEntropyString``: in chat, hex strings are commits, digests, trace ids and checksums;
  hex secrets are caught with a keyword next to them (see ``assignments``).
* ``KeywordDetector`` and ``Base64HighEntropyString`` are replaced by chat-tuned equivalents in
  ``assignments``/``entropy`` (they pick regexes by file extension and require quotes).

Formats detect-secrets 1.5 lacks are added (fine-grained GitHub PATs, Slack app tokens, Stripe
test/webhook secrets, new OpenAI and Anthropic keys, Google, npm, Hugging Face, Vault ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from detect_secrets.filters.heuristic import is_sequential_string
from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.cloudant import CloudantDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.ibm_cloud_iam import IbmCloudIamDetector
from detect_secrets.plugins.ibm_cos_hmac import IbmCosHmacDetector
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.softlayer import SoftlayerDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector

from bot.routing.sensitivity import values as v
from bot.routing.sensitivity.examples import PUBLISHED_KEYS, is_published_credential
from bot.routing.sensitivity.literals import Words, present
from bot.routing.sensitivity.model import Finding, longest_run, merge_windows

_PLACEHOLDER_PARTS = ("example", "xxxx", "your", "<", "...", "****", "0000000000")


def not_placeholder(token: str) -> bool:
    """Vendor-shaped but obviously fake: ``AKIAIOSFODNN7EXAMPLE``, ``ghp_xxxx...``, ``sk-...``.

    AWS's documentation keys end in ``EXAMPLE`` and are published by AWS itself, so leaking
    them leaks nothing; the same holds for masked or sequential bodies and for the sample
    keys other vendors print in their docs (``examples.PUBLISHED_KEYS``).
    """
    if token in PUBLISHED_KEYS:
        return False
    lowered = token.lower()
    if any(part in lowered for part in _PLACEHOLDER_PARTS):
        return False
    body = token[-16:]
    return len(set(body)) > 4 and not is_sequential_string(body)


def _unpublished_key(token: str) -> bool:
    """An ``AccountKey=`` that is not an emulator's published key (``examples``)."""
    return not_placeholder(token) and not is_published_credential(token.split("=", 1)[-1])


def random_body(token: str) -> bool:
    """For broad shapes (``sk-`` + 32 chars): require a random-looking body as well."""
    return not_placeholder(token) and v.char_classes(token) >= 3 and v.entropy_ratio(token) > 0.7


@dataclass(frozen=True)
class VendorRule:
    """A vendor format: triggers gate the regexes; ``check`` rejects fakes.

    ``lower`` matches triggers against the lower-cased text. With ``window`` the patterns only
    run around each trigger occurrence (``back`` characters before it, ``forward`` after), for
    formats whose regex starts with a character class and would otherwise be tried at every
    position of the text.
    """

    label: str
    triggers: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    check: Callable[[str], bool] = not_placeholder
    boundary: bool = False
    group: int = 0  # capture group holding the secret (detect-secrets assignment patterns)
    lower: bool = False
    window: tuple[int, int] | None = None
    before: frozenset[str] = frozenset()  # with ``window``: a trigger counts only after these


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _ds(plugin: type) -> tuple[re.Pattern[str], ...]:
    return tuple(plugin.denylist)  # type: ignore[attr-defined]


_NEAR = (40, 200)  # characters around a vendor name where its assignment regex is tried
_GITLAB_PREFIXES = (
    "glpat-",
    "gldt-",
    "glft-",
    "glsoat-",
    "glrt-",
    "GR1348941",
    "glcbt-",
    "glimt-",
    "glptt-",
    "glagent-",
    "gloas-",
)

RULES: tuple[VendorRule, ...] = (
    VendorRule("secret.aws_key", ("AKIA", "ASIA", "ABIA", "ACCA", "A3T"), _ds(AWSKeyDetector)[:1]),
    VendorRule(
        "secret.aws_key", ("aws",), _ds(AWSKeyDetector)[1:], group=1, lower=True, window=(0, 90)
    ),
    VendorRule(
        "secret.azure_key", ("AccountKey=",), _ds(AzureStorageKeyDetector), check=_unpublished_key
    ),
    VendorRule(
        "secret.azure_key",
        ("SharedAccessKey=",),
        (_c(r"SharedAccessKey=([A-Za-z0-9+/=]{43,})"),),
        group=1,
    ),
    VendorRule(
        "secret.github_token", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), _ds(GitHubTokenDetector)
    ),
    VendorRule(
        "secret.github_token",
        ("github_pat_",),
        (_c(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),),
    ),
    VendorRule("secret.gitlab_token", _GITLAB_PREFIXES, _ds(GitLabTokenDetector)),
    VendorRule("secret.slack_token", ("xox", "XOX", "hooks.slack.com"), _ds(SlackDetector)),
    VendorRule("secret.slack_token", ("xapp-",), (_c(r"xapp-\d-[A-Z0-9]+-\d+-[A-Za-z0-9]+"),)),
    VendorRule("secret.stripe_key", ("k_live_",), _ds(StripeDetector)),
    VendorRule(
        "secret.stripe_key",
        ("k_test_", "whsec_"),
        (_c(r"[rs]k_test_[0-9a-zA-Z]{24,}"), _c(r"whsec_[A-Za-z0-9+/=]{24,}")),
    ),
    VendorRule("secret.twilio_key", ("AC", "SK"), _ds(TwilioKeyDetector), boundary=True),
    VendorRule("secret.sendgrid_key", ("SG.",), _ds(SendGridDetector)),
    # Chat webhooks other than Slack's carry their token in the path: anyone holding the URL
    # can post as the integration. Discord's is ``/api/webhooks/<id>/<68-character token>``,
    # Microsoft Teams' ``.../IncomingWebhook/<32 hex>/<guid>`` (the hex part is the key).
    VendorRule(
        "secret.discord_token",
        ("/api/webhooks/",),
        (_c(r"discord(?:app)?\.com/api/webhooks/\d{17,20}/([A-Za-z0-9_-]{60,})"),),
        group=1,
    ),
    VendorRule(
        "secret.api_key",
        ("IncomingWebhook/",),
        (_c(r"IncomingWebhook/([0-9a-f]{32})/[0-9a-f-]{36}"),),
        group=1,
    ),
    # Blockchain node providers carry the project's key in the endpoint's path (or query):
    # Alchemy ``<network>.g.alchemy.com/v2/<key>``, Infura ``<network>.infura.io/v3/<id>``,
    # QuickNode ``<name>.<network>.quiknode.pro/<token>/``, Ankr ``rpc.ankr.com/<chain>/<key>``
    # (without one it is the public endpoint), GetBlock, Chainstack, Blast, Helius. Whoever
    # holds the URL spends the plan's quota; Alchemy's ``demo`` key is public.
    VendorRule(
        "secret.api_key",
        (
            ".alchemy.com/",
            "alchemyapi.io/",
            "infura.io/",
            "quiknode.pro/",
            "rpc.ankr.com/",
            "getblock.io/",
            "p2pify.com/",
            "blastapi.io/",
            "helius-rpc.com",
        ),
        (
            _c(r"(?:\.g\.alchemy\.com|alchemyapi\.io)/(?:nft/)?v[23]/([A-Za-z0-9_-]{20,64})"),
            _c(r"infura\.io/(?:ws/)?v3/([0-9a-fA-F]{32})"),
            _c(r"\.quiknode\.pro/([0-9a-fA-F]{32,64})"),
            _c(r"rpc\.ankr\.com/[a-z0-9_]{2,40}/([0-9a-fA-F]{32,64})"),
            _c(r"getblock\.io/([0-9a-fA-F]{32}|[0-9a-f-]{36})"),
            _c(r"\.p2pify\.com/([0-9a-fA-F]{32})"),
            _c(r"blastapi\.io/([0-9a-f-]{36})"),
            _c(r"helius-rpc\.com/?\?api-key=([0-9a-f-]{36})"),
        ),
        group=1,
        check=not_placeholder,
    ),
    VendorRule("secret.openai_key", ("T3BlbkFJ",), _ds(OpenAIDetector)),
    VendorRule(
        "secret.openai_key",
        ("sk-",),
        (_c(r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}"), _c(r"sk-[A-Za-z0-9]{32,}")),
        check=random_body,
        boundary=True,
    ),
    VendorRule("secret.anthropic_key", ("sk-ant-",), (_c(r"sk-ant-[a-z]+\d*-[A-Za-z0-9_-]{32,}"),)),
    VendorRule(
        "secret.google_key",
        ("AIza", "GOCSPX-", "ya29."),
        (
            _c(r"AIza[0-9A-Za-z_-]{35}"),
            _c(r"GOCSPX-[A-Za-z0-9_-]{28}"),
            _c(r"ya29\.[0-9A-Za-z_-]{20,}"),
        ),
    ),
    VendorRule("secret.npm_token", ("_authToken",), _ds(NpmDetector), group=1),
    VendorRule("secret.npm_token", ("npm_",), (_c(r"npm_[A-Za-z0-9]{36}"),), boundary=True),
    VendorRule("secret.pypi_token", ("pypi-Ag",), _ds(PypiTokenDetector)),
    VendorRule(
        "secret.discord_token",
        (".",),
        _ds(DiscordBotTokenDetector),
        boundary=True,
        check=random_body,
    ),
    VendorRule(
        "secret.telegram_token",
        (":",),
        _ds(TelegramBotTokenDetector),
        boundary=True,
        check=random_body,
        window=(10, 37),
        before=frozenset("0123456789"),
    ),
    # In the Bot API's own URLs the token follows ``/bot`` with no boundary:
    # ``https://api.telegram.org/bot123456789:AA.../getUpdates`` (in every request log).
    VendorRule(
        "secret.telegram_token",
        ("/bot",),
        (_c(r"/bot(\d{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])"),),
        group=1,
        check=random_body,
    ),
    VendorRule(
        "secret.mailchimp_key",
        ("-us",),
        _ds(MailchimpDetector),
        boundary=True,
        window=(32, 6),
        before=frozenset("0123456789abcdefghijklmnopqrstuvwxyz"),
    ),
    VendorRule("secret.square_key", ("sq0csp-",), _ds(SquareOAuthDetector)),
    VendorRule(
        "secret.artifactory_token", ("AKC",), _ds(ArtifactoryDetector)[:1], check=random_body
    ),
    # The IBM/Cloudant/SoftLayer plugins are keyword assignments with an optional vendor
    # prefix; generic assignments are handled in ``assignments``, so these run only when the
    # vendor is named.
    VendorRule(
        "secret.cloud_key",
        ("ibm", "iam"),
        _ds(IbmCloudIamDetector),
        group=1,
        lower=True,
        window=_NEAR,
    ),
    VendorRule(
        "secret.cloud_key",
        ("cos_", "cos-", "hmac"),
        _ds(IbmCosHmacDetector),
        group=1,
        lower=True,
        window=_NEAR,
    ),
    VendorRule(
        "secret.cloud_key",
        ("cloudant", "cl_", "cl-"),
        _ds(CloudantDetector),
        group=1,
        lower=True,
        window=_NEAR,
    ),
    VendorRule(
        "secret.cloud_key",
        ("softlayer", "sl_", "sl-"),
        _ds(SoftlayerDetector),
        group=1,
        lower=True,
        window=_NEAR,
    ),
    VendorRule(
        "secret.api_key",
        (
            "hf_",
            "glc_",
            "glsa_",
            "hvs.",
            "hvb.",
            "dop_v1_",
            "shpat_",
            "shpss_",
            "PMAK-",
            "lin_api_",
        ),
        (
            _c(r"hf_[A-Za-z]{34}"),
            _c(r"gl(?:c|sa)_[A-Za-z0-9+/_=]{32,}"),
            _c(r"hv[sb]\.[A-Za-z0-9_-]{24,}"),
            _c(r"dop_v1_[a-f0-9]{64}"),
            _c(r"shp(?:at|ss)_[a-fA-F0-9]{32}"),
            _c(r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
            _c(r"lin_api_[A-Za-z0-9]{40}"),
        ),
        boundary=True,
    ),
    # Databricks personal access tokens: ``dapi`` and 32 hex digits (Azure workspaces add
    # ``-2``); the name is a prefix, so the token alone is enough, in any language's prose.
    VendorRule(
        "secret.api_key",
        ("dapi",),
        (_c(r"dapi[0-9a-f]{32}(?:-\d{1,2})?"),),
        boundary=True,
        check=lambda token: not_placeholder(token) and len(set(token[4:36])) > 8,
    ),
    VendorRule("secret.private_key", ("AGE-SECRET-KEY-",), (_c(r"AGE-SECRET-KEY-1[A-Z0-9]{58}"),)),
    VendorRule("secret.api_key", ("xkeysib-",), (_c(r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),)),
    # Honeycomb's API keys: ingest (``hcaik_``), configuration and management keys, the id and
    # the secret run together (``hcaik_01`` + 56 lower-case letters and digits)
    VendorRule(
        "secret.api_key",
        ("hcaik_", "hcxik_", "hcamk_", "hcxmk_", "hcack_", "hcxck_"),
        (_c(r"hc[ax][icm]k_[0-9a-z]{50,70}"),),
        boundary=True,
    ),
    VendorRule(
        "secret.api_key",
        ("access_token$",),
        (_c(r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}"),),
    ),
    # Azure DevOps personal access tokens: 52 lower-case base32 characters, named nearby.
    VendorRule(
        "secret.api_key",
        ("pat", "personal access token", "devops"),
        (_c(r"(?<![A-Za-z0-9])[a-z2-7]{52}(?![A-Za-z0-9])"),),
        lower=True,
        window=(0, 160),
        check=lambda token: not_placeholder(token) and v.entropy_ratio(token) > 0.7,
    ),
    # LaunchDarkly server-side SDK keys and API access tokens: a prefix and a UUID (mobile
    # keys, ``mob-``, are meant to ship in apps, and client-side ids are bare).
    VendorRule(
        "secret.api_key",
        ("sdk-", "api-"),
        (_c(r"(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),),
        boundary=True,
    ),
    # EasyPost API keys: ``EZAK`` (production) or ``EZTK`` (test) and 54 alphanumerics.
    VendorRule(
        "secret.api_key",
        ("EZAK", "EZTK"),
        (_c(r"EZ[AT]K[A-Za-z0-9]{50,60}"),),
        boundary=True,
        check=lambda token: not_placeholder(token) and len(set(token[4:])) > 8,
    ),
    # Prefixed tokens of SaaS APIs: Shippo (``shippo_live_``/``shippo_test_`` and 40 hex),
    # Buildkite (``bkua_`` API, ``bkaa_``/``bkaj_``/``bkar_``/``bkct_`` agent, ``bkpt_``
    # registry, ``bkpat_``/``bkps_`` portal tokens), and Klaviyo's private API keys: ``pk_``
    # and 34 letters and digits (Klaviyo's public key is the six-character site id; other
    # vendors' publishable ``pk_`` keys go on with ``live_``/``test_``, see ``values``).
    VendorRule(
        "secret.api_key",
        ("shippo_", "bkua_", "bkaa_", "bkaj_", "bkar_", "bkct_", "bkpt_", "bkpat_", "bkps_"),
        (
            _c(r"shippo_(?:live|test)_[a-fA-F0-9]{40}"),
            _c(r"bk(?:ua|aa|aj|ar|ct|pt|pat|ps)_[A-Za-z0-9_.=-]{30,}"),
        ),
        boundary=True,
        check=lambda token: not_placeholder(token) and len(set(token[6:])) > 8,
    ),
    VendorRule(
        "secret.api_key",
        ("pk_",),
        (_c(r"pk_[A-Za-z0-9]{34}"),),
        boundary=True,
        check=lambda token: not_placeholder(token) and len(set(token[3:])) > 8,
    ),
    # Mailgun's legacy API keys: ``key-`` and 32 hex digits (the newer ones are bare hex).
    VendorRule(
        "secret.api_key",
        ("key-",),
        (_c(r"(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![A-Za-z0-9])"),),
        check=lambda token: not_placeholder(token) and len(set(token[4:])) > 8,
    ),
    # A token given to a CLI's login on the command line: ``wandb login <40 hex>``,
    # ``huggingface-cli login --token hf_...``, ``vercel login --token ...``.
    VendorRule(
        "secret.api_key",
        (" login",),
        (
            _c(
                r"\b(?:wandb|huggingface-cli|hf|gh|glab|heroku|vercel|netlify|doctl|fly|"
                r"flyctl|railway|firebase|expo|eas|replicate|ngrok|cloudflared|wrangler)"
                r"[ \t]+(?:auth[ \t]+)?login\b[^\n|;&]{0,30}?(?:--(?:token|with-token)[ =]|[ \t])"
                r"[\"']?([A-Za-z0-9_.-]{20,})"
            ),
        ),
        group=1,
        lower=True,
        window=(40, 160),
        check=lambda token: not_placeholder(token) and len(set(token)) > 8,
    ),
    # kaggle.json: ``{"username": "...", "key": "<32 hex>"}``.
    VendorRule(
        "secret.api_key",
        ("kaggle",),
        (_c(r"\"key\"[ \t]*:[ \t]*\"([0-9a-f]{32})\""),),
        group=1,
        lower=True,
    ),
    # PagerDuty Events API routing (integration) keys: 32 characters, often hex, which
    # elsewhere is taken for an id; named as a routing or integration key.
    VendorRule(
        "secret.api_key",
        ("routing key", "routing_key", "integration key", "integration_key"),
        (_c(r"(?<![A-Za-z0-9])[a-z0-9]{32}(?![A-Za-z0-9])"),),
        lower=True,
        window=(0, 60),
        check=lambda token: not_placeholder(token) and v.entropy_ratio(token) > 0.7,
    ),
    # Algolia: ``algoliasearch("APPID", "<32 hex>")``. The key is hex, which elsewhere is
    # taken for an id; here the client's second argument is an API key (search-only keys
    # are public, admin keys are not, and the two look alike: reported unless the message
    # says it is the search-only one, ``described.search_only_key``).
    VendorRule(
        "secret.api_key",
        ("algoliasearch(",),
        (_c(r"algoliasearch\(\s*[\"'][A-Z0-9]{10}[\"']\s*,\s*[\"']([0-9a-f]{32})[\"']"),),
        group=1,
        lower=True,
        window=(0, 120),
    ),
)


def _glued(char: str) -> bool:
    """Whether ``char`` would continue an ASCII token: a letter or digit of the Latin script.

    Tokens are ASCII, so a Japanese or Chinese character (``str.isalnum`` is true for them) or
    a full-width letter right next to one ends it: ``トークンは dapi...です`` has no space.
    """
    return char.isascii() and char.isalnum()


def _at_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (_glued(before) or before in "_-") and not _glued(after)


def _regions(rule: VendorRule, text: str, haystack: str) -> Iterator[tuple[int, int]]:
    """Where to run the rule's patterns: the whole text, or windows around each trigger."""
    if rule.window is None:
        yield 0, len(text)
        return
    back, forward = rule.window
    windows: list[tuple[int, int]] = []
    for trigger in rule.triggers:
        index = haystack.find(trigger)
        while index >= 0:
            if not rule.before or (index and haystack[index - 1] in rule.before):
                windows.append((max(0, index - back), min(len(text), index + forward)))
            index = haystack.find(trigger, index + 1)
    yield from merge_windows(windows)


def _matches(rule: VendorRule, text: str, haystack: str) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for lo, hi in _regions(rule, text, haystack):
        for pattern in rule.patterns:
            for match in pattern.finditer(text, lo, hi):
                start, end = match.span(rule.group if match.group(rule.group) else 0)
                if rule.boundary and not _at_boundary(text, start, end):
                    continue
                if rule.check(text[start:end]):
                    found.add((start, end))
    return found


# Every vendor token is a run of at least 16 of these characters; triggers are looked up in
# the (usually empty) list of such runs instead of the whole message.
_LONG_RUN = re.compile(r"[A-Za-z0-9_+/=.:-]{16,}")


def _trigger_index(lower: bool) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each distinct trigger once, with the rules it gates (checked once per scan)."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(RULES):
        if rule.lower == lower:
            for trigger in rule.triggers:
                index.setdefault(trigger, []).append(i)
    return tuple((trigger, tuple(rules)) for trigger, rules in index.items())


_CASED_TRIGGERS = _trigger_index(lower=False)
_LOWER_TRIGGERS = dict(_trigger_index(lower=True))
_LOWER_WORDS = Words(_LOWER_TRIGGERS)  # found in the message's one pass (``literals``)


def find_vendor_tokens(text: str, lowered: str) -> list[Finding]:
    """Findings for every vendor-format token in ``text`` (``lowered``: same, lower-cased)."""
    runs = " ".join(_LONG_RUN.findall(text)) if longest_run(text) >= 16 else ""
    active: set[int] = set()
    if runs:
        active.update(i for trigger, rules in _CASED_TRIGGERS if trigger in runs for i in rules)
    for trigger in _LOWER_WORDS.intersection(present(lowered)):
        active.update(_LOWER_TRIGGERS[trigger])
    findings: list[Finding] = []
    for i in sorted(active):
        rule = RULES[i]
        haystack = lowered if rule.lower else text
        findings.extend(Finding(rule.label, s, e) for s, e in _matches(rule, text, haystack))
    return findings


# A Twilio account SID (``AC`` and 32 hex) names the account, as an AWS account number does:
# it is in every API URL (``/Accounts/AC.../Messages.json``) and on the console's front page.
# Named in a sentence as the account ("console shows account SID AC...", "account `AC...`")
# it is what the question is about. It is still reported in a config's or a captured
# request's ``AccountSid=``/``TWILIO_ACCOUNT_SID:`` (a dump of the integration's settings or
# traffic, which carries the rest of them), when called a key ("key SID AC..."), and with
# an auth token's shape (32 hex, no prefix) anywhere in the message
# (``twilio('AC...', '04f5...')``, ``-u AC...:a505...``).
_AUTH_TOKEN_SHAPE = re.compile(r"(?<![A-Za-z0-9])[0-9a-fA-F]{32}(?![A-Za-z0-9])")
_ACCOUNT_IN_PROSE = re.compile(r"\baccount(?:[ \t]+sid)?(?:[ \t]+is)?[ \t]+[`'\"(]?$")


def lone_account_sid(text: str, lowered: str, start: int, end: int) -> bool:
    """The ``secret.twilio_key`` at ``start:end`` is an account SID named as one in prose,
    right before it or earlier in the sentence ("where do I find the Account SID vs the API
    key SID? I have AC... from the dashboard"), with no auth token in the message."""
    if not text.startswith("AC", start) or end - start != 34:
        return False
    if not _ACCOUNT_IN_PROSE.search(lowered, max(0, start - 24), start) and not (
        _ACCOUNT_SID_EARLIER.search(lowered, max(0, start - 120), start)
        and not _GIVEN_AS_VALUE.search(lowered, max(0, start - 24), start)
    ):
        return False
    return _AUTH_TOKEN_SHAPE.search(text) is None  # (the SID's own hex follows a letter)


# "account SID" in prose (a space: ``TWILIO_ACCOUNT_SID`` and ``AccountSid`` are settings)
# within the SID's line, and the SID not given as a setting's or a key's value
# (``...: AC...``, ``= AC...``, "key SID AC...").
_ACCOUNT_SID_EARLIER = re.compile(r"\baccount sids?\b[^\n]*$")
_GIVEN_AS_VALUE = re.compile(r"(?:[:=]|\bkey(?:[ \t]+sid)?)[ \t]*[`'\"(]?$")


# An AWS access key id read off a log of its use: CloudTrail's ``accessKeyId`` field, "calls
# from access key AKIA..." in a message about CloudTrail or a key's usage metadata. A key
# id names the key for audit and IAM lookups; without its secret (40 characters) in the
# message it signs nothing. "Is the key AKIA... still active?" and "our key AKIA... shows
# up in the CloudTrail of another account" do not name the id as a log's field.
_KEY_ID = re.compile(r"A(?:KIA|SIA)[A-Z0-9]{16}")
_LOGGED_KEY_BEFORE = re.compile(
    r"(?:accesskeyid|access[ _]key[ _]id|access[ _]key)[\"'`]?[ \t]*[:=]?[ \t]*[\"'`]?$"
)
_AUDIT_WORDS = Words((
    "cloudtrail", "useridentity", "access-key-last-used", "accesskeylastused",
    "credential report", "eventname", "eventsource",
))  # fmt: skip
_AWS_SECRET_SHAPE = re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")


def audited_key_id(text: str, lowered: str, start: int, end: int) -> bool:
    """The ``secret.aws_key`` at ``start:end`` is a key id as a usage log names it, with no
    secret key's shape in the message."""
    if not _KEY_ID.fullmatch(text, start, end) or not _AUDIT_WORDS.found(lowered):
        return False
    if not _LOGGED_KEY_BEFORE.search(lowered, max(0, start - 24), start):
        return False
    return _AWS_SECRET_SHAPE.search(text) is None
