"""The load generator: signed app_mention events over HTTP, answers followed at the Slack fake.

Each question is an `app_mention` in its own new thread, signed like Slack signs
it, carrying a tag (`(ref qN)`) that the model fakes log, so every model request
is tied to its question. The Slack fake streams every Web API call it serves
(timed on its side); a question is answered when `chat.stopStream` arrives for
its thread (or, if the answer failed, the error message `chat.postMessage`).

Per answer:
* ack = time from sending the event to HTTP 200 on /slack/events;
* end to end = from sending the event to the arrival of chat.stopStream at Slack;
* external time = the union of the intervals in which the model fake or the Slack
  fake was working on this answer's requests (their own handler timings),
  clipped to that window; overlapping work (Slack appends while the model still
  streams) counts once;
* overhead = end to end - external time: time when neither the model nor Slack
  was busy on the answer: Tandem's own work, its Redis and SQL round trips, and
  loopback HTTP. Queueing inside a busy fake before its handler runs is counted
  as overhead too, so under CPU saturation this is an upper bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from tests.fakes import slack_events as se

QUESTIONS = (
    "what does git rebase do?",
    "how do I undo the last commit but keep my changes?",
    "what is the difference between a process and a thread?",
    "design a sharded rate limiter for a multi-region API gateway with strict consistency "
    "guarantees and explain the failure modes",
    "how do I list open ports on linux?",
    "why does my docker build not use the layer cache?",
    "how do I squash the last three commits into one?",
    "compare optimistic and pessimistic locking for a high-contention inventory service, "
    "with the isolation level each needs and how they fail under partition",
)
USERS = 50
ANSWER_TIMEOUT = 60.0
LATE_ACK = 3.0


@dataclass
class Sample:
    """One question: when it was sent, acknowledged and answered."""

    tag: str
    ts: str
    sent: float
    acked: float | None = None
    status: int | None = None
    end: dict[str, Any] | None = None
    error: str | None = None

    @property
    def ack(self) -> float | None:
        return None if self.acked is None else self.acked - self.sent

    @property
    def ok(self) -> bool:
        return self.error is None and self.end is not None and not self.end.get("problem")

    @property
    def acknowledged(self) -> bool:
        return self.error is None and self.status == 200


class SlackFollower:
    """Reads the Slack fake's live call stream, grouping calls by question thread."""

    def __init__(self) -> None:
        self.calls: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.connected = asyncio.Event()

    def expect(self, thread: str) -> asyncio.Future[dict[str, Any]]:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[thread] = future
        return future

    async def follow(self, session: aiohttp.ClientSession, slack_url: str) -> None:
        timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
        async with session.get(slack_url + "/_bench/stream", timeout=timeout) as response:
            async for line in response.content:
                self._on(json.loads(line))

    def _on(self, entry: dict[str, Any]) -> None:
        if entry["m"] == "hello":
            self.connected.set()
            return
        thread = entry["t"]
        self.calls[thread].append(entry)
        final = entry["m"] == "chat.stopStream" or (
            entry["m"] == "chat.postMessage" and thread in self._waiting
        )
        future = self._waiting.pop(thread, None) if final else None
        if future is not None and not future.done():
            future.set_result(entry)

    def forget(self, threads: Sequence[str]) -> None:
        for thread in threads:
            self.calls.pop(thread, None)
            self._waiting.pop(thread, None)


class LoadClient:
    """Sends questions to Tandem and waits for their answers to reach Slack."""

    def __init__(self, session: aiohttp.ClientSession, tandem_url: str, follower: SlackFollower):
        self.session = session
        self.url = tandem_url + "/slack/events"
        self.follower = follower
        self._numbers = itertools.count(1)

    async def ask(self, channel: str, *, ack_only: bool = False) -> Sample:
        """An @mention in a new thread; waits for the answer unless `ack_only`.

        `ack_only` sends a plain message in a thread Tandem never answered instead:
        Tandem acknowledges it, looks the thread up in Redis and ignores it, which
        isolates the cost of the ack path.
        """
        number = next(self._numbers)
        tag = f"q{number}"
        text = f"{QUESTIONS[number % len(QUESTIONS)]} (ref {tag})"
        user = f"U0BENCH{number % USERS:03d}"
        if ack_only:
            event = se.message_event(text, user=user, channel=channel, thread_ts=se.new_ts())
        else:
            event = se.app_mention_event(text, user=user, channel=channel)
        body, headers = se.event_request(event)
        answered = None if ack_only else self.follower.expect(event["ts"])
        sample = Sample(tag, event["ts"], time.time())
        try:
            async with self.session.post(self.url, data=body, headers=headers) as response:
                await response.read()
                sample.status = response.status
            sample.acked = time.time()
            if sample.status != 200:
                sample.error = f"HTTP {sample.status}"
            elif answered is not None:
                async with asyncio.timeout(ANSWER_TIMEOUT):
                    sample.end = await answered
        except (aiohttp.ClientError, TimeoutError) as exc:
            sample.error = type(exc).__name__
        return sample

    async def closed_loop(
        self,
        concurrency: int,
        *,
        seconds: float | None = None,
        answers: int | None = None,
        ramp: float = 0.0,
    ) -> list[Sample]:
        """`concurrency` users, each asking again as soon as its answer arrived.

        The users' first questions are spread evenly over `ramp` seconds. Started
        together, with a model fake that takes the same time for every answer, they
        stay in step: a burst of `concurrency` questions every answer-time, whose
        queueing then sets the pass's tail (the burst passes measure that on purpose).
        """
        deadline = time.monotonic() + seconds if seconds is not None else None
        budget = itertools.count()
        samples: list[Sample] = []

        async def user(index: int) -> None:
            channel = f"C0BENCH{index:03d}"
            await asyncio.sleep(index * ramp / concurrency)
            while True:
                if deadline is not None and time.monotonic() >= deadline:
                    return
                if answers is not None and next(budget) >= answers:
                    return
                samples.append(await self.ask(channel))

        await asyncio.gather(*(user(i) for i in range(concurrency)))
        return samples

    async def burst(self, count: int) -> list[Sample]:
        """`count` questions sent at the same moment, each in its own channel and thread.

        Over connections opened first, as the independent harness sends its burst and
        as a proxy in front of Tandem holds them: the acks then measure Tandem handling
        `count` events, not this process and the kernel setting up `count` connections
        at once (which the pool held only by chance of the pass before).
        """
        await self.open_connections(count)
        return list(await asyncio.gather(*(self.ask(f"C0BURST{i:03d}") for i in range(count))))

    async def open_connections(self, count: int) -> None:
        """At least `count` idle keep-alive connections to Tandem in the session's pool."""
        health = self.url.removesuffix("/slack/events") + "/healthz"

        async def one() -> None:
            async with self.session.get(health) as response:
                await response.read()

        # Every request connects before any response is read, so none reuses another's.
        await asyncio.gather(*(one() for _ in range(count)))

    async def open_loop(
        self, rate: float, seconds: float, *, ack_only: bool = False
    ) -> list[Sample]:
        """Events at a fixed rate whatever the answers do (Slack does not wait for us)."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        tasks: list[asyncio.Task[Sample]] = []
        for index in range(round(rate * seconds)):
            delay = start + index / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            channel = f"C0BENCH{index % 200:03d}"
            tasks.append(asyncio.create_task(self.ask(channel, ack_only=ack_only)))
        return list(await asyncio.gather(*tasks))


async def model_spans(
    session: aiohttp.ClientSession, urls: Sequence[str]
) -> dict[str, list[tuple[float, float]]]:
    """Each model fake's request timings since the last call, by question tag."""
    spans: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for url in urls:
        async with session.get(url + "/_bench/log") as response:
            for entry in await response.json():
                spans[entry["tag"]].append((entry["r"], entry["d"]))
    return spans


def covered(spans: Sequence[tuple[float, float]], start: float, end: float) -> float:
    """Length of the union of `spans` inside [start, end]."""
    total, reach = 0.0, start
    for left, right in sorted(spans):
        left, right = max(left, reach), min(right, end)
        if right > left:
            total += right - left
            reach = right
    return total


@dataclass
class Timing:
    """One answered question, broken down."""

    ack: float
    end_to_end: float
    model: float
    slack: float
    external: float

    @property
    def overhead(self) -> float:
        return self.end_to_end - self.external


def timings(
    samples: Sequence[Sample],
    calls: dict[str, list[dict[str, Any]]],
    models: dict[str, list[tuple[float, float]]],
) -> list[Timing]:
    out: list[Timing] = []
    for sample in samples:
        if not sample.ok or sample.end is None or sample.ack is None:
            continue
        start, end = sample.sent, float(sample.end["r"])
        slack = [(c["r"], c["d"]) for c in calls.get(sample.ts, []) if c["r"] < end]
        model = models.get(sample.tag, [])
        out.append(
            Timing(
                ack=sample.ack,
                end_to_end=end - start,
                model=covered(model, start, end),
                slack=covered(slack, start, end),
                external=covered([*slack, *model], start, end),
            )
        )
    return out


@dataclass
class Outcome:
    """What a phase's samples say beyond timings."""

    answers: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    late_acks: int = 0
    strong_share: float = 0.0


def outcome(samples: Sequence[Sample]) -> Outcome:
    result = Outcome()
    errors: dict[str, int] = defaultdict(int)
    strong = 0
    for sample in samples:
        if sample.ack is not None and sample.ack > LATE_ACK:
            result.late_acks += 1
        if sample.ok:
            result.answers += 1
            strong += bool(sample.end and sample.end.get("alias") == "strong")
        else:
            errors[sample.error or "problem shown"] += 1
    result.errors = dict(errors)
    result.strong_share = strong / result.answers if result.answers else 0.0
    return result


@contextlib.asynccontextmanager
async def following(session: aiohttp.ClientSession, slack_url: str) -> AsyncIterator[SlackFollower]:
    """A SlackFollower connected to the Slack fake for the duration of the block."""
    follower = SlackFollower()
    task = asyncio.create_task(follower.follow(session, slack_url))
    try:
        async with asyncio.timeout(10):
            await follower.connected.wait()
        yield follower
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
            await task
