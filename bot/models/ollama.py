"""Local models through Ollama's HTTP API (`ollama.AsyncClient`, NDJSON streaming).

The client's HTTP transport is aiohttp (httpx-aiohttp) instead of httpx's own:
Ollama sends one NDJSON line per token, and httpcore's pure-Python HTTP/1.1
parsing per read was the largest single CPU cost of an answer; aiohttp parses
in C, and under load the transport reads in batches (`bot.models.transport`).
The client, its API and its errors are unchanged (the transport maps aiohttp's
errors to httpx's).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing

import aiohttp
import httpx
import ollama

from bot.models.base import ChatMessage, ModelSpec, RawEvent, StreamEnd, TextChunk
from bot.models.errors import (
    BadRequest,
    ContextTooLong,
    ModelError,
    ModelTimeout,
    ModelUnavailable,
    RateLimited,
)
from bot.models.transport import BatchingTransport


def _from_response_error(exc: ollama.ResponseError, spec: ModelSpec) -> ModelError:
    status = exc.status_code
    message = f"{spec.alias} ({spec.model}) answered {status}: {exc.error}"
    if status == 429:
        return RateLimited(message, alias=spec.alias)
    if status >= 500 or status == -1:
        return ModelUnavailable(message, alias=spec.alias)
    if status == 404:
        return ModelUnavailable(
            f"{spec.model} is not pulled on the Ollama server (ollama pull {spec.model})",
            alias=spec.alias,
        )
    if "context" in exc.error.lower():
        return ContextTooLong(message, alias=spec.alias)
    return BadRequest(message, alias=spec.alias)


def _from_transport_error(exc: Exception, spec: ModelSpec) -> ModelError:
    if isinstance(exc.__cause__, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return ModelUnavailable(f"{spec.alias}: Ollama dropped the connection", alias=spec.alias)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return ModelUnavailable(
            f"{spec.alias}: Ollama did not accept a connection", alias=spec.alias
        )
    if isinstance(exc, httpx.TimeoutException):
        return ModelTimeout(f"{spec.alias}: Ollama stopped responding", alias=spec.alias)
    return ModelUnavailable(
        f"{spec.alias}: Ollama is unreachable ({type(exc).__name__})", alias=spec.alias
    )


class OllamaBackend:
    """One alias served by an Ollama server."""

    def __init__(self, spec: ModelSpec, host: str) -> None:
        self.spec = spec
        t = spec.timeouts
        self._client = ollama.AsyncClient(
            host=host,
            timeout=httpx.Timeout(
                connect=t.connect, read=t.first_token + t.idle, write=t.connect, pool=t.connect
            ),
            transport=BatchingTransport(),
        )

    async def open_stream(self, messages: Sequence[ChatMessage]) -> AsyncIterator[RawEvent]:
        try:
            response = await self._client.chat(
                model=self.spec.model,
                messages=[{"role": m.role, "content": m.content} for m in messages],
                stream=True,
                options={
                    "num_ctx": self.spec.context_window,
                    "num_predict": self.spec.max_output_tokens,
                },
            )
            async with aclosing(response):  # type: ignore[type-var]
                end: StreamEnd | None = None
                async for part in response:
                    content = part.message.content if part.message else None
                    if content:
                        yield TextChunk(content)
                    if part.done:
                        end = StreamEnd(part.prompt_eval_count, part.eval_count, part.done_reason)
                # Read to the end of the body so the connection goes back to the pool.
                if end is not None:
                    yield end
                    return
        except ollama.ResponseError as exc:
            raise _from_response_error(exc, self.spec) from None
        except (ConnectionError, httpx.TransportError) as exc:
            raise _from_transport_error(exc, self.spec) from None
        raise ModelUnavailable(
            f"{self.spec.alias}: Ollama closed the stream early", alias=self.spec.alias
        )

    async def ping(self) -> bool:
        try:
            await self._client.list()
        except (ollama.ResponseError, ConnectionError, httpx.HTTPError):
            return False
        return True

    async def aclose(self) -> None:
        await self._client._client.aclose()
