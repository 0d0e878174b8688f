"""Shared benchmark plumbing: fakes in their own processes, percentiles, tables.

Fakes run as separate processes so the process being measured does not share
its interpreter (and GIL) with the servers standing in for Ollama, OpenAI and Slack.
"""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: Sequence[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"p50 {percentile(ms, 50):.2f} ms, p99 {percentile(ms, 99):.2f} ms, "
        f"mean {statistics.fmean(ms):.2f} ms (n={len(ms)})"
    )


@contextlib.contextmanager
def fake_process(module: str, *knobs: str) -> Iterator[str]:
    """Start `python -m tests.fakes.<module>` and yield its URL."""
    with server_process([f"tests.fakes.{module}"], *knobs) as url:
        yield url


@contextlib.contextmanager
def server_process(command: Sequence[str], *knobs: str) -> Iterator[str]:
    """Start `python -m <command...> --port 0 --set <knob>...` and yield the URL it prints.

    For any server built on `tests.fakes.server.run_standalone`, e.g.
    `server_process(["bench.timed_fakes", "slack"], "latency=0.01")`.
    """
    args = [sys.executable, "-m", *command, "--port", "0"]
    for knob in knobs:
        args += ["--set", knob]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"{' '.join(command)} did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def machine() -> str:
    cpus = os.cpu_count()
    return (
        f"{platform.machine()}, {cpus} CPUs, Python {platform.python_version()}, "
        f"{datetime.now(UTC):%Y-%m-%d}"
    )


def revision() -> str:
    """The commit measured, and whether the working tree (bot/) differed from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "bot"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{commit}{' + uncommitted changes in bot/' if dirty else ''}"
