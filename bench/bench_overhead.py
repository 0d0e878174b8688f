"""Tandem's own time per answer: end to end minus the model server's time.

The model fake runs in its own process and answers instantly (no first-token
delay, no pacing), Redis is the real server, the usage log the embedded SQLite.
For each answer: wall time of `Assistant.answer`, minus the model call's own
time (connect, request, stream) as measured around the provider client.

    python -m bench.bench_overhead [--answers 500]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import fake_process, machine, summary_ms
from bot import logs
from bot.config import Settings
from bot.question import AnswerMeta, Question
from bot.state.keys import ThreadKey
from bot.wiring import build, migrate


class NullSink:
    async def write(self, text: str) -> None:
        return None

    async def finish(self, meta: AnswerMeta) -> None:
        return None


async def measure(
    ollama_url: str, answers: int, database_url: str
) -> tuple[list[float], list[float]]:
    settings = Settings(
        ollama_host=ollama_url, database_url=database_url, redis_url="redis://127.0.0.1:6379/14"
    )
    await migrate(settings)
    services = await build(settings)
    await services.redis.flushdb()
    overheads, totals = [], []
    try:
        for n in range(answers + 50):
            question = Question(
                text=f"what does git rebase do? ({n})",
                thread=ThreadKey("Tbench", "Cbench", f"thread-{n % 50}"),
                user="Ubench",
                surface="cli",
                choice="local",
            )
            start = time.perf_counter()
            meta = await services.assistant.answer(question, NullSink())
            wall = time.perf_counter() - start
            if n >= 50 and meta.ok:
                totals.append(wall)
                overheads.append(wall - meta.model_time)
    finally:
        await services.redis.flushdb()
        await services.aclose()
    return overheads, totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=500)
    args = parser.parse_args()
    logs.configure("WARNING", json=False)  # a log line per answer would be measured too
    with tempfile.TemporaryDirectory() as folder, fake_process("ollama", "reply_tokens=20") as url:
        database_url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        overheads, totals = asyncio.run(measure(url, args.answers, database_url))
    print(f"machine: {machine()}")
    print(f"end to end per answer: {summary_ms(totals)}")
    print(f"Tandem overhead per answer (end to end minus model call): {summary_ms(overheads)}")


if __name__ == "__main__":
    main()
