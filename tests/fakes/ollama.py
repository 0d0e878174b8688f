"""Loopback fake of Ollama's HTTP API: NDJSON chat streaming, tags, show, ps.

Tandem talks to Ollama through ``ollama.AsyncClient``; this fake speaks the
same wire format (one JSON object per line, a final ``done`` object carrying
token counts and nanosecond durations, ``{"error": ...}`` bodies) so the real
client is exercised, including how it surfaces errors and broken streams.

Run standalone: ``python -m tests.fakes.ollama --port 11434``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from http import HTTPStatus
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

OLLAMA_VERSION = "0.12.6"
LOAD_DURATION_NS = 5_000_000
DEFAULT_CONTEXT_LENGTH = 131072
_ERRORS = {
    400: "invalid request",
    429: "too many requests, please retry later",
    500: "llama runner process has terminated: exit status 2",
    503: "server busy, please try again.  maximum pending requests exceeded",
}


def ollama_time(epoch: float | None = None) -> str:
    """RFC 3339 with nanoseconds, as Ollama's Go server writes timestamps."""
    epoch = time.time() if epoch is None else epoch
    whole = int(epoch)
    nanos = int((epoch - whole) * 1e9)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{nanos:09d}Z"


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers)


def _line(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode() + b"\n"


def _details(name: str) -> dict[str, Any]:
    family = "llama" if "llama" in name else name.split(":")[0]
    tag = name.partition(":")[2]
    size = tag.upper() if tag[:1].isdigit() else "8.0B"
    return {
        "parent_model": "",
        "format": "gguf",
        "family": family,
        "families": [family],
        "parameter_size": size,
        "quantization_level": "Q4_K_M",
    }


class FakeOllama(FakeModelServer):
    """Fake Ollama server. Knobs: see :class:`FakeModelServer`, plus ``version``.

    ``context_window`` (or a request's ``options.num_ctx``) truncates the
    prompt as Ollama does: the request succeeds, ``prompt_eval_count`` is
    capped, and the recording's notes say ``truncated: True``.
    ``options.num_predict`` caps the reply (``done_reason: "length"``).
    """

    default_models = ("llama3.1:8b",)

    def reset_knobs(self) -> None:
        """Model defaults plus the version string and an empty loaded-model list."""
        super().reset_knobs()
        self.version: str = OLLAMA_VERSION
        self._loaded: dict[str, float] = {}

    def add_routes(self, app: web.Application) -> None:
        """Ollama's endpoints used by clients and health checks."""
        app.router.add_get("/", self._root)
        app.router.add_get("/api/version", self._version)
        app.router.add_get("/api/tags", self._tags)
        app.router.add_post("/api/show", self._show)
        app.router.add_get("/api/ps", self._ps)
        app.router.add_post("/api/chat", self._chat)

    async def _root(self, request: web.Request) -> web.Response:
        return web.Response(text="Ollama is running")

    async def _version(self, request: web.Request) -> web.Response:
        return web.json_response({"version": self.version})

    def _model_entry(self, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "model": name,
            "modified_at": "2025-01-01T00:00:00.000000000Z",
            "size": 4_920_753_328,
            "digest": hashlib.sha256(name.encode()).hexdigest(),
            "details": _details(name),
        }

    async def _tags(self, request: web.Request) -> web.Response:
        return web.json_response({"models": [self._model_entry(m) for m in list(self.models)]})

    async def _ps(self, request: web.Request) -> web.Response:
        running = []
        for name, used in list(self._loaded.items()):
            entry = self._model_entry(name)
            del entry["modified_at"]
            entry.update(
                expires_at=ollama_time(used + 300),
                size_vram=entry["size"],
                context_length=self.context_window or DEFAULT_CONTEXT_LENGTH,
            )
            running.append(entry)
        return web.json_response({"models": running})

    async def _show(self, request: web.Request) -> web.Response:
        body = record_of(request).body
        name = (body.get("model") or body.get("name")) if isinstance(body, dict) else None
        if not name or not self.known_model(name):
            return _error(404, f"model '{name}' not found")
        family = _details(name)["family"]
        return web.json_response(
            {
                "modelfile": f"FROM {name}\n",
                "parameters": 'stop "<|eot_id|>"',
                "template": "{{ .Prompt }}",
                "details": _details(name),
                "model_info": {
                    "general.architecture": family,
                    f"{family}.context_length": self.context_window or DEFAULT_CONTEXT_LENGTH,
                },
                "capabilities": ["completion", "tools"],
                "modified_at": "2025-01-01T00:00:00.000000000Z",
            }
        )

    def _failure(self, rule: FailRule) -> web.Response:
        headers = {"Retry-After": f"{rule.retry_after:g}"} if rule.retry_after is not None else None
        default = _ERRORS.get(rule.status, HTTPStatus(rule.status).phrase.lower())
        return _error(rule.status, rule.message or default, headers)

    def _fit_context(self, tokens: int, options: dict[str, Any]) -> tuple[int, bool]:
        limits = [x for x in (self.context_window, options.get("num_ctx")) if isinstance(x, int)]
        if limits and tokens > min(limits):
            return min(limits), True
        return tokens, False

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        started = time.perf_counter()
        body = record_of(request).body
        if not isinstance(body, dict):
            self.note_outcome(request, "rejected", status=400)
            return _error(400, "invalid request body")
        model = body.get("model")
        if not model:
            self.note_outcome(request, "rejected", status=400)
            return _error(400, "model is required")
        rule = self.take_failure()
        if rule is not None:
            self.note_outcome(request, "failed", status=rule.status)
            return self._failure(rule)
        if not self.known_model(model):
            self.note_outcome(request, "rejected", status=404)
            return _error(404, f'model "{model}" not found, try pulling it first')
        raw_options = body.get("options")
        options: dict[str, Any] = raw_options if isinstance(raw_options, dict) else {}
        predict = options.get("num_predict")
        messages = prompt_messages(body)
        plan = self.plan(messages, predict if isinstance(predict, int) else None)
        prompt_tokens, truncated = self._fit_context(plan.prompt_tokens, options)
        record_of(request).notes.update(
            model=model, prompt_tokens=prompt_tokens, truncated=truncated
        )
        self._loaded[model] = time.time()
        if not messages:
            self.note_outcome(request, "completed", completion_tokens=0)
            return web.json_response(self._done(model, "", "load", 0, 0, started))
        turn = _Turn(model, plan, prompt_tokens, started)
        if body.get("stream", True) is False:
            return await self._whole(request, turn)
        return await self._stream(request, turn)

    def _done(
        self, model: str, content: str, reason: str, prompt: int, count: int, started: float
    ) -> dict[str, Any]:
        total = int((time.perf_counter() - started) * 1e9)
        prompt_ns = int(float(self.first_token_delay) * 1e9)
        return {
            "model": model,
            "created_at": ollama_time(),
            "message": {"role": "assistant", "content": content},
            "done": True,
            "done_reason": reason,
            "total_duration": total + LOAD_DURATION_NS,
            "load_duration": LOAD_DURATION_NS,
            "prompt_eval_count": prompt,
            "prompt_eval_duration": min(prompt_ns, total),
            "eval_count": count,
            "eval_duration": max(total - prompt_ns, 0),
        }

    async def _stream(self, request: web.Request, turn: _Turn) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        out = Coalescer(response)

        def encode(piece: str) -> bytes:
            message = {"role": "assistant", "content": piece}
            chunk = {"model": turn.model, "created_at": ollama_time(), "message": message}
            return _line({**chunk, "done": False})

        try:
            sent = await stream_chunks(request, turn.plan, encode, out)
            final = self._done(
                turn.model, "", turn.reason(sent), turn.prompt_tokens, sent, turn.started
            )
            out.add(_line(final))
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

    async def _whole(self, request: web.Request, turn: _Turn) -> web.StreamResponse:
        try:
            await wait_like_stream(request, turn.plan)
        except StreamDied:
            self.note_outcome(request, "died")
            return web.Response()
        except asyncio.CancelledError:
            self.note_outcome(request, "client_disconnected")
            raise
        sent = len(turn.plan.chunks)
        text = "".join(turn.plan.chunks)
        done = self._done(
            turn.model, text, turn.reason(sent), turn.prompt_tokens, sent, turn.started
        )
        self.note_outcome(request, "completed")
        return web.json_response(done)


class _Turn:
    """One chat request's fixed facts, passed between the handler's halves."""

    def __init__(self, model: str, plan: StreamPlan, prompt_tokens: int, started: float) -> None:
        self.model = model
        self.plan = plan
        self.prompt_tokens = prompt_tokens
        self.started = started

    def reason(self, sent: int) -> str:
        """``length`` when num_predict cut the reply short, else ``stop``."""
        return self.plan.finish_reason if sent == len(self.plan.chunks) else "stop"


def main() -> None:
    """Entry point for ``python -m tests.fakes.ollama``."""
    run_standalone(lambda port: FakeOllama(port=port), "Fake Ollama server")


__all__ = ["FakeOllama", "ollama_time"]

if __name__ == "__main__":
    main()
