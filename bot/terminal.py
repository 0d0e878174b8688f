"""The terminal as a reply sink: `tandem ask` and `tandem chat` drive the real pipeline."""

from __future__ import annotations

import asyncio
import getpass
import json
import sys
import uuid
from typing import Any, TextIO

from redis.exceptions import RedisError

from bot.config import Settings
from bot.footer import footer
from bot.models.pricing import plain_usd
from bot.question import AnswerMeta, Question
from bot.question_checks import QuestionRejected, check_choice
from bot.routing.policy import PolicyError
from bot.state.keys import ThreadKey
from bot.usage.records import Surface
from bot.wiring import Services, build, migrate

CLI_WORKSPACE = "cli"
CLI_CHANNEL = "terminal"
# The usage row's thread_key (VARCHAR(200)) is "cli:terminal:" + the thread id; a longer
# key was rejected by PostgreSQL after the answer was shown, and the row was lost.
MAX_THREAD_CHARS = 100


class TerminalSink:
    """Streams deltas to stdout as they arrive; the footer (or error) after."""

    def __init__(self, out: TextIO = sys.stdout, err: TextIO = sys.stderr, *, quiet: bool = False):
        self.out = out
        self.err = err
        self.quiet = quiet
        self.wrote = False

    async def write(self, text: str) -> None:
        self.wrote = True
        if not self.quiet:
            self.out.write(text)
            self.out.flush()

    async def finish(self, meta: AnswerMeta) -> None:
        if self.quiet:
            return
        if self.wrote:
            self.out.write("\n")
        if meta.message:
            self.err.write(f"tandem: {meta.message}\n")
        if meta.spec is not None or meta.decision is not None:
            self.out.write(f"\n— {footer(meta)}\n")
        self.out.flush()


def _exit_code(meta: AnswerMeta) -> int:
    if meta.ok:
        return 0
    return 2 if meta.error_kind in {"empty", "too_long", "unknown_model"} else 1


def meta_json(meta: AnswerMeta, services: Services) -> dict[str, Any]:
    policy = services.policy
    return {
        "request_id": meta.request_id,
        "status": meta.status.value,
        "answer": meta.text,
        "error": meta.message or None,
        "error_kind": meta.error_kind,
        "decision": meta.decision.to_dict(policy) if meta.decision else None,
        "answered_by": meta.spec.alias if meta.spec else None,
        "fallback_from": meta.fallback_from,
        "usage": {
            "prompt_tokens": meta.prompt_tokens,
            "completion_tokens": meta.completion_tokens,
            "cost_usd": plain_usd(meta.cost_usd),
            "ttft_ms": round(meta.ttft * 1000, 1) if meta.ttft is not None else None,
            "latency_ms": round(meta.latency * 1000, 1),
        },
    }


async def _start(settings: Settings) -> Services | None:
    """Connect, or print one line saying what is wrong and return None."""
    try:
        services = await build(settings)
    except PolicyError as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        return None
    try:
        await services.redis.ping()
    except (RedisError, OSError) as exc:
        print(f"tandem: Redis at {settings.redis_url} is unreachable ({exc})", file=sys.stderr)
        await services.aclose()
        return None
    if not await migrate(settings):
        print("tandem: the database is unreachable; usage is buffered in Redis", file=sys.stderr)
    return services


def _question(text: str, thread: str, model: str) -> Question:
    return Question(
        text=text,
        thread=ThreadKey(CLI_WORKSPACE, CLI_CHANNEL, thread),
        user=getpass.getuser(),
        surface=Surface.CLI.value,
        choice=model,
    )


async def run_ask(
    settings: Settings, text: str, *, model: str, thread: str | None, as_json: bool
) -> int:
    services = await _start(settings)
    if services is None:
        return 1
    try:
        sink = TerminalSink(quiet=as_json)
        meta = await services.assistant.answer(
            _question(text, thread or uuid.uuid4().hex, model), sink
        )
        if as_json:
            print(json.dumps(meta_json(meta, services), ensure_ascii=False, indent=2))
        return _exit_code(meta)
    finally:
        await services.aclose()


CHAT_HELP = "/model ALIAS|auto  /forget  /why  /quit"


async def run_chat(settings: Settings, *, model: str, thread: str | None) -> int:
    """Chat until /quit or end of input; an unknown `model` is refused before the first
    line (exit 2), as `tandem ask` refuses it, rather than once for every line typed."""
    services = await _start(settings)
    if services is None:
        return 1
    try:
        check_choice(model, services.policy.models)
    except QuestionRejected as exc:
        print(f"tandem: {exc}", file=sys.stderr)
        await services.aclose()
        return 2
    session = _ChatSession(services, thread or uuid.uuid4().hex, model)
    print(f"Tandem chat (thread {session.thread}). {CHAT_HELP}", file=sys.stderr)
    try:
        await session.loop()
    finally:
        await services.aclose()
    return 0


class _ChatSession:
    def __init__(self, services: Services, thread: str, model: str) -> None:
        self.services = services
        self.thread = thread
        self.model = model
        self.last: AnswerMeta | None = None

    async def loop(self) -> None:
        while True:
            try:
                line = await asyncio.to_thread(input, "you> ")
            except (EOFError, KeyboardInterrupt):
                print(file=sys.stderr)
                return
            if line.strip().startswith("/"):
                if not await self.command(line.strip()):
                    return
            elif line.strip():
                self.last = await self.services.assistant.answer(
                    _question(line, self.thread, self.model), TerminalSink()
                )

    async def command(self, line: str) -> bool:
        name, _, arg = line.partition(" ")
        if name in {"/quit", "/exit"}:
            return False
        if name == "/model":
            self._set_model(arg.strip())
        elif name == "/forget":
            key = ThreadKey(CLI_WORKSPACE, CLI_CHANNEL, self.thread)
            await self.services.assistant.conversations.forget(key)
            print("Forgotten: this conversation starts afresh.", file=sys.stderr)
        elif name == "/why":
            print(self._why(), file=sys.stderr)
        else:
            print(f"Unknown command {name}. {CHAT_HELP}", file=sys.stderr)
        return True

    def _set_model(self, alias: str) -> None:
        """`/model ALIAS` switches; a bare `/model` says which model is in use."""
        models = self.services.policy.models
        if not alias:
            known = ", ".join(sorted(models))
            print(f"Model: {self.model} (/model auto or {known} to change)", file=sys.stderr)
            return
        try:
            check_choice(alias, models)
        except QuestionRejected as exc:
            print(exc, file=sys.stderr)
            return
        self.model = alias
        print(f"Model: {self.model}", file=sys.stderr)

    def _why(self) -> str:
        if self.last is None or self.last.decision is None:
            return "Nothing asked yet."
        decision = self.last.decision
        lines = [f"{r.code}: {r.text}" for r in decision.reasons]
        lines.append(f"score {decision.score:.2f} (threshold {decision.threshold:.2f})")
        if decision.labels:
            lines.append("sensitive: " + ", ".join(decision.labels))
        return "\n".join(lines)
