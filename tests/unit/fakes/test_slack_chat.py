"""The Slack fake's write methods through the real ``AsyncWebClient``."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack

pytestmark = pytest.mark.timeout(10)


async def test_post_update_and_read_back_a_thread(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    parent = fake_slack.add_message("C1", "how do I deploy?", user="U1")

    posted = await slack_client.chat_postMessage(channel="C1", text="Thinking...", thread_ts=parent)
    await slack_client.chat_update(channel="C1", ts=posted["ts"], text="Run make deploy.")
    replies = await slack_client.conversations_replies(channel="C1", ts=parent)

    assert posted["message"]["user"] == "U0BOT" and posted["message"]["bot_id"] == "B0BOT"
    parent_msg, reply = replies["messages"]
    assert parent_msg["reply_count"] == 1 and parent_msg["latest_reply"] == posted["ts"]
    assert reply["text"] == "Run make deploy." and reply["edited"]["user"] == "U0BOT"
    assert reply["parent_user_id"] == "U1"
    last = fake_slack.last_message("C1")
    assert last is not None and last["text"] == "Run make deploy."


async def test_ts_values_are_unique_and_increasing(slack_client: AsyncWebClient) -> None:
    posted = [await slack_client.chat_postMessage(channel="C1", text=str(i)) for i in range(5)]

    stamps = [p["ts"] for p in posted]
    assert stamps == sorted(stamps, key=float) and len(set(stamps)) == 5
    assert all(len(ts.split(".")[1]) == 6 for ts in stamps)


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing:UserWarning")
async def test_slack_errors_are_http_200_ok_false(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    other = fake_slack.add_message("C1", "not yours", user="U1")

    with pytest.raises(SlackApiError) as no_text:
        await slack_client.chat_postMessage(channel="C1", text="")
    with pytest.raises(SlackApiError) as not_mine:
        await slack_client.chat_update(channel="C1", ts=other, text="edit")
    with pytest.raises(SlackApiError) as missing:
        await slack_client.chat_delete(channel="C1", ts="1.000000")

    assert no_text.value.response.status_code == 200
    assert no_text.value.response["error"] == "no_text"
    assert not_mine.value.response["error"] == "cant_update_message"
    assert missing.value.response["error"] == "message_not_found"


async def test_unknown_token_is_invalid_auth(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token="xoxb-nope", base_url=fake_slack.url + "/api/")

    with pytest.raises(SlackApiError) as caught:
        await client.auth_test()

    assert caught.value.response["error"] == "invalid_auth"


async def test_chat_stream_assembles_text(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    parent = fake_slack.add_message("C1", "question", user="U1")
    streamer = await slack_client.chat_stream(
        channel="C1",
        thread_ts=parent,
        recipient_team_id="T0001",
        recipient_user_id="U1",
        buffer_size=4,
    )
    for piece in ["The ", "answer ", "is ", "42"]:
        await streamer.append(markdown_text=piece)
    await streamer.stop(markdown_text=".", blocks=[{"type": "divider"}])

    [reply] = fake_slack.messages("C1", thread_ts=parent)[1:]
    assert reply["text"] == "The answer is 42."
    assert reply["stream_state"] == "stopped" and reply["blocks"] == [{"type": "divider"}]
    starts = fake_slack.calls("chat.startStream")
    assert starts[0].params["recipient_user_id"] == "U1"


async def test_stream_with_markdown_text_and_stop_twice(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    started = await slack_client.chat_startStream(
        channel="D1", thread_ts="1700000000.000100", markdown_text="Hel"
    )
    await slack_client.chat_appendStream(channel="D1", ts=started["ts"], markdown_text="lo")
    await slack_client.chat_stopStream(channel="D1", ts=started["ts"])

    with pytest.raises(SlackApiError) as caught:
        await slack_client.chat_appendStream(channel="D1", ts=started["ts"], markdown_text="!")

    assert caught.value.response["error"] == "message_not_in_streaming_state"
    assert fake_slack.messages("D1")[0]["text"] == "Hello"


async def test_stream_expires_after_appends(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.expire_streams_after_appends = 1
    started = await slack_client.chat_startStream(channel="C1", thread_ts="1.000001")
    await slack_client.chat_appendStream(channel="C1", ts=started["ts"], markdown_text="one")

    with pytest.raises(SlackApiError) as caught:
        await slack_client.chat_appendStream(channel="C1", ts=started["ts"], markdown_text="two")
    await slack_client.chat_update(channel="C1", ts=started["ts"], text="one two (fallback)")

    assert caught.value.response["error"] == "message_not_in_streaming_state"
    [message] = fake_slack.messages("C1")
    assert message["stream_state"] == "expired" and message["text"] == "one two (fallback)"


async def test_stream_expires_after_seconds(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.expire_streams_after = 0.0
    started = await slack_client.chat_startStream(channel="C1", thread_ts="1.000001")

    with pytest.raises(SlackApiError) as caught:
        await slack_client.chat_stopStream(channel="C1", ts=started["ts"], markdown_text="late")

    assert caught.value.response["error"] == "message_not_in_streaming_state"


async def test_streaming_can_be_disabled(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.streaming_enabled = False

    with pytest.raises(SlackApiError) as caught:
        await slack_client.chat_startStream(channel="C1", thread_ts="1.000001")

    assert caught.value.response["error"] == "method_not_supported_for_channel_type"


async def test_ephemeral_reactions_and_permalink(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    ts = fake_slack.add_message("C1", "hello", user="U1")

    ephemeral = await slack_client.chat_postEphemeral(channel="C1", user="U1", text="only you")
    await slack_client.reactions_add(channel="C1", timestamp=ts, name="eyes")
    with pytest.raises(SlackApiError) as again:
        await slack_client.reactions_add(channel="C1", timestamp=ts, name="eyes")
    link = await slack_client.chat_getPermalink(channel="C1", message_ts=ts)

    assert fake_slack.ephemerals("C1", "U1")[0]["ts"] == ephemeral["message_ts"]
    assert fake_slack.messages("C1")[0]["reactions"] == [
        {"name": "eyes", "users": ["U0BOT"], "count": 1}
    ]
    assert again.value.response["error"] == "already_reacted"
    assert link["permalink"].endswith("/archives/C1/p" + ts.replace(".", ""))
    await slack_client.reactions_remove(channel="C1", timestamp=ts, name="eyes")
    assert "reactions" not in fake_slack.messages("C1")[0]


async def test_rate_limit_returns_429_with_retry_after(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    fake_slack.rate_limit("chat.postMessage", retry_after=2, count=1)

    with pytest.raises(SlackApiError) as caught:
        await slack_client.chat_postMessage(channel="C1", text="hi")
    await slack_client.chat_postMessage(channel="C1", text="hi again")

    assert caught.value.response.status_code == 429
    assert caught.value.response.headers["Retry-After"] == "2"
    assert caught.value.response["error"] == "ratelimited"
    assert [c.status for c in fake_slack.calls("chat.postMessage")] == [429, 200]


async def test_fail_knob_counts_down(fake_slack: FakeSlack, slack_client: AsyncWebClient) -> None:
    fake_slack.fail("chat.postMessage", "channel_not_found", count=2)

    for _ in range(2):
        with pytest.raises(SlackApiError) as caught:
            await slack_client.chat_postMessage(channel="C1", text="hi")
        assert caught.value.response["error"] == "channel_not_found"
    assert (await slack_client.chat_postMessage(channel="C1", text="hi"))["ok"]


async def test_form_and_multipart_bodies_with_token_field(fake_slack: FakeSlack) -> None:
    form = {"token": DEFAULT_TOKEN, "channel": "C9", "text": "from a form"}
    multipart = aiohttp.FormData()
    multipart.add_field("channels", "C9")
    multipart.add_field("file", b"abc", filename="a.txt", content_type="text/plain")
    headers = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    async with aiohttp.ClientSession() as session:
        async with session.post(fake_slack.url + "/api/chat.postMessage", data=form) as response:
            posted = await response.json()
        url = fake_slack.url + "/api/files.upload"
        async with session.post(url, data=multipart, headers=headers) as response:
            uploaded = await response.json()

    assert posted["ok"] and fake_slack.messages("C9")[0]["text"] == "from a form"
    call = fake_slack.calls("chat.postMessage")[0]
    assert call.token == DEFAULT_TOKEN and "token" not in call.params
    assert uploaded == {"ok": True}
    assert fake_slack.calls("files.upload")[0].params["file"]["content"] == b"abc"


async def test_json_blocks_and_generic_fallback(
    fake_slack: FakeSlack, slack_client: AsyncWebClient
) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]
    await slack_client.chat_postMessage(channel="C1", text="hi", blocks=blocks)
    await slack_client.api_call("team.info", params={"team": "T0001"})

    assert fake_slack.messages("C1")[0]["blocks"] == blocks
    assert fake_slack.calls("team.info")[0].response == {"ok": True}
    assert json.dumps(fake_slack.calls("chat.postMessage")[0].params["blocks"])


async def test_latency_and_await_calls(fake_slack: FakeSlack, slack_client: AsyncWebClient) -> None:
    fake_slack.latency = 0.1
    loop = asyncio.get_running_loop()
    started = loop.time()

    task = asyncio.create_task(slack_client.chat_postMessage(channel="C1", text="slow"))
    async with asyncio.timeout(5):
        [call] = await fake_slack.await_calls("chat.postMessage")
    await task

    assert call.ok and loop.time() - started >= 0.1
