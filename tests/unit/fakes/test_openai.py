"""The OpenAI fake as seen through the real ``openai.AsyncOpenAI``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionChunk

from tests.fakes.openai import FakeOpenAI
from tests.fakes.tokens import estimate_prompt_tokens

pytestmark = pytest.mark.timeout(10)

MODEL = "gpt-4o"
QUESTION: list[Any] = [
    {"role": "system", "content": "You are Tandem."},
    {"role": "user", "content": "Summarise the incident review for the payments outage"},
]


async def stream_all(client: openai.AsyncOpenAI, **kwargs: Any) -> list[ChatCompletionChunk]:
    stream = await client.chat.completions.create(
        model=MODEL,
        messages=QUESTION,
        stream=True,
        stream_options={"include_usage": True},
        **kwargs,
    )
    return [chunk async for chunk in stream]


async def drain(
    stream: AsyncIterator[ChatCompletionChunk], into: list[ChatCompletionChunk]
) -> None:
    async for chunk in stream:
        into.append(chunk)


async def test_stream_has_role_deltas_finish_and_usage(openai_client: openai.AsyncOpenAI) -> None:
    chunks = await stream_all(openai_client)

    first, *content, finish, usage = chunks
    assert first.choices[0].delta.role == "assistant"
    assert len(content) == 20
    text = "".join(c.choices[0].delta.content or "" for c in content)
    assert text.startswith("You asked about Summarise the incident review for the. Here")
    assert finish.choices[0].finish_reason == "stop"
    assert usage.choices == [] and usage.usage is not None
    assert usage.usage.prompt_tokens == estimate_prompt_tokens(QUESTION)
    assert usage.usage.completion_tokens == 20
    assert usage.usage.total_tokens == usage.usage.prompt_tokens + 20
    assert {c.id for c in chunks} == {first.id} and first.object == "chat.completion.chunk"


async def test_stream_without_include_usage_has_no_usage_chunk(
    openai_client: openai.AsyncOpenAI,
) -> None:
    stream = await openai_client.chat.completions.create(
        model=MODEL, messages=QUESTION, stream=True
    )
    chunks = [chunk async for chunk in stream]

    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.usage is None for c in chunks)


async def test_max_tokens_finishes_with_length(openai_client: openai.AsyncOpenAI) -> None:
    chunks = await stream_all(openai_client, max_completion_tokens=4)

    assert chunks[-2].choices[0].finish_reason == "length"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 4


async def test_non_streaming_completion_has_usage(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    fake_openai.reply = "Payments were down for 12 minutes."

    completion = await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)

    assert completion.choices[0].message.content == "Payments were down for 12 minutes."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.completion_tokens == 6


async def test_models_list(fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI) -> None:
    fake_openai.models = ["gpt-4o", "gpt-4.1"]

    models = [m.id async for m in openai_client.models.list()]

    assert models == ["gpt-4o", "gpt-4.1"]


async def test_api_key_is_checked(fake_openai: FakeOpenAI) -> None:
    fake_openai.api_key = "sk-right"
    wrong = openai.AsyncOpenAI(base_url=fake_openai.url + "/v1", api_key="sk-wrong", max_retries=0)
    right = openai.AsyncOpenAI(base_url=fake_openai.url + "/v1", api_key="sk-right", max_retries=0)

    with pytest.raises(openai.AuthenticationError) as caught:
        await wrong.chat.completions.create(model=MODEL, messages=QUESTION)
    completion = await right.chat.completions.create(model=MODEL, messages=QUESTION)

    assert caught.value.code == "invalid_api_key"
    assert caught.value.type == "invalid_request_error"
    assert completion.usage is not None
    async with httpx.AsyncClient() as raw:
        missing = await raw.get(fake_openai.url + "/v1/models")
    assert missing.status_code == 401 and missing.json()["error"]["code"] is None


async def test_rate_limit_reaches_client_with_retry_after(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    fake_openai.fail_with(429, count=1, retry_after=3)

    with pytest.raises(openai.RateLimitError) as caught:
        await stream_all(openai_client)

    assert caught.value.response.headers["retry-after"] == "3"
    assert caught.value.code == "rate_limit_exceeded" and caught.value.type == "requests"
    assert len(await stream_all(openai_client)) == 1 + 20 + 1 + 1


async def test_server_error_body(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    fake_openai.fail_with(500, count=2)

    for _ in range(2):
        with pytest.raises(openai.InternalServerError) as caught:
            await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)
        assert caught.value.type == "server_error"
    assert (await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)).id


async def test_unknown_model_is_404(openai_client: openai.AsyncOpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        await openai_client.chat.completions.create(model="gpt-9", messages=QUESTION)

    assert caught.value.code == "model_not_found"


async def test_context_window_exceeded_is_400(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    fake_openai.context_window = 12

    with pytest.raises(openai.BadRequestError) as caught:
        await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)

    assert caught.value.code == "context_length_exceeded"
    assert caught.value.param == "messages"
    assert "maximum context length is 12 tokens" in caught.value.message


async def test_die_after_raises_connection_error_mid_stream(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    fake_openai.die_after = 2
    received: list[ChatCompletionChunk] = []
    stream = await openai_client.chat.completions.create(
        model=MODEL, messages=QUESTION, stream=True
    )

    with pytest.raises(openai.APIConnectionError):
        await drain(stream, received)

    assert len([c for c in received if c.choices and c.choices[0].delta.content]) == 2
    [finished] = await asyncio.wait_for(fake_openai.await_outcomes(1), 5)
    assert finished.notes["outcome"] == "died" and finished.notes["completion_tokens"] == 2


async def test_stall_trips_the_client_read_timeout(fake_openai: FakeOpenAI) -> None:
    fake_openai.stall_after = 1
    client = openai.AsyncOpenAI(
        base_url=fake_openai.url + "/v1", api_key="sk-test", max_retries=0, timeout=0.3
    )
    stream = await client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)
    received: list[ChatCompletionChunk] = []

    with pytest.raises(openai.APITimeoutError):
        await drain(stream, received)

    assert len(received) == 2  # the role chunk and one content chunk
    await client.close()


async def test_refuse_then_accept(
    fake_openai: FakeOpenAI, openai_client: openai.AsyncOpenAI
) -> None:
    await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)
    fake_openai.refuse()

    with pytest.raises(openai.APIConnectionError):
        await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)
    fake_openai.accept()

    assert (await openai_client.chat.completions.create(model=MODEL, messages=QUESTION)).id


async def test_sse_wire_format(fake_openai: FakeOpenAI) -> None:
    body = {"model": MODEL, "messages": QUESTION, "stream": True, "max_tokens": 1}
    async with httpx.AsyncClient() as raw:
        response = await raw.post(fake_openai.url + "/v1/chat/completions", json=body)

    assert response.headers["content-type"].startswith("text/event-stream")
    events = response.text.split("\n\n")
    assert all(e.startswith("data: ") for e in events if e)
    assert events[-2] == "data: [DONE]" and events[-1] == ""
