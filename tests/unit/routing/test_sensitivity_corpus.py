"""Accuracy gates on the labelled corpora in ``tests/data/sensitivity/``.

* main corpora (tuned on): zero misses, at most 2% false alarms (the product allows 5%);
* held-out corpora (``heldout`` written before the detector, ``heldout2`` after the first
  held-out evaluation): gated only loosely, since their purpose is to measure generalisation;
  the measured numbers are reported by ``bench/bench_sensitivity.py``;
* ``heldout3``: written by a new user without reading the other corpora, then used to fix
  the detector (every row), so it is tuning data now and gated like the main corpora
  (see ``tests/data/sensitivity/README.md``); ``heldout4`` to ``heldout40`` likewise
  (written blind, run once, then used; ``heldout21`` and ``heldout32`` on misses, with their
  false alarms pinned to the public keys reported by policy, see their test);
* the committed files are exactly what the seeded generators produce.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.routing.sensitivity import SensitivityDetector, SensitivityResult
from tests.unit.routing import (
    sensitivity_corpus,
    sensitivity_heldout,
    sensitivity_heldout2,
    sensitivity_heldout4,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "sensitivity"
MAX_FALSE_ALARM_RATE = 0.02
# Every corpus in the folder: a new held-out set is checked without editing a list.
CORPUS_NAMES = sorted(path.stem for path in DATA.glob("*.jsonl"))


@cache
def detector() -> SensitivityDetector:
    """The configuration the corpora were labelled for."""
    return SensitivityDetector(
        company_domains=["acme.io", "acmecorp.com"],
        extra_patterns={"customer_id": r"\bCUST-\d{6}\b"},
    )


@cache
def rows(name: str) -> tuple[dict[str, object], ...]:
    """Rows of one corpus file (read once per test session)."""
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh)


@cache
def scans(name: str) -> tuple[tuple[dict[str, object], SensitivityResult], ...]:
    """Each row with its scan result (scanned once per test session)."""
    return tuple((row, detector().scan(str(row["text"]))) for row in rows(name))


def _show(text: object, result: SensitivityResult) -> str:
    spans = [(f.label, str(text)[f.start : f.end][:40]) for f in result.findings]
    return f"{str(text)[:160]!r} -> {spans}"


def test_corpora_are_big_enough_and_labelled_consistently() -> None:
    assert sum(1 for r in rows("ordinary") if not r["sensitive"]) >= 300
    assert sum(1 for r in rows("sensitive") if r["sensitive"]) >= 200
    assert {"ordinary", "sensitive", "heldout7"} <= set(CORPUS_NAMES)
    for name in CORPUS_NAMES:
        for row in rows(name):
            assert set(row) == {"text", "sensitive", "labels"}
            assert bool(row["labels"]) is row["sensitive"]


def test_no_sensitive_message_is_missed() -> None:
    misses = [str(row["text"])[:200] for row, result in scans("sensitive") if not result.sensitive]
    assert misses == []


def test_expected_labels_are_reported() -> None:
    wrong = [
        (row["labels"], result.labels, str(row["text"])[:120])
        for row, result in scans("sensitive")
        if not set(row["labels"]) <= set(result.labels)  # type: ignore[call-overload]
    ]
    assert wrong == []


def test_false_alarm_rate_on_ordinary_messages() -> None:
    alarms = [_show(row["text"], result) for row, result in scans("ordinary") if result.sensitive]
    assert len(alarms) <= MAX_FALSE_ALARM_RATE * len(rows("ordinary")), alarms


# What is said of a named person is found by its word or field ("visado", a rating of 2):
# the same word or digit elsewhere in the message ("caduque un visado", "H2-2024") is nobody's
# data, so only the rescan judges those; a value (a key, an IBAN) must be gone everywhere.
_SAID_OF_A_PERSON = frozenset((
    "pii.health", "pii.pay", "pii.discipline", "pii.performance", "pii.criminal_record",
    "pii.immigration", "pii.union", "pii.orientation", "pii.family", "pii.beliefs",
    "pii.ethnicity", "pii.finances", "pii.biometric", "pii.legal",
))  # fmt: skip


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_redaction_leaves_nothing_sensitive(name: str) -> None:
    leftovers = []
    for row, result in scans(name):
        text = str(row["text"])
        redacted = detector().redact(text, result)
        values = [f for f in result.findings if f.label not in _SAID_OF_A_PERSON]
        if detector().scan(redacted).sensitive or any(
            text[f.start : f.end] in redacted for f in values
        ):
            leftovers.append(_show(redacted, detector().scan(redacted)))
    assert leftovers == []


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_heldout_generalises(name: str) -> None:
    """Loose gate so a regression shows; the honest numbers are in the benchmark output."""
    results = scans(name)
    sensitive = [r for row, r in results if row["sensitive"]]
    ordinary = [r for row, r in results if not row["sensitive"]]
    miss_rate = sum(not r.sensitive for r in sensitive) / len(sensitive)
    alarm_rate = sum(r.sensitive for r in ordinary) / len(ordinary)
    assert miss_rate <= 0.05
    assert alarm_rate <= 0.05


# Public client keys and ids the writers labelled ordinary and the detector reports by
# policy (tests/data/sensitivity/README.md): a public key that looks like a secret one
# (Google ``AIza``, Algolia's 32 hex, Mixpanel's token), an account id reported like a key
# (a Twilio Account SID, an AWS access key id). A new false alarm there is still a failure.
# (heldout21's Adyen client key, named as one, is no longer reported since the eighth round.)
# (Since the fourteenth round a Firebase app's config and a key said to be Algolia's
# search-only one are no longer reported: heldout21's web config, GoogleService-Info.plist
# and search-only key, heldout32's web config and search-only key.)
# (Since the twenty-second round a Twilio Account SID named as the account in a sentence,
# with no auth token's shape in the message, is no longer reported: heldout32's status
# callback; ``vendors.lone_account_sid``.)
POLICY_ALARMS: dict[str, dict[str, int]] = {
    # a Maps key restricted by referrer, a Mixpanel token
    "heldout21": {
        "secret.google_key": 1,
        "secret.password_assignment": 1,
    },
    # (heldout32's AWS key id read off CloudTrail, pinned here until the twenty-fifth round,
    # is now ordinary: ``vendors.audited_key_id``)
}


# The held-out sets from ``heldout3`` on were written blind, run once, then used: every one
# in the folder (a set still being fixed waits in ``sensitivity_pending``).
USED_HELDOUTS = [
    name
    for name in CORPUS_NAMES
    if name.startswith("heldout")
    and name.removeprefix("heldout").isdigit()
    and int(name.removeprefix("heldout")) >= 3
    and name not in POLICY_ALARMS
]


def test_every_blind_set_written_so_far_is_gated() -> None:
    assert len(USED_HELDOUTS) + len(POLICY_ALARMS) >= 38  # heldout3 to heldout40, and on


# Misses left on purpose, by the start of the row's text, each with its reason in
# ``tests/data/sensitivity/README.md``: the test fails when one is fixed (update it) as when
# another appears.
KNOWN_MISSES: dict[str, tuple[str, ...]] = {
    # (none since stop 23: heldout41's and heldout57's Japanese CSVs, whose name column is
    # headed 氏名, are read as tables of people)
}


@pytest.mark.parametrize("name", USED_HELDOUTS)
def test_heldouts_used_for_tuning_have_no_miss_and_few_false_alarms(name: str) -> None:
    results = scans(name)
    missed = [str(row["text"]) for row, r in results if row["sensitive"] and not r.sensitive]
    alarms = [_show(row["text"], r) for row, r in results if not row["sensitive"] and r.sensitive]
    ordinary = sum(1 for row, _ in results if not row["sensitive"])
    known = KNOWN_MISSES.get(name, ())
    assert [text[:40] for text in missed if not text.startswith(known)] == []
    assert len(missed) == len(known)
    assert len(alarms) <= MAX_FALSE_ALARM_RATE * ordinary, alarms


@pytest.mark.parametrize("name", sorted(POLICY_ALARMS))
def test_heldouts_with_public_keys_have_no_miss_and_only_those_alarms(name: str) -> None:
    results = scans(name)
    misses = [_show(row["text"], r) for row, r in results if row["sensitive"] and not r.sensitive]
    alarms: dict[str, int] = {}
    for row, result in results:
        if not row["sensitive"] and result.sensitive:
            label = result.labels[0]
            alarms[label] = alarms.get(label, 0) + 1
    assert misses == []
    assert alarms == POLICY_ALARMS[name]


def test_main_corpus_generator_is_reproducible() -> None:
    ordinary, sensitive = sensitivity_corpus.build()
    assert sensitivity_corpus.render(ordinary) == (DATA / "ordinary.jsonl").read_text(
        encoding="utf-8"
    )
    assert sensitivity_corpus.render(sensitive) == (DATA / "sensitive.jsonl").read_text(
        encoding="utf-8"
    )


def test_heldout_generator_is_reproducible() -> None:
    expected = "".join(
        json.dumps(row, ensure_ascii=False) + "\n" for row in sensitivity_heldout.build()
    )
    assert expected == (DATA / "heldout.jsonl").read_text(encoding="utf-8")


def test_second_heldout_generator_is_reproducible() -> None:
    expected = "".join(
        json.dumps(row, ensure_ascii=False) + "\n" for row in sensitivity_heldout2.build()
    )
    assert expected == (DATA / "heldout2.jsonl").read_text(encoding="utf-8")


def test_fourth_heldout_generator_is_reproducible() -> None:
    expected = sensitivity_heldout4.render(sensitivity_heldout4.build())
    assert expected == (DATA / "heldout4.jsonl").read_text(encoding="utf-8")
