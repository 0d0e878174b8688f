"""`/tandem digest ...`: the Slack-free core of the slash command.

The Slack listener acks, calls `digest_command` with who ran it, where, and
the words after `digest`, and shows the returned text. Grammar:

    subscribe usage|channel [daily|weekly [DAY]] [HH:MM] [TZ]
    list
    unsubscribe ID
    now [ID]

The words after the kind may come in any order and are told apart by their
shape (a cadence, a weekday, a time, an IANA zone); defaults are daily, 09:00,
UTC, and Monday for weekly. A weekday alone implies weekly. The digest posts
to the channel the command was run in. Usage digests show the whole
workspace's spend, so only admins manage them; channel digests only show the
channel's own threads back to it, so anyone in the channel may.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from redis.exceptions import RedisError
from slack_sdk.errors import SlackApiError

from bot.digest.context import DigestContext
from bot.digest.jobs import DELIVERY_ERRORS, DigestUnavailable, run_digest, run_subscription_now
from bot.digest.schedule import (
    CADENCES,
    WEEKDAYS,
    Cadence,
    Schedule,
    ScheduleError,
    canonical_zone,
    next_fire,
    parse_time,
)
from bot.digest.subscriptions import KINDS, Kind, Subscription

DEFAULT_TIME = time(9, 0)
SUBSCRIBE_USAGE = (
    "Usage: `/tandem digest subscribe usage|channel [daily|weekly [DAY]] [HH:MM] [TZ]` "
    "(defaults: daily at 09:00 UTC; weekly means Monday unless you name a day). "
    "Example: `/tandem digest subscribe channel weekly mon 09:00 Europe/Paris`"
)
USAGE = (
    "Usage: `/tandem digest subscribe usage|channel [daily|weekly [DAY]] [HH:MM] [TZ]`, "
    "`/tandem digest list`, `/tandem digest unsubscribe ID`, `/tandem digest now [ID]`. "
    "Example: `/tandem digest subscribe usage daily 09:00 Europe/Paris`"
)
ADMINS_ONLY = "Only Tandem admins (TANDEM_ADMINS) can manage usage digests."


class CommandError(ValueError):
    """Bad arguments: the message is the whole reply."""


@dataclass(frozen=True, slots=True)
class Caller:
    """Who ran the command and where: the permission rules need all four."""

    workspace: str
    channel: str
    user: str
    is_admin: bool


def _weekday(word: str) -> int | None:
    if len(word) < 3:
        return None
    return next((n for n, name in enumerate(WEEKDAYS) if name.startswith(word)), None)


def _bare_zone(word: str) -> str:
    """A zone without a slash (UTC, Japan, EST5EDT), or the word is not understood at all."""
    try:
        return canonical_zone(word)
    except ScheduleError:
        raise ScheduleError(f"i don't understand {word!r}") from None


@dataclass
class _Parts:
    """The schedule words of `subscribe`, each slot filled at most once."""

    cadence: Cadence | None = None
    day: int | None = None
    at: time | None = None
    tz: str | None = None

    def _fill(self, slot: str, value: object) -> None:
        if getattr(self, slot) is not None:
            raise ScheduleError(f"{'time zone' if slot == 'tz' else slot} given twice")
        setattr(self, slot, value)

    def take(self, word: str) -> None:
        """Tell a word apart by its shape: cadence, weekday, HH:MM or IANA zone."""
        low = word.lower()
        day = _weekday(low)
        if low in CADENCES:
            self._fill("cadence", low)
        elif day is not None:
            self._fill("day", day)
        elif ":" in word:
            self._fill("at", parse_time(word))
        elif "/" in word:
            self._fill("tz", canonical_zone(word))
        else:
            self._fill("tz", _bare_zone(word))

    def schedule(self) -> Schedule:
        cadence = self.cadence or ("weekly" if self.day is not None else "daily")
        if cadence == "daily" and self.day is not None:
            raise ScheduleError("a daily digest has no weekday; say weekly DAY")
        weekday = (self.day or 0) if cadence == "weekly" else None
        return Schedule(cadence, self.at or DEFAULT_TIME, self.tz or "UTC", weekday)


def parse_subscription(words: Sequence[str]) -> tuple[Kind, Schedule]:
    """`usage weekly fri 17:30 Europe/Paris` -> ("usage", Schedule(...)); CommandError if bad."""
    if not words or words[0].lower() not in KINDS:
        raise CommandError(f"Say which digest: usage or channel. {SUBSCRIBE_USAGE}")
    kind: Kind = "usage" if words[0].lower() == "usage" else "channel"
    parts = _Parts()
    try:
        for word in words[1:]:
            parts.take(word)
        schedule = parts.schedule()
    except ScheduleError as exc:
        message = str(exc)
        raise CommandError(f"{message[:1].upper()}{message[1:]}. {SUBSCRIBE_USAGE}") from None
    return kind, schedule


def parse_id(words: Sequence[str], usage: str) -> int:
    if len(words) != 1 or not words[0].lstrip("#").isdigit():
        raise CommandError(usage)
    return int(words[0].lstrip("#"))


def when(schedule: Schedule, moment: datetime) -> str:
    """A fire time in the subscription's own zone, as the people who asked for it read it."""
    local = moment.astimezone(schedule.zone)
    return f"{local:%a %d %b %H:%M} {local.tzname()}"


def _next(sub: Subscription, now: datetime) -> str:
    return when(sub.schedule, next_fire(sub.schedule, now))


def may_manage(caller: Caller, sub: Subscription) -> str | None:
    """None when allowed, else the reason why not."""
    if caller.is_admin:
        return None
    if sub.kind == "usage":
        return ADMINS_ONLY
    if sub.channel != caller.channel:
        return f"Digest #{sub.id} posts to <#{sub.channel}>: manage it from there."
    return None


async def _announce(ctx: DigestContext, subscription_id: int) -> None:
    """Best effort: if Redis is away, schedulers still pick the change up on their next sync."""
    with contextlib.suppress(RedisError, OSError):
        await ctx.announce_change(subscription_id)


async def _subscribe(ctx: DigestContext, caller: Caller, words: Sequence[str]) -> str:
    kind, schedule = parse_subscription(words)
    if kind == "usage" and not caller.is_admin:
        return ADMINS_ONLY
    for existing in await ctx.subscriptions.list(caller.workspace, channel=caller.channel):
        if existing.kind == kind and existing.schedule == schedule:
            return f"Already subscribed: {existing.describe()}."
    sub = await ctx.subscriptions.add(
        workspace=caller.workspace,
        kind=kind,
        channel=caller.channel,
        schedule=schedule,
        created_by=caller.user,
        now=ctx.now(),
    )
    await _announce(ctx, sub.id)
    return (
        f"Subscribed: {sub.describe()}. Next: {when(schedule, next_fire(schedule, ctx.now()))}. "
        f"Stop it with `/tandem digest unsubscribe {sub.id}`."
    )


async def _list(ctx: DigestContext, caller: Caller, words: Sequence[str]) -> str:
    if words:
        raise CommandError("Usage: `/tandem digest list`")
    channel = None if caller.is_admin else caller.channel
    subs = await ctx.subscriptions.list(caller.workspace, channel=channel)
    if not subs:
        where = "in this workspace" if caller.is_admin else "in this channel"
        return f"No digests {where} yet. {SUBSCRIBE_USAGE}"
    now = ctx.now()
    lines = [f"• {s.describe()}, by <@{s.created_by}>; next {_next(s, now)}" for s in subs]
    return "\n".join(["Digests:", *lines])


async def _owned(ctx: DigestContext, caller: Caller, subscription_id: int) -> Subscription:
    sub = await ctx.subscriptions.get(subscription_id)
    if sub is None or sub.workspace != caller.workspace or not sub.enabled:
        raise CommandError(
            f"There is no digest #{subscription_id} here: see `/tandem digest list`."
        )
    refusal = may_manage(caller, sub)
    if refusal is not None:
        raise CommandError(refusal)
    return sub


UNSUBSCRIBE_USAGE = "Usage: `/tandem digest unsubscribe ID`, e.g. `/tandem digest unsubscribe 3`"
NOW_USAGE = "Usage: `/tandem digest now [ID]`, e.g. `/tandem digest now 3`"


async def _unsubscribe(ctx: DigestContext, caller: Caller, words: Sequence[str]) -> str:
    sub = await _owned(ctx, caller, parse_id(words, UNSUBSCRIBE_USAGE))
    await ctx.subscriptions.disable(sub.id)
    await _announce(ctx, sub.id)
    return f"Unsubscribed: {sub.describe()}."


async def _run_now(ctx: DigestContext, caller: Caller, words: Sequence[str]) -> tuple[str, str]:
    """(status, channel): this channel's last day with no ID, else that subscription's digest."""
    if words:
        sub = await _owned(ctx, caller, parse_id(words, NOW_USAGE))
        return await run_subscription_now(ctx, sub), sub.channel
    until = ctx.now()
    run = await run_digest(
        ctx,
        kind="channel",
        workspace=caller.workspace,
        channel=caller.channel,
        since=until - timedelta(days=1),
        until=until,
        user=caller.user,
    )
    return run.status, caller.channel


async def _now(ctx: DigestContext, caller: Caller, words: Sequence[str]) -> str:
    try:
        status, channel = await _run_now(ctx, caller, words)
    except SlackApiError as exc:
        return f"Could not post the digest: Slack said `{exc.response.get('error')}`."
    except DigestUnavailable as exc:
        return f"Could not make the digest: {exc}."
    except DELIVERY_ERRORS as exc:
        return f"Could not make the digest right now ({type(exc).__name__}); try again later."
    if status == "empty":
        return f"Nothing to post: no conversations in <#{channel}> in this period."
    return f"Posted the digest to <#{channel}>."


Handler = Callable[[DigestContext, Caller, Sequence[str]], Awaitable[str]]
HANDLERS: dict[str, Handler] = {
    "subscribe": _subscribe,
    "list": _list,
    "unsubscribe": _unsubscribe,
    "now": _now,
}


async def digest_command(
    ctx: DigestContext, *, workspace: str, channel: str, user: str, is_admin: bool, args: str
) -> str:
    """Run `/tandem digest <args>` for `user` in `channel`; returns the reply to show them."""
    words = args.split()
    if not words:
        return USAGE
    handler = HANDLERS.get(words[0].lower())
    if handler is None:
        return f"Unknown digest command `{words[0]}`. {USAGE}"
    try:
        return await handler(ctx, Caller(workspace, channel, user, is_admin), words[1:])
    except CommandError as exc:
        return str(exc)
