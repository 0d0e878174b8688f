"""Behaviour shared by the Ollama and OpenAI fakes: pacing, replies and faults.

Both providers fail in the same ways in production (slow first token, slow
tokens, a stream that stalls, a server that dies mid-answer, error statuses,
a port that refuses connections), so the knobs live here once and each fake
only translates them into its own wire format.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.recording import RecordedRequest
from tests.fakes.server import FakeServer, abort_connection, record_of
from tests.fakes.tokens import default_reply, estimate_prompt_tokens, split_tokens

Reply = str | Sequence[str] | Callable[[list[dict[str, Any]]], str] | None
"""A fixed text, exact chunks, a function of the request's messages, or None (default)."""


@dataclass
class FailRule:
    """An HTTP failure to serve instead of a completion."""

    status: int
    remaining: int | None
    retry_after: float | None
    message: str | None


@dataclass(frozen=True)
class StreamPlan:
    """Everything one response will do, fixed when the request arrives.

    Snapshotting the knobs per request keeps a stream coherent when a test
    changes a knob while other streams are still running.
    """

    chunks: list[str]
    finish_reason: str
    prompt_tokens: int
    first_token_delay: float
    token_interval: float
    stall_after: int | None
    stall_seconds: float
    die_after: int | None


class StreamDied(Exception):
    """Raised inside a handler once the connection has been aborted on purpose."""


class FakeModelServer(FakeServer):
    """A fake model server with the common fault knobs (plain attributes).

    ``first_token_delay`` / ``token_interval``: seconds before the first
    content chunk / between chunks. ``reply``: see :data:`Reply`;
    ``reply_tokens``: chunks in the default reply. ``stall_after`` = N: after
    N content chunks, send nothing for ``stall_seconds`` (connection open),
    then carry on. ``die_after`` = N: after N content chunks abort the TCP
    connection (N = number of chunks: the content arrives, the end never does).
    ``context_window``: provider-specific (Ollama truncates, OpenAI rejects).
    ``models``: names served; others are "not found".
    """

    default_models: tuple[str, ...] = ()

    def reset_knobs(self) -> None:
        """Defaults: instant, 20-chunk deterministic replies, no faults."""
        self.first_token_delay: float = 0.0
        self.token_interval: float = 0.0
        self.reply: Reply = None
        self.reply_tokens: int = 20
        self.stall_after: int | None = None
        self.stall_seconds: float = 30.0
        self.die_after: int | None = None
        self.context_window: int | None = None
        self.models: list[str] = list(self.default_models)
        self._fail_lock = threading.Lock()
        self._fail_rule: FailRule | None = None

    def fail_with(
        self,
        status: int,
        count: int | None = None,
        retry_after: float | None = None,
        message: str | None = None,
    ) -> None:
        """Answer the next ``count`` chat requests (all, if None) with ``status``.

        The body is the provider's real error shape; 429 carries Retry-After
        (``retry_after`` seconds, default 1). Only chat endpoints fail, so
        health checks keep passing as they do when a model is overloaded.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._fail_lock:
            self._fail_rule = FailRule(status, count, retry_after, message)

    def clear_failure(self) -> None:
        """Stop failing requests."""
        with self._fail_lock:
            self._fail_rule = None

    def take_failure(self) -> FailRule | None:
        """The failure to serve for this request, consuming one of its count."""
        with self._fail_lock:
            rule = self._fail_rule
            if rule is None:
                return None
            if rule.remaining is not None:
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._fail_rule = None
            return rule

    def plan(self, messages: list[dict[str, Any]], max_tokens: int | None = None) -> StreamPlan:
        """Fix the reply, token counts and pacing for one request."""
        chunks = self._reply_chunks(messages)
        finish = "stop"
        if max_tokens is not None and 0 <= max_tokens < len(chunks):
            chunks, finish = chunks[:max_tokens], "length"
        return StreamPlan(
            chunks=chunks,
            finish_reason=finish,
            prompt_tokens=estimate_prompt_tokens(messages),
            first_token_delay=float(self.first_token_delay),
            token_interval=float(self.token_interval),
            stall_after=self.stall_after,
            stall_seconds=float(self.stall_seconds),
            die_after=self.die_after,
        )

    def _reply_chunks(self, messages: list[dict[str, Any]]) -> list[str]:
        reply = self.reply
        if reply is None:
            return split_tokens(default_reply(messages, int(self.reply_tokens)))
        if isinstance(reply, str):
            return split_tokens(reply)
        if callable(reply):
            return split_tokens(reply(messages))
        return list(reply)

    def note_outcome(self, request: web.Request, outcome: str, **extra: Any) -> None:
        """Record how a request ended, then wake anyone waiting on the log.

        Outcomes: ``completed``, ``failed``, ``died``, ``client_disconnected``,
        ``rejected`` (validation errors such as an unknown model).
        """
        notes = record_of(request).notes
        notes.update(extra)
        notes["outcome"] = outcome
        self.log.notify()

    def wait_for_outcomes(self, count: int = 1, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until ``count`` requests have finished, whatever their outcome."""
        self.log.wait_until(lambda rs: sum("outcome" in r.notes for r in rs) >= count, timeout)
        return [r for r in self.log.snapshot() if "outcome" in r.notes]

    async def await_outcomes(self, count: int = 1) -> list[RecordedRequest]:
        """Async twin of :meth:`wait_for_outcomes`; bound it with ``asyncio.timeout()``."""
        await self.log.until(lambda rs: sum("outcome" in r.notes for r in rs) >= count)
        return [r for r in self.log.snapshot() if "outcome" in r.notes]

    def known_model(self, name: str) -> bool:
        """Whether ``name`` is served (exact match)."""
        return name in self.models


class Coalescer:
    """Batches writes that happen back to back into one send.

    An unpaced stream would otherwise cost a syscall per token, which is what
    limits a fake under load; a paced stream still sends each chunk on its own
    because the coalescer is flushed before every pause.
    """

    def __init__(self, response: web.StreamResponse | None) -> None:
        self._response = response
        self._pending: list[bytes] = []

    def add(self, data: bytes) -> None:
        """Queue bytes for the next flush."""
        self._pending.append(data)

    async def flush(self) -> None:
        """Send everything queued (or drop it when there is no response)."""
        if self._pending and self._response is not None:
            data = b"".join(self._pending)
            self._pending.clear()
            await self._response.write(data)
        self._pending.clear()


async def stream_chunks(
    request: web.Request, plan: StreamPlan, encode: Callable[[str], bytes], out: Coalescer
) -> int:
    """Send the plan's chunks (``encode``-d) with its pacing and faults.

    Returns the number of content chunks sent; the caller adds its closing
    messages and flushes. Raises :class:`StreamDied` after aborting the
    connection when ``die_after`` is reached.
    """
    notes = record_of(request).notes
    await _pause(out, plan.first_token_delay)
    sent = 0
    for index in range(len(plan.chunks) + 1):
        if plan.die_after is not None and index == plan.die_after:
            notes["completion_tokens"] = sent
            await out.flush()
            abort_connection(request)
            raise StreamDied
        if plan.stall_after is not None and index == plan.stall_after:
            notes["stalled"] = True
            await _pause(out, plan.stall_seconds)
        if index == len(plan.chunks):
            break
        if index > 0:
            await _pause(out, plan.token_interval)
        out.add(encode(plan.chunks[index]))
        sent += 1
    notes["completion_tokens"] = sent
    return sent


async def _pause(out: Coalescer, seconds: float) -> None:
    if seconds > 0:
        await out.flush()
        await asyncio.sleep(seconds)


async def wait_like_stream(request: web.Request, plan: StreamPlan) -> None:
    """For non-streaming requests: take as long as the stream would, same faults."""
    await stream_chunks(request, plan, str.encode, Coalescer(None))


def prompt_messages(body: Any) -> list[dict[str, Any]]:
    """The request's ``messages`` as a list of dicts (empty when malformed)."""
    messages = body.get("messages") if isinstance(body, Mapping) else None
    if not isinstance(messages, list):
        return []
    return [m for m in messages if isinstance(m, dict)]
