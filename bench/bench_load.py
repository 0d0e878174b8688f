"""Load benchmark: signed Slack events over HTTP to a real `tandem serve` process.

Everything runs in its own process: the fakes of the Slack Web API, Ollama and
OpenAI (`bench.timed_fakes`, which time their own work), `tandem serve --http`
(SQLite in a temporary folder, Redis db 11), and this load generator.

1. Timing passes (SQLite): closed loops at concurrency 1, 50 (also with 10-token
   answers, to split per-answer from per-token cost) and 200, where each user asks
   again as soon as its answer is in Slack (the users' first questions spread over
   one model answer's time, so they do not arrive in step); a burst of 200 mentions
   sent at the same moment (each in its own channel, over connections opened first);
   then open loops at a fixed rate
   (default 100 events/s for 20 s): events Tandem only acknowledges (a message in a
   thread it never answered), then mentions it answers. Per pass: ack latency, end
   to end, Tandem's overhead (`bench.load_client` says how it is computed),
   answers/s, CPU ms per answer (psutil: user+system time of the serve process over
   the pass / answers), peak RSS (psutil, every 50 ms), and the CPU of every process
   involved and of the rest of the machine.
2. Counting pass (PostgreSQL, a database made for the run and dropped after):
   `tandem serve` reaches PostgreSQL through a proxy that counts statements on the
   wire, and Redis MONITOR counts the commands on db 11 (`bench.counters`).
3. With `--profile`, py-spy samples the serve process during the first concurrency-50
   pass; the top functions are printed (`bench.profile`).

    .venv/bin/python -m bench.bench_load [--quick] [--profile] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import tempfile
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import asdict
from pathlib import Path

import aiohttp
import asyncpg  # type: ignore[import-untyped]
import redis

from bench.common import machine, percentile, revision
from bench.counters import PgCountingProxy, RedisMonitor
from bench.load_client import LoadClient, Sample, following, model_spans, outcome, timings
from bench.load_processes import (
    REDIS_DB,
    REDIS_URL,
    CpuMeter,
    Knobs,
    RssSampler,
    Serve,
    Stack,
    fakes,
    spy,
    tandem_serve,
)
from bench.load_report import Counts, PassResult, Report, render
from bench.profile import hot_spots
from tests.support.databases import PG_ADMIN_DSN, scratch_database

Run = Callable[[], Awaitable[list[Sample]]]


def flush_bench_redis() -> None:
    with redis.Redis.from_url(REDIS_URL) as client:
        client.flushdb()


def _ms(values: Sequence[float]) -> tuple[float, float]:
    return (percentile(values, 50) * 1000, percentile(values, 99) * 1000)


class Bench:
    """One `tandem serve` under load: runs passes and turns them into table rows."""

    def __init__(self, client: LoadClient, serve: Serve, stack: Stack) -> None:
        self.client, self.serve, self.stack = client, serve, stack
        self.cpu = CpuMeter(serve.tree(), stack.processes())

    async def measure(self, name: str, run: Run, *, ack_only: bool = False) -> PassResult:
        load = os.getloadavg()[0]
        self.cpu.start()
        async with RssSampler(self.serve.tree()) as rss:
            samples = await run()
        cpu = self.cpu.stop()
        models = await model_spans(self.client.session, self.stack.models)
        timed = timings(samples, self.client.follower.calls, models)
        self.client.follower.forget([s.ts for s in samples])
        await self.clear_fakes()
        result = outcome(samples)
        failures = result.errors
        if ack_only:
            failures = {"not acked": sum(not s.acknowledged for s in samples)}
        return PassResult(
            name=name,
            asked=len(samples),
            answers=result.answers,
            failures={k: v for k, v in failures.items() if v},
            late_acks=result.late_acks,
            seconds=cpu.wall,
            answers_per_s=result.answers / cpu.wall,
            ack_ms=_ms([s.ack for s in samples if s.ack is not None]),
            e2e_ms=percentile([t.end_to_end for t in timed], 50) * 1000,
            model_ms=percentile([t.model for t in timed], 50) * 1000,
            slack_ms=percentile([t.slack for t in timed], 50) * 1000,
            overhead_ms=_ms([t.overhead for t in timed]),
            cpu_ms_per_answer=cpu.serve * 1000 / max(result.answers, 1),
            peak_rss_mb=rss.peak / 2**20,
            strong_share=result.strong_share,
            load=load,
            cpu_serve=cpu.percent(cpu.serve),
            cpu_fakes=cpu.percent(cpu.fakes),
            cpu_harness=cpu.percent(cpu.harness),
            cpu_others=cpu.percent(cpu.others),
            ack_only=ack_only,
        )

    async def clear_fakes(self) -> None:
        """Drop the fakes' recordings so they do not grow across passes."""
        async with self.client.session.post(self.stack.slack + "/_bench/clear") as response:
            await response.read()
        await model_spans(self.client.session, self.stack.models)

    async def set_model_knobs(self, **knobs: object) -> None:
        for url in self.stack.models:
            async with self.client.session.post(url + "/_bench/knobs", json=knobs) as response:
                response.raise_for_status()


@contextlib.asynccontextmanager
async def bench_for(stack: Stack, serve: Serve) -> AsyncIterator[Bench]:
    connector = aiohttp.TCPConnector(limit=0)
    async with (
        aiohttp.ClientSession(connector=connector) as session,
        following(session, stack.slack) as follower,
    ):
        yield Bench(LoadClient(session, serve.url, follower), serve, stack)


def answer_time(args: argparse.Namespace, tokens: int | None = None) -> float:
    """How long the model fakes take per answer: a closed loop's users start spread over it."""
    return args.first_token_delay + (tokens or args.reply_tokens) / args.tokens_per_second


async def closed_passes(bench: Bench, args: argparse.Namespace) -> list[PassResult]:
    seconds = 6.0 if args.quick else args.seconds
    client, out = bench.client, []
    for concurrency, tokens in ((1, None), (50, None), (50, 10), (200, None)):
        name = f"closed c={concurrency}"
        if tokens is not None:
            name += f", {tokens}-token answers"
            await bench.set_model_knobs(reply_tokens=tokens)

        ramp = answer_time(args, tokens)

        async def run(c: int = concurrency, r: float = ramp) -> list[Sample]:
            return await client.closed_loop(c, seconds=seconds, ramp=r)

        profiling = args.profile and concurrency == 50 and tokens is None
        output = args.folder / "py-spy.txt"
        with spy(bench.serve, seconds, output) if profiling else contextlib.nullcontext():
            out.append(await bench.measure(name, run))
        if tokens is not None:
            await bench.set_model_knobs(reply_tokens=args.reply_tokens)
    return out


async def timing_passes(args: argparse.Namespace, stack: Stack, serve: Serve) -> list[PassResult]:
    async with bench_for(stack, serve) as bench:
        await bench.client.closed_loop(20, answers=100)
        await bench.clear_fakes()
        out = await closed_passes(bench, args)
        out.append(await bench.measure("burst of 200", lambda: bench.client.burst(200)))
        seconds = 8.0 if args.quick else args.open_seconds
        for ack_only in (True, False):

            async def run(only: bool = ack_only) -> list[Sample]:
                return await bench.client.open_loop(args.rate, seconds, ack_only=only)

            what = "acks only" if ack_only else "answered"
            name = f"open {args.rate:g}/s, {what}"
            out.append(await bench.measure(name, run, ack_only=ack_only))
    return out


async def worker_passes(args: argparse.Namespace, stack: Stack, serve: Serve) -> list[PassResult]:
    """The heavy passes again with `tandem serve --workers N` (one process per core)."""
    suffix = f", {args.workers} workers"
    seconds = 6.0 if args.quick else args.seconds
    async with bench_for(stack, serve) as bench:
        client = bench.client
        await client.closed_loop(20, answers=100)
        await bench.clear_fakes()
        out = []
        for concurrency in (50, 200):

            async def closed(c: int = concurrency) -> list[Sample]:
                return await client.closed_loop(c, seconds=seconds, ramp=answer_time(args))

            out.append(await bench.measure(f"closed c={concurrency}{suffix}", closed))
        out.append(await bench.measure(f"burst of 200{suffix}", lambda: client.burst(200)))
        open_seconds = 8.0 if args.quick else args.open_seconds

        async def answered() -> list[Sample]:
            return await client.open_loop(args.rate, open_seconds, ack_only=False)

        out.append(await bench.measure(f"open {args.rate:g}/s, answered{suffix}", answered))
    return out


def server_ack_share(serve: Serve, bound: str = "0.05") -> float | None:
    """Tandem's own histogram: share of event acks at or under `bound` seconds."""
    try:
        with urllib.request.urlopen(serve.url + "/metrics", timeout=60) as response:  # noqa: S310
            text = response.read().decode()
    except OSError:
        return None
    bucket = re.search(
        rf'tandem_ack_latency_seconds_bucket{{kind="event",le="{bound}"}} (\S+)', text
    )
    count = re.search(r'tandem_ack_latency_seconds_count{kind="event"} (\S+)', text)
    if not bucket or not count or float(count.group(1)) == 0:
        return None
    return float(bucket.group(1)) / float(count.group(1))


async def _usage_rows(dsn: str, at_least: int) -> None:
    """Wait until the usage writer's batches are in the table (it writes every 0.5 s)."""
    connection = await asyncpg.connect(dsn)
    try:
        for _ in range(300):
            if await connection.fetchval("SELECT count(*) FROM usage_events") >= at_least:
                return
            await asyncio.sleep(0.1)
        raise TimeoutError(f"fewer than {at_least} usage rows after 30 s")
    finally:
        await connection.close()


async def counting_pass(stack: Stack, serve: Serve, dsn: str, proxy: PgCountingProxy) -> Counts:
    """300 answers at concurrency 50, after a warm-up; counts include the usage writes."""
    async with bench_for(stack, serve) as bench:
        warm = sum(s.ok for s in await bench.client.closed_loop(10, answers=50))
        await _usage_rows(dsn, warm)
        before = proxy.snapshot()
        with RedisMonitor(REDIS_DB) as monitor:
            answered = sum(s.ok for s in await bench.client.closed_loop(50, answers=300))
            await _usage_rows(dsn, warm + answered)
        sql = proxy.snapshot() - before
        await bench.clear_fakes()
    per = max(answered, 1)
    return Counts(
        answers=answered,
        redis_per_answer=sum(monitor.commands.values()) / per,
        redis_commands=[(k, v / per) for k, v in monitor.commands.most_common()],
        redis_in_scripts_per_answer=sum(monitor.in_scripts.values()) / per,
        sql_per_answer=sql["statements"] / per,
        sql_kinds=[(k[4:], v / per) for k, v in sql.most_common() if k.startswith("sql:")],
    )


def run_counts(stack: Stack, folder: Path, module: str) -> Counts:
    base = PG_ADMIN_DSN.rsplit("/", 1)[0]
    host = base.rsplit(":", 1)[0]
    with (
        scratch_database("tandem_bench") as name,
        PgCountingProxy() as proxy,
        tandem_serve(stack, f"{host}:{proxy.port}/{name}", folder, module) as serve,
    ):
        return asyncio.run(counting_pass(stack, serve, f"{base}/{name}", proxy))


def run(args: argparse.Namespace) -> Report:
    knobs = Knobs(
        args.first_token_delay, args.tokens_per_second, args.reply_tokens, args.slack_latency
    )
    report = Report(f"{machine()}; tandem at {revision()}", knobs)
    flush_bench_redis()
    try:
        with fakes(knobs) as stack:
            database = args.database_url or f"sqlite+aiosqlite:///{args.folder / 'bench.db'}"
            with tandem_serve(stack, database, args.folder, args.serve_module) as serve:
                report.passes = asyncio.run(timing_passes(args, stack, serve))
                report.server_ack_le_50ms = server_ack_share(serve)
            flush_bench_redis()
            if args.workers > 1:
                with tandem_serve(
                    stack, database, args.folder, args.serve_module, workers=args.workers
                ) as serve:
                    report.passes += asyncio.run(worker_passes(args, stack, serve))
                flush_bench_redis()
            if not args.no_counts:
                report.counts = run_counts(stack, args.folder, args.serve_module)
    finally:
        flush_bench_redis()
    spied = args.folder / "py-spy.txt"
    if args.profile and spied.exists():
        report.hot_spots = hot_spots(spied.read_text())
        if args.profile_out:
            args.profile_out.write_text(spied.read_text())
    return report


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Load benchmark of tandem serve (see module doc)")
    parser.add_argument("--quick", action="store_true", help="short passes (a smoke test)")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each closed loop")
    parser.add_argument("--rate", type=float, default=100.0, help="open loop events/s")
    parser.add_argument("--open-seconds", type=float, default=20.0)
    parser.add_argument("--first-token-delay", type=float, default=Knobs.first_token_delay)
    parser.add_argument("--tokens-per-second", type=float, default=Knobs.tokens_per_second)
    parser.add_argument("--reply-tokens", type=int, default=Knobs.reply_tokens)
    parser.add_argument("--slack-latency", type=float, default=Knobs.slack_latency)
    parser.add_argument("--database-url", help="timing passes against this database")
    parser.add_argument("--no-counts", action="store_true", help="skip the PostgreSQL/Redis counts")
    parser.add_argument("--profile", action="store_true", help="py-spy the concurrency-50 pass")
    parser.add_argument("--profile-out", type=Path, help="keep py-spy's raw stacks here")
    parser.add_argument(
        "--serve-module", default="bot", help="run `python -m MODULE serve --http` (A/B tests)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        help="then the heavy passes with `serve --workers N` (default 2, one per core; 1 skips)",
    )
    parser.add_argument("--json", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        args.folder = Path(folder)
        report = run(args)
    print(json.dumps(asdict(report), indent=2) if args.json else render(report))


if __name__ == "__main__":
    main()
