"""Where a conversation lives: workspace, channel and thread, and its Redis key names."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "tandem"


@dataclass(frozen=True, slots=True)
class ThreadKey:
    """One conversation. `thread` is Slack's thread_ts, a DM channel, or a CLI session id."""

    workspace: str
    channel: str
    thread: str

    @property
    def id(self) -> str:
        """The stable text form stored in the usage table (never any message text)."""
        return f"{self.workspace}:{self.channel}:{self.thread}"

    def redis(self, kind: str) -> str:
        return f"{PREFIX}:{kind}:{self.id}"


def workspace_key(workspace: str, kind: str, *parts: str) -> str:
    """A Redis key scoped to one workspace, so installs never read each other's state."""
    return ":".join((PREFIX, kind, workspace, *parts))
