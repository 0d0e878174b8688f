"""Seeding and inspection helpers of the fake Slack, used from test code.

Tests arrange a workspace (channels, users, earlier messages, files) and then
assert on what the bot left in it. These helpers work on the same store the
Web API handlers use, under its lock, and return copies so a test never races
the server.
"""

from __future__ import annotations

import copy
from typing import Any

from tests.fakes.slack_files import add_grant
from tests.fakes.slack_model import Channel, StoredFile, StoredMessage, Workspace, synth_user
from tests.fakes.slack_store import DEFAULT_APP_ID, DEFAULT_TEAM, AssistantThread, SlackStore


class WorkspaceHelpers:
    """Mixin for FakeSlack: arrange and inspect the in-memory workspace."""

    store: SlackStore

    # -- arrange --------------------------------------------------------------------

    def add_workspace(
        self,
        team_id: str,
        bot_token: str,
        bot_user_id: str,
        bot_id: str,
        team_name: str | None = None,
        app_id: str = DEFAULT_APP_ID,
    ) -> Workspace:
        """Make ``bot_token`` a valid token acting as ``bot_user_id`` in ``team_id``."""
        return self.store.add_workspace(team_id, bot_token, bot_user_id, bot_id, team_name, app_id)

    def add_channel(
        self, channel_id: str, name: str, is_private: bool = False, is_im: bool = False
    ) -> None:
        """Declare a channel (needed for private ones, DMs, and when ``strict``)."""
        user = "U" + channel_id[1:] if is_im else None
        with self.store.lock:
            self.store.channels[channel_id] = Channel(channel_id, name, is_private, is_im, user)

    def add_user(
        self,
        user_id: str,
        name: str | None = None,
        real_name: str | None = None,
        tz: str = "UTC",
        is_bot: bool = False,
        team_id: str = DEFAULT_TEAM,
        **extra: Any,
    ) -> dict[str, Any]:
        """Declare a user for ``users.info``; ``tz`` is an IANA name (offset derived)."""
        user = synth_user(
            user_id, team_id, tz, name=name, real_name=real_name, is_bot=is_bot, **extra
        )
        with self.store.lock:
            self.store.users[user_id] = user
        return copy.deepcopy(user)

    def add_message(
        self,
        channel: str,
        text: str,
        user: str | None = "U0USER",
        ts: str | None = None,
        thread_ts: str | None = None,
        bot_id: str | None = None,
        files: list[str | dict[str, Any]] | None = None,
        team: str = DEFAULT_TEAM,
    ) -> str:
        """Seed a message as if someone had posted it; returns its ts.

        ``files`` takes ids given to :meth:`add_file` or ready file objects.
        """
        with self.store.lock:
            file_objects = [
                self.store.api_file(self.store.get_file(f)) if isinstance(f, str) else f
                for f in files or []
            ]
            message = StoredMessage(
                channel=channel,
                ts=ts or self.store.next_ts(),
                text=text,
                user=user,
                team=team,
                thread_ts=thread_ts,
                bot_id=bot_id,
                files=file_objects or None,
                subtype="file_share" if file_objects else None,
            )
            self.store.post(message)
            return message.ts

    def add_file(
        self,
        file_id: str,
        name: str,
        mimetype: str,
        content: bytes,
        size: int | None = None,
        user: str = "U0USER",
        team: str = DEFAULT_TEAM,
    ) -> dict[str, Any]:
        """Seed a file; its ``url_private_download`` serves ``content`` to the bot token."""
        file = StoredFile(file_id, name, mimetype, content, team, user, size=size)
        with self.store.lock:
            self.store.files[file_id] = file
            return self.store.api_file(file)

    def add_oauth_code(
        self,
        code: str,
        team_id: str,
        team_name: str | None = None,
        bot_user_id: str | None = None,
        bot_id: str | None = None,
        bot_token: str | None = None,
        authed_user_id: str = "U0INSTALLER",
    ) -> None:
        """Let ``oauth.v2.access`` exchange ``code`` (once) for an install in ``team_id``."""
        add_grant(
            self.store, code, team_id, team_name, bot_user_id, bot_id, bot_token, authed_user_id
        )

    # -- inspect --------------------------------------------------------------------

    def messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Messages of a channel oldest first (all of them, or one thread's).

        Each is the Web API shape plus ``channel``, and ``stream_state``
        (``streaming``/``stopped``/``expired``) for streamed messages, whose
        ``text`` is the assembled markdown.
        """
        with self.store.lock:
            if thread_ts is None:
                found = self.store.in_channel(channel)
            else:
                found = [
                    m for m in self.store.in_channel(channel) if thread_ts in (m.ts, m.thread_ts)
                ]
            return [self._inspectable(m) for m in found]

    def last_message(self, channel: str) -> dict[str, Any] | None:
        """The newest message of a channel (threads included), or None."""
        found = self.messages(channel)
        return found[-1] if found else None

    def ephemerals(
        self, channel: str | None = None, user: str | None = None
    ) -> list[dict[str, Any]]:
        """Ephemeral messages, optionally for one channel and/or target user."""
        with self.store.lock:
            return [
                copy.deepcopy(e)
                for e in self.store.ephemerals
                if channel in (None, e["channel"]) and user in (None, e["user"])
            ]

    def home_view(self, user_id: str) -> dict[str, Any] | None:
        """The App Home view last published for a user."""
        with self.store.lock:
            view = self.store.home_views.get(user_id)
            return copy.deepcopy(view) if view is not None else None

    def assistant_thread(self, channel: str, thread_ts: str) -> AssistantThread:
        """Statuses, title and suggested prompts set on an assistant thread."""
        with self.store.lock:
            found = self.store.assistant_threads.get((channel, thread_ts))
            return copy.deepcopy(found) if found is not None else AssistantThread()

    def file_content(self, file_id: str) -> bytes:
        """Bytes of an uploaded or seeded file."""
        with self.store.lock:
            return self.store.get_file(file_id).content

    def _inspectable(self, message: StoredMessage) -> dict[str, Any]:
        out = copy.deepcopy(self.store.api_message(message))
        out["channel"] = message.channel
        if message.stream_state is not None:
            out["stream_state"] = message.stream_state
        return out
