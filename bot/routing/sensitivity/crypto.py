"""Cryptocurrency wallets: their keys are secrets, their addresses and extended public keys
are not.

Reported as ``secret.private_key``:

* a raw private key, 64 hex digits (``0x`` or not) right after the words or the call that
  take one (``Account.from_key("0x...")``, ``--private-key``, ``privkey``, "signer key",
  개인키, 私钥, 秘密鍵, clé privée, chave privada, privater Schlüssel...) or in a Hardhat
  network's ``accounts: ["0x..."]``. Alone, 64 hex digits are a transaction, block or log
  hash (ordinary). The keys Hardhat, Anvil and Ganache print on every machine (derived
  from the documented test mnemonic) are public, and so is a key the message says is such
  a well-known default one;
* an extended private key (``xprv``/``yprv``/``zprv``/``tprv``...: its version bytes say
  so, checksum or not, a mistyped one is still a private key) or a WIF key (its
  base58check version and length, the checksum verified);
* a seed phrase: 12 or more consecutive words of BIP39's list (``bip39_words``), however
  separated (spaces, commas, a numbered list), with few repeats and not in the list's own
  order. Prose always has words outside the list ("the", "is", "to", "of" are not in it);
  Hardhat's documented "test test ... junk" and BIP39's "abandon ... about" test vector
  repeat one word.

Public (``crypto_public_spans``, which the keyword and entropy rules skip): base58check
addresses (Bitcoin, Litecoin, Dogecoin, Tron: a 21-byte payload, the checksum verified),
extended public keys (``xpub``/``ypub``/``zpub``/``tpub``...: their version bytes), and a
value of an address's shape in a message about its chain, unless a secret word comes right
before it: a Tron address (``T`` and 33 base58 characters) in a message about Tron or
TRC-20 tokens, a Solana address (32 to 44 base58 characters: 32 bytes) in a message about
Solana or its tokens.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from bot.routing.sensitivity.bip39_words import WORD_SET, WORDS
from bot.routing.sensitivity.literals import Words
from bot.routing.sensitivity.model import Finding, longest_run

_LABEL = "secret.private_key"

# --- raw hex private keys -------------------------------------------------------------------

# The words and calls a private key follows (lower-cased; most messages have none).
_KEY_TRIGGERS = (
    "private key", "private-key", "private_key", "privatekey", "privkey", "priv key", "priv_key",
    "from_key(", "signer key", "signer_key", "signing key", "wallet(", "secret key",
    "\uac1c\uc778\ud0a4", "\uac1c\uc778 \ud0a4", "\ube44\ubc00\ud0a4",  # 개인키, 개인 키, 비밀키
    "\u79c1\u94a5", "\u79c1\u9470", "\u79d8\u5bc6\u9375",  # 私钥, 私鑰, 秘密鍵
    "\u30d7\u30e9\u30a4\u30d9\u30fc\u30c8\u30ad\u30fc",  # プライベートキー
    "cl\u00e9 priv\u00e9e", "cle privee", "chave privada", "clave privada", "chiave privata",
    "privater schl\u00fcssel", "private schl\u00fcssel", "privatschl\u00fcssel",
    "klucz prywatny", "\u00f6zel anahtar", "kunci privat", "kh\u00f3a ri\u00eang",
    "kh\u00f3a b\u00ed m\u1eadt", "\u043f\u0440\u0438\u0432\u0430\u0442\u043d\u044b\u0439 "
    "\u043a\u043b\u044e\u0447", "\u0437\u0430\u043a\u0440\u044b\u0442\u044b\u0439 "
    "\u043a\u043b\u044e\u0447",  # приватный ключ, закрытый ключ
    "priv\u00e9sleutel", "priv\u00e9 sleutel",
)  # fmt: skip
# The key, within 40 characters of its words on the same line (a Korean particle, a quote,
# ``=``); what lies between must not name a hash ("private key of tx 0x<hash>").
_KEY_AFTER = re.compile(r"([^\n]{0,40}?)(?<![0-9a-z])(?:0x)?([0-9a-f]{64})(?![0-9a-z])")
_NOT_A_KEY = re.compile(r"hash|\btx|transaction|block|topic|root|digest|address|salt|public")
# A Hardhat network's ``accounts: ["0x...", ...]``: private keys by the config's definition.
_ACCOUNTS = re.compile(r"accounts[\"']?[ \t]*:[ \t]*\[[ \t\n]*[\"'`](?:0x)?([0-9a-f]{64})[\"'`]")
# Hardhat's, Anvil's and Ganache's first ten accounts (from "test test ... junk"): printed by
# ``npx hardhat node`` and ``anvil`` on every machine.
_DEV_KEYS = frozenset((
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
    "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
    "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
    "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
    "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
    "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
    "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
    "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
))  # fmt: skip
# A key the message says is a local chain's well-known default one, in the words around it
# ("anvil's default account #0 ... the publicly known one printed by `anvil`").
_LOCAL_CHAINS = Words(("anvil", "hardhat", "ganache"))
_WELL_KNOWN = (
    "publicly known", "well-known", "well known", "default account", "default key",
    "default private key", "test account", "dev account",
)  # fmt: skip


def find_crypto_keys(text: str, lowered: str) -> list[Finding]:
    """Wallet private keys: raw hex by context, xprv/WIF by their bytes, seed phrases."""
    # 64 hex digits, or a base58 key, need a run that long without a space (prose has none)
    findings = _hex_keys(lowered) if longest_run(text) >= 64 else []
    findings.extend(_base58_private_keys(text))
    findings.extend(find_seed_phrases(lowered))
    return findings


# Any 64 hex digits at all: one scan, before forty searches for the words (most have none).
_ANY_HEX_KEY = re.compile(r"[0-9a-f]{64}")


def _hex_keys(lowered: str) -> list[Finding]:
    if _ANY_HEX_KEY.search(lowered) is None:
        return []
    spans: set[tuple[int, int]] = set()
    for trigger in _KEY_TRIGGERS:
        index = lowered.find(trigger)
        while index >= 0:
            match = _KEY_AFTER.match(lowered, index + len(trigger))
            if match is not None and not _NOT_A_KEY.search(match.group(1)):
                spans.add(match.span(2))
            index = lowered.find(trigger, index + 1)
    if "accounts" in lowered:
        spans.update(m.span(1) for m in _ACCOUNTS.finditer(lowered))
    if not spans:
        return []
    local = _LOCAL_CHAINS.found(lowered)
    return [
        Finding(_LABEL, start, end)
        for start, end in sorted(spans)
        if lowered[start:end] not in _DEV_KEYS and not (local and _said_well_known(lowered, start))
    ]


def _said_well_known(lowered: str, start: int) -> bool:
    """A well-known default key is said to be one right around it."""
    around = lowered[max(0, start - 150) : start + 164]
    return any(w in around for w in _WELL_KNOWN)


# --- seed phrases ---------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
# What may separate the words of a phrase: spaces, punctuation, a numbered list's numbers.
_SEPARATOR = re.compile(r"[\s\d.,;:()\[\]\"'`*|/-]{1,8}")
_PHRASE_MIN = 12
_WORD_RANK = {word: rank for rank, word in enumerate(WORDS)}
_TWELVE = b"\x01" * _PHRASE_MIN
# The first pass in bytes: every byte but a-z as a space (a non-ASCII letter is encoded as
# "?", so the words are ``_WORD``'s runs), then ``bytes.split``; three times quicker than
# ``_WORD.findall`` on a 2,000-character passage.
_NOT_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_WORD_BYTES = frozenset(word.encode() for word in WORD_SET)


def find_seed_phrases(lowered: str) -> list[Finding]:
    """12 or more consecutive BIP39 words, at most two repeats, not in alphabetical order."""
    # First, at C speed: twelve words of the list in a row at all (prose has "the", "is",
    # "to", "of" between them), before the walk that checks what separates them.
    words = lowered.encode("ascii", "replace").translate(_NOT_A_TO_Z).split()
    hits = bytes(map(_WORD_BYTES.__contains__, words))
    if _TWELVE not in hits:
        return []
    findings: list[Finding] = []
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(lowered):
        if match.group() in WORD_SET and (
            not run or _SEPARATOR.fullmatch(lowered, run[-1].end(), match.start())
        ):
            run.append(match)
            continue
        _close(run, findings)
        run = [match] if match.group() in WORD_SET else []
    _close(run, findings)
    return findings


def _close(run: list[re.Match[str]], findings: list[Finding]) -> None:
    if len(run) < _PHRASE_MIN:
        return
    words = [m.group() for m in run]
    if len(set(words)) < len(words) - 2:
        return  # "test test test ... junk": a documented test mnemonic
    ranks = [_WORD_RANK[w] for w in words]
    if ranks == sorted(ranks):
        return  # the word list itself, pasted
    findings.append(Finding(_LABEL, run[0].start(), run[-1].end()))


# --- base58check ----------------------------------------------------------------------------

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {char: i for i, char in enumerate(_BASE58)}
_BASE58_RUN = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,112}")
_TOKEN_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+/-")
# BIP32 extended keys' version bytes (SLIP-132): public and private.
_XPUB_VERSIONS = frozenset(
    bytes.fromhex(h)
    for h in ("0488b21e", "049d7cb2", "04b24746", "043587cf", "044a5262", "045f1cf6",
              "0295b43f", "02aa7ed3", "024289ef", "02575483")
)  # fmt: skip
_XPRV_VERSIONS = frozenset(
    bytes.fromhex(h)
    for h in ("0488ade4", "049d7878", "04b2430c", "04358394", "044a4e28", "045f18bc",
              "0295b005", "02aa7a99", "024285b5", "02575048")
)  # fmt: skip
_WIF_VERSIONS = frozenset((0x80, 0xEF, 0xB0, 0x9E))  # Bitcoin, testnets, Litecoin, Dogecoin


def _base58_decode(value: str) -> bytes:
    number = 0
    for char in value:
        number = number * 58 + _BASE58_INDEX[char]
    zeros = len(value) - len(value.lstrip("1"))
    return b"\x00" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def _base58check(value: str) -> bytes | None:
    """The payload of a base58check string, or None if its checksum fails."""
    raw = _base58_decode(value)
    payload, checksum = raw[:-4], raw[-4:]
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[tuple[int, int], ...]:
    """Whole base58 tokens (not the base58 part of a longer token); once per message (the
    private and the public rules both ask), and only where some run of 25 characters
    without a space could hold one (most messages have none: ``str.split`` is quicker than
    the search)."""
    if longest_run(text) < 25:
        return ()
    spans = []
    for match in _BASE58_RUN.finditer(text):
        start, end = match.span()
        if (start and text[start - 1] in _TOKEN_CHARS) or (
            end < len(text) and text[end] in _TOKEN_CHARS
        ):
            continue
        spans.append((start, end))
    return tuple(spans)


def _kind(payload: bytes) -> str:
    """``public``, ``private`` or ``other`` for a base58check payload."""
    if len(payload) == 21:
        return "public"  # a version byte and a public key's hash: an address
    if len(payload) == 78:
        if payload[:4] in _XPUB_VERSIONS:
            return "public"
        if payload[:4] in _XPRV_VERSIONS:
            return "private"
    if (
        payload[:1]
        and payload[0] in _WIF_VERSIONS
        and (len(payload) == 33 or (len(payload) == 34 and payload[-1] == 1))
    ):
        return "private"
    return "other"


def _base58_private_keys(text: str) -> list[Finding]:
    """xprv-family keys and WIF keys, proved by checksum and version."""
    findings = []
    for start, end in _tokens(text):
        if end - start == 111:  # an extended key, however mistyped: its version bytes
            if _base58_decode(text[start:end])[:4] in _XPRV_VERSIONS:
                findings.append(Finding(_LABEL, start, end))
        elif end - start in (51, 52):  # a WIF key, proved by its checksum
            payload = _base58check(text[start:end])
            if payload is not None and _kind(payload) == "private":
                findings.append(Finding(_LABEL, start, end))
    return findings


# --- public values --------------------------------------------------------------------------

# Solana's addresses, mints and blockhashes: base58 of 32 bytes, 32 to 44 characters (its
# secret keys are 64 bytes, 87 or 88 characters).
_SOLANA_WORDS = re.compile(
    r"\b(?:solana|sol|spl|lamports?|phantom|solscan|usdc|usdt|pubkey|mint|base58)\b"
)
# A Tron address: ``T`` and 33 more (base58check of 0x41 and a key's hash).
_TRON_WORDS = re.compile(r"\b(?:tron|trc-?20|trc-?10|trx|tronscan|tronlink|usdt)\b")
_SECRET_BEFORE = re.compile(
    r"priv|secret|seed|keypair|passw|token|auth|bearer|credential|(?<!pub)(?<!public )key"
)


def crypto_public_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """Addresses and extended public keys (module docstring)."""
    spans: list[tuple[int, int]] = []
    topics: dict[str, bool] = {}
    for start, end in _tokens(text):
        length = end - start
        if length == 111:  # an extended key: its version bytes say public or private
            if _base58_decode(text[start:end])[:4] in _XPUB_VERSIONS:
                spans.append((start, end))
            continue
        if length <= 35 and (payload := _base58check(text[start:end])) is not None:
            if _kind(payload) == "public":
                spans.append((start, end))
            continue
        if length == 34 and text[start] == "T":
            kind = "tron"
        elif 32 <= length <= 44:
            kind = "solana"
        else:
            continue
        if kind not in topics:
            words = _TRON_WORDS if kind == "tron" else _SOLANA_WORDS
            topics[kind] = words.search(lowered) is not None
        line_start = lowered.rfind("\n", 0, start) + 1
        if topics[kind] and not _SECRET_BEFORE.search(lowered, max(line_start, start - 40), start):
            spans.append((start, end))
    return spans
