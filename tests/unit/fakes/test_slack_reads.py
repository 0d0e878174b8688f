"""The Slack fake's reads, files, OAuth and other surfaces through ``AsyncWebClient``."""

from __future__ import annotations

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.slack import FakeSlack

pytestmark = pytest.mark.timeout(10)


async def test_replies_paginate_with_cursor(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    parent = fake_slack.add_message("C1", "parent", user="U1")
    for i in range(4):
        fake_slack.add_message("C1", f"reply {i}", user="U2", thread_ts=parent)

    texts: list[str] = []
    pages = 0
    async for page in await slack_client.conversations_replies(channel="C1", ts=parent, limit=2):
        texts += [m["text"] for m in page["messages"]]
        pages += 1

    assert texts == ["parent", "reply 0", "reply 1", "reply 2", "reply 3"]
    assert pages == 3


async def test_history_is_newest_first_and_windowed(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    stamps = [fake_slack.add_message("C1", f"m{i}", user="U1") for i in range(5)]
    fake_slack.add_message("C1", "in a thread", user="U1", thread_ts=stamps[0])

    everything = await slack_client.conversations_history(channel="C1")
    window = await slack_client.conversations_history(
        channel="C1", oldest=stamps[1], latest=stamps[3], inclusive=True
    )
    first = await slack_client.conversations_history(channel="C1", limit=2)
    second = await slack_client.conversations_history(
        channel="C1", limit=2, cursor=first["response_metadata"]["next_cursor"]
    )

    assert [m["text"] for m in everything["messages"]] == ["m4", "m3", "m2", "m1", "m0"]
    assert [m["text"] for m in window["messages"]] == ["m3", "m2", "m1"]
    assert first["has_more"] is True
    assert [m["text"] for m in second["messages"]] == ["m2", "m1"]


async def test_channel_user_and_bot_info(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.add_channel("G1", "secret-project", is_private=True)
    fake_slack.add_user("U1", name="alice", real_name="Alice", tz="Europe/Paris")

    private = await slack_client.conversations_info(channel="G1")
    dm = await slack_client.conversations_info(channel="D1")
    user = await slack_client.users_info(user="U1")
    bot = await slack_client.bots_info(bot="B0BOT")

    assert (
        private["channel"]["is_private"] is True and private["channel"]["name"] == "secret-project"
    )
    assert dm["channel"]["is_im"] is True
    assert user["user"]["tz"] == "Europe/Paris" and user["user"]["tz_offset"] in (3600, 7200)
    assert user["user"]["real_name"] == "Alice" and user["user"]["is_bot"] is False
    assert bot["bot"]["user_id"] == "U0BOT"


async def test_strict_mode_rejects_unknown_ids(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.strict = True

    with pytest.raises(SlackApiError) as channel:
        await slack_client.conversations_info(channel="C404")
    with pytest.raises(SlackApiError) as user:
        await slack_client.users_info(user="U404")

    assert channel.value.response["error"] == "channel_not_found"
    assert user.value.response["error"] == "user_not_found"


async def test_assistant_threads_and_views(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    await slack_client.assistant_threads_setStatus(
        channel_id="D1", thread_ts="1.000001", status="is thinking..."
    )
    await slack_client.assistant_threads_setStatus(channel_id="D1", thread_ts="1.000001", status="")
    await slack_client.assistant_threads_setTitle(channel_id="D1", thread_ts="1.000001", title="Q")
    await slack_client.assistant_threads_setSuggestedPrompts(
        channel_id="D1", thread_ts="1.000001", prompts=[{"title": "Cost?", "message": "cost"}]
    )
    home = {"type": "home", "blocks": [{"type": "divider"}]}
    published = await slack_client.views_publish(user_id="U1", view=home)

    thread = fake_slack.assistant_thread("D1", "1.000001")
    assert thread.statuses == ["is thinking...", ""]
    assert thread.title == "Q" and thread.prompts[0]["title"] == "Cost?"
    assert published["view"]["id"].startswith("V")
    assert fake_slack.home_view("U1") == published["view"]


async def test_files_upload_v2_round_trip(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    parent = fake_slack.add_message("C1", "chart please", user="U1")

    result = await slack_client.files_upload_v2(
        channel="C1",
        thread_ts=parent,
        content=b"\x89PNG fake",
        filename="usage.png",
        title="Usage",
        initial_comment="Here is the chart",
    )

    file = result["file"]
    assert fake_slack.file_content(file["id"]) == b"\x89PNG fake"
    [shared] = fake_slack.messages("C1", thread_ts=parent)[1:]
    assert shared["text"] == "Here is the chart" and shared["files"][0]["title"] == "Usage"
    info = await slack_client.files_info(file=file["id"])
    assert info["file"]["size"] == len(b"\x89PNG fake")


async def test_private_download_needs_the_bot_token(fake_slack: FakeSlack) -> None:
    file = fake_slack.add_file("F1", "notes.txt", "text/plain", b"top secret")
    url = file["url_private_download"]

    async with aiohttp.ClientSession() as session:
        headers = {"Authorization": "Bearer xoxb-test"}
        async with session.get(url, headers=headers) as response:
            authorised = (response.status, await response.read())
        async with session.get(url) as response:
            anonymous = (response.status, response.content_type)

    assert authorised == (200, b"top secret")
    assert anonymous == (200, "text/html")


async def test_file_share_seed_message(fake_slack: FakeSlack, slack_client: AsyncWebClient) -> None:
    fake_slack.add_file("F2", "log.txt", "text/plain", b"line")

    ts = fake_slack.add_message("C1", "see log", user="U1", files=["F2"])
    history = await slack_client.conversations_history(channel="C1")

    [message] = history["messages"]
    assert message["ts"] == ts and message["subtype"] == "file_share"
    assert message["files"][0]["url_private_download"].startswith(fake_slack.url)


@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_oauth_v2_access_installs_a_workspace(fake_slack: FakeSlack) -> None:
    fake_slack.oauth_client = ("cid", "secret")
    fake_slack.add_oauth_code("code-1", "T0NEW", team_name="New Co")
    anonymous = AsyncWebClient(base_url=fake_slack.url + "/api/")

    with pytest.raises(SlackApiError) as bad_secret:
        await anonymous.oauth_v2_access(client_id="cid", client_secret="nope", code="code-1")
    installed = await anonymous.oauth_v2_access(
        client_id="cid", client_secret="secret", code="code-1"
    )
    with pytest.raises(SlackApiError) as reused:
        await anonymous.oauth_v2_access(client_id="cid", client_secret="secret", code="code-1")
    new_bot = AsyncWebClient(token=installed["access_token"], base_url=fake_slack.url + "/api/")
    identity = await new_bot.auth_test()

    assert bad_secret.value.response["error"] == "bad_client_secret"
    assert reused.value.response["error"] == "invalid_code"
    assert installed["token_type"] == "bot" and installed["team"] == {
        "id": "T0NEW",
        "name": "New Co",
    }
    assert installed["enterprise"] is None and installed["is_enterprise_install"] is False
    assert identity["team_id"] == "T0NEW" and identity["user_id"] == installed["bot_user_id"]


async def test_reset_restores_the_default_workspace(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.add_workspace("T2", "xoxb-two", "U2BOT", "B2BOT")
    await slack_client.chat_postMessage(channel="C1", text="hi")
    fake_slack.latency = 1.0

    fake_slack.reset()

    assert fake_slack.calls() == [] and fake_slack.messages("C1") == []
    assert fake_slack.latency == 0.0
    assert fake_slack.store.workspace_for("xoxb-two") is None
    assert (await slack_client.auth_test())["team_id"] == "T0001"
