"""Two real `tandem serve` processes sharing Redis and a database: one answer per event.

Slack may deliver the same event to two replicas behind a load balancer (its
retries can land anywhere); both must ack, only one may answer.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from bot.state.control import ControlChannel
from tests.conftest import REDIS_URL
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack
from tests.support.slack_app import free_port

ROOT = Path(__file__).resolve().parents[2]


def serve_env(
    tmp: Path, slack: FakeSlack, ollama: FakeOllama, openai: FakeOpenAI, port: int
) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TANDEM_", "SLACK_", "OPENAI_", "OLLAMA_"))
    }
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": f"sqlite:///{tmp / 'replicas.db'}",
            "REDIS_URL": REDIS_URL,
            "OLLAMA_HOST": ollama.url,
            "OPENAI_BASE_URL": openai.url + "/v1",
            "OPENAI_API_KEY": "sk-test",
            "SLACK_API_URL": slack.url + "/api/",
            "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
            "SLACK_SIGNING_SECRET": se.DEFAULT_SIGNING_SECRET,
            "TANDEM_PORT": str(port),
            "TANDEM_HOST": "127.0.0.1",
            "TANDEM_SCHEDULER": "false",
            "TANDEM_LOG_LEVEL": "WARNING",
        }
    )
    return env


@pytest.fixture
def replicas(
    tmp_path: Path,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    redis: object,
) -> Iterator[list[str]]:
    subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env=serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, 0),
        check=True,
        capture_output=True,
    )
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http"],
            env=serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            assert process.wait(timeout=30) == 0, process.stderr.read() if process.stderr else ""


async def wait_ready(session: aiohttp.ClientSession, url: str) -> None:
    async with asyncio.timeout(30):
        while True:
            try:
                async with session.get(url + "/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)


async def test_same_event_to_two_replicas_is_answered_once(
    replicas: list[str], fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    event = se.app_mention_event("what does git rebase do?")
    body, headers = se.event_request(event, event_id="Ev0TWOREPLICAS")
    async with aiohttp.ClientSession() as session:
        for url in replicas:
            await wait_ready(session, url)
        statuses = await asyncio.gather(
            *(session.post(url + "/slack/events", data=body, headers=headers) for url in replicas)
        )
        assert [r.status for r in statuses] == [200, 200]
        async with asyncio.timeout(15):
            await fake_slack.await_calls("chat.stopStream")
        await asyncio.sleep(1.0)
    assert len(fake_slack.calls("chat.startStream")) == 1
    assert len(fake_ollama.requests("/api/chat")) == 1


async def test_a_burst_of_200_events_is_acked_and_answered(
    replicas: list[str], fake_slack: FakeSlack, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply_tokens = 5
    events = [
        se.app_mention_event(f"question {n}?", user=f"U0BURST{n % 20:02d}") for n in range(200)
    ]
    async with aiohttp.ClientSession() as session:
        # both: a replica still starting when the fixture stops it dies of the SIGTERM its
        # handler is not there yet to take, and the fixture's clean-exit check fails
        for url in replicas:
            await wait_ready(session, url)

        async def send(event: dict[str, object]) -> int:
            body, headers = se.event_request(event)
            async with session.post(replicas[0] + "/slack/events", data=body, headers=headers) as r:
                return r.status

        statuses = await asyncio.gather(*(send(e) for e in events))
        assert statuses == [200] * 200
        async with asyncio.timeout(60):
            await fake_slack.await_calls("chat.stopStream", 200)
    threads = {c.params["thread_ts"] for c in fake_slack.calls("chat.startStream")}
    assert threads == {e["ts"] for e in events}


@pytest.fixture
def scheduler(
    tmp_path: Path, fake_slack: FakeSlack, fake_ollama: FakeOllama, fake_openai: FakeOpenAI,
    redis: Redis,
) -> Iterator[tuple[str, Path, Path]]:  # fmt: skip
    """`tandem scheduler` with a policy file of its own: (its URL, its log, the policy)."""
    policy = tmp_path / "policy.toml"
    policy.write_text((ROOT / "bot" / "policy.toml").read_text())
    port = free_port()
    env = serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, port)
    env.update(TANDEM_POLICY=str(policy), TANDEM_LOG_LEVEL="INFO")
    log = tmp_path / "scheduler.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "scheduler"], env=env, stdout=sink, stderr=sink
        )
    try:
        yield f"http://127.0.0.1:{port}", log, policy
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0


async def test_a_policy_reload_published_by_a_replica_reaches_the_digest_scheduler(
    scheduler: tuple[str, Path, Path], redis: Redis
) -> None:
    """`/tandem policy reload` on any serving process: channel digests (which route
    through the policy) must not go on with the old file in `tandem scheduler`."""
    url, log, policy = scheduler
    async with aiohttp.ClientSession() as session:
        await wait_ready(session, url)
    text = policy.read_text().replace("target_strong_share = 0.25", "target_strong_share = 0.3")
    policy.write_text(text)
    control = ControlChannel(redis)
    async with asyncio.timeout(15):
        # Published again until seen: the follower subscribes just after the port opens.
        while "policy_reloaded" not in log.read_text():
            assert await control.publish("policy_reload")
            await asyncio.sleep(0.3)
