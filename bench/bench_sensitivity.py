"""Latency of ``SensitivityDetector.scan`` and its accuracy on the labelled corpora.

Routing budgets p99 < 2 ms for the whole decision and the detector runs on every question, so
its own p99 must stay well under 1 ms on typical (50-500 character) questions and grow
linearly with size. Run: ``.venv/bin/python bench/bench_sensitivity.py`` (``--rounds N``).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.routing.sensitivity import SensitivityDetector

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "sensitivity"


def _heldout_number(path: Path) -> int:
    digits = path.stem.removeprefix("heldout")
    return int(digits) if digits else 1


# Every labelled corpus: the main two, then the held-out sets in the order they were written
# (``heldout``, ``heldout2``, ...); a set fixed and moved in from ``sensitivity_pending``
# joins with no edit here.
CORPORA = (
    "ordinary",
    "sensitive",
    *(p.stem for p in sorted(DATA.glob("heldout*.jsonl"), key=_heldout_number)),
)


def make_detector() -> SensitivityDetector:
    """The configuration the corpora were labelled for."""
    return SensitivityDetector(
        company_domains=["acme.io", "acmecorp.com"],
        extra_patterns={"customer_id": r"\bCUST-\d{6}\b"},
    )


def load(name: str) -> list[dict[str, object]]:
    """Rows of one JSON-lines corpus."""
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def time_scans(
    scan: Callable[[str], object], texts: Sequence[str], rounds: int
) -> list[list[float]]:
    """Per-text latencies in microseconds, one list per text (GC paused, as in a warm server)."""
    samples: list[list[float]] = [[] for _ in texts]
    gc.disable()
    try:
        for _ in range(rounds):
            for i, text in enumerate(texts):
                start = time.perf_counter_ns()
                scan(text)
                samples[i].append((time.perf_counter_ns() - start) / 1000)
    finally:
        gc.enable()
    return samples


def accuracy(detector: SensitivityDetector, rows: list[dict[str, object]]) -> str:
    """'misses/sensitive' and 'false alarms/ordinary' for one corpus."""
    misses = alarms = sensitive = 0
    for row in rows:
        flagged = detector.scan(str(row["text"])).sensitive
        if row["sensitive"]:
            sensitive += 1
            misses += not flagged
        else:
            alarms += flagged
    ordinary = len(rows) - sensitive
    return f"miss {misses}/{sensitive}  false-alarm {alarms}/{ordinary}"


def synthetic(texts: Sequence[str], size: int) -> str:
    """Concatenated corpus messages up to ``size`` characters (an 8 KB paste)."""
    out: list[str] = []
    total = 0
    for text in texts:
        out.append(text)
        total += len(text) + 1
        if total >= size:
            break
    return "\n".join(out)[:size]


# Shapes of text that made rules re-read a line from every trigger on it (quadratic: a
# 16,000-character line of "sig=" took 11 s) or read overlapping windows again and again.
WORST_UNITS = (
    "sig=", "pass:", "pwd:", "token:1", "cookie:", "key=1 ", "PID|", "NM1*", "a@", "x.y@z ",
    "$@gmail.com%ssn", "=eyJ", "eyJ", "cl_:", "pin:", "pin=", "has\u0142o=", "ibm:", "passport ",
    "1 ", "12-", "+1 ", "%B", "http://a:b@", "`a` / ", "[a]", "\"a\":", "a:", "a=", "|", "*",
    "sort code ", "iban DE", "acct 1", "routing ", "wifi pw ", "Bearer ", "Basic ", "-----BEGIN ",
    "AKIA", "sk_live_", "ghp_", "xoxb-", "ssh a@", "otp ", "code ", "member ", "nhs ",
    "q7Zk2Vb9Xw4Rt6Yp1Ls3 ", "x%2Bq7Zk2Vb9Xw4Rt6%2F",
    # statements about named people on one line (the person-id rule read back to the text's
    # start from each: 4.5 s for 71,000 characters until the fifteenth round)
    "Lena Kaya is out. From: a.b@acme.io it's surgery. Investigation - foo. ",
    "employee='E98795' condition='asthma' ",
    # an airline's passport line repeated (each found number was looked for again from every
    # line: 1.6 s until the stop that added the rule)
    "SSR DOCS BA HK1 P/GBR/693878366/GBR/06JAN88/F/ ",
    # role addresses of a company the message names (the text was re-read for each: 380 ms)
    "developer.support@dhl.com DHL ",
    # phone numbers by the thousand (each asked whether the message is about what the
    # company prints to be paid, reading the whole text: 0.9 s until stop 23), in a demo
    "phone 555-0142 ",
    "for the demo phone 555-0142 ",
    # a vendor's support desk repeated, seed-phrase words, node-provider URLs (stop 23's rules)
    "support@sumsub.com ",
    "belt camera ankle alter blush cream ",
    "https://eth-mainnet.g.alchemy.com/v2/OxXY5IjdlkXIvimrTlB4RwcP7848DvQH ",
    # stop 24's rules: Chinese names with 他/她 and dismissal (the initials rule looked for its
    # dashes in the whole text from every window: 0.6 s for 64,000 characters until
    # stop 24), a background check's next sentence, dash tables, audit lines, MRZs, track
    # data, key ceremonies, CSV phones, passwords later in their clause
    "\u738b\u78ca\u7684\u80cc\u666f\u8c03\u67e5\uff0c\u4ed6\u5728\u4e0a\u5bb6\u516c\u53f8\u88ab\u8f9e\u9000\u3002",
    "Checkr report for Dmitri Volkov. There's a 2017 DUI conviction. ",
    "Camille Roux \u2014 N3 \u2014 note 2/5 \u2014 PIP \u2014 salaire 49 500 \u20ac\n",
    "user.suspend  bmorgan@example.org  Final written warning\n",
    "INSERT INTO employees VALUES ('Ann','Lee',120000,'PIP'),",
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n",
    ";4111111111111111=25121010000000000000? ",
    "TMK component 1: 0123 4567 89AB CDEF FEDC BA98 7654 3210 KCV 08D7B4\n",
    "x,+447969360137,1992-09-14,",
    "password as before, Marigold.Tundra.51 ",
    # a secret per line (each finding asked whether the message names Algolia, reading the
    # whole text: quadratic until stop 24)
    "snmp-server community Xk9fQ2mLp7 RO\n",
    "pass: Xk9fQ2mLp7 ",
    # people's street addresses (a specimen's name looked for per address until stop 24)
    "Dana Whitfield at 41 Birchwood Lane, Millbrae; ",
    # the twenty-fourth round's: a Chinese name with its pay or rating after it, a Swedish
    # personal number next to a name, an NI number beside its word
    "\u770b\u5230\u738b\u78ca\u4eca\u5e74\u7ee9\u6548\u662fB-\uff0c"
    "\u65b0\u85aa\u8d44\u662f 46k\uff0c",
    "Kunden Elin Johansson (880623-7502) och ",
    "NI number QH 48 29 17 C ",
)  # fmt: skip
WORST_SIZE = 16_000  # TANDEM_MAX_QUESTION_CHARS's default


def worst_cases(detector: SensitivityDetector, rounds: int = 3) -> list[tuple[float, str]]:
    """Milliseconds to scan ``WORST_SIZE`` characters of each unit repeated (best of
    ``rounds``), slowest first."""
    timings: list[tuple[float, str]] = []
    for unit in WORST_UNITS:
        text = (unit * (WORST_SIZE // len(unit) + 1))[:WORST_SIZE]
        best = min(_timed(detector.scan, text) for _ in range(rounds))
        timings.append((best * 1000, unit))
    return sorted(timings, reverse=True)


def _timed(scan: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    scan(text)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    """Print a latency table per corpus and text size, then accuracy."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    detector = make_detector()
    corpora = {name: load(name) for name in CORPORA}
    all_texts = [str(r["text"]) for rows in corpora.values() for r in rows]
    time_scans(detector.scan, all_texts, 1)  # warm-up
    # "all calls" includes scheduler noise from whatever else runs on the machine; "per text"
    # takes each text's fastest round, i.e. the detector's own cost.
    header = f"{'input':<24}{'n':>6}{'p50 us':>9}{'p99 us':>9}{'max us':>9}"
    print(f"{header}{'p50/text':>10}{'p99/text':>10}{'max/text':>10}")
    groups: list[tuple[str, list[str]]] = [
        (n, [str(r["text"]) for r in rows]) for n, rows in corpora.items()
    ]
    groups.append(("typical 50-500 chars", [t for t in all_texts if 50 <= len(t) <= 500]))
    groups.extend((f"synthetic {s // 1024} KB", [synthetic(all_texts, s)]) for s in (2048, 8192))
    for label, texts in groups:
        per_text = time_scans(detector.scan, texts, args.rounds)
        flat = [x for xs in per_text for x in xs]
        best = [min(xs) for xs in per_text]
        raw = f"{statistics.median(flat):>9.1f}{percentile(flat, 99):>9.1f}{max(flat):>9.1f}"
        own = f"{statistics.median(best):>10.1f}{percentile(best, 99):>10.1f}{max(best):>10.1f}"
        print(f"{label:<24}{len(texts):>6}{raw}{own}")
    print()
    slowest = worst_cases(detector)
    print(f"worst cases, {WORST_SIZE:,} characters of one unit repeated ({len(slowest)} units):")
    print("  " + ", ".join(f"{unit!r} {ms:.1f} ms" for ms, unit in slowest[:8]))
    pastes = _timed(detector.scan, synthetic(all_texts, WORST_SIZE)) * 1000
    print(f"  the same length of real pastes: {pastes:.1f} ms")
    print()
    for name, rows in corpora.items():
        print(f"{name:<12}{accuracy(detector, rows)}")


if __name__ == "__main__":
    main()
