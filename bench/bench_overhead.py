"""Tandem's own time per answer: end to end minus the model server's time.

The model fake runs in its own process and answers instantly (no first-token
delay, no pacing), Redis is the real server, the usage log the embedded SQLite.
For each answer: wall time of `Assistant.answer`, minus the model call's own
time (connect, request, stream) as measured around the provider client.

Two passes: answers back to back (the code and data hot in the caches), then
answers each after an idle pause (`--gap`, default 0.3 s), as a Slack bot mostly
sees them: the first question after a quiet spell finds the CPU caches cold and
every process on its path (Tandem, Redis, the model server) asleep.

    python -m bench.bench_overhead [--answers 500] [--idle-answers 60] [--gap 0.3]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from redis.asyncio import Redis

from bench.common import fake_process, machine, summary_ms
from bot import logs
from bot.config import Settings
from bot.question import AnswerMeta, Question
from bot.state.keys import ThreadKey
from bot.wiring import build, migrate

REDIS_URL = "redis://127.0.0.1:6379/14"


class NullSink:
    async def write(self, text: str) -> None:
        return None

    async def finish(self, meta: AnswerMeta) -> None:
        return None


async def measure(
    ollama_url: str, answers: int, database_url: str, gap: float = 0.0
) -> tuple[list[float], list[float]]:
    settings = Settings(ollama_host=ollama_url, database_url=database_url, redis_url=REDIS_URL)
    await migrate(settings)
    services = await build(settings)
    await services.redis.flushdb()
    overheads, totals = [], []
    try:
        warm = 5 if gap else 50  # the first answers build caches and connections
        for n in range(answers + warm):
            question = Question(
                text=f"what does git rebase do? ({n})",
                thread=ThreadKey("Tbench", "Cbench", f"thread-{n % 50}"),
                user="Ubench",
                surface="cli",
                choice="local",
            )
            if gap:
                await asyncio.sleep(gap)
            start = time.perf_counter()
            meta = await services.assistant.answer(question, NullSink())
            wall = time.perf_counter() - start
            if n >= warm and meta.ok:
                totals.append(wall)
                overheads.append(wall - meta.model_time)
    finally:
        await services.redis.flushdb()
        await services.aclose()
    return overheads, totals


async def redis_ping(url: str, gap: float, count: int = 30) -> list[float]:
    """The machine's own price of a round trip to another process, hot or after idle."""
    client = Redis.from_url(url)
    try:
        await client.ping()
        times = []
        for _ in range(count):
            if gap:
                await asyncio.sleep(gap)
            start = time.perf_counter()
            await client.ping()
            times.append(time.perf_counter() - start)
        return times
    finally:
        await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=500)
    parser.add_argument("--idle-answers", type=int, default=60)
    parser.add_argument("--gap", type=float, default=0.3, help="idle seconds before each")
    args = parser.parse_args()
    logs.configure("WARNING", json=False)  # a log line per answer would be measured too
    with tempfile.TemporaryDirectory() as folder, fake_process("ollama", "reply_tokens=20") as url:
        database_url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        overheads, totals = asyncio.run(measure(url, args.answers, database_url))
        idle, _ = asyncio.run(measure(url, args.idle_answers, database_url, gap=args.gap))
    print(f"machine: {machine()}")
    print(f"end to end per answer: {summary_ms(totals)}")
    print(f"Tandem overhead per answer (end to end minus model call): {summary_ms(overheads)}")
    print(f"the same, each answer after {args.gap:g} s idle: {summary_ms(idle)}")
    count = 30 if args.idle_answers >= 30 else 10
    hot = asyncio.run(redis_ping(REDIS_URL, 0.0, count))
    cold = asyncio.run(redis_ping(REDIS_URL, args.gap, count))
    print(f"for scale, a Redis PING back to back: {summary_ms(hot)}")
    print(f"           a Redis PING after {args.gap:g} s idle: {summary_ms(cold)}")


if __name__ == "__main__":
    main()
