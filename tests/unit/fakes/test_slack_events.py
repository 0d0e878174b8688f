"""Signed Slack requests: valid signatures, and shapes a real Bolt app routes."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs

import pytest
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.payload_utils import (
    is_assistant_thread_started_event,
    is_bot_message_event_in_assistant_thread,
    is_user_message_event_in_assistant_thread,
)
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes import slack_events as ev
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack

pytestmark = pytest.mark.timeout(10)
SECRET = ev.DEFAULT_SIGNING_SECRET


def bolt_request(body: bytes, headers: dict[str, str]) -> AsyncBoltRequest:
    bolt_headers: dict[str, str | Sequence[str]] = {**headers}
    return AsyncBoltRequest(body=body.decode(), headers=bolt_headers)


def verify(body: bytes, headers: dict[str, str], secret: str = SECRET) -> bool:
    return SignatureVerifier(secret).is_valid_request(body, headers)


def test_sign_matches_slack_sdk() -> None:
    body, headers = ev.event_request(ev.app_mention_event("hello"))

    assert verify(body, headers)
    assert not verify(body + b" ", headers)
    assert not verify(body, headers, secret="other-secret")
    assert headers["Content-Type"] == "application/json"


def test_stale_timestamp_is_rejected() -> None:
    body, headers = ev.event_request(ev.message_event("hi"), timestamp=int(time.time()) - 600)

    assert not verify(body, headers)


@pytest.mark.parametrize(
    "event",
    [
        ev.app_mention_event("what is our budget?", thread_ts="1.000001"),
        ev.message_event("hi", channel="D0USER"),
        ev.message_event("in thread", thread_ts="1.000001"),
        ev.bot_message_event("echo"),
        ev.message_changed_event("C1", "1.000001", "new", "old"),
        ev.message_deleted_event("C1", "1.000001", "old"),
        ev.file_share_event([{"id": "F1", "name": "a.txt"}]),
        ev.assistant_thread_started_event(context_channel="C1"),
        ev.assistant_thread_context_changed_event(),
        ev.app_home_opened_event(),
    ],
    ids=lambda e: str(e.get("subtype") or e["type"]),
)
def test_every_event_builder_makes_a_signed_envelope(event: dict[str, Any]) -> None:
    body, headers = ev.event_request(event, retry_num=1)

    envelope = json.loads(body)
    assert verify(body, headers)
    assert envelope["type"] == "event_callback" and envelope["event"] == event
    assert envelope["event_id"].startswith("Ev") and envelope["authorizations"][0]["is_bot"]
    assert headers["X-Slack-Retry-Num"] == "1"


def test_assistant_shapes_match_bolt_predicates() -> None:
    def wrap(event: dict[str, Any]) -> dict[str, Any]:
        return ev.envelope(event)

    assert is_assistant_thread_started_event(wrap(ev.assistant_thread_started_event()))
    user_msg = ev.message_event("question", channel="D0USER", thread_ts="1.000001")
    assert is_user_message_event_in_assistant_thread(wrap(user_msg))
    bot_msg = ev.bot_message_event("answer", channel="D0USER", thread_ts="1.000001")
    assert is_bot_message_event_in_assistant_thread(wrap(bot_msg))


def test_slash_command_and_block_actions_are_signed_forms() -> None:
    body, headers = ev.slash_command_request("ask why", response_url="http://127.0.0.1:9/r")
    fields = parse_qs(body.decode())
    assert verify(body, headers)
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert fields["command"] == ["/tandem"] and fields["text"] == ["ask why"]
    assert fields["response_url"] == ["http://127.0.0.1:9/r"]

    body, headers = ev.block_actions_request("feedback_up", value="good", message_ts="1.000002")
    payload = json.loads(parse_qs(body.decode())["payload"][0])
    assert verify(body, headers)
    assert payload["type"] == "block_actions" and payload["actions"][0]["value"] == "good"
    assert payload["container"]["message_ts"] == "1.000002"


async def test_a_real_bolt_app_routes_the_requests(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=DEFAULT_TOKEN, base_url=fake_slack.url + "/api/")
    app = AsyncApp(client=client, signing_secret=SECRET)
    seen: asyncio.Queue[str] = asyncio.Queue()

    @app.event("app_mention")
    async def mention(event: dict[str, Any]) -> None:
        await seen.put(event["text"])

    @app.command("/tandem")
    async def command(ack: Any, command: dict[str, Any]) -> None:
        await ack()
        await seen.put(command["text"])

    @app.action("feedback_up")
    async def action(ack: Any, body: dict[str, Any]) -> None:
        await ack()
        await seen.put(body["actions"][0]["value"])

    requests = [
        ev.event_request(ev.app_mention_event("hello")),
        ev.slash_command_request("usage", response_url="http://127.0.0.1:9/r"),
        ev.block_actions_request("feedback_up", value="good"),
    ]
    for body, headers in requests:
        response = await app.async_dispatch(bolt_request(body, headers))
        assert response.status == 200
    async with asyncio.timeout(5):
        got = {await seen.get() for _ in requests}

    assert got == {"<@U0BOT> hello", "usage", "good"}
    body, headers = ev.url_verification_request("challenge-1")
    response = await app.async_dispatch(bolt_request(body, headers))
    assert json.loads(response.body) == {"challenge": "challenge-1"}
    forged = {**headers, "X-Slack-Signature": "v0=" + "0" * 64}
    response = await app.async_dispatch(bolt_request(body, forged))
    assert response.status == 401
