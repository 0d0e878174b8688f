"""Independent measurement of `bench.bench_load`'s key figures (issue 7).

Same fakes (`bench.timed_fakes`, started by `bench.load_processes.fakes`) and the
same signed events (`tests.fakes.slack_events`), but nothing of `bench.load_client`
or `bench.load_report`, and every quantity taken at a different place:

* events go out through a hand-written HTTP/1.1 client (asyncio streams, one
  keep-alive connection per simulated user or a pool for open loops);
  ack = request written -> response body read, on CLOCK_MONOTONIC;
* `tandem serve` talks to a recording proxy (`bench.independent.proxy`), not to
  the fakes: an answer ends when chat.stopStream reaches the proxy (a UDP datagram
  tells the generator), and external time is the union of the intervals in
  which a request of this answer was out of Tandem's hands (proxy got it ->
  proxy wrote the last byte of the reply), so the fakes' queueing and the hop
  count as external, not as overhead; overhead = end to end - that union;
* CPU = utime+stime ticks from /proc/PID/stat and, as a cross-check, the sum
  of /proc/PID/task/*/schedstat run time (ns);
* peak RSS = the kernel's VmHWM, reset before each pass (`clear_refs` 5), so no
  sampling interval can miss a peak;
* percentiles are nearest-rank (ceil(p*n)).

    PYTHONPATH=. python -m bench.independent.run closed:1:30 closed:50:15 ...
Pass specs: closed:C:SECONDS[:RAMP] (first questions spread over RAMP s),
open:RATE:SECONDS[:acks], burst:N, idle:SECONDS.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from bench.load_client import QUESTIONS  # the same workload; the measuring is this file's own
from bench.load_processes import (
    Knobs,
    Stack,
    bench_policy,
    fakes,
    free_port,
    serve_env,
    wait_ready,
)
from tests.fakes import slack_events as se

REDIS_URL = "redis://127.0.0.1:6379/9"
TICK = os.sysconf("SC_CLK_TCK")
DUMP = os.environ.get("INDEP_DUMP")


def nearest_rank(values: list[float], pct: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def union_within(spans: list[tuple[float, float]], start: float, end: float) -> float:
    """Total length covered by `spans` clipped to [start, end] (sweep over sorted edges)."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in spans if b > start and a < end)
    total, cur_a, cur_b = 0.0, None, None
    for a, b in clipped:
        if cur_b is None or a > cur_b:
            if cur_b is not None and cur_a is not None:
                total += cur_b - cur_a
            cur_a, cur_b = a, b
        else:
            cur_b = max(cur_b, b)
    if cur_a is not None and cur_b is not None:
        total += cur_b - cur_a
    return total


# -- the process under test ---------------------------------------------------------


class ProcStat:
    """CPU and memory of one process, read from /proc directly."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def ticks(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14, 15)

    def schedstat(self) -> float:
        total = 0
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            with contextlib.suppress(OSError):
                total += int((task / "schedstat").read_text().split()[0])
        return total / 1e9

    def reset_peak(self) -> None:
        Path(f"/proc/{self.pid}/clear_refs").write_text("5")

    def status_kb(self, name: str) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
        return 0


@contextlib.contextmanager
def proxy_process(stack: Stack, notify_port: int) -> Iterator[tuple[Stack, int]]:
    args = [sys.executable, "-m", "bench.independent.proxy", stack.slack, stack.ollama]
    args += [stack.openai, str(notify_port)]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        urls = [process.stdout.readline().strip() for _ in range(3)]
        yield Stack(*urls), process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def serve_process(stack: Stack, folder: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    env = serve_env(stack, f"sqlite+aiosqlite:///{folder / 'indep.db'}", port)
    env.update(REDIS_URL=REDIS_URL, TANDEM_POLICY=str(bench_policy(folder)))
    log = (folder / "serve.log").open("wb")
    command = [sys.executable, "-m", "bot", "serve", "--http", "--workers", "1"]
    process = subprocess.Popen(command, env=env, cwd=folder, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, process, folder / "serve.log")
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=45)
        log.close()


# -- the load generator -------------------------------------------------------------


class Conn:
    """One keep-alive HTTP/1.1 connection, written by hand."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Conn:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(reader, writer)

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        self.writer.write(head.encode() + body)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        fields = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
        if "content-length" in fields:
            await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        return status

    def close(self) -> None:
        self.writer.close()


@dataclass
class Ask:
    number: int
    ts: str
    sent: float
    acked: float | None = None
    status: int | None = None
    end: float | None = None
    end_method: str = ""
    problem: bool = False
    error: str = ""


class Ends(asyncio.DatagramProtocol):
    """Receives the proxy's end-of-answer datagrams."""

    def __init__(self) -> None:
        self.waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}

    def datagram_received(self, data: bytes, addr: Any) -> None:
        message = json.loads(data)
        future = self.waiting.pop(message["key"], None)
        if future is not None and not future.done():
            future.set_result(message)


@dataclass
class Generator:
    port: int
    ends: Ends
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    pool: list[Conn] = field(default_factory=list)

    async def ask(self, conn: Conn, channel: str, *, acks_only: bool = False) -> Ask:
        number = next(self.numbers)
        text = f"{QUESTIONS[number % len(QUESTIONS)]} (ix {number})"
        user = f"U0INDEP{number % 50:03d}"
        if acks_only:
            event = se.message_event(text, user=user, channel=channel, thread_ts=se.new_ts())
        else:
            event = se.app_mention_event(text, user=user, channel=channel)
        body, headers = se.event_request(event)
        future: asyncio.Future[dict[str, Any]] | None = None
        if not acks_only:
            future = asyncio.get_running_loop().create_future()
            self.ends.waiting[event["ts"]] = future
        ask = Ask(number, event["ts"], time.monotonic())
        try:
            ask.status = await conn.post("/slack/events", body, headers)
            ask.acked = time.monotonic()
            if future is not None:
                async with asyncio.timeout(60):
                    end = await future
                ask.end, ask.end_method, ask.problem = end["a"], end["m"], end["problem"]
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
            ask.error = type(exc).__name__
            self.ends.waiting.pop(event["ts"], None)
        return ask

    async def closed(self, concurrency: int, seconds: float, ramp: float = 0.0) -> list[Ask]:
        """Users start `ramp` / `concurrency` s apart (else they ask in step, see bench_load)."""
        deadline = time.monotonic() + seconds
        out: list[Ask] = []

        async def user(index: int) -> None:
            conn = await Conn.open(self.port)
            await asyncio.sleep(index * ramp / concurrency)
            try:
                while time.monotonic() < deadline:
                    out.append(await self.ask(conn, f"C0INDEP{index:03d}"))
            finally:
                conn.close()

        await asyncio.gather(*(user(i) for i in range(concurrency)))
        return out

    async def pooled(self, channel: str, acks_only: bool) -> Ask:
        conn = self.pool.pop() if self.pool else await Conn.open(self.port)
        ask = await self.ask(conn, channel, acks_only=acks_only)
        if ask.error:
            conn.close()
        else:
            self.pool.append(conn)
        return ask

    async def open_loop(self, rate: float, seconds: float, acks_only: bool) -> list[Ask]:
        start = time.monotonic()
        tasks = []
        for index in range(round(rate * seconds)):
            delay = start + index / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            channel = f"C0INDEP{index % 200:03d}"
            tasks.append(asyncio.create_task(self.pooled(channel, acks_only)))
        return list(await asyncio.gather(*tasks))

    async def burst(self, count: int) -> list[Ask]:
        conns = [await Conn.open(self.port) for _ in range(count)]
        try:
            return list(
                await asyncio.gather(
                    *(self.ask(c, f"C0IBURST{i:03d}") for i, c in enumerate(conns))
                )
            )
        finally:
            for conn in conns:
                conn.close()


# -- a pass and its figures ---------------------------------------------------------


def fetch_records(slack_proxy: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(slack_proxy + "/_indep/records", timeout=30) as response:  # noqa: S310
        records: list[dict[str, Any]] = json.load(response)
    return records


def clear_fakes(fake_stack: Stack) -> None:
    """Housekeeping only: the fakes keep recordings that would grow across passes."""
    request = urllib.request.Request(fake_stack.slack + "/_bench/clear", method="POST")  # noqa: S310
    with urllib.request.urlopen(request, timeout=30):  # noqa: S310
        pass
    for url in fake_stack.models:
        with urllib.request.urlopen(url + "/_bench/log", timeout=30):  # noqa: S310
            pass


def figures(
    name: str,
    asks: list[Ask],
    records: list[dict[str, Any]],
    cpu: dict[str, float],
    peak_kb: int,
    window_union: bool,
) -> dict[str, Any]:
    by_key: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for r in records:
        by_key.setdefault(("s" if r["k"] == "slack" else "m", r["key"]), []).append(
            (r["a"], r["b"])
        )
    all_spans = [(r["a"], r["b"]) for r in records]
    acks = [a.acked - a.sent for a in asks if a.acked is not None]
    answered = [a for a in asks if a.end is not None and not a.problem and not a.error]
    e2e, overhead, model, slack, window = [], [], [], [], []
    for a in answered:
        assert a.end is not None
        slack_spans = [s for s in by_key.get(("s", a.ts), []) if s[0] < a.end]
        model_spans = by_key.get(("m", str(a.number)), [])
        ext = union_within(slack_spans + model_spans, a.sent, a.end)
        e2e.append(a.end - a.sent)
        overhead.append(a.end - a.sent - ext)
        model.append(union_within(model_spans, a.sent, a.end))
        slack.append(union_within(slack_spans, a.sent, a.end))
        if window_union:
            window.append(a.end - a.sent - union_within(all_spans, a.sent, a.end))
    ms = 1000.0
    out: dict[str, Any] = {
        "pass": name,
        "asked": len(asks),
        "answered": len(answered),
        "errors": sum(bool(a.error) or (a.status not in (None, 200)) for a in asks),
        "problems": sum(a.problem for a in asks),
        "late_acks_over_3s": sum(x > 3 for x in acks),
        "ack_p50_ms": nearest_rank(acks, 50) * ms,
        "ack_p99_ms": nearest_rank(acks, 99) * ms,
        "ack_max_ms": max(acks, default=math.nan) * ms,
        "wall_s": cpu["wall"],
        "cpu_s_ticks": cpu["ticks"],
        "cpu_s_schedstat": cpu["sched"],
        "peak_rss_mb_vmhwm": peak_kb / 1024,
    }
    if answered:
        out.update(
            e2e_p50_ms=nearest_rank(e2e, 50) * ms,
            model_p50_ms=nearest_rank(model, 50) * ms,
            slack_p50_ms=nearest_rank(slack, 50) * ms,
            overhead_p50_ms=nearest_rank(overhead, 50) * ms,
            overhead_p99_ms=nearest_rank(overhead, 99) * ms,
            overhead_mean_ms=sum(overhead) / len(overhead) * ms,
            cpu_ms_per_answer_ticks=cpu["ticks"] * ms / len(answered),
            cpu_ms_per_answer_schedstat=cpu["sched"] * ms / len(answered),
            answers_per_s=len(answered) / cpu["wall"],
            no_model_request=sum(not by_key.get(("m", str(a.number))) for a in answered),
        )
        if window:
            out.update(
                overhead_window_p50_ms=nearest_rank(window, 50) * ms,
                overhead_window_p99_ms=nearest_rank(window, 99) * ms,
            )
    return out


async def run_pass(
    spec: str, gen: Generator, serve: ProcStat, proxy: ProcStat, proxy_url: str
) -> dict[str, Any]:
    kind, *rest = spec.split(":")
    serve.reset_peak()
    proxy_before = proxy.ticks()
    before = (serve.ticks(), serve.schedstat(), time.monotonic())
    if kind == "closed":
        asks = await gen.closed(int(rest[0]), float(rest[1]), float(rest[2]) if rest[2:] else 0.0)
    elif kind == "open":
        asks = await gen.open_loop(float(rest[0]), float(rest[1]), acks_only=len(rest) > 2)
    elif kind == "burst":
        asks = await gen.burst(int(rest[0]))
    elif kind == "idle":
        await asyncio.sleep(float(rest[0]))
        asks = []
    else:
        raise SystemExit(f"unknown pass {spec}")
    after = (serve.ticks(), serve.schedstat(), time.monotonic())
    proxy_cpu = proxy.ticks() - proxy_before
    cpu = {
        "ticks": after[0] - before[0],
        "sched": after[1] - before[1],
        "wall": after[2] - before[2],
    }
    peak = serve.status_kb("VmHWM")
    await asyncio.sleep(0.3)  # late proxy records (the reply to stopStream) come in
    records = await asyncio.to_thread(fetch_records, proxy_url)
    result = figures(spec, asks, records, cpu, peak, window_union=spec.startswith("closed:1:"))
    if DUMP:
        line = json.dumps({"pass": spec, "asks": [vars(a) for a in asks], "records": records})
        with Path(DUMP).open("a") as sink:  # noqa: ASYNC230 (after the pass, untimed)
            sink.write(line + "\n")
    result["proxy_cpu_share"] = proxy_cpu / cpu["wall"]
    if kind == "idle":
        result["cpu_ms_per_s_idle"] = cpu["ticks"] * 1000 / cpu["wall"]
    return result


async def drive(
    passes: list[str],
    serve_url: str,
    serve_pid: int,
    proxy_pid: int,
    proxy: Stack,
    fake_stack: Stack,
    notify: socket.socket,
    warm: bool,
) -> list[dict[str, Any]]:
    loop = asyncio.get_running_loop()
    _, ends = await loop.create_datagram_endpoint(Ends, sock=notify)
    gen = Generator(int(serve_url.rsplit(":", 1)[1]), ends)
    serve = ProcStat(serve_pid)
    if warm:
        await gen.closed(20, 5.0)
        await asyncio.to_thread(fetch_records, proxy.slack)
        await asyncio.to_thread(clear_fakes, fake_stack)
    results = []
    for spec in passes:
        result = await run_pass(spec, gen, serve, ProcStat(proxy_pid), proxy.slack)
        await asyncio.to_thread(clear_fakes, fake_stack)
        print(json.dumps(result), flush=True)
        results.append(result)
    for conn in gen.pool:
        conn.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("passes", nargs="+")
    parser.add_argument("--no-warm", action="store_true")
    parser.add_argument(
        "--direct-models",
        action="store_true",
        help="Tandem reaches the model fakes directly (no proxy hop; no model time)",
    )
    args = parser.parse_args()
    with redis.Redis.from_url(REDIS_URL) as client:
        client.flushdb()
    notify = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    notify.bind(("127.0.0.1", 0))
    notify.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 2**20)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="tandem-indep-") as folder,
            fakes(Knobs()) as fake_stack,
            proxy_process(fake_stack, notify.getsockname()[1]) as (proxy, proxy_pid),
            serve_process(
                Stack(proxy.slack, fake_stack.ollama, fake_stack.openai)
                if args.direct_models
                else proxy,
                Path(folder),
            ) as (url, pid),
        ):
            warm = not args.no_warm
            asyncio.run(drive(args.passes, url, pid, proxy_pid, proxy, fake_stack, notify, warm))
    finally:
        with redis.Redis.from_url(REDIS_URL) as client:
            client.flushdb()


if __name__ == "__main__":
    main()
