"""The fake Slack's in-memory workspace: tokens, channels, users, messages, files.

Reads must see writes (a reply posted by the bot shows up in
``conversations.replies``; a streamed message's text is the concatenation of
its appends), so the method handlers and the test helpers share this one
store. All access goes through ``store.lock`` because handlers run on the
fake's loop thread while tests read from theirs.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from tests.fakes.slack_model import (
    Channel,
    StoredFile,
    StoredMessage,
    Workspace,
    saw_ts,
    synth_user,
    ts_key,
    unique_ts,
)

DEFAULT_TEAM = "T0001"
DEFAULT_TOKEN = "xoxb-test"
DEFAULT_BOT_USER = "U0BOT"
DEFAULT_BOT_ID = "B0BOT"
DEFAULT_APP_ID = "A0TANDEM"


class SlackError(Exception):
    """A Slack API error: becomes ``{"ok": false, "error": ...}`` with HTTP 200."""

    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra


@dataclass
class AssistantThread:
    """What the app set on one assistant thread, in order."""

    statuses: list[str] = field(default_factory=list)
    title: str | None = None
    prompts: list[dict[str, Any]] = field(default_factory=list)
    prompts_title: str | None = None


@dataclass
class OAuthGrant:
    """A pending authorization code and the installation it yields."""

    team_id: str
    team_name: str
    bot_user_id: str
    bot_id: str
    bot_token: str | None
    authed_user_id: str
    scope: str


class SlackStore:
    """Workspace state shared by handlers and test helpers."""

    def __init__(self, base_url: str = "http://127.0.0.1") -> None:
        self.lock = threading.RLock()
        self.base_url = base_url
        self.strict = False
        self.workspaces: dict[str, Workspace] = {}
        self.channels: dict[str, Channel] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.bots: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, StoredMessage]] = {}
        self.ephemerals: list[dict[str, Any]] = []
        self.files: dict[str, StoredFile] = {}
        self.pending_uploads: dict[str, StoredFile] = {}
        self.home_views: dict[str, dict[str, Any]] = {}
        self.views: dict[str, dict[str, Any]] = {}
        self.assistant_threads: dict[tuple[str, str], AssistantThread] = {}
        self.oauth_grants: dict[str, OAuthGrant] = {}
        self._ids = itertools.count(1)
        self.add_workspace(
            DEFAULT_TEAM, DEFAULT_TOKEN, DEFAULT_BOT_USER, DEFAULT_BOT_ID, "Tandem Test"
        )

    # -- identities -----------------------------------------------------------------

    def new_id(self, prefix: str) -> str:
        """A fresh Slack-looking id such as ``F0000000007``."""
        return f"{prefix}{next(self._ids):010d}"

    def next_ts(self) -> str:
        """A unique, increasing message ts close to the wall clock."""
        return unique_ts(step=100)

    def _saw_ts(self, ts: str) -> None:
        saw_ts(ts)

    def add_workspace(
        self,
        team_id: str,
        bot_token: str,
        bot_user_id: str,
        bot_id: str,
        team_name: str | None = None,
        app_id: str = DEFAULT_APP_ID,
    ) -> Workspace:
        """Register a workspace whose bot token the fake will accept."""
        with self.lock:
            ws = Workspace(
                team_id, team_name or f"Team {team_id}", bot_token, bot_user_id, bot_id, app_id
            )
            self.workspaces[bot_token] = ws
            self.users[bot_user_id] = {
                **synth_user(bot_user_id, team_id),
                "name": "tandem",
                "real_name": "Tandem",
                "is_bot": True,
            }
            self.bots[bot_id] = {
                "id": bot_id,
                "deleted": False,
                "name": "Tandem",
                "updated": int(time.time()),
                "app_id": app_id,
                "user_id": bot_user_id,
                "icons": {"image_48": f"{self.base_url}/static/bot_48.png"},
            }
            return ws

    def workspace_for(self, token: str | None) -> Workspace | None:
        """The workspace a token belongs to, or None for an unknown token."""
        with self.lock:
            return self.workspaces.get(token) if token else None

    def channel(self, channel_id: str) -> Channel:
        """The channel, synthesised unless ``strict`` (then ``channel_not_found``)."""
        with self.lock:
            found = self.channels.get(channel_id)
            if found is None:
                if self.strict or not channel_id:
                    raise SlackError("channel_not_found")
                found = Channel.synthesise(channel_id)
                self.channels[channel_id] = found
            return found

    def user(self, user_id: str, team_id: str = DEFAULT_TEAM) -> dict[str, Any]:
        """The user object, synthesised unless ``strict`` (then ``user_not_found``)."""
        with self.lock:
            found = self.users.get(user_id)
            if found is None:
                if self.strict or not user_id:
                    raise SlackError("user_not_found")
                found = synth_user(user_id, team_id)
            return found

    def dm_channel(self, user_id: str) -> Channel:
        """The bot's DM channel with a user, created on first use."""
        with self.lock:
            channel_id = "D" + user_id[1:]
            if channel_id not in self.channels:
                self.channels[channel_id] = Channel(channel_id, "", is_im=True, user=user_id)
            return self.channels[channel_id]

    # -- messages -------------------------------------------------------------------

    def post(self, message: StoredMessage) -> StoredMessage:
        """Store a message (its ts must be unique within the channel)."""
        with self.lock:
            self.channel(message.channel)
            self._saw_ts(message.ts)
            self.messages.setdefault(message.channel, {})[message.ts] = message
            return message

    def find(self, channel: str, ts: str) -> StoredMessage:
        """The message at (channel, ts), or ``message_not_found``."""
        with self.lock:
            found = self.messages.get(channel, {}).get(ts)
            if found is None:
                raise SlackError("message_not_found")
            return found

    def delete(self, channel: str, ts: str) -> None:
        """Remove a message, or ``message_not_found``."""
        with self.lock:
            self.find(channel, ts)
            del self.messages[channel][ts]

    def in_channel(self, channel: str) -> list[StoredMessage]:
        """Every message of a channel (top level and replies), oldest first."""
        with self.lock:
            return sorted(self.messages.get(channel, {}).values(), key=lambda m: ts_key(m.ts))

    def replies_of(self, channel: str, thread_ts: str) -> list[StoredMessage]:
        """The replies of a thread (parent excluded), oldest first."""
        return [
            m for m in self.in_channel(channel) if m.thread_ts == thread_ts and m.ts != thread_ts
        ]

    def thread(self, channel: str, ts: str) -> list[StoredMessage]:
        """Parent then replies of the thread containing ``ts``, or ``thread_not_found``."""
        with self.lock:
            message = self.messages.get(channel, {}).get(ts)
            if message is None:
                raise SlackError("thread_not_found")
            root = message.thread_ts or message.ts
            parent = self.messages[channel].get(root)
            head = [parent] if parent is not None else []
            return head + self.replies_of(channel, root)

    def top_level(self, channel: str) -> list[StoredMessage]:
        """What ``conversations.history`` lists: non-replies and broadcasts, oldest first."""
        return [
            m
            for m in self.in_channel(channel)
            if not m.thread_ts or m.thread_ts == m.ts or m.subtype == "thread_broadcast"
        ]

    def api_message(self, message: StoredMessage) -> dict[str, Any]:
        """A stored message as Slack returns it, thread summary included."""
        with self.lock:
            if message.thread_ts and message.thread_ts != message.ts:
                out = message.to_api([])
                parent = self.messages.get(message.channel, {}).get(message.thread_ts)
                if parent is not None and parent.user:
                    out["parent_user_id"] = parent.user
                return out
            return message.to_api(self.replies_of(message.channel, message.ts))

    def api_messages(self, messages: Iterable[StoredMessage]) -> list[dict[str, Any]]:
        """Several messages as Slack returns them."""
        with self.lock:
            return [self.api_message(m) for m in messages]

    # -- files ----------------------------------------------------------------------

    def file_urls(self, file: StoredFile) -> dict[str, str]:
        """``url_private`` and ``url_private_download`` served by the fake itself."""
        base = f"{self.base_url}/files-pri/{file.team}-{file.id}"
        return {
            "url_private": f"{base}/{file.name}",
            "url_private_download": f"{base}/download/{file.name}",
        }

    def api_file(self, file: StoredFile) -> dict[str, Any]:
        """A file object as ``files.info`` returns it."""
        return {**file.to_api(), **self.file_urls(file)}

    def get_file(self, file_id: str) -> StoredFile:
        """A stored file, or ``file_not_found``."""
        with self.lock:
            found = self.files.get(file_id)
            if found is None:
                raise SlackError("file_not_found")
            return found


class SlackKnobs(Protocol):
    """The FakeSlack knobs method handlers read."""

    streaming_enabled: bool
    streaming_error: str
    expire_streams_after: float | None
    expire_streams_after_appends: int | None
    oauth_client: tuple[str | None, str | None]


@dataclass
class Call:
    """One Web API call as a handler sees it: merged params, caller and state."""

    method: str
    params: dict[str, Any]
    store: SlackStore
    workspace: Workspace | None
    authorization: str
    knobs: SlackKnobs

    @property
    def ws(self) -> Workspace:
        """The caller's workspace (only None for methods that need no token)."""
        if self.workspace is None:
            raise SlackError("not_authed")
        return self.workspace

    def get(self, name: str, default: Any = None) -> Any:
        """A parameter, treating empty strings as absent (as form bodies send them)."""
        value = self.params.get(name, default)
        return default if value == "" else value

    def require(self, *names: str) -> None:
        """Fail with ``invalid_arguments`` listing the first missing field."""
        for name in names:
            if self.get(name) is None:
                raise SlackError(
                    "invalid_arguments",
                    response_metadata={"messages": [f"[ERROR] missing required field: {name}"]},
                )

    def json(self, name: str) -> Any:
        """A parameter that may arrive as JSON text (form) or as JSON (JSON body)."""
        value = self.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise SlackError(f"invalid_{name}") from None
        return value

    def flag(self, name: str) -> bool:
        """A boolean parameter: true, "true" or "1"."""
        return self.get(name) in (True, 1, "1", "true", "True")


Handler = Callable[[Call], dict[str, Any]]
