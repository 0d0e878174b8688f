"""`tandem digest run` and `tandem scheduler`, mounted by `bot.cli`.

`digest run --stdout` needs only the database and the policy file, so a
usage report can be read on a laptop with no Slack, Redis or model in reach.
Posting needs the Slack token; a channel digest needs the models too, so it
builds the full set of services. Heavy imports happen inside the commands.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_support import EXIT_FAILED, fail, run_service, settings_or_exit
from bot.config import Settings

if TYPE_CHECKING:
    from bot.digest.subscriptions import Kind

digest_app = typer.Typer(help="Usage and channel digests.", no_args_is_help=True)


@digest_app.callback()
def _group() -> None:
    """Usage and channel digests (a group, so `tandem digest run` keeps its name)."""


def grace_of(settings: Settings) -> timedelta:
    """TANDEM_DIGEST_GRACE: how late a missed fire may still be posted."""
    return timedelta(seconds=settings.digest_grace_seconds)


class DatabaseUnreadable(RuntimeError):
    """The usage table could not be read (the message names the driver's error)."""


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What `tandem digest run` was asked for, checked."""

    kind: Kind
    channel: str | None
    workspace: str | None
    since: datetime
    until: datetime
    tz: str
    stdout: bool


async def print_usage_digest(settings: Settings, options: RunOptions) -> str:
    """The usage digest as terminal text, from the database and the policy file alone."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.digest.usage_report import render_text
    from bot.digest.usage_stats import load_usage
    from bot.routing.policy import load_policy
    from bot.usage import db

    policy = load_policy(settings.policy_path)
    engine = db.create_engine(settings.database_url)
    try:
        digest = await load_usage(
            engine,
            strong=policy.spec(policy.strong),
            since=options.since,
            until=options.until,
            workspace=options.workspace,
            tz=options.tz,
        )
    except (SQLAlchemyError, OSError) as exc:  # asyncpg raises a bare OSError when refused
        raise DatabaseUnreadable(type(exc).__name__) from exc
    finally:
        await engine.dispose()
    labels = {alias: spec.display for alias, spec in policy.models.items()}
    return render_text(digest, labels)


async def run_with_services(settings: Settings, options: RunOptions) -> str:
    """Any digest through the real services (Slack, and the models for channel digests)."""
    from bot.digest.context import DigestContext
    from bot.digest.jobs import run_digest
    from bot.wiring import build

    channel = options.channel or ""
    services = await build(settings)
    try:
        run = await run_digest(
            DigestContext.from_services(services, grace=grace_of(settings)),
            kind=options.kind,
            workspace=options.workspace,
            channel=channel,
            since=options.since,
            until=options.until,
            tz=options.tz,
            user="cli",
            post=not options.stdout,
        )
    finally:
        await services.aclose()
    if run.status == "empty":
        return f"Nothing to post: no conversations in {channel} in this period."
    return run.text if options.stdout else f"Posted the {options.kind} digest to {channel}."


async def produce(settings: Settings, options: RunOptions) -> str:
    """A usage report for the terminal needs no services; anything else needs them all."""
    if options.stdout and options.kind == "usage":
        return await print_usage_digest(settings, options)
    return await run_with_services(settings, options)


def _window(since: str) -> tuple[datetime, datetime]:
    from bot.usage.reports import parse_since

    until = datetime.now(UTC)
    try:
        return parse_since(since, until), until
    except ValueError as exc:
        raise fail(str(exc)) from None


def _check_zone(tz: str) -> str:
    from bot.digest.schedule import ScheduleError, canonical_zone

    try:
        return canonical_zone(tz)
    except ScheduleError as exc:
        raise fail(str(exc)) from None


def _options(
    kind: str, channel: str | None, workspace: str | None, since: str, tz: str, stdout: bool
) -> RunOptions:
    if kind not in {"usage", "channel"}:
        raise fail(f"--kind must be usage or channel, not {kind!r}")
    if channel is None and not (stdout and kind == "usage"):
        raise fail("--channel is required (except for --kind usage --stdout)")
    start, end = _window(since)
    checked: Kind = "usage" if kind == "usage" else "channel"
    return RunOptions(checked, channel, workspace, start, end, _check_zone(tz), stdout)


@digest_app.command("run")
def run(
    kind: Annotated[str, typer.Option(help="usage or channel")],
    channel: Annotated[
        str | None, typer.Option(help="Channel id to post to (channel digests: to read)")
    ] = None,
    since: Annotated[str, typer.Option(help="How far back: 30m, 24h, 7d, 2w")] = "7d",
    workspace: Annotated[str | None, typer.Option(help="Team id (default: any)")] = None,
    tz: Annotated[str, typer.Option(help="IANA time zone for days and times")] = "UTC",
    stdout: Annotated[bool, typer.Option("--stdout", help="Print instead of posting")] = False,
) -> None:
    """Make one digest now and post it to Slack, or print it with --stdout."""
    from redis.exceptions import RedisError
    from slack_sdk.errors import SlackApiError
    from sqlalchemy.exc import SQLAlchemyError

    from bot import logs
    from bot.routing.policy import PolicyError
    from bot.slack.clients import NoSlackToken

    options = _options(kind, channel, workspace, since, tz, stdout)
    settings = settings_or_exit()
    # As `tandem ask`: warnings on stderr, and no INFO lines (one per summarised
    # thread) on stdout, where the digest itself goes.
    logs.configure("WARNING", json=False, keep_text=settings.log_message_text)
    try:
        text = asyncio.run(produce(settings, options))
    except (PolicyError, NoSlackToken) as exc:
        raise fail(str(exc), EXIT_FAILED) from None
    except SlackApiError as exc:
        raise fail(f"Slack said {exc.response.get('error')}", EXIT_FAILED) from None
    except DatabaseUnreadable as exc:
        raise fail(f"cannot read the database ({exc})", EXIT_FAILED) from None
    except SQLAlchemyError as exc:
        raise fail(f"cannot read the database ({type(exc).__name__})", EXIT_FAILED) from None
    except (RedisError, OSError) as exc:
        raise fail(f"{type(exc).__name__}: {exc}", EXIT_FAILED) from None
    typer.echo(text)


async def serve_scheduler(settings: Settings) -> None:
    """Run the scheduler until SIGINT or SIGTERM, then let running digests finish.

    It serves /healthz, /readyz and /metrics on TANDEM_PORT (no Slack endpoint),
    so its digest runs show on the dashboard and an orchestrator can probe it. It
    re-reads the policy on SIGHUP and when a serving process publishes a reload.
    """
    from aiohttp import web

    from bot.digest.scheduler import start_scheduler
    from bot.server import reload_on_sighup, stop_event
    from bot.service import Tandem
    from bot.web import build_web_app, listen
    from bot.wiring import build, migrate

    stop = stop_event()  # first: a SIGTERM while starting still shuts down in order
    services = await build(settings)
    tandem = Tandem(services)
    runner = web.AppRunner(build_web_app(tandem, None), access_log=None)
    # Channel digests route through the policy: follow reloads like `tandem serve`.
    reload_on_sighup(tandem)
    control = asyncio.create_task(tandem.follow_control())
    try:
        await migrate(settings)
        await runner.setup()
        await listen(runner, settings.host, settings.port)
        handle = await start_scheduler(
            services, grace=grace_of(settings), retention_days=settings.usage_retention_days
        )
        print("tandem: digest scheduler running; Ctrl-C to stop", file=sys.stderr)
        await stop.wait()
        await handle.shutdown()
    finally:
        control.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await control
        await runner.cleanup()
        await services.aclose()


def scheduler_command() -> None:
    """Run the digest scheduler alone (no Slack listener) until SIGINT or SIGTERM."""
    from bot import logs
    from bot.web import PortUnavailable

    settings = settings_or_exit()
    logs.configure(settings.log_level, json=settings.log_json, keep_text=settings.log_message_text)
    try:
        run_service(serve_scheduler(settings), settings)
    except PortUnavailable as exc:
        raise fail(str(exc), EXIT_FAILED) from None
