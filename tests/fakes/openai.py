"""Loopback fake of OpenAI's Chat Completions API: SSE streaming, usage, errors.

Tandem talks to OpenAI through ``openai.AsyncOpenAI``; this fake emits the
same ``chat.completion.chunk`` events, the ``include_usage`` trailer and the
``[DONE]`` sentinel, and OpenAI's error bodies and status codes, so the real
client maps them to its exceptions (``RateLimitError``, ``AuthenticationError``,
``BadRequestError``...) exactly as it would in production.

Run standalone: ``python -m tests.fakes.openai --port 8080``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from typing import Any

from aiohttp import web

from tests.fakes.model_server import (
    Coalescer,
    FailRule,
    FakeModelServer,
    StreamDied,
    StreamPlan,
    prompt_messages,
    stream_chunks,
    wait_like_stream,
)
from tests.fakes.server import record_of, run_standalone

SYSTEM_FINGERPRINT = "fp_fake0001"
_IDS = itertools.count(1)
_MISSING_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization "
    "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password "
    "field (with blank username) if you're accessing the API from your browser and are "
    "prompted for a username and password. You can obtain an API key from "
    "https://platform.openai.com/account/api-keys."
)
_SERVER_ERROR = "The server had an error while processing your request. Sorry about that!"


def openai_error(
    status: int,
    message: str,
    type_: str,
    code: str | None = None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    """A response with OpenAI's ``{"error": {message, type, param, code}}`` body."""
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return web.json_response(body, status=status, headers=headers)


def _masked(key: str) -> str:
    return f"{key[:3]}{'*' * max(len(key) - 7, 0)}{key[-4:]}" if len(key) > 8 else key


def _usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


class FakeOpenAI(FakeModelServer):
    """Fake OpenAI server. Knobs: see :class:`FakeModelServer`, plus ``api_key``.

    ``api_key``: when set, requests without ``Authorization: Bearer <api_key>``
    get 401. ``context_window``: a prompt estimate over it (or prompt plus
    ``max_tokens`` over it) gets 400 ``context_length_exceeded``.
    ``max_tokens`` / ``max_completion_tokens`` cap the reply
    (``finish_reason: "length"``).
    """

    default_models = ("gpt-4o", "gpt-4o-mini")

    def reset_knobs(self) -> None:
        """Model defaults plus no API key check."""
        super().reset_knobs()
        self.api_key: str | None = None

    def add_routes(self, app: web.Application) -> None:
        """The endpoints Tandem uses."""
        app.router.add_post("/v1/chat/completions", self._completions)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/v1/models/{model}", self._model)

    def _auth_error(self, request: web.Request) -> web.Response | None:
        if self.api_key is None:
            return None
        header = request.headers.get("Authorization", "")
        if not header:
            return openai_error(401, _MISSING_KEY, "invalid_request_error")
        given = header.removeprefix("Bearer ").strip()
        if given == self.api_key:
            return None
        message = (
            f"Incorrect API key provided: {_masked(given)}. You can find your API key at "
            "https://platform.openai.com/account/api-keys."
        )
        return openai_error(401, message, "invalid_request_error", "invalid_api_key")

    def _model_object(self, name: str) -> dict[str, Any]:
        return {"id": name, "object": "model", "created": 1715367049, "owned_by": "system"}

    async def _models(self, request: web.Request) -> web.Response:
        denied = self._auth_error(request)
        if denied is not None:
            return denied
        data = [self._model_object(m) for m in list(self.models)]
        return web.json_response({"object": "list", "data": data})

    async def _model(self, request: web.Request) -> web.Response:
        denied = self._auth_error(request)
        if denied is not None:
            return denied
        name = request.match_info["model"]
        if not self.known_model(name):
            return self._unknown_model(name)
        return web.json_response(self._model_object(name))

    def _unknown_model(self, name: str) -> web.Response:
        message = f"The model `{name}` does not exist or you do not have access to it."
        return openai_error(404, message, "invalid_request_error", "model_not_found")

    def _failure(self, rule: FailRule, model: str) -> web.Response:
        headers = {"retry-after": f"{rule.retry_after:g}"} if rule.retry_after is not None else None
        if rule.status == 429:
            wait = rule.retry_after if rule.retry_after is not None else 1
            message = rule.message or (
                f"Rate limit reached for {model} in organization org-fake on requests per min "
                f"(RPM): Limit 500, Used 500, Requested 1. Please try again in {wait:g}s. "
                "Visit https://platform.openai.com/account/rate-limits to learn more."
            )
            return openai_error(429, message, "requests", "rate_limit_exceeded", headers=headers)
        if rule.status >= 500:
            message = rule.message or _SERVER_ERROR
            return openai_error(rule.status, message, "server_error", headers=headers)
        message = rule.message or f"Fake error {rule.status}"
        return openai_error(rule.status, message, "invalid_request_error", headers=headers)

    def _validate(self, body: Any) -> web.Response | None:
        if not isinstance(body, dict):
            return openai_error(
                400, "We could not parse the JSON body of your request.", "invalid_request_error"
            )
        for field in ("model", "messages"):
            if field not in body:
                return openai_error(
                    400,
                    f"Missing required parameter: '{field}'.",
                    "invalid_request_error",
                    "missing_required_parameter",
                    field,
                )
        return None

    def _context_error(self, prompt: int, max_tokens: int | None) -> web.Response | None:
        window = self.context_window
        if window is None:
            return None
        if prompt > window:
            detail = f"However, your messages resulted in {prompt} tokens."
        elif max_tokens is not None and prompt + max_tokens > window:
            detail = (
                f"However, you requested {prompt + max_tokens} tokens ({prompt} in the "
                f"messages, {max_tokens} in the completion)."
            )
        else:
            return None
        message = (
            f"This model's maximum context length is {window} tokens. {detail} "
            "Please reduce the length of the messages or completion."
        )
        return openai_error(
            400, message, "invalid_request_error", "context_length_exceeded", "messages"
        )

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        rejected = self._auth_error(request) or self._validate(record_of(request).body)
        if rejected is not None:
            self.note_outcome(request, "rejected", status=rejected.status)
            return rejected
        body: dict[str, Any] = record_of(request).body
        model = str(body["model"])
        rule = self.take_failure()
        if rule is not None:
            self.note_outcome(request, "failed", status=rule.status)
            return self._failure(rule, model)
        cap = body.get("max_completion_tokens", body.get("max_tokens"))
        cap = cap if isinstance(cap, int) else None
        plan = self.plan(prompt_messages(body), cap)
        rejected = (
            self._unknown_model(model)
            if not self.known_model(model)
            else self._context_error(plan.prompt_tokens, cap)
        )
        if rejected is not None:
            self.note_outcome(request, "rejected", status=rejected.status)
            return rejected
        record_of(request).notes.update(model=model, prompt_tokens=plan.prompt_tokens)
        completion = _Completion(model, plan)
        if body.get("stream") is True:
            options = body.get("stream_options")
            usage = isinstance(options, dict) and options.get("include_usage") is True
            return await self._stream(request, completion, usage)
        return await self._whole(request, completion)

    async def _stream(
        self, request: web.Request, completion: _Completion, include_usage: bool
    ) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-cache",
                "x-request-id": f"req_{completion.id[9:]}",
            }
        )
        await response.prepare(request)
        out = Coalescer(response)

        def event(payload: dict[str, Any] | str) -> bytes:
            data = payload if isinstance(payload, str) else json.dumps(payload)
            return f"data: {data}\n\n".encode()

        def encode(piece: str) -> bytes:
            return event(completion.chunk({"content": piece}, None, include_usage))

        try:
            role = {"role": "assistant", "content": "", "refusal": None}
            out.add(event(completion.chunk(role, None, include_usage)))
            sent = await stream_chunks(request, completion.plan, encode, out)
            out.add(event(completion.chunk({}, completion.plan.finish_reason, include_usage)))
            if include_usage:
                out.add(event(completion.usage_chunk(sent)))
            out.add(event("[DONE]"))
            await out.flush()
            await response.write_eof()
        except StreamDied:
            self.note_outcome(request, "died")
        except ConnectionResetError:
            self.note_outcome(request, "client_disconnected")
        except asyncio.CancelledError:
            self.note_outcome(request, "client_disconnected")
            raise
        else:
            self.note_outcome(request, "completed")
        return response

    async def _whole(self, request: web.Request, completion: _Completion) -> web.StreamResponse:
        try:
            await wait_like_stream(request, completion.plan)
        except StreamDied:
            self.note_outcome(request, "died")
            return web.Response()
        except asyncio.CancelledError:
            self.note_outcome(request, "client_disconnected")
            raise
        self.note_outcome(request, "completed")
        return web.json_response(completion.whole())


class _Completion:
    """The ids and shapes shared by every chunk of one completion."""

    def __init__(self, model: str, plan: StreamPlan) -> None:
        self.id = f"chatcmpl-fake{next(_IDS):025d}"
        self.created = int(time.time())
        self.model = model
        self.plan = plan

    def _base(self, obj: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": obj,
            "created": self.created,
            "model": self.model,
            "service_tier": "default",
            "system_fingerprint": SYSTEM_FINGERPRINT,
        }

    def chunk(self, delta: dict[str, Any], finish: str | None, usage: bool) -> dict[str, Any]:
        """One ``chat.completion.chunk``; ``usage: null`` when usage was requested."""
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        out = {**self._base("chat.completion.chunk"), "choices": [choice]}
        if usage:
            out["usage"] = None
        return out

    def usage_chunk(self, sent: int) -> dict[str, Any]:
        """The trailer sent when ``stream_options.include_usage`` is true."""
        usage = _usage(self.plan.prompt_tokens, sent)
        return {**self._base("chat.completion.chunk"), "choices": [], "usage": usage}

    def whole(self) -> dict[str, Any]:
        """A non-streaming ``chat.completion``."""
        message: dict[str, Any] = {
            "role": "assistant",
            "content": "".join(self.plan.chunks),
            "refusal": None,
            "annotations": [],
        }
        choice = {
            "index": 0,
            "message": message,
            "logprobs": None,
            "finish_reason": self.plan.finish_reason,
        }
        usage = _usage(self.plan.prompt_tokens, len(self.plan.chunks))
        return {**self._base("chat.completion"), "choices": [choice], "usage": usage}


def main() -> None:
    """Entry point for ``python -m tests.fakes.openai``."""
    run_standalone(lambda port: FakeOpenAI(port=port), "Fake OpenAI server")


__all__ = ["FakeOpenAI", "openai_error"]

if __name__ == "__main__":
    main()
