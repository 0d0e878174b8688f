"""Slack Web API clients per workspace, for work that starts outside a Slack request.

Inside a Bolt listener the client comes with the request. Scheduled digests and
the CLI have no request, so they ask this provider for the workspace's client:
in token mode (one workspace) that is the single bot token; with OAuth installs
it is the installation's bot token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from slack_sdk.web.async_client import AsyncWebClient

TokenLookup = Callable[[str], Awaitable[str | None]]


class NoSlackToken(LookupError):
    """No bot token is known for this workspace."""


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

    async def for_workspace(self, workspace: str | None = None) -> AsyncWebClient:
        """The workspace's bot client; in token mode, the one bot token whatever `workspace`."""
        token = await self._token(workspace)
        client = self._clients.get(token)
        if client is None:
            client = AsyncWebClient(token=token, base_url=self._api_url)
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
