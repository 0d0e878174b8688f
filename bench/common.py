"""Shared benchmark plumbing: fakes in their own processes, percentiles, tables.

Fakes run as separate processes so the process being measured does not share
its interpreter (and GIL) with the servers standing in for Ollama, OpenAI and Slack.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
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
        f"{datetime.now(UTC):%Y-%m-%d}; {speed()}"
    )


_PROBE_EVENT = {
    "token": "x" * 24,
    "team_id": "T0001",
    "event": {
        "type": "app_mention",
        "user": "U0001",
        "channel": "C0001",
        "ts": "1.000001",
        "text": "<@U0BOT> what does git rebase do? " * 4,
    },
    "type": "event_callback",
    "event_id": "Ev0001",
    "event_time": 1,
}


def _cpu_probe() -> float:
    """µs for a fixed slice of what an answer's CPU is made of (JSON both ways, an HMAC)."""
    key = b"probe-secret"
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(2000):
            body = json.dumps(_PROBE_EVENT).encode()
            hmac.new(key, b"v0:1:" + body, hashlib.sha256).hexdigest()
            json.loads(body)
        best = min(best, (time.process_time() - start) / 2000)
    return best * 1e6


def _redis_ping(host: str = "127.0.0.1", port: int = 6379, count: int = 200) -> float | None:
    """Median ms of a Redis PING back to back: a round trip to another process."""
    try:
        with socket.create_connection((host, port), timeout=1.0) as conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            times = []
            for _ in range(count):
                start = time.perf_counter()
                conn.sendall(b"PING\r\n")
                if not conn.recv(64).startswith(b"+PONG"):
                    return None
                times.append(time.perf_counter() - start)
    except OSError:
        return None
    return statistics.median(times) * 1000


def speed() -> str:
    """How fast this machine is right now, so that runs on different days can be compared.

    The same code measured 1.7-2.6 times slower on one day than the day before
    (a shared virtual machine): a figure means little without the machine's
    speed at the time. Both probes involve no Tandem code.
    """
    ping = _redis_ping()
    ping_text = f"{ping:.3f} ms" if ping is not None else "n/a (Redis down)"
    return f"speed probes: CPU {_cpu_probe():.1f} µs, Redis PING p50 {ping_text}"


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
