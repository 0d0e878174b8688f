"""Multi-workspace: Bolt's OAuth install against the loopback Slack API, then a mention in
the new workspace answered with that workspace's own bot token."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.slack.clients import NoSlackToken
from tests.e2e.conftest import AppFactory
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.slack import FakeSlack
from tests.support.slack_app import RunningApp

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "oauth-client-secret"


@pytest.fixture
async def app(app_with: AppFactory, fake_slack: FakeSlack) -> AsyncIterator[RunningApp]:
    fake_slack.oauth_client = (CLIENT_ID, CLIENT_SECRET)
    settings = {"slack_client_id": CLIENT_ID, "slack_client_secret": CLIENT_SECRET}
    async with app_with(slack_bot_token=None, **settings) as running:
        yield running


async def install(app: RunningApp, fake_slack: FakeSlack, team: str, token: str) -> None:
    fake_slack.add_oauth_code("code-" + team, team_id=team, bot_token=token, bot_user_id="U0BOT2")
    async with app.session.get(app.url + "/slack/install", allow_redirects=False) as response:
        assert response.status in (200, 302)
        page = await response.text()
        cookie = response.headers["Set-Cookie"].split(";")[0]
    location = (
        response.headers.get("Location")
        or re.search(r'href="([^"]+oauth/v2/authorize[^"]+)"', page)[1]
    )  # type: ignore[index]
    state = parse_qs(urlparse(location.replace("&amp;", "&")).query)["state"][0]
    redirect = f"{app.url}/slack/oauth_redirect?code=code-{team}&state={state}"
    async with app.session.get(redirect, headers={"Cookie": cookie}) as response:
        assert response.status == 200, await response.text()


async def test_install_then_answer_with_that_workspaces_token(
    app: RunningApp, fake_slack: FakeSlack, engine: AsyncEngine
) -> None:
    await install(app, fake_slack, "T0002", "xoxb-second-workspace")
    [exchange] = fake_slack.calls("oauth.v2.access")
    assert exchange.ok
    async with engine.connect() as connection:
        stored = (await connection.execute(text("SELECT team_id, bot_token FROM slack_bots"))).all()
    assert [tuple(row) for row in stored] == [("T0002", "xoxb-second-workspace")]

    event = se.app_mention_event("what does git rebase do?", team="T0002", bot_user_id="U0BOT2")
    status, _ = await app.post(*se.event_request(event, team_id="T0002", bot_user_id="U0BOT2"))
    assert status == 200
    async with asyncio.timeout(10):
        [stop] = await fake_slack.await_calls("chat.stopStream")
    await app.tandem.drain(10)
    assert stop.token == "xoxb-second-workspace"
    assert {c.token for c in fake_slack.calls("chat.startStream")} == {"xoxb-second-workspace"}


async def test_event_from_a_workspace_that_never_installed_gets_no_answer(
    app: RunningApp, fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    event = se.app_mention_event("hello?", team="T0404")
    status, _ = await app.post(*se.event_request(event, team_id="T0404"))
    assert status in (200, 401)
    await asyncio.sleep(0.3)
    assert fake_ollama.requests("/api/chat") == []


async def test_uninstall_removes_the_workspaces_token(
    app: RunningApp, fake_slack: FakeSlack, engine: AsyncEngine
) -> None:
    """Before: `app_uninstalled` went unheard and the stored token stayed, so every digest
    for that workspace kept calling Slack with a token it refuses."""
    await install(app, fake_slack, "T0002", "xoxb-second-workspace")
    assert await app.services.slack.for_workspace("T0002")
    event = {"type": "app_uninstalled", "event_ts": f"{time.time():.6f}"}
    status, _ = await app.post(*se.event_request(event, team_id="T0002", bot_user_id="U0BOT2"))
    assert status == 200
    async with asyncio.timeout(10):
        while True:
            async with engine.connect() as connection:
                left = (await connection.execute(text("SELECT count(*) FROM slack_bots"))).scalar()
            if left == 0:
                break
            await asyncio.sleep(0.05)
    with pytest.raises(NoSlackToken):
        await app.services.slack.for_workspace("T0002")
