"""Records the fake Slack stores, and how each one looks on the wire.

Kept apart from the store so the JSON shapes (what Bolt and slack_sdk parse)
can be read in one place.
"""

from __future__ import annotations

import threading
import time
import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def format_ts(micros: int) -> str:
    """``1700000000.000100``: seconds, dot, six digits."""
    return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"


_clock_lock = threading.Lock()
_last_us = 0


def unique_ts(*, step: int = 1) -> str:
    """A ts near the wall clock that no other call in this process returns.

    Events the tests send and messages the fake stores draw from this one clock:
    two clocks could hand the same ts to a question and to a reply in its thread,
    and Slack's ts is a message's identity.
    """
    global _last_us
    with _clock_lock:
        _last_us = max(_last_us + step, int(time.time() * 1e6))
        return format_ts(_last_us)


def saw_ts(ts: str) -> None:
    """Later `unique_ts` values come after `ts` (a message seeded with its own ts)."""
    global _last_us
    seconds, micros = ts_key(ts)
    with _clock_lock:
        _last_us = max(_last_us, seconds * 1_000_000 + micros)


def ts_key(ts: str) -> tuple[int, int]:
    """Sort key for a Slack ts (string comparison breaks on unequal lengths)."""
    seconds, _, fraction = ts.partition(".")
    try:
        return int(seconds), int((fraction + "000000")[:6])
    except ValueError:
        return 0, 0


@dataclass
class Workspace:
    """One installation: a team and the bot token that acts in it."""

    team_id: str
    team_name: str
    bot_token: str
    bot_user_id: str
    bot_id: str
    app_id: str

    @property
    def domain(self) -> str:
        """Workspace subdomain derived from the team name."""
        return "".join(c for c in self.team_name.lower() if c.isalnum()) or self.team_id.lower()


@dataclass
class Channel:
    """A conversation: public or private channel, or a DM (``is_im``)."""

    id: str
    name: str
    is_private: bool = False
    is_im: bool = False
    user: str | None = None

    @classmethod
    def synthesise(cls, channel_id: str) -> Channel:
        """Guess a channel from its id prefix (C public, G private, D direct message)."""
        if channel_id.startswith("D"):
            return cls(channel_id, "", is_im=True, user="U" + channel_id[1:])
        return cls(channel_id, channel_id.lower(), is_private=channel_id.startswith("G"))

    def to_api(self) -> dict[str, Any]:
        """The ``channel`` object of ``conversations.info``."""
        out: dict[str, Any] = {
            "id": self.id,
            "created": 1700000000,
            "is_archived": False,
            "is_im": self.is_im,
            "is_mpim": False,
            "is_private": self.is_private or self.is_im,
            "context_team_id": "T0001",
        }
        if self.is_im:
            out.update(is_org_shared=False, user=self.user, is_user_deleted=False, priority=0)
        else:
            out.update(
                name=self.name,
                name_normalized=self.name,
                is_channel=not self.is_private,
                is_group=self.is_private,
                is_general=self.name == "general",
                is_member=True,
                is_shared=False,
                is_ext_shared=False,
                is_org_shared=False,
                topic={"value": "", "creator": "", "last_set": 0},
                purpose={"value": "", "creator": "", "last_set": 0},
            )
        return out


def synth_user(user_id: str, team_id: str, tz: str = "UTC", **overrides: Any) -> dict[str, Any]:
    """A ``users.info`` user object with a consistent timezone offset."""
    try:
        zone = zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    now = datetime.now(zone)
    offset = now.utcoffset()
    name = overrides.pop("name", None) or user_id.lower()
    real_name = overrides.pop("real_name", None) or f"User {user_id}"
    user = {
        "id": user_id,
        "team_id": team_id,
        "name": name,
        "deleted": False,
        "real_name": real_name,
        "tz": tz,
        "tz_label": now.tzname() or tz,
        "tz_offset": int(offset.total_seconds()) if offset is not None else 0,
        "is_admin": False,
        "is_owner": False,
        "is_bot": False,
        "is_app_user": False,
        "updated": 1700000000,
        "profile": {
            "real_name": real_name,
            "display_name": name,
            "email": f"{name}@example.com",
            "team": team_id,
        },
    }
    user.update(overrides)
    return user


@dataclass
class StoredFile:
    """An uploaded or seeded file and its bytes."""

    id: str
    name: str
    mimetype: str
    content: bytes
    team: str
    user: str
    title: str = ""
    channels: list[str] = field(default_factory=list)
    created: int = field(default_factory=lambda: int(time.time()))
    size: int | None = None

    def to_api(self) -> dict[str, Any]:
        """File object fields (URLs are added by the store, which knows the base URL)."""
        filetype = self.name.rpartition(".")[2].lower() if "." in self.name else "binary"
        return {
            "id": self.id,
            "created": self.created,
            "timestamp": self.created,
            "name": self.name,
            "title": self.title or self.name,
            "mimetype": self.mimetype,
            "filetype": filetype,
            "pretty_type": filetype.upper(),
            "user": self.user,
            "user_team": self.team,
            "mode": "hosted",
            "is_external": False,
            "is_public": True,
            "size": len(self.content) if self.size is None else self.size,
            "channels": list(self.channels),
        }


@dataclass
class StoredMessage:
    """A channel message, including the state of a streamed one.

    ``stream_state`` is None for ordinary messages, else ``streaming``,
    ``stopped`` or ``expired``; ``text`` always holds the assembled markdown.
    """

    channel: str
    ts: str
    text: str
    user: str | None
    team: str
    thread_ts: str | None = None
    bot_id: str | None = None
    app_id: str | None = None
    blocks: list[Any] | None = None
    files: list[dict[str, Any]] | None = None
    subtype: str | None = None
    metadata: Any = None
    edited: dict[str, str] | None = None
    reactions: dict[str, list[str]] = field(default_factory=dict)
    stream_state: str | None = None
    stream_started: float = 0.0
    stream_appends: int = 0
    stream_chunks: list[dict[str, Any]] = field(default_factory=list)

    def to_api(self, replies: list[StoredMessage]) -> dict[str, Any]:
        """The message as Slack returns it; ``replies`` fills in the thread summary."""
        out: dict[str, Any] = {"type": "message", "ts": self.ts, "text": self.text}
        optional = {
            "user": self.user,
            "team": self.team,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "blocks": self.blocks,
            "files": self.files,
            "subtype": self.subtype,
            "metadata": self.metadata,
            "edited": self.edited,
            "thread_ts": self.thread_ts,
        }
        out.update({k: v for k, v in optional.items() if v is not None})
        if self.files:
            out["upload"] = False
        if self.reactions:
            out["reactions"] = [
                {"name": name, "users": list(users), "count": len(users)}
                for name, users in self.reactions.items()
            ]
        if replies:
            users = sorted({r.user for r in replies if r.user})
            out.update(
                thread_ts=self.ts,
                reply_count=len(replies),
                reply_users=users,
                reply_users_count=len(users),
                latest_reply=replies[-1].ts,
            )
        return out
