"""Strong models through OpenAI's API (`openai.AsyncOpenAI`, SSE streaming with usage)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

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
            stream = await self._client.chat.completions.create(
                model=self.spec.model,
                messages=[_message(m) for m in messages],
                stream=True,
                stream_options={"include_usage": True},
                max_completion_tokens=self.spec.max_output_tokens,
            )
            async with stream:
                finish: str | None = None
                usage = None
                async for chunk in stream:
                    if chunk.choices:
                        choice = chunk.choices[0]
                        finish = choice.finish_reason or finish
                        if choice.delta and choice.delta.content:
                            yield TextChunk(choice.delta.content)
                    usage = chunk.usage or usage
                # Read through [DONE] so the connection goes back to the pool.
                if usage is not None:
                    yield StreamEnd(usage.prompt_tokens, usage.completion_tokens, finish)
                else:
                    yield StreamEnd(None, None, finish)
        except openai.APIStatusError as exc:
            raise _from_status_error(exc, self.spec) from None
        except openai.APITimeoutError:
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


def _message(message: ChatMessage) -> Any:
    return {"role": message.role, "content": message.content}
