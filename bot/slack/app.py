"""The Bolt app: every Slack surface registered on one `AsyncApp`, one error handler.

Events are acknowledged by Bolt before the listener runs (process_before_response
is off), so the answer is produced after the ack. Repeats of an event (Slack's
retries, or the same event reaching two replicas) are dropped: a global
middleware attaches the event's claim (`bot/slack/delivery.py`), which each event
listener makes before it acts: the answering ones in the answer's first Redis
round trip, the others on their own.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import structlog
from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from bot.service import Tandem
from bot.slack import actions, assistant_pane, commands, events, home
from bot.slack.clients import TOKEN_REFUSED
from bot.slack.delivery import start_claim

log = structlog.get_logger(__name__)


class SlackConfigError(ValueError):
    """Tandem cannot talk to Slack with the settings it was given."""


class _Dedupe(AsyncMiddleware):
    """Attach each event's claim; listeners make it after the ack, not before.

    That keeps a Redis round trip, and under load a wait for the event loop,
    out of the time Slack counts against its 3 seconds; and a question's claim
    rides on the answer's first round trip instead of costing one of its own.
    A middleware class, not a function: Bolt builds every possible listener
    argument for a function middleware on each request, which this one needs none of.
    """

    def __init__(self, tandem: Tandem) -> None:
        self._tandem = tandem

    async def async_process(
        self,
        *,
        req: AsyncBoltRequest,
        resp: BoltResponse,
        next: Callable[[], Awaitable[BoltResponse]],
    ) -> BoltResponse | None:
        body = req.body
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id:
            workspace = str(body.get("team_id") or "")
            start_claim(req.context, self._tandem, workspace, str(event_id))
        return await next()


async def _on_error(error: Exception, body: dict[str, Any]) -> None:
    log.error(
        "slack_listener_failed",
        error=type(error).__name__,
        detail=str(error)[:300],
        kind=body.get("type"),
    )


async def close_app(app: AsyncApp) -> None:
    """Close the shared HTTP session of the app's Web API client."""
    session = app.client.session
    if session is not None and not session.closed:
        await session.close()


TOKEN_CHECK_SECONDS = 10.0


async def check_token(app: AsyncApp) -> None:
    """One `auth.test` at start with the bot token: a token Slack refuses is a
    SlackConfigError (else every answer would fail with invalid_auth while /readyz
    said ready); Slack out of reach is a warning, and serving starts anyway. OAuth
    installs (no single token) are checked per workspace when they answer."""
    if not app.client.token:
        return
    try:
        async with asyncio.timeout(TOKEN_CHECK_SECONDS):
            found = await app.client.auth_test()
    except SlackApiError as exc:
        error = str(exc.response.get("error", ""))
        if error in TOKEN_REFUSED:
            raise SlackConfigError(
                f"Slack refused SLACK_BOT_TOKEN ({error}): check the Bot User OAuth Token "
                "of the installed app (it starts with xoxb-)"
            ) from None
        log.warning("slack_token_unchecked", error=error)
        return
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        log.warning("slack_unreachable_at_start", error=type(exc).__name__)
        return
    log.info("slack_connected", team=found.get("team"), bot_user=found.get("user"))


def build_app(
    tandem: Tandem,
    *,
    socket_mode: bool = False,
    extra_commands: dict[str, commands.Handler] | None = None,
) -> AsyncApp:
    """Token mode (one workspace) by default; OAuth installs when the client id is set."""
    settings = tandem.services.settings
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    )
    oauth = tandem.services.oauth
    multi = oauth is not None
    if not multi and not token:
        raise SlackConfigError("SLACK_BOT_TOKEN is not set (or configure the OAuth install flow)")
    if not socket_mode and not secret:
        raise SlackConfigError("SLACK_SIGNING_SECRET is required to verify Slack's requests")
    app = AsyncApp(
        signing_secret=secret,
        client=tandem.services.slack.client(
            None if multi else token,
            session=aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256)),
        ),
        oauth_settings=oauth.settings if oauth is not None else None,
        request_verification_enabled=not socket_mode,
        logger=logging.getLogger("tandem.slack"),
    )
    if multi:
        # A workspace that removes the app or revokes its tokens: its installation goes
        # (digests and answers there stop trying a token Slack refuses).
        app.enable_token_revocation_listeners()
    app.use(_Dedupe(tandem))
    app.error(_on_error)
    assistant_pane.register(app, tandem)
    events.register(app, tandem)
    commands.register(app, tandem, extra_commands)
    actions.register(app, tandem)
    home.register(app, tandem)
    return app
