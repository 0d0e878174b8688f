"""Slack Web API clients: how every one is built, and one per workspace for work outside
a Slack request.

Every client Tandem makes (Bolt's, which Bolt copies for each request, and the ones
below) waits out 429s, retries dropped connections and reports each response to the
`TokenWatch`, so a bot token Slack stops accepting while Tandem runs shows on
`/readyz` instead of only as failed answers.

Inside a Bolt listener the client comes with the request. Scheduled digests and
the CLI have no request, so they ask `SlackClients` for the workspace's client:
in token mode (one workspace) that is the single bot token; with OAuth installs
it is the installation's bot token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import structlog
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

log = structlog.get_logger(__name__)

TokenLookup = Callable[[str], Awaitable[str | None]]

# Errors that mean the token itself will not work until someone acts (Slack's API docs).
TOKEN_REFUSED = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)
RECHECK_SECONDS = 2.0


class NoSlackToken(LookupError):
    """No bot token is known for this workspace."""


class TokenWatch(AsyncRetryHandler):
    """Whether Slack still accepts the bot token, from the responses Tandem already gets.

    A retry handler because slack_sdk shows every response to its retry handlers (and
    Bolt hands them to the client it makes for each request); this one never retries.
    Only the configured bot token is watched: with OAuth installs a workspace that
    removed the app is Bolt's `app_uninstalled` event, not the process's health.
    """

    def __init__(self, token: str | None) -> None:
        super().__init__(max_retry_count=0)
        self._header = f"Bearer {token}" if token else None
        self.refused: str | None = None

    @property
    def watching(self) -> bool:
        return self._header is not None

    async def can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is not None and self._header in request.headers.get("Authorization", ()):
            self.saw(response.body)
        return False

    def saw(self, body: Any) -> None:
        """One Web API response made with the bot token."""
        if not isinstance(body, dict):
            return
        error = body.get("error")
        if body.get("ok") is True and self.refused is not None:
            log.warning("slack_token_accepted_again", was=self.refused)
            self.refused = None
        elif body.get("ok") is False and error in TOKEN_REFUSED and self.refused is None:
            log.error(
                "slack_token_refused",
                error=error,
                hint="Slack no longer accepts SLACK_BOT_TOKEN: reinstall the app or set a new "
                "token and restart; /readyz reports not ready until then",
            )
            self.refused = str(error)

    async def recheck(self, client: AsyncWebClient) -> None:
        """While refused, one bounded `auth.test`: an account reactivated is seen again."""
        if self.refused is None:
            return
        try:
            async with asyncio.timeout(RECHECK_SECONDS):
                await client.auth_test()  # the answer reaches `saw` either way
        except (SlackApiError, aiohttp.ClientError, TimeoutError, OSError):
            return


class SlackClients:
    def __init__(
        self,
        api_url: str,
        *,
        bot_token: str | None = None,
        lookup: TokenLookup | None = None,
    ) -> None:
        self._api_url = api_url
        self._bot_token = bot_token
        self._lookup = lookup
        self._clients: dict[str, AsyncWebClient] = {}
        self.watch = TokenWatch(bot_token)

    def client(
        self, token: str | None, session: aiohttp.ClientSession | None = None
    ) -> AsyncWebClient:
        """A Web API client for `token` that waits out 429s (Retry-After), retries dropped
        connections and shows every response to the token watch (first, so it sees a 429
        too).

        With a shared `session` every call reuses pooled connections (slack_sdk otherwise
        opens a session, and against Slack a TLS handshake, per call); Bolt hands the same
        session to the per-request clients it makes for listeners.
        """
        return AsyncWebClient(
            token=token,
            base_url=self._api_url,
            session=session,
            retry_handlers=[
                self.watch,
                AsyncRateLimitErrorRetryHandler(max_retry_count=3),
                AsyncConnectionErrorRetryHandler(max_retry_count=2),
            ],
        )

    async def for_workspace(self, workspace: str | None = None) -> AsyncWebClient:
        """The workspace's bot client; in token mode, the one bot token whatever `workspace`."""
        token = await self._token(workspace)
        client = self._clients.get(token)
        if client is None:
            client = self.client(token)
            self._clients[token] = client
        return client

    async def _token(self, workspace: str | None) -> str:
        if self._lookup is not None and workspace:
            token = await self._lookup(workspace)
            if token:
                return token
        if self._bot_token:
            return self._bot_token
        raise NoSlackToken(f"no Slack bot token for workspace {workspace or '(default)'}")
