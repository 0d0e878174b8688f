"""Strong models through OpenAI's API (`openai.AsyncOpenAI`, SSE streaming with usage).

The client runs on aiohttp (`openai.DefaultAioHttpClient`, the SDK's documented
option for concurrency), which parses HTTP in C: under load, about half the CPU
of httpx's default transport per streamed answer. The transport is the SDK's own
with reading in batches under load (`bot.models.transport`).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx2 as _http  # the HTTP client under openai 3
import openai

from bot.models.base import ChatMessage, ModelSpec, RawEvent, StreamEnd, TextChunk
from bot.models.errors import (
    BadRequest,
    ContextTooLong,
    ModelError,
    ModelTimeout,
    ModelUnavailable,
    RateLimited,
)
from bot.models.transport import BatchingTransport2

# The SDK's own connection limits (openai._constants), which a client given its
# own transport does not apply.
CONNECTION_LIMITS = _http.Limits(max_connections=1000, max_keepalive_connections=100)


def _retry_after(exc: openai.APIStatusError) -> float | None:
    value = exc.response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _from_status_error(exc: openai.APIStatusError, spec: ModelSpec) -> ModelError:
    message = f"{spec.alias} ({spec.model}) answered {exc.status_code}: {exc.message}"
    if isinstance(exc, openai.RateLimitError):
        return RateLimited(message, alias=spec.alias, retry_after=_retry_after(exc))
    if exc.status_code >= 500:
        return ModelUnavailable(message, alias=spec.alias)
    if exc.status_code in (401, 403):
        return ModelUnavailable(f"{spec.alias}: the API key was refused", alias=spec.alias)
    if exc.code == "context_length_exceeded":
        return ContextTooLong(message, alias=spec.alias)
    if exc.status_code == 404:
        return ModelUnavailable(message, alias=spec.alias)
    return BadRequest(message, alias=spec.alias)


def _never_connected(exc: BaseException) -> bool:
    """A timeout that is really a failed connect: the aiohttp transport reports a
    refused connection as httpx's ConnectTimeout, which the SDK calls a timeout."""
    cause = exc.__cause__
    while cause is not None:
        if isinstance(cause, _http.ConnectTimeout | _http.ConnectError | ConnectionError):
            return True
        cause = cause.__cause__
    return False


class OpenAIBackend:
    """One alias served by OpenAI (or any server speaking its chat completions API)."""

    def __init__(self, spec: ModelSpec, api_key: str | None, base_url: str | None) -> None:
        self.spec = spec
        t = spec.timeouts
        self._configured = bool(api_key)
        self._client = openai.AsyncOpenAI(
            api_key=api_key or "unset",
            base_url=base_url,
            max_retries=0,
            http_client=openai.DefaultAioHttpClient(
                transport=BatchingTransport2(limits=CONNECTION_LIMITS)
            ),
            timeout=openai.Timeout(
                connect=t.connect, read=t.first_token + t.idle, write=t.connect, pool=t.connect
            ),
        )

    async def open_stream(self, messages: Sequence[ChatMessage]) -> AsyncIterator[RawEvent]:
        if not self._configured:
            raise ModelUnavailable(
                f"{self.spec.alias}: OPENAI_API_KEY is not set", alias=self.spec.alias
            )
        try:
            async with self._client.chat.completions.with_streaming_response.create(
                model=self.spec.model,
                messages=[_message(m) for m in messages],
                stream=True,
                stream_options={"include_usage": True},
                max_completion_tokens=self.spec.max_output_tokens,
            ) as response:
                async for event in _sse_events(response.iter_lines()):
                    yield event
        except _http.TimeoutException:
            raise ModelTimeout(
                f"{self.spec.alias}: OpenAI stopped responding", alias=self.spec.alias
            ) from None
        except _http.TransportError as exc:
            raise ModelUnavailable(
                f"{self.spec.alias}: OpenAI went away mid-answer ({type(exc).__name__})",
                alias=self.spec.alias,
            ) from None
        except openai.APIStatusError as exc:
            raise _from_status_error(exc, self.spec) from None
        except openai.APITimeoutError as exc:
            if _never_connected(exc):
                raise ModelUnavailable(
                    f"{self.spec.alias}: OpenAI did not accept a connection", alias=self.spec.alias
                ) from None
            raise ModelTimeout(
                f"{self.spec.alias}: OpenAI stopped responding", alias=self.spec.alias
            ) from None
        except openai.APIConnectionError as exc:
            raise ModelUnavailable(
                f"{self.spec.alias}: OpenAI is unreachable ({exc.message})", alias=self.spec.alias
            ) from None

    async def ping(self) -> bool:
        if not self._configured:
            return False
        try:
            await self._client.models.list()
        except openai.APIError:
            return False
        return True

    async def aclose(self) -> None:
        await self._client.close()


async def _sse_events(lines: AsyncIterator[str]) -> AsyncIterator[RawEvent]:
    """Chat completion chunks from the SSE lines, read through [DONE].

    The SDK's typed chunk objects cost more CPU per token than the rest of Tandem's
    answer path together (profiled under load), so the chunks are read as JSON;
    the SDK still makes the request, authenticates and maps HTTP errors. Reading
    through [DONE] lets the connection go back to the pool.
    """
    finish: str | None = None
    usage: dict[str, Any] | None = None
    async for line in lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            break
        chunk = json.loads(data)
        if "error" in chunk:
            raise ModelUnavailable(f"OpenAI reported an error mid-answer: {chunk['error']}")
        for choice in chunk.get("choices") or ():
            finish = choice.get("finish_reason") or finish
            content = (choice.get("delta") or {}).get("content")
            if content:
                yield TextChunk(content)
        usage = chunk.get("usage") or usage
    if usage is not None:
        yield StreamEnd(usage.get("prompt_tokens"), usage.get("completion_tokens"), finish)
    else:
        yield StreamEnd(None, None, finish)


def _message(message: ChatMessage) -> Any:
    return {"role": message.role, "content": message.content}
