"""Mistakes a user makes with `tandem` get one `tandem: ...` line and an exit code,
never a traceback; the long-lived commands keep their logs machine-readable."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.fakes.slack import FakeSlack
from tests.support.cli import ROOT, TANDEM, run
from tests.support.slack_app import free_port

SLACK = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "test-secret"}


def test_too_long_in_the_terminal_does_not_suggest_attaching_less(env: dict[str, str]) -> None:
    result = run(["ask", "x" * 16_001], env)
    assert result.returncode == 2
    assert "the limit is 16,000. Shorten it.\n" in result.stderr
    assert "attach" not in result.stderr


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "tandem: The question is empty: ask something.\n"),
        (
            "x" * 16_001,
            "tandem: The question is 16,001 characters; the limit is 16,000. Shorten it.\n",
        ),
    ],
)
def test_route_refuses_what_ask_refuses_in_the_same_words(
    env: dict[str, str], question: str, message: str
) -> None:
    for command in ("route", "ask"):
        result = run([command, question], env)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", message), command


def test_route_batch_reports_empty_and_non_questions_by_input_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    lines = [
        "how do I squash commits?",
        "",
        json.dumps({"prompt": ""}),
        "[1, 2, 3]",
        json.dumps("what is a detached HEAD?"),
        json.dumps({"text": "x" * 16_001}),
    ]
    path = tmp_path / "questions.txt"
    path.write_text("\n".join(lines) + "\n")
    result = run(["route", "--batch", str(path)], env)
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["line"] for row in out] == [1, 3, 4, 5, 6]
    assert out[0]["target"] and out[3]["target"]
    assert out[1] == {"line": 3, "error": "the 'prompt' field is empty"}
    assert out[2] == {"line": 4, "error": "a JSON line must be an object or a string, not list"}
    assert out[4]["error"].endswith("the limit is 16,000. Shorten it.")


def test_chat_with_an_unknown_model_refuses_to_start_naming_the_aliases(
    env: dict[str, str],
) -> None:
    result = run(["chat", "-m", "nosuch"], env, stdin="what is git?\n/quit\n")
    assert result.returncode == 2
    assert result.stderr.startswith("tandem: Unknown model 'nosuch': use auto or local, strong.")
    assert "Tandem chat" not in result.stderr and result.stdout == ""


def test_a_bare_model_command_in_chat_shows_the_model_in_use(env: dict[str, str]) -> None:
    result = run(["chat", "-m", "local"], env, stdin="/model\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "Model: local (/model auto or local, strong to change)" in result.stderr
    assert "Unknown model" not in result.stderr


@pytest.mark.parametrize("command", [["ask", "what is git?"], ["chat"]])
def test_a_thread_id_too_long_to_log_is_refused_up_front(
    env: dict[str, str], command: list[str]
) -> None:
    result = run([*command, "--thread", "t" * 101], env, stdin="what is git?\n")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "tandem: --thread is 101 characters; at most 100\n"


async def _usage_rows_of(url: str, thread_key: str) -> int:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            query = text("SELECT count(*) FROM usage_events WHERE thread_key = :key")
            return int((await connection.execute(query, {"key": thread_key})).scalar_one())
    finally:
        await engine.dispose()


def test_a_thread_id_at_the_limit_is_answered_and_logged_in_postgresql(
    env: dict[str, str], pg_url: str
) -> None:
    thread = "t" * 100
    result = run(
        ["ask", "what is git?", "--model", "local", "--thread", thread],
        {**env, "DATABASE_URL": pg_url},
    )
    assert result.returncode == 0, result.stderr
    assert asyncio.run(_usage_rows_of(pg_url, f"cli:terminal:{thread}")) == 1


@pytest.mark.parametrize("url", ["garbage", "mysql://x/y"])
@pytest.mark.parametrize("command", [["ask", "what is git"], ["usage"], ["route", "what is git"]])
def test_an_unusable_database_url_is_named_with_the_supported_forms(
    env: dict[str, str], url: str, command: list[str]
) -> None:
    result = run(command, {**env, "DATABASE_URL": url})
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("tandem: bad setting DATABASE_URL: ")
    assert "sqlite:///PATH" in line and "postgresql://" in line


@pytest.mark.parametrize("command", [["usage"], ["digest", "run", "--kind", "usage", "--stdout"]])
def test_an_absurd_since_is_refused_with_the_limit(env: dict[str, str], command: list[str]) -> None:
    result = run([*command, "--since", "1000000d"], env)
    assert result.returncode == 2
    assert result.stderr == "tandem: 1000000d is too far back: at most 36600d (100 years)\n"


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


@pytest.mark.parametrize("command", [["serve", "--http"], ["serve", "--http", "--workers", "2"]])
def test_a_bot_token_slack_refuses_stops_serve_with_one_line(
    env: dict[str, str], fake_slack: FakeSlack, command: list[str]
) -> None:
    """Before: serve started, /readyz said ready, and every answer failed with invalid_auth."""
    listen = {"TANDEM_HOST": "127.0.0.1", "TANDEM_PORT": str(free_port())}
    slack = {**SLACK, "SLACK_API_URL": fake_slack.url + "/api/", "SLACK_BOT_TOKEN": "xoxb-revoked"}
    result = run(command, {**env, **slack, **listen})
    assert result.returncode == 1
    assert "tandem: Slack refused SLACK_BOT_TOKEN (invalid_auth)" in result.stderr
    assert "xoxb-revoked" not in result.stderr
    assert "Traceback" not in result.stderr
    assert {c.method for c in fake_slack.calls()} == {"auth.test"}


def _stderr_until(process: subprocess.Popen[str], marker: str, log: Path) -> list[str]:
    deadline = time.monotonic() + 60
    while marker not in log.read_text() and time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        time.sleep(0.1)
    process.terminate()
    process.wait(timeout=30)
    return [line for line in log.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("command", "marker"),
    [(["scheduler"], "digest scheduler running"), (["serve", "--http"], '"serving"')],
)
def test_start_up_logs_are_json_lines_even_while_migrating(
    env: dict[str, str], tmp_path: Path, command: list[str], marker: str
) -> None:
    """A log collector reads JSON lines; Alembic's plain INFO lines broke them at every start."""
    listen = {"TANDEM_HOST": "127.0.0.1", "TANDEM_PORT": str(free_port())}
    log = tmp_path / "stderr.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [*TANDEM, *command],
            env={**env, **SLACK, **listen, "TANDEM_LOG_LEVEL": "INFO"},
            cwd=env.get("TANDEM_TEST_CWD", str(ROOT)),
            stdout=subprocess.DEVNULL,
            stderr=sink,
            text=True,
        )
    lines = _stderr_until(process, marker, log)
    assert marker in "\n".join(lines)
    for line in lines:
        if not line.startswith("tandem: "):
            assert isinstance(json.loads(line), dict), line


def test_route_with_an_unknown_model_says_what_ask_says(env: dict[str, str]) -> None:
    result = run(["route", "what is git?", "-m", "nosuch"], env)
    assert result.returncode == 2
    assert result.stderr == "tandem: Unknown model 'nosuch': use auto or local, strong.\n"


def test_a_broken_policy_file_fails_ask_route_and_check_alike(
    env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "policy.toml"
    broken.write_text('default = "local"\nstrong = \n')
    env = {**env, "TANDEM_POLICY": str(broken)}
    for args in (["ask", "what is git?"], ["route", "what is git?"], ["policy", "check"]):
        result = run(args, env)
        assert result.returncode == 1, args
        assert result.stderr.startswith(f"tandem: {broken}:2: "), args
        assert "Traceback" not in result.stderr
