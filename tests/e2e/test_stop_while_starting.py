"""SIGTERM as soon as a process answers on its port: it shuts down in order (exit 0).

An orchestrator may stop a pod the moment it is ready (a rollout overtaken by the next).
The port opens before the scheduler has started, so a process that took SIGTERM only
once fully started died of it there, answers and digests cut where they stood.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.test_replicas import serve_env
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import FakeSlack
from tests.support.slack_app import free_port

pytestmark = pytest.mark.timeout(90)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=1) as response:  # noqa: S310
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.mark.parametrize("command", [["serve", "--http"], ["scheduler"]])
def test_sigterm_the_moment_the_port_answers_exits_cleanly(
    command: list[str],
    tmp_path: Path,
    fake_slack: FakeSlack,
    fake_ollama: FakeOllama,
    fake_openai: FakeOpenAI,
    redis: object,
) -> None:
    port = free_port()
    env = serve_env(tmp_path, fake_slack, fake_ollama, fake_openai, port)
    env["TANDEM_SCHEDULER"] = "true"  # `serve` starts the digest scheduler after the port
    log = tmp_path / "process.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *command], env=env, stdout=sink, stderr=sink
        )
    try:
        deadline = time.monotonic() + 60
        while not _answers(f"http://127.0.0.1:{port}"):
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "never answered on its port"
            time.sleep(0.005)
        process.terminate()
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    output = log.read_text(errors="replace")
    assert code == 0, output[-3000:]
    assert "Traceback" not in output
