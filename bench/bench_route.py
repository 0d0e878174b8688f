"""Routing decision latency (p50/p99) and `tandem route --batch` wall time for 1,000 prompts.

Prompts: the shared MMLU and GSM8K dev sets plus the Slack-like engineering
messages (with and without secrets) of the sensitivity corpora, shuffled.

python -m bench.bench_route
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, summary_ms
from bot.config import Settings
from bot.routing.build import build_router
from bot.routing.decision import RouteRequest

SHARED = ROOT.parent / "shared" / "routing"
SLACK_LIKE = ROOT / "tests" / "data" / "sensitivity"


def prompts(count: int, seed: int = 7) -> list[str]:
    pool: list[str] = []
    sources = (SHARED / "mmlu.dev.jsonl", SHARED / "gsm8k.dev.jsonl")
    for path in (*sources, SLACK_LIKE / "ordinary.jsonl", SLACK_LIKE / "sensitive.jsonl"):
        if path.exists():
            for line in filter(None, path.read_text().split("\n")):
                row = json.loads(line)
                pool.append(row.get("prompt") or row.get("text") or "")
    pool = [p for p in pool if p]
    random.Random(seed).shuffle(pool)
    return (pool * (count // max(len(pool), 1) + 1))[:count]


def decision_latency(count: int = 5000) -> list[float]:
    router = build_router(Settings())
    texts = prompts(count)
    for text in texts[:200]:
        router.decide(RouteRequest(text=text))
    timings = []
    for text in texts:
        start = time.perf_counter()
        router.decide(RouteRequest(text=text))
        timings.append(time.perf_counter() - start)
    return timings


def batch_wall_time(count: int = 1000) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "prompts.jsonl"
        path.write_text("\n".join(json.dumps({"prompt": p}) for p in prompts(count)) + "\n")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "route", "--batch", str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
        )
        return time.perf_counter() - start


def main() -> None:
    print(f"machine: {machine()}")
    print(f"decide(): {summary_ms(decision_latency())}")
    walls = [batch_wall_time() for _ in range(3)]
    print(
        f"tandem route --batch, 1000 prompts, process start included: best {min(walls):.2f} s, "
        f"worst {max(walls):.2f} s (3 runs)"
    )


if __name__ == "__main__":
    main()
