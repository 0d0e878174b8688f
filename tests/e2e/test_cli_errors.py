"""Mistakes a user makes with `tandem` get one `tandem: ...` line and an exit code,
never a traceback; the long-lived commands keep their logs machine-readable."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tests.support.cli import run

SLACK = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "test-secret"}


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield int(holder.getsockname()[1])


@pytest.mark.parametrize(
    "command", [["scheduler"], ["serve", "--http"], ["serve", "--http", "--workers", "2"]]
)
def test_a_port_in_use_is_one_clear_line(
    env: dict[str, str], taken_port: int, command: list[str]
) -> None:
    listen = {"TANDEM_HOST": "127.0.0.1", "TANDEM_PORT": str(taken_port)}
    result = run(command, {**env, **SLACK, **listen})
    assert result.returncode == 1
    assert f"tandem: port {taken_port} is in use (TANDEM_PORT)" in result.stderr
    assert "Traceback" not in result.stderr
