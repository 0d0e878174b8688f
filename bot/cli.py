"""The `tandem` command (Typer). Each command builds what it needs from `Settings`.

Imports of heavy clients happen inside commands so that `tandem route --batch`
starts fast: it needs the policy, the detector and the scorer, nothing else.
Exit codes: 0 answered, 1 the answer failed or was refused, 2 bad input.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.cli_support import EXIT_FAILED, fail, run_service, settings_or_exit
from bot.config import Settings
from bot.digest.cli import digest_app, scheduler_command
from bot.routing.cli import router_app

app = typer.Typer(
    name="tandem",
    help="Tandem: a Slack assistant that routes each question to a local or a strong model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema (Alembic).", no_args_is_help=True)
policy_app = typer.Typer(help="The routing policy file.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(policy_app, name="policy")
app.add_typer(digest_app, name="digest")
app.add_typer(router_app, name="router")
app.command("scheduler")(scheduler_command)


def _logging(settings: Settings, *, service: bool = False) -> None:
    from bot import logs

    level = settings.log_level if service else "WARNING"
    logs.configure(level, json=settings.log_json and service, keep_text=settings.log_message_text)


def _checked_thread(thread: str | None) -> str | None:
    from bot.terminal import MAX_THREAD_CHARS

    if thread is not None and len(thread) > MAX_THREAD_CHARS:
        raise fail(f"--thread is {len(thread):,} characters; at most {MAX_THREAD_CHARS}")
    return thread


@app.command()
def serve(
    socket: Annotated[
        bool | None,
        typer.Option("--socket/--http", help="Socket Mode (default when SLACK_APP_TOKEN is set)"),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Serving processes sharing the port (default TANDEM_WORKERS, 1)"),
    ] = None,
) -> None:
    """Run Tandem for Slack: HTTP on TANDEM_PORT (/slack/events, /healthz, /readyz, /metrics)."""
    from bot.routing.policy import PolicyError
    from bot.server import serve as run_server
    from bot.slack.app import SlackConfigError
    from bot.web import PortUnavailable

    settings = settings_or_exit()
    _logging(settings, service=True)
    count = workers or settings.workers
    try:
        if count > 1:
            from bot.supervisor import run_workers

            raise typer.Exit(run_workers(settings, count, socket_mode=socket))
        run_service(run_server(settings, socket_mode=socket), settings)
    except (SlackConfigError, PolicyError, PortUnavailable) as exc:
        raise fail(str(exc), EXIT_FAILED) from None
    except KeyboardInterrupt:
        pass


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question; '-' reads it from stdin.")],
    model: Annotated[str, typer.Option("--model", "-m", help="auto or a policy alias")] = "auto",
    thread: Annotated[str | None, typer.Option(help="Continue a conversation by id")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
) -> None:
    """Ask one question; the answer streams to stdout, then a footer line."""
    from bot.terminal import run_ask

    settings = settings_or_exit()
    _logging(settings)
    thread = _checked_thread(thread)
    text = sys.stdin.read() if question == "-" else question
    code = asyncio.run(run_ask(settings, text, model=model, thread=thread, as_json=as_json))
    raise typer.Exit(code)


@app.command()
def chat(
    model: Annotated[str, typer.Option("--model", "-m", help="auto or a policy alias")] = "auto",
    thread: Annotated[str | None, typer.Option(help="Resume a conversation by id")] = None,
) -> None:
    """Interactive chat with memory. /model ALIAS, /forget, /why, /quit."""
    from bot.terminal import run_chat

    settings = settings_or_exit()
    _logging(settings)
    thread = _checked_thread(thread)
    raise typer.Exit(asyncio.run(run_chat(settings, model=model, thread=thread)))


@app.command()
def route(
    question: Annotated[str | None, typer.Argument(help="A question to route")] = None,
    batch: Annotated[
        Path | None,
        typer.Option(
            help="one question per line, or JSON lines with a 'prompt', 'text' or 'question'"
            " field; '-' = stdin"
        ),
    ] = None,
    model: Annotated[str, typer.Option("--model", "-m", help="auto or a policy alias")] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print the decision as JSON")] = False,
) -> None:
    """Show the routing decision without calling any model (no network)."""
    from bot.routing.batch import route_batch, route_one
    from bot.routing.policy import PolicyError

    settings = settings_or_exit()
    if (question is None) == (batch is None):
        raise fail("give either a QUESTION or --batch FILE")
    try:
        if batch is not None:
            code = route_batch(settings, batch, sys.stdout)
        else:
            code = route_one(settings, question or "", model, as_json, sys.stdout)
    except PolicyError as exc:  # the policy file, not the question: as `ask` and `policy check`
        raise fail(str(exc), EXIT_FAILED) from None
    except (OSError, ValueError) as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(code)


@app.command()
def usage(
    since: Annotated[str, typer.Option(help="How far back: 30m, 24h, 7d, 2w")] = "7d",
    by: Annotated[
        str, typer.Option(help="Group by model, user, channel, surface or status")
    ] = "model",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Questions, tokens, cost and latency from the usage log."""
    from bot.usage.reports import parse_since
    from bot.usage.terminal import print_usage

    settings = settings_or_exit()
    _logging(settings)  # warnings (a skipped migration) on stderr, not in the report
    if by not in {"model", "user", "channel", "surface", "status"}:
        raise fail(f"--by must be model, user, channel, surface or status, not {by!r}")
    try:
        start = parse_since(since)
    except ValueError as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(asyncio.run(print_usage(settings, start, by, as_json)))


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply Alembic migrations up to REVISION (default head)."""
    from bot.usage import db

    settings = settings_or_exit()
    try:
        db.upgrade(settings.database_url, revision)
        reached = db.current_revision(settings.database_url)
    except db.RevisionRefused as exc:
        raise fail(str(exc)) from None
    except Exception as exc:  # any driver or migration error: one line, non-zero exit
        raise fail(f"migration failed: {type(exc).__name__}: {exc}", EXIT_FAILED) from None
    typer.echo(f"database at {reached or 'base'}")


@db_app.command("prune")
def db_prune(
    older_than: Annotated[
        int | None,
        typer.Option(help="Keep this many days (default: TANDEM_USAGE_RETENTION_DAYS)"),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count the rows, delete none")] = False,
) -> None:
    """Delete usage rows past retention now (the scheduler also does it daily)."""
    from datetime import UTC, datetime

    from sqlalchemy.exc import SQLAlchemyError

    from bot.usage.retention import prune_now

    settings = settings_or_exit()
    days = settings.usage_retention_days if older_than is None else older_than
    if not days:
        raise fail("no retention set: pass --older-than DAYS or set TANDEM_USAGE_RETENTION_DAYS")
    now = datetime.now(UTC)
    try:
        summary = asyncio.run(prune_now(settings.database_url, days, dry_run=dry_run, now=now))
    except ValueError as exc:
        raise fail(str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:
        raise fail(f"prune failed: {type(exc).__name__}: {exc}", EXIT_FAILED) from None
    typer.echo(summary)


@policy_app.command("check")
def policy_check(
    file: Annotated[
        Path | None, typer.Argument(help="Policy file (default: TANDEM_POLICY)")
    ] = None,
) -> None:
    """Validate a policy file; errors name the file, line and field."""
    from bot.routing.policy import PolicyError, dump_summary, load_policy

    path = file or settings_or_exit().policy_path
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        raise fail(str(exc), EXIT_FAILED) from None
    typer.echo(json.dumps(dump_summary(policy), indent=2))
    typer.echo(f"{path}: ok", err=True)


def main() -> None:
    app()
