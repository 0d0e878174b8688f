"""`tandem serve --workers 2`: one port, two serving processes, one supervisor.

What an operator sees: every event answered once whichever worker took it,
/metrics on any worker counting all of them, a worker that dies replaced, a
policy reload reaching every worker, SIGTERM stopping all of them with every
usage row written, and a configuration that cannot serve failing once, loudly.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import psutil
import pytest

from tests.e2e.test_replicas import serve_env
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.slack_app import free_port

ADMIN = "U0ADMIN"


@dataclass
class Workers:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    database: Path

    def workers(self) -> list[psutil.Process]:
        """The serving processes (not multiprocessing's resource tracker)."""
        out = []
        for child in psutil.Process(self.process.pid).children():
            try:
                if "spawn_main" in " ".join(child.cmdline()):
                    out.append(child)
            except psutil.Error:  # gone, or a zombie not yet reaped
                continue
        return out

    def listening(self) -> int:
        count = 0
        for worker in self.workers():
            try:
                count += any(
                    c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == self.port
                    for c in worker.net_connections("tcp")
                )
            except psutil.Error:
                continue
        return count

    def lines(self, event: str) -> list[dict[str, object]]:
        out = []
        for raw in self.log.read_text().splitlines():
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            if isinstance(line, dict) and line.get("event") == event:
                out.append(line)
        return out

    async def until_each_logged(self, event: str, workers: int = 2) -> None:
        async with asyncio.timeout(20):
            while {line["worker"] for line in self.lines(event)} != set(range(workers)):  # noqa: ASYNC110 (log file)
                await asyncio.sleep(0.1)

    async def until_listening(self, count: int = 2) -> None:
        async with asyncio.timeout(60):
            while self.listening() < count:
                assert self.process.poll() is None, self.log.read_text()[-3000:]
                await asyncio.sleep(0.1)


def _start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--workers", "2"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


@pytest.fixture
def workers(
    tmp_path: Path,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    redis: object,
) -> Iterator[Workers]:
    port = free_port()
    env = serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, port)
    env.update(
        TANDEM_LOG_LEVEL="INFO", TANDEM_POLICY=str(tmp_path / "policy.toml"), TANDEM_ADMINS=ADMIN
    )
    (tmp_path / "policy.toml").write_text(
        (Path(__file__).resolve().parents[2] / "bot" / "policy.toml").read_text()
    )
    log = tmp_path / "serve.log"
    process = _start(env, log)
    running = Workers(f"http://127.0.0.1:{port}", port, process, log, tmp_path / "replicas.db")
    try:
        yield running
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=60)


@pytest.fixture
async def fresh() -> AsyncIterator[aiohttp.ClientSession]:
    """A new connection per request, as many Slack deliveries are: the kernel spreads
    connections (not requests) over the workers."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as session:
        yield session


async def _ask(session: aiohttp.ClientSession, url: str, count: int) -> list[dict[str, object]]:
    events = [se.app_mention_event(f"question {n} {time.time()}?") for n in range(count)]
    for event in events:
        body, headers = se.event_request(event)
        async with session.post(url + "/slack/events", data=body, headers=headers) as response:
            assert response.status == 200
    return events


async def _answered(slack: FakeSlack, count: int) -> None:
    async with asyncio.timeout(60):
        await slack.await_calls("chat.stopStream", count)


async def test_every_event_is_answered_once_and_metrics_count_all_workers(
    workers: Workers, fresh: aiohttp.ClientSession, fake_slack: FakeSlack
) -> None:
    await workers.until_listening()
    events = await _ask(fresh, workers.url, 30)
    await _answered(fake_slack, 30)
    await asyncio.sleep(0.5)
    threads = [c.params["thread_ts"] for c in fake_slack.calls("chat.startStream")]
    assert sorted(threads) == sorted(e["ts"] for e in events)  # each once, none twice
    by_worker = {line["worker"] for line in workers.lines("answered")}
    assert by_worker == {0, 1}, "the kernel should have spread 30 connections over both"
    async with fresh.get(workers.url + "/metrics") as response:
        text = await response.text()
    answered = sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("tandem_questions_total{") and 'status="ok"' in line
    )
    assert answered == 30  # whichever worker served /metrics, it counts both


async def test_a_killed_worker_is_replaced(
    workers: Workers, fresh: aiohttp.ClientSession, fake_slack: FakeSlack
) -> None:
    await workers.until_listening()
    victim = workers.workers()[0]
    victim.kill()
    async with asyncio.timeout(30):
        while victim.pid in [w.pid for w in workers.workers()] or workers.listening() < 2:  # noqa: ASYNC110 (process state)
            await asyncio.sleep(0.1)
    assert workers.process.poll() is None
    assert any(line["event"] == "worker_died" for line in workers.lines("worker_died"))
    await _ask(fresh, workers.url, 10)
    await _answered(fake_slack, 10)


async def test_sighup_reloads_the_policy_in_every_worker(workers: Workers, tmp_path: Path) -> None:
    await workers.until_listening()
    policy = tmp_path / "policy.toml"
    policy.write_text(
        policy.read_text().replace("target_strong_share = 0.25", "target_strong_share = 0.3")
    )
    os.kill(workers.process.pid, signal.SIGHUP)
    await workers.until_each_logged("policy_reloaded")


async def test_an_admins_policy_reload_reaches_every_worker(
    workers: Workers, fresh: aiohttp.ClientSession, fake_slack: FakeSlack
) -> None:
    """`/tandem policy reload` lands on one worker; the others must not keep the old one."""
    await workers.until_listening()
    request = se.slash_command_request("policy reload", fake_slack.response_url(), user_id=ADMIN)
    async with fresh.post(workers.url + "/slack/events", data=request[0], headers=request[1]) as r:
        assert r.status == 200
    async with asyncio.timeout(10):
        reply = (await fake_slack.await_calls("response_url"))[0].params
    assert "Policy reloaded" in str(reply["text"])
    await workers.until_each_logged("policy_reloaded")


async def test_sigterm_stops_every_worker_with_every_usage_row_written(
    workers: Workers, fresh: aiohttp.ClientSession, fake_slack: FakeSlack
) -> None:
    await workers.until_listening()
    pids = [w.pid for w in workers.workers()]
    await _ask(fresh, workers.url, 12)
    await _answered(fake_slack, 12)
    workers.process.send_signal(signal.SIGTERM)
    assert workers.process.wait(timeout=60) == 0
    assert not any(
        psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie" for pid in pids
    )
    with sqlite3.connect(workers.database) as db:
        rows = db.execute("select count(*) from usage_events where status = 'ok'").fetchone()[0]
    assert rows == 12


def test_a_port_taken_by_another_program_stops_the_supervisor_once(
    tmp_path: Path, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
    redis: object,
) -> None:  # fmt: skip
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        env = serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, port)
        env["TANDEM_LOG_LEVEL"] = "INFO"
        log = tmp_path / "serve.log"
        process = _start(env, log)
        assert process.wait(timeout=60) == 1
    started = log.read_text().count('"event": "serving"')
    assert "worker_failed_at_start" in log.read_text() and started == 0


def test_a_configuration_that_cannot_serve_is_reported_once_before_any_worker(
    tmp_path: Path, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    env = serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, free_port())
    del env["SLACK_SIGNING_SECRET"]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--http", "--workers", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("SLACK_SIGNING_SECRET is required") == 1
