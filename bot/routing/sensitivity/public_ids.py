"""Vendor values that are public by their documented format, or by the slot they sit in.

Many SaaS vendors give a project two keys: a secret one for servers and a public one that
ships in every web page or app bundle, and many also print ids (of an organisation, a
project, an agent pool, an OAuth client) that look as random as a key. Where the vendor
*defines* the format of the public value, the value proves what it is, whatever the
message says about it:

* public keys and ids by prefix: PostHog project keys (``phc_``; personal keys are
  ``phx_``), Datadog browser client tokens (``pub`` and 32 hex; API keys are bare hex),
  Square application ids (``sq0idp-``/``sandbox-sq0idb-``; secrets are ``sq0csp-``,
  tokens ``EAAA``), Razorpay key ids (``rzp_live_``/``rzp_test_`` and 14 characters; the
  key secret has no prefix), OpenAI organisation and project ids (``org-``/``proj_`` and 24
  characters; keys are ``sk-...``), New Relic browser keys (``NRJS-`` and 19 hex, in every
  page's agent snippet; license, ingest and user keys are ``...NRAL``, ``NRII-``, ``NRAK-``),
  Okta object ids (a type prefix such as ``0oa`` for an
  OAuth client or ``aus`` for an authorisation server, 20 characters in all; API tokens
  are 42), and, in a message that names the vendor (their prefixes are common words), HCP
  Terraform object ids (``apool-``, ``ws-``, ``run-``... and 16 characters; tokens are
  ``<14>.atlasv1.<...>``) and Statsig client SDK keys (``client-``; server keys are
  ``secret-``);
* values in a slot the vendor defines for its public value only: Shopify's Storefront API
  public token (32 hex in ``X-Shopify-Storefront-Access-Token`` or a
  ``storefrontAccessToken`` setting; the private one is ``shpat_`` in another header),
  Zendesk's Web Widget key in its snippet's URL, Segment's write key in the analytics.js
  snippet's ``analytics.load("...")``;
* RevenueCat's public SDK keys (``appl_``, ``goog_``, ``amzn_``, ``strp_``, ``rcb_``; secret
  keys are ``sk_``), in a message that names it or its SDK;
* Segment's write key in a browser build's public variable (``NEXT_PUBLIC_...``), reCAPTCHA's
  site key in its slots (``data-sitekey``, ``render=``, a ``SITE_KEY`` setting: the secret
  key has its shape), Apple's
  ``appAccountToken`` (a UUID the app makes), an EKS cluster's OIDC issuer id, a Rekor
  ``SignedEntryTimestamp``, an ECDSA signature in base64 that decodes as one (cosign's
  ``MEUCIQ...``), a signature beside its ``keyid`` in signed metadata (TUF, Uptane,
  DSSE), a public key in base64 DER (a DKIM record's ``p=MIIBIjAN...``) and a
  Diameter ``Session-Id``, a JWT's header alone (``eyJhbGciOi...`` with no payload), and
  KSUIDs and ULIDs in a message about them;
* S3's extended request id (``x-amz-id-2``), in its header and as the "host id" of a server
  access log line (before the signature version and the authentication type): AWS prints it
  in every response, for support to trace the request;
* an IAB TCF consent string (``CQ...``, the ``euconsent-v2`` cookie) whose header reads as
  one, in a message about consent: every ad vendor in the page is sent it;
* a Pusher channel authorisation (``<app key>:<HMAC-SHA256 hex>``, what an auth endpoint
  returns for one socket and one channel): a signature, like a webhook's, in a message
  about Pusher or a server that speaks its protocol.

A Google ``AIza`` key is public in one place only: a Firebase app's config
(``firebase_web_keys``, which the detector applies to the vendor rule's finding).
Keys that a public and a secret one share the shape of are not here (Google ``AIza``,
Algolia's 32 hex, Mixpanel's project token): see ``tests/data/sensitivity/README.md``.
Only the keyword and entropy rules skip these spans; a vendor format found in one (a
``shpat_`` in the storefront header) is still reported.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import NamedTuple

from bot.routing.sensitivity.crypto import crypto_public_spans
from bot.routing.sensitivity.literals import Words

_B = r"(?<![A-Za-z0-9_-])"  # a token boundary before ...
_E = r"(?![A-Za-z0-9_-])"  # ... and after
_TERRAFORM_TYPES = "apool|agent|ws|run|plan|apply|team|user|sv|cv|polset|pol|varset|var|prj|nc"
_OKTA_TYPES = "0oa|00u|00g|aus|0pp|0pa|00o|0ua|00p|0pr"


class _Format(NamedTuple):
    """A public format, tried only when one of ``triggers`` occurs in the message's long
    runs and (if any are given) one of ``context`` in the lower-cased message."""

    triggers: tuple[str, ...]
    context: tuple[str, ...]
    pattern: re.Pattern[str]


_FORMATS = (
    _Format(("phc_",), (), re.compile(rf"{_B}phc_[A-Za-z0-9]{{40,50}}{_E}")),
    _Format(("pub",), (), re.compile(rf"{_B}pub[0-9a-f]{{32}}{_E}")),
    _Format(("sq0id",), (), re.compile(rf"{_B}(?:sandbox-sq0idb|sq0idp)-[A-Za-z0-9_-]{{22}}{_E}")),
    _Format(("rzp_",), (), re.compile(rf"{_B}rzp_(?:live|test)_[A-Za-z0-9]{{14}}{_E}")),
    _Format(("org-", "proj_"), (), re.compile(rf"{_B}(?:org-|proj_)[A-Za-z0-9]{{24}}{_E}")),
    _Format(("nrjs-",), (), re.compile(rf"{_B}NRJS-[0-9a-f]{{19}}{_E}")),
    # ``user-``, ``team-``, ``run-`` are common words: ids in a message about Terraform
    _Format(
        tuple(f"{t}-" for t in _TERRAFORM_TYPES.split("|")),
        ("terraform", "tfe", "hcp", "workspace", "agent pool"),
        re.compile(rf"{_B}(?:{_TERRAFORM_TYPES})-[A-Za-z0-9]{{16}}{_E}"),
    ),
    _Format(
        tuple(_OKTA_TYPES.split("|")),
        (),
        re.compile(rf"{_B}(?:{_OKTA_TYPES})[A-Za-z0-9]{{17}}{_E}"),
    ),
    _Format(("client-",), ("statsig",), re.compile(rf"{_B}client-[A-Za-z0-9]{{32,64}}{_E}")),
    # RevenueCat's public SDK keys, one per store (its secret keys are ``sk_``)
    _Format(
        ("appl_", "goog_", "amzn_", "strp_", "rcb_"),
        ("revenuecat", "purchases"),
        re.compile(rf"{_B}(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{{20,40}}{_E}"),
    ),
)
# A slot that holds the vendor's public value only (group 1 is the value).
_SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "storefront",
        re.compile(
            r"(?i)(?<![\w-])(?:x-shopify-storefront-access-token|storefront_?access_?token|"
            r"public_storefront_api_token)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?([0-9a-f]{32})(?![\w-])"
        ),
    ),
    ("zdassets.com", re.compile(r"zdassets\.com/ekr/snippet\.js\?key=([0-9a-f-]{36})\b")),
    ("analytics.load(", re.compile(r"\banalytics\.load\([ \t]*[\"'`]([A-Za-z0-9]{32})[\"'`]")),
    # ... and set in a browser build's public variable ("NEXT_PUBLIC_SEGMENT_WRITE_KEY":
    # bundlers put ``NEXT_PUBLIC_``, ``VITE_``, ``REACT_APP_`` values in the page); a server's
    # write key (``new Analytics({ writeKey })``) is a secret
    (
        "write_key",
        re.compile(
            r"(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY)_\w{0,40}WRITE_KEY"
            r"[\"'`]?[ \t]*[:=][ \t]*[\"'`]?([A-Za-z0-9]{32})(?![A-Za-z0-9])"
        ),
    ),
    # reCAPTCHA's site key (its secret key has the same shape: only in the site key's slots)
    (
        "recaptcha",
        re.compile(
            # (also named in prose: "site key 6Lc...", "the site key is 6Lc...")
            r"(?i)(?:data-sitekey=|[?&]render=|site[ _-]?key[\"'`]?"
            r"(?:[ \t]*[:=][ \t]*|[ \t]+(?:is[ \t]+)?))[\"'`]?"
            r"(6L[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])"
        ),
    ),
    # Apple's ``appAccountToken``: a UUID the app makes to tie a purchase to its user
    (
        "appaccounttoken",
        re.compile(r"appAccountToken[\"']?[ \t]*[:=][ \t]*[\"']?([0-9a-fA-F-]{36})"),
    ),
    # an EKS cluster's OIDC issuer (its id is in every IAM trust policy for the cluster)
    (
        "oidc.eks.",
        re.compile(r"(oidc\.eks\.[a-z0-9-]+\.amazonaws\.com/id/[A-Za-z0-9]{32})(?![A-Za-z0-9])"),
    ),
    # S3's extended request id (``x-amz-id-2``): in every response's headers and, as the
    # "host id", in each line of a server access log, before the signature version, the
    # cipher suite and the authentication type
    (
        "sigv",
        re.compile(
            r"(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{40,100}={0,2})[ \t]+(?:SigV[24]|-)[ \t]+\S+"
            r"[ \t]+(?:AuthHeader|QueryString|-)(?![\w-])"
        ),
    ),
    (
        "x-amz-id-2",
        re.compile(r"(?i:x-amz-id-2)[\"']?[ \t]*[:=][ \t]*[\"']?([A-Za-z0-9+/]{40,120}={0,2})"),
    ),
    # a signature in signed metadata's ``signatures`` list, beside the id of the key that
    # made it (TUF and Uptane metadata, in-toto and DSSE envelopes: ``{"keyid": "...",
    # "sig": "..."}``): shipped to every client with what it signs, and it reveals no key
    (
        "keyid",
        re.compile(
            r"(?i)[\"']keyid[\"'][ \t]*:[ \t]*[\"'][^\"'\n]{0,200}[\"'][ \t]*,[ \t]*"
            r"[\"'](?:sig|signature)[\"'][ \t]*:[ \t]*[\"']([A-Za-z0-9+/_=-]{40,1400})[\"']"
        ),
    ),
    (
        "keyid",
        re.compile(
            r"(?i)[\"'](?:sig|signature)[\"'][ \t]*:[ \t]*[\"']([A-Za-z0-9+/_=-]{40,1400})[\"']"
            r"[ \t]*,[ \t]*[\"']keyid[\"'][ \t]*:"
        ),
    ),
    # a transparency log's signature over an entry (Rekor, in a cosign bundle)
    (
        "signedentrytimestamp",
        re.compile(r"SignedEntryTimestamp[\"']?[ \t]*:[ \t]*[\"']([A-Za-z0-9+/]{40,200}={0,2})"),
    ),
)
# An ECDSA signature in base64 (ASN.1 DER: a sequence of two integers, ``MEUCIQ...``): what
# cosign, Sigstore and JWS-with-DER tools print; a signature reveals no key.
_DER_SIGNATURE = re.compile(
    r"(?<![A-Za-z0-9+/])ME[QUYZ]CI[A-Za-z0-9+/]{76,96}={0,2}(?![A-Za-z0-9+/=])"
)
_PUSHER_AUTH = re.compile(r"(?<![0-9a-f])[0-9a-f]{20}:[0-9a-f]{64}(?![0-9a-f])")
_PUSHER_WORDS = Words(("pusher", "soketi", "reverb"))


# Every value above is a run of 19 or more of these (``ws-`` and 16); most messages have
# none, and the triggers are looked up in the few they have.
_RUN = re.compile(r"[a-z0-9_-]{19,}")
_TRIGGER = re.compile("|".join(re.escape(t) for f in _FORMATS for t in f.triggers))


def public_id_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of vendor values public by their format or their slot (module docstring)."""
    spans: list[tuple[int, int]] = []
    if "session-id" in lowered:  # (a Diameter id holds no long run)
        spans.extend(m.span(1) for m in _DIAMETER_SESSION.finditer(text))
    runs = " ".join(_RUN.findall(lowered))
    if not runs:
        return spans
    if _TRIGGER.search(runs) is not None:
        for triggers, context, pattern in _FORMATS:
            if any(t in runs for t in triggers) and (
                not context or any(w in lowered for w in context)
            ):
                spans.extend(m.span() for m in pattern.finditer(text))
    for trigger, pattern in _SLOTS:
        if trigger in lowered:
            spans.extend(m.span(1) for m in pattern.finditer(text))
    if "auth" in lowered and _PUSHER_WORDS.found(lowered):
        spans.extend(m.span() for m in _PUSHER_AUTH.finditer(text))
    spans.extend(_self_proving(text))
    if _CONSENT_WORDS.found(lowered):
        spans.extend(m.span() for m in _TC_STRING.finditer(text) if _tc_string(m.group()))
    spans.extend(firebase_web_keys(text, lowered))
    spans.extend(sortable_ids(text, lowered))
    spans.extend(crypto_public_spans(text, lowered))
    return spans


# An IAB TCF consent string (a "TC string", the ``euconsent-v2`` cookie): what a consent
# management platform stores in the visitor's browser and sends to every ad vendor in the
# page, so public by design. It is base64url of bit fields, the core segment first: a
# version of 1 or 2 (so it starts ``B`` or ``C``), then when the consent was created and
# last updated, in deciseconds since 1970, and optional segments after ``.``. Only in a
# message about consent, and only if both dates fall in TCF's years, the second no earlier
# than the first: a random token beside the word "consent" seldom does (about 1 in 200,
# on top of starting with ``B`` or ``C``).
_CONSENT_WORDS = Words(("consent", "tcf", "cmp", "tc string", "tcstring", "iab"))
_TC_STRING = re.compile(
    r"(?<![A-Za-z0-9_.-])[BC][A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]{4,}){0,8}"
    r"(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])"
)
_BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_TCF_YEARS = (15_147_648_000, 22_089_888_000)  # 2018-01-01 to 2040-01-01, in deciseconds


def _tc_string(value: str) -> bool:
    """Does the core segment read as a TC string's version and two dates (above)?"""
    bits = "".join(format(_BASE64URL.index(char), "06b") for char in value[:13])
    created, updated = int(bits[6:42], 2), int(bits[42:78], 2)
    return _TCF_YEARS[0] <= created <= updated <= _TCF_YEARS[1]


# Sortable ids in a message about them: KSUIDs (27 base62 characters) and ULIDs (26 of
# Crockford's base32, the first 0-7) listed one per line under "our event store uses KSUIDs".
_KSUID = re.compile(r"(?<![A-Za-z0-9_-])[0-9A-Za-z]{27}(?![A-Za-z0-9_-])")
_ULID = re.compile(r"(?<![A-Za-z0-9_-])[0-7][0-9A-HJKMNP-TV-Z]{25}(?![A-Za-z0-9_-])")


def sortable_ids(text: str, lowered: str) -> list[tuple[int, int]]:
    """KSUIDs and ULIDs in a message that names them (above)."""
    spans: list[tuple[int, int]] = []
    if "ksuid" in lowered:
        spans.extend(m.span() for m in _KSUID.finditer(text))
    if "ulid" in lowered:
        spans.extend(m.span() for m in _ULID.finditer(text))
    return spans


def _self_proving(text: str) -> list[tuple[int, int]]:
    """Signatures and public keys whose bytes say what they are."""
    spans: list[tuple[int, int]] = []
    if "ME" in text:
        spans.extend(m.span() for m in _DER_SIGNATURE.finditer(text) if _der_signature(m.group()))
    if "MI" in text or "MC" in text or "MF" in text or "MH" in text:
        spans.extend(m.span() for m in _PUBLIC_KEY_INFO.finditer(text))
    if "eyJ" in text:
        spans.extend(m.span() for m in _JOSE_SEGMENT.finditer(text) if _jose_header(m.group()))
    return spans


# A JWT's header alone (no payload, no signature): ``{"alg":"RS256","typ":"JWT","kid":...}``
# names the algorithm and the key, and grants nothing.
_JOSE_SEGMENT = re.compile(r"(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{10,400}(?![A-Za-z0-9_.-])")
_JOSE_PARAMETERS = frozenset(
    ("alg", "typ", "kid", "cty", "x5t", "x5t#S256", "jku", "x5u", "crit", "enc", "zip", "b64")
)


def _jose_header(segment: str) -> bool:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and "alg" in decoded and set(decoded) <= _JOSE_PARAMETERS


# A public key in base64 DER (SubjectPublicKeyInfo), as a DKIM record's ``p=`` or a JWKS's
# ``x5c`` prints it: RSA (1024, 2048, 3072, 4096 bits), EC P-256/P-384 and Ed25519 keys start
# with the same bytes, which name the algorithm. (A private key's base64 starts ``MII...``
# then ``AgEAA`` or ``IBAAK``: no prefix here.)
_PUBLIC_KEY_INFO = re.compile(
    r"(?<![A-Za-z0-9+/])(?:MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ|"
    r"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA|MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEA|"
    r"MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|"
    r"MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MCowBQYDK2VwAyEA)[A-Za-z0-9+/]{16,800}={0,2}"
    # a DNS TXT record's further strings ("..." "..."), 255 characters each
    r"""(?:"[ \t]*"[A-Za-z0-9+/]{1,800}={0,2})*"""
)
# A Diameter Session-Id (RFC 6733: the peer's identity, then two or more numbers, ``;``
# apart): it names a session between two network nodes and authenticates nothing.
_DIAMETER_SESSION = re.compile(r"(?i:session-id)[ \t]*[:=][ \t]*([\w.-]+(?:;\d+){2,}(?:;[^\s;]+)*)")


def _der_signature(value: str) -> bool:
    """Does ``value`` decode to an ECDSA signature: ``30 len 02 len r 02 len s``?"""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) < 8 or raw[0] != 0x30 or raw[1] != len(raw) - 2 or raw[2] != 0x02:
        return False
    r_end = 4 + raw[3]
    return r_end + 2 <= len(raw) and raw[r_end] == 0x02 and r_end + 2 + raw[r_end + 1] == len(raw)


# A Firebase web app's config (``apiKey``, ``authDomain``, ``projectId``...), an Android
# app's ``google-services.json`` (``current_key`` under ``project_info``) or an iOS app's
# ``GoogleService-Info.plist`` (``API_KEY`` with ``GOOGLE_APP_ID``): the Google API key
# there ships in every copy of the app, and Firebase documents it as safe to publish (the
# data is guarded by security rules). The same ``AIza`` key anywhere else is reported.
_FIREBASE_KEY = re.compile(
    r"(?:apiKey|api_key|API_KEY|current_key)(?:[\"']?[ \t]*[:=]|</key>\s{0,80}<string>|"
    r"[ \t]+(?:is[ \t]+)?)[ \t]*[\"']?(AIza[0-9A-Za-z_-]{35})"
)
_FIREBASE_SIBLINGS = Words((
    "authdomain", "messagingsenderid", ".firebaseapp.com", "project_info", "google_app_id",
    "googleservice-info.plist",
))  # fmt: skip


def firebase_web_keys(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of the Google API keys of Firebase app configs (above), within 600 characters
    of another of the config's fields."""
    spans: list[tuple[int, int]] = []
    if "AIza" not in text or not _FIREBASE_SIBLINGS.found(lowered):
        return spans
    for match in _FIREBASE_KEY.finditer(text):
        around = lowered[max(0, match.start() - 600) : match.end() + 600]
        if any(word in around for word in _FIREBASE_SIBLINGS):
            spans.append(match.span(1))
    return spans
