"""Signed requests as Slack sends them to an app's request URL.

End-to-end tests POST these to Tandem's ``/slack/events`` so the real Bolt
signature check, ack and routing run. Each request builder is a plain
function returning ``(body_bytes, headers)``; the inner event dicts come from
:mod:`tests.fakes.slack_event_payloads` (re-exported here).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from tests.fakes.slack_event_payloads import (
    DEFAULT_BOT_USER,
    DEFAULT_CHANNEL,
    DEFAULT_TEAM,
    DEFAULT_USER,
    app_home_opened_event,
    app_mention_event,
    assistant_thread_context_changed_event,
    assistant_thread_started_event,
    bot_message_event,
    file_share_event,
    message_changed_event,
    message_deleted_event,
    message_event,
    new_ts,
)

DEFAULT_SIGNING_SECRET = "test-signing-secret"
DEFAULT_APP_ID = "A0TANDEM"
VERIFICATION_TOKEN = "legacy-verification-token"
_EVENT_IDS = itertools.count(1)
_TRIGGERS = itertools.count(1)

Signed = tuple[bytes, dict[str, str]]

__all__ = [
    "DEFAULT_SIGNING_SECRET",
    "app_home_opened_event",
    "app_mention_event",
    "assistant_thread_context_changed_event",
    "assistant_thread_started_event",
    "block_actions_request",
    "bot_message_event",
    "envelope",
    "event_request",
    "file_share_event",
    "message_changed_event",
    "message_deleted_event",
    "message_event",
    "new_ts",
    "sign",
    "slash_command_request",
    "url_verification_request",
]


def sign(
    body: bytes,
    secret: str = DEFAULT_SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = "application/json",
) -> dict[str, str]:
    """Headers signing ``body`` with Slack's v0 HMAC-SHA256 scheme.

    Pass an old ``timestamp`` to test replay protection (Bolt rejects > 5 min).
    """
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + stamp.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": f"v0={digest}",
    }


def new_event_id() -> str:
    """A unique ``Ev…`` id; reuse one on purpose to test deduplication."""
    return f"Ev{next(_EVENT_IDS):09d}FAKE"


def envelope(
    event: dict[str, Any],
    team_id: str = DEFAULT_TEAM,
    api_app_id: str = DEFAULT_APP_ID,
    event_id: str | None = None,
    event_time: int | None = None,
    bot_user_id: str = DEFAULT_BOT_USER,
) -> dict[str, Any]:
    """The ``event_callback`` wrapper around an inner event."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": int(time.time()) if event_time is None else event_time,
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-fake-{team_id}",
    }


def event_request(
    event: dict[str, Any],
    secret: str = DEFAULT_SIGNING_SECRET,
    retry_num: int | None = None,
    retry_reason: str = "http_timeout",
    timestamp: int | None = None,
    **envelope_args: Any,
) -> Signed:
    """A signed Events API delivery; ``retry_num`` adds Slack's retry headers."""
    body = json.dumps(envelope(event, **envelope_args)).encode()
    headers = sign(body, secret, timestamp)
    if retry_num is not None:
        headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason})
    return body, headers


def url_verification_request(challenge: str, secret: str = DEFAULT_SIGNING_SECRET) -> Signed:
    """The handshake Slack sends when the request URL is configured."""
    payload = {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
    body = json.dumps(payload).encode()
    return body, sign(body, secret)


def _form(fields: dict[str, Any], secret: str, timestamp: int | None) -> Signed:
    body = urlencode(fields).encode()
    return body, sign(body, secret, timestamp, "application/x-www-form-urlencoded")


def _trigger_id() -> str:
    return f"{next(_TRIGGERS)}.1234567890.fake{int(time.time())}"


def slash_command_request(
    text: str,
    response_url: str,
    command: str = "/tandem",
    user_id: str = DEFAULT_USER,
    channel_id: str = DEFAULT_CHANNEL,
    team_id: str = DEFAULT_TEAM,
    secret: str = DEFAULT_SIGNING_SECRET,
    trigger_id: str | None = None,
    timestamp: int | None = None,
) -> Signed:
    """A slash command (form body); ``response_url`` should point at a test server."""
    fields = {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "team_domain": "tandemtest",
        "channel_id": channel_id,
        "channel_name": "directmessage" if channel_id.startswith("D") else channel_id.lower(),
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": DEFAULT_APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or _trigger_id(),
    }
    return _form(fields, secret, timestamp)


def block_actions_request(
    action_id: str,
    value: str = "",
    response_url: str = "https://hooks.slack.invalid/actions/T0001/1/fake",
    user_id: str = DEFAULT_USER,
    channel_id: str = DEFAULT_CHANNEL,
    message_ts: str | None = None,
    team_id: str = DEFAULT_TEAM,
    block_id: str = "actions",
    message: dict[str, Any] | None = None,
    secret: str = DEFAULT_SIGNING_SECRET,
    timestamp: int | None = None,
) -> Signed:
    """A button click in a message: form field ``payload`` holding the JSON."""
    message_ts = message_ts or new_ts()
    action = {
        "action_id": action_id,
        "block_id": block_id,
        "type": "button",
        "value": value,
        "text": {"type": "plain_text", "text": action_id, "emoji": True},
        "action_ts": new_ts(),
    }
    payload = _interaction("block_actions", user_id, team_id, response_url)
    payload.update(
        container={
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel_id,
            "is_ephemeral": False,
        },
        channel={"id": channel_id, "name": channel_id.lower()},
        message=message
        or {"type": "message", "ts": message_ts, "text": "", "user": DEFAULT_BOT_USER},
        state={"values": {}},
        actions=[action],
    )
    return _form({"payload": json.dumps(payload)}, secret, timestamp)


def _interaction(kind: str, user_id: str, team_id: str, response_url: str) -> dict[str, Any]:
    """Fields every interactivity payload carries."""
    return {
        "type": kind,
        "user": {
            "id": user_id,
            "username": user_id.lower(),
            "name": user_id.lower(),
            "team_id": team_id,
        },
        "api_app_id": DEFAULT_APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": _trigger_id(),
        "team": {"id": team_id, "domain": "tandemtest"},
        "enterprise": None,
        "is_enterprise_install": False,
        "response_url": response_url,
    }
