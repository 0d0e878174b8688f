"""CPU per streamed token: where an answer's CPU goes when the model streams.

Ollama sends one JSON line per token, and a local model paces them (a 2 ms gap
here, 500 tokens/s; the load benchmark's 200 tokens/s is gentler), so each token
wakes the process on its own. Three readers of the same fake Ollama stream, in
one process on uvloop as `tandem serve` runs, each timed by the process's CPU
clock (user + system) over whole streams:

* a bare aiohttp reader that parses each line with `json.loads` (the floor: a
  wake-up, a read and a parse per token);
* the ollama SDK's `AsyncClient.chat(stream=True)` on the aiohttp transport
  Tandem gives it (adds httpx's line iterators and a pydantic model per line);
* Tandem's `OllamaBackend` under `ModelStream` (adds the deadline and idle timers
  and the text deltas the chain hands to a reply sink).

    python -m bench.bench_tokens [--tokens 200] [--streams 10] [--interval 0.002] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx
import ollama
import uvloop
from httpx_aiohttp import AiohttpTransport

from bench.common import ROOT, machine, server_process
from bot.models.base import ChatMessage
from bot.models.ollama import OllamaBackend
from bot.models.streaming import ModelStream
from bot.routing.policy import load_policy

MODEL = "llama3.1:8b"
QUESTION = "what does git rebase do?"

Reader = Callable[[], Awaitable[int]]


def readers(
    url: str, session: aiohttp.ClientSession
) -> tuple[dict[str, Reader], Callable[[], Awaitable[None]]]:
    """Each reads one whole stream and returns how many pieces it saw; then a closer."""
    client = ollama.AsyncClient(host=url, timeout=httpx.Timeout(10.0), transport=AiohttpTransport())
    spec = load_policy(ROOT / "bot" / "policy.toml").spec("local")
    backend = OllamaBackend(spec, url)
    messages = [{"role": "user", "content": QUESTION}]

    async def bare() -> int:
        body = {"model": MODEL, "messages": messages, "stream": True}
        count = 0
        async with session.post(url + "/api/chat", json=body) as response:
            async for line in response.content:
                json.loads(line)
                count += 1
        return count

    async def sdk() -> int:
        stream = await client.chat(model=MODEL, messages=messages, stream=True)
        count = 0
        async for _ in stream:
            count += 1
        return count

    async def tandem() -> int:
        stream = ModelStream(backend, [ChatMessage("user", QUESTION)], attempts=1)
        count = 0
        async for _ in stream:
            count += 1
        return count + 1  # the closing line, which the stream reads but does not yield

    async def close() -> None:
        await client._client.aclose()
        await backend.aclose()

    named = {
        "aiohttp + json.loads (floor)": bare,
        "ollama SDK, stream=True": sdk,
        "Tandem's OllamaBackend + ModelStream": tandem,
    }
    return named, close


async def measure(url: str, streams: int, rounds: int) -> dict[str, list[float]]:
    """Microseconds of CPU per token, per reader, over `rounds` interleaved rounds."""
    out: dict[str, list[float]] = {}
    async with aiohttp.ClientSession() as session:
        named, close = readers(url, session)
        try:
            for read in named.values():
                await read()  # connections and imports warm
            for _ in range(rounds):
                for name, read in named.items():
                    start, pieces = time.process_time(), 0
                    for _ in range(streams):
                        pieces += await read()
                    out.setdefault(name, []).append(1e6 * (time.process_time() - start) / pieces)
        finally:
            await close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=200, help="tokens per stream")
    parser.add_argument("--streams", type=int, default=10, help="streams per reader and round")
    parser.add_argument("--interval", type=float, default=0.002, help="seconds between tokens")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds of all readers")
    args = parser.parse_args()
    knobs = (
        "first_token_delay=0",
        f"reply_tokens={args.tokens}",
        f"token_interval={args.interval}",
    )
    with server_process(["tests.fakes.ollama"], *knobs) as url:
        results = uvloop.run(measure(url, args.streams, args.rounds))
    print(f"machine: {machine()}")
    print(f"{args.tokens} tokens per stream, one every {args.interval * 1000:g} ms")
    print(f"CPU per token (user + system), µs: median, then each round of {args.streams} streams")
    for name, values in results.items():
        rounds = "  ".join(f"{v:6.1f}" for v in values)
        print(f"  {name:38s} {statistics.median(values):6.1f}   ({rounds})")


if __name__ == "__main__":
    main()
