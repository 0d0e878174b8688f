"""The shared fake server base: lifecycle, recording, refuse/accept, standalone."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.server import apply_knob
from tests.fakes.slack import FakeSlack

pytestmark = pytest.mark.timeout(10)
ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def connect(port: int) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_start_stop_and_context_manager() -> None:
    fake = FakeOllama().start()
    try:
        assert fake.running and fake.url == f"http://127.0.0.1:{fake.port}"
        assert httpx.get(fake.url).text == "Ollama is running"
    finally:
        fake.stop()
    fake.stop()
    assert not fake.running

    with FakeOpenAI() as other:
        assert httpx.get(other.url + "/v1/models").status_code == 200


async def test_async_context_manager_and_given_port() -> None:
    port = free_port()
    async with FakeSlack(port=port) as fake, httpx.AsyncClient() as client:
        response = await client.post(fake.url + "/api/api.test")
        assert fake.port == port and response.json()["ok"] is True


def test_records_method_path_query_headers_and_parsed_bodies(fake_ollama: FakeOllama) -> None:
    httpx.post(fake_ollama.url + "/api/show?x=1", json={"model": "llama3.1:8b"})
    httpx.post(fake_ollama.url + "/api/show", data={"model": "m"}, headers={"X-Trace": "t1"})

    json_req, form_req = fake_ollama.requests("/api/show")
    assert (json_req.method, json_req.query, json_req.json) == (
        "POST",
        {"x": "1"},
        {"model": "llama3.1:8b"},
    )
    assert form_req.body == {"model": "m"} and form_req.header("x-trace") == "t1"
    assert form_req.headers["x-trace"] == "t1" and form_req.received_at > 0
    assert fake_ollama.last_request() is form_req


def test_refuse_then_accept_on_the_same_port(fake_ollama: FakeOllama) -> None:
    port = fake_ollama.port

    fake_ollama.refuse()
    with pytest.raises(ConnectionRefusedError):
        connect(port)
    assert fake_ollama.refusing
    fake_ollama.accept()

    connect(port)
    assert fake_ollama.port == port and not fake_ollama.refusing


def test_refuse_drops_pooled_keep_alive_connections(fake_ollama: FakeOllama) -> None:
    with httpx.Client(base_url=fake_ollama.url) as client:
        assert client.get("/api/version").status_code == 200
        fake_ollama.refuse()
        with pytest.raises(httpx.TransportError):
            client.get("/api/version")
        fake_ollama.accept()
        assert client.get("/api/version").status_code == 200


def test_reset_clears_recordings_knobs_and_refusal(fake_openai: FakeOpenAI) -> None:
    httpx.get(fake_openai.url + "/v1/models")
    fake_openai.token_interval = 1.0
    fake_openai.fail_with(500)
    fake_openai.refuse()

    fake_openai.reset()

    assert fake_openai.requests() == []
    assert fake_openai.token_interval == 0.0 and fake_openai.take_failure() is None
    assert httpx.get(fake_openai.url + "/v1/models").status_code == 200


def test_wait_for_requests_blocks_until_they_arrive(fake_ollama: FakeOllama) -> None:
    sender = threading.Thread(target=lambda: httpx.get(fake_ollama.url + "/api/tags"))
    sender.start()

    [request] = fake_ollama.wait_for_requests(1, path="/api/tags", timeout=5)
    sender.join()

    assert request.path == "/api/tags"
    with pytest.raises(TimeoutError):
        fake_ollama.wait_for_requests(2, path="/api/tags", timeout=0.05)


async def test_await_requests_does_not_block_the_loop(fake_ollama: FakeOllama) -> None:
    async with httpx.AsyncClient() as client:
        waiter = asyncio.create_task(fake_ollama.await_requests(2, path="/api/version"))
        await client.get(fake_ollama.url + "/api/version")
        assert not waiter.done()
        await client.get(fake_ollama.url + "/api/version")
        async with asyncio.timeout(5):
            found = await waiter
    assert len(found) == 2


def test_apply_knob_parses_json_and_rejects_unknown_names() -> None:
    fake = FakeOllama()

    apply_knob(fake, "token_interval=0.05")
    apply_knob(fake, 'models=["a:1"]')
    apply_knob(fake, "version=dev")

    assert (fake.token_interval, fake.models, fake.version) == (0.05, ["a:1"], "dev")
    with pytest.raises(SystemExit):
        apply_knob(fake, "no_such_knob=1")
    with pytest.raises(SystemExit):
        apply_knob(fake, "_fail_rule=1")


STANDALONE = {"ollama": "/api/version", "openai": "/v1/models", "slack": "/api/api.test"}


def test_each_fake_runs_standalone_and_prints_its_url() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = {
        name: subprocess.Popen(
            [sys.executable, "-m", f"tests.fakes.{name}", "--port", "0", "--set", "latency=0"]
            if name == "slack"
            else [sys.executable, "-m", f"tests.fakes.{name}", "--port", "0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in STANDALONE
    }
    try:
        for name, process in processes.items():
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:")
            method = "POST" if name == "slack" else "GET"
            assert httpx.request(method, url + STANDALONE[name]).status_code == 200
    finally:
        for process in processes.values():
            process.terminate()
    assert [p.wait(timeout=5) for p in processes.values()] == [0, 0, 0]
