"""The processes of the load benchmark and how their resources are measured.

`tandem serve` and the three fakes each run in their own process, so the numbers
for Tandem are not mixed with those of the servers standing in for Slack and the
models. The CPU of every one of them, and of the whole machine, is read before
and after each pass: on a shared 2-core machine the share left to other work
says whether a pass was measured on a quiet machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench.common import server_process
from bot.config import BUNDLED_POLICY
from tests.fakes.slack import DEFAULT_TOKEN
from tests.fakes.slack_events import DEFAULT_SIGNING_SECRET

REDIS_DB = 11
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"


@dataclass(frozen=True)
class Knobs:
    """The fakes' behaviour: how long a model takes, how slow Slack is."""

    first_token_delay: float = 0.1
    tokens_per_second: float = 200.0
    reply_tokens: int = 80
    slack_latency: float = 0.0

    def model(self) -> list[str]:
        return [
            f"first_token_delay={self.first_token_delay}",
            f"token_interval={1 / self.tokens_per_second}",
            f"reply_tokens={self.reply_tokens}",
        ]


@dataclass
class Stack:
    """The fakes' URLs."""

    slack: str
    ollama: str
    openai: str

    @property
    def models(self) -> list[str]:
        return [self.ollama, self.openai]

    def processes(self) -> list[psutil.Process]:
        out = []
        for url in (self.slack, self.ollama, self.openai):
            with urllib.request.urlopen(url + "/_bench/pid", timeout=5) as response:  # noqa: S310
                out.append(psutil.Process(int(json.load(response)["pid"])))
        return out


@dataclass
class Serve:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def ps(self) -> psutil.Process:
        return psutil.Process(self.process.pid)

    def tree(self) -> list[psutil.Process]:
        """The serve process and, under `--workers`, its workers (and their helpers)."""
        return [self.ps, *self.ps.children(recursive=True)]


@contextlib.contextmanager
def fakes(knobs: Knobs) -> Iterator[Stack]:
    with (
        server_process(["bench.timed_fakes", "slack"], f"latency={knobs.slack_latency}") as slack,
        server_process(["bench.timed_fakes", "ollama"], *knobs.model()) as ollama,
        server_process(["bench.timed_fakes", "openai"], *knobs.model()) as openai,
    ):
        yield Stack(slack, ollama, openai)


def serve_env(stack: Stack, database_url: str, port: int) -> dict[str, str]:
    """The environment a deployment would give `tandem serve`, pointed at the fakes."""
    owned = ("TANDEM_", "SLACK_", "OPENAI_", "OLLAMA_", "DATABASE_URL", "REDIS_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(owned)}
    env.update(
        SLACK_API_URL=stack.slack + "/api/",
        SLACK_BOT_TOKEN=DEFAULT_TOKEN,
        SLACK_SIGNING_SECRET=DEFAULT_SIGNING_SECRET,
        OLLAMA_HOST=stack.ollama,
        OPENAI_BASE_URL=stack.openai + "/v1",
        OPENAI_API_KEY="sk-bench-loopback",
        REDIS_URL=REDIS_URL,
        DATABASE_URL=database_url,
        TANDEM_HOST="127.0.0.1",
        TANDEM_PORT=str(port),
        TANDEM_SCHEDULER="false",
        TANDEM_LOG_LEVEL="WARNING",
    )
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(serve: Serve, port: int, workers: int, log: Path) -> None:
    """Until every worker has bound the port: connections made before that would all
    stay (keep-alive) with the first one."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        listening = 0
        for process in serve.tree():
            with contextlib.suppress(psutil.Error):
                listening += any(
                    c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port
                    for c in process.net_connections("tcp")
                )
        if listening >= workers:
            return
        time.sleep(0.2)
    raise RuntimeError(f"not all {workers} workers are listening: {log.read_text()[-2000:]}")


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /readyz: a process starting up has no event to await."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"tandem serve exited: {log.read_text()[-2000:]}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/readyz", timeout=2) as response,  # noqa: S310
        ):
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError("tandem serve did not become ready")


def bench_policy(folder: Path) -> Path:
    """The bundled policy with the per-person rate limit raised out of the way: the
    benchmark's 50 simulated people ask up to several questions a second each. The
    limiter still counts every question, so its Redis commands are in the counts."""
    text = BUNDLED_POLICY.read_text()
    limit = "questions_per_user_per_minute = "
    start = text.index(limit) + len(limit)
    end = text.index("\n", start)
    path = folder / "policy.toml"
    path.write_text(text[:start] + "1000000" + text[end:])
    return path


@contextlib.contextmanager
def tandem_serve(
    stack: Stack, database_url: str, folder: Path, module: str = "bot", workers: int = 1
) -> Iterator[Serve]:
    """`python -m bot serve --http [--workers N]` as its own process; SIGTERM (graceful) at
    the end.

    `module` runs another entry point with the same command line instead (an A/B
    comparison of a change, say); it must be importable (PYTHONPATH is passed on).
    """
    port = free_port()
    log = folder / f"serve-{port}.log"
    env = serve_env(stack, database_url, port)
    env["TANDEM_POLICY"] = str(bench_policy(folder))
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", module, "serve", "--http", "--workers", str(workers)],
            env=env,
            cwd=folder,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    serve = Serve(f"http://127.0.0.1:{port}", process, log)
    try:
        wait_ready(serve.url, process, log)
        _wait_listening(serve, port, workers, log)
        yield serve
    finally:
        process.terminate()
        try:
            process.wait(timeout=45)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class CpuSplit:
    """CPU over a pass, in seconds: Tandem, the fakes, this load generator, everything."""

    serve: float
    fakes: float
    harness: float
    machine: float
    wall: float

    def percent(self, seconds: float) -> float:
        """As top shows it: 100 = one core busy for the whole pass."""
        return 100 * seconds / self.wall if self.wall else 0.0

    @property
    def others(self) -> float:
        """Work on the machine that is not this benchmark's (other sessions, Redis, SQL)."""
        return max(0.0, self.machine - self.serve - self.fakes - self.harness)


def _busy() -> float:
    times = psutil.cpu_times()
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


class CpuMeter:
    """Reads the CPU time of the benchmark's processes and of the machine around a pass."""

    def __init__(self, serve: list[psutil.Process], fakes: list[psutil.Process]) -> None:
        self.serve, self.fakes, self.harness = serve, fakes, psutil.Process()
        self._start = (0.0, 0.0, 0.0, 0.0, 0.0)

    def _read(self) -> tuple[float, float, float, float, float]:
        fakes = sum(_cpu(p) for p in self.fakes)
        serve = sum(_cpu(p) for p in self.serve)
        return serve, fakes, _cpu(self.harness), _busy(), time.monotonic()

    def start(self) -> None:
        self._start = self._read()

    def stop(self) -> CpuSplit:
        end = self._read()
        serve, fakes, harness, machine, wall = (
            b - a for a, b in zip(self._start, end, strict=True)
        )
        return CpuSplit(serve, fakes, harness, machine, wall)


class RssSampler:
    """Peak resident memory of the largest of some processes (one worker, under
    `--workers`), sampled every 50 ms while a pass runs."""

    def __init__(self, processes: list[psutil.Process]) -> None:
        self.processes = processes
        self.peak = 0
        self._task: asyncio.Task[None] | None = None

    def _largest(self) -> int:
        return max(int(p.memory_info().rss) for p in self.processes)

    async def _run(self) -> None:
        while True:
            self.peak = max(self.peak, self._largest())
            await asyncio.sleep(0.05)

    async def __aenter__(self) -> RssSampler:
        self.peak = self._largest()
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


@contextlib.contextmanager
def spy(serve: Serve, seconds: float, output: Path) -> Iterator[None]:
    """py-spy, sampling from outside the process (only while it holds the GIL), during a pass."""
    spy_bin = Path(sys.executable).with_name("py-spy")
    command = [str(spy_bin), "record", "--pid", str(serve.process.pid), "--duration"]
    command += [str(int(seconds)), "--rate", "200", "--gil", "--format", "raw", "-o", str(output)]
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        recorder.wait(timeout=seconds + 30)
