"""`tandem route`: decisions without any model call, one question or a JSON-lines batch."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.config import Settings
from bot.question_checks import QuestionRejected, check_choice, check_text
from bot.routing.decision import Router, RouteRequest, UnknownAlias
from bot.routing.labelled import text_of
from bot.usage.records import Surface


def _router(settings: Settings) -> Router:
    from bot.routing.build import build_router

    return build_router(settings)


def route_one(settings: Settings, question: str, model: str, as_json: bool, out: TextIO) -> int:
    """Print the decision for one question; a question `tandem ask` would refuse (empty,
    too long, unknown alias) raises ValueError with the words `ask` uses."""
    try:
        check_text(question, settings.max_question_chars, Surface.CLI)  # before the router loads
        router = _router(settings)
        check_choice(model, router.policy.models)
    except QuestionRejected as exc:
        raise ValueError(str(exc)) from None
    decision = router.decide(RouteRequest(text=question, choice=model))
    if as_json:
        out.write(json.dumps(decision.to_dict(router.policy), ensure_ascii=False) + "\n")
        return 0
    spec = router.policy.spec(decision.target) if decision.target else None
    out.write(f"{decision.target} ({spec.model if spec else '-'}), score {decision.score:.2f}\n")
    for reason in decision.reasons:
        out.write(f"  {reason.code}: {reason.text}\n")
    return 0


def _lines(path: Path) -> Iterable[str]:
    if str(path) == "-":
        yield from sys.stdin
        return
    with path.open(encoding="utf-8") as handle:
        yield from handle


def _row(line: str) -> dict[str, Any]:
    """A JSON object, a JSON string, or a plain line of text: the question itself (a file
    of questions, one per line, is what people have at hand)."""
    try:
        row = json.loads(line)
    except ValueError:
        if line.lstrip().startswith("{"):
            raise
        return {"prompt": line.strip()}
    if isinstance(row, str):
        return {"prompt": row}
    if not isinstance(row, dict):
        raise ValueError(f"a JSON line must be an object or a string, not {type(row).__name__}")
    return row


def _decide(router: Router, line: str, max_chars: int) -> dict[str, Any]:
    row = _row(line)
    text = text_of(row)
    check_text(text, max_chars, Surface.CLI)
    choice = row.get("model")
    if choice is not None and not isinstance(choice, str):
        raise ValueError("'model' must be a string")
    return router.decide(RouteRequest(text=text, choice=choice)).to_dict(router.policy)


def route_batch(settings: Settings, path: Path, out: TextIO) -> int:
    """One JSON object per input line, in order, each with its input `line` number (blank
    lines are skipped); a bad line gets an error object, not a stop.

    A line is a JSON object with a `prompt`, `text` or `question` field (and optionally
    `model`), a JSON string, or plain text: the question. Empty and too long questions
    are errors, as `tandem ask` refuses them.
    """
    router = _router(settings)
    failures = 0
    write = out.write
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip():
            continue
        try:
            result = {"line": number, **_decide(router, line, settings.max_question_chars)}
        except (ValueError, UnknownAlias, QuestionRejected) as exc:
            failures += 1
            result = {"line": number, "error": str(exc)}
        write(json.dumps(result, ensure_ascii=False) + "\n")
    return 1 if failures else 0
