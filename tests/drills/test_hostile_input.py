"""Drill: hostile input on /slack/events of a real `tandem serve` process.

Anyone on the internet can reach Slack's request URL. Whatever they send (random
bytes or JSON, the wrong content type, a missing, forged or replayed signature,
a valid signature over garbage, a body of several megabytes), the answer must be a
4xx (or a 200 for a well-formed signed request Tandem has nothing to do with),
never a 5xx, nothing may reach a model unless Slack signed it, and the process
must stay up and healthy.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REDIS_URL
from tests.fakes import slack_events as se
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack
from tests.support.slack_app import free_port

pytestmark = pytest.mark.timeout(120)

EXAMPLES = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SIGNINGS = ("valid", "wrong_secret", "no_signature", "no_timestamp", "stale", "future", "garbage")
CONTENT_TYPES = (
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "multipart/form-data; boundary=xyz",
    "application/octet-stream",
    "",
)
HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
SLACKISH = st.fixed_dictionaries(
    {
        "type": st.sampled_from(
            ["event_callback", "url_verification", "block_actions", "view_submission", "x"]
        ),
    },
    optional={
        "event": st.fixed_dictionaries(
            {"type": st.sampled_from(["app_mention", "message", "app_home_opened", "reaction"])},
            optional={"channel": JSON, "user": JSON, "text": JSON, "ts": JSON, "files": JSON},
        ),
        "team_id": JSON,
        "event_id": JSON,
        "challenge": JSON,
        "authorizations": JSON,
        "api_app_id": JSON,
    },
)
BODIES = st.one_of(
    st.binary(max_size=2000),
    JSON.map(lambda v: json.dumps(v).encode()),
    SLACKISH.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=5).map(
        lambda v: urlencode(v).encode()
    ),
    st.one_of(JSON, SLACKISH).map(lambda v: urlencode({"payload": json.dumps(v)}).encode()),
    st.dictionaries(st.sampled_from(["command", "text", "user_id", "team_id"]), HEADER_TEXT).map(
        lambda v: urlencode(v).encode()
    ),
)


@pytest.fixture(scope="module")
def serve(
    tmp_path_factory: pytest.TempPathFactory,
    fake_slack_server: FakeSlack,
    fake_ollama_server: FakeOllama,
    fake_openai_server: FakeOpenAI,
) -> Iterator[str]:
    """`tandem serve --http` in its own process, against the fakes; its URL."""
    folder = tmp_path_factory.mktemp("hostile")
    port = free_port()
    owned = ("TANDEM_", "SLACK_", "OPENAI_", "OLLAMA_", "DATABASE_URL", "REDIS_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(owned)}
    env.update(
        SLACK_API_URL=fake_slack_server.url + "/api/",
        SLACK_BOT_TOKEN=DEFAULT_TOKEN,
        SLACK_SIGNING_SECRET=se.DEFAULT_SIGNING_SECRET,
        OLLAMA_HOST=fake_ollama_server.url,
        OPENAI_BASE_URL=fake_openai_server.url + "/v1",
        OPENAI_API_KEY="sk-test-loopback-key",
        REDIS_URL=REDIS_URL,
        DATABASE_URL=f"sqlite+aiosqlite:///{folder / 'tandem.db'}",
        TANDEM_HOST="127.0.0.1",
        TANDEM_PORT=str(port),
        TANDEM_SCHEDULER="false",
        TANDEM_LOG_LEVEL="WARNING",
    )
    log = folder / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http"],
            env=env,
            cwd=folder,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=40)
    assert tracebacks(log.read_text(errors="replace")) == []


def tracebacks(log: str) -> list[str]:
    """The tracebacks in the server's log (aiohttp logs one per request that raised)."""
    return ["Traceback" + part for part in log.split("Traceback")[1:]]


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /readyz: a process starting up has no event to await."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")[-3000:]
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(url + "/readyz", timeout=2) as response,  # noqa: S310
        ):
            if response.status == 200:
                return
        time.sleep(0.1)
    raise TimeoutError("tandem serve did not become ready")


DROPPED = -1


def post(url: str, body: bytes, headers: dict[str, str], chunked: bool = False) -> int:
    """POST and return the status; DROPPED if the server closed the connection mid-upload."""
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    payload: bytes | Iterator[bytes] = body
    if chunked:
        headers = {**headers, "Transfer-Encoding": "chunked"}
        payload = (body[i : i + 65536] for i in range(0, len(body), 65536))
    try:
        connection.request(
            "POST", "/slack/events", body=payload, headers=headers, encode_chunked=chunked
        )
        return connection.getresponse().status
    except (ConnectionResetError, BrokenPipeError):
        return DROPPED
    finally:
        connection.close()


def healthy(url: str) -> bool:
    with urllib.request.urlopen(url + "/healthz", timeout=5) as response:  # noqa: S310
        return bool(response.status == 200)


def signed_headers(body: bytes, signing: str, content_type: str, junk: str) -> dict[str, str]:
    """Headers as Slack would send them, spoiled the way `signing` says."""
    now = int(time.time())
    stamp = {"stale": now - 301 - len(junk) * 1000, "future": now + 301 + len(junk) * 1000}
    secret = "not-the-secret" if signing == "wrong_secret" else se.DEFAULT_SIGNING_SECRET
    headers = se.sign(body, secret, stamp.get(signing), content_type)
    if signing == "no_signature":
        del headers["X-Slack-Signature"]
    elif signing == "no_timestamp":
        del headers["X-Slack-Request-Timestamp"]
    elif signing == "garbage":
        headers["X-Slack-Signature"] = junk
    if not content_type:
        del headers["Content-Type"]
    return headers


@pytest.mark.parametrize(
    "body", [b"null", b"[]", b"1", b'"text"', b"payload=null", b"payload=%5B%5D"]
)
@pytest.mark.parametrize("signed", [True, False])
def test_json_that_is_not_an_object_gets_400(serve: str, body: bytes, signed: bool) -> None:
    """A JSON body (or interactivity payload) that is valid JSON but not an object is
    malformed: 400, whether or not it is signed."""
    form = body.startswith(b"payload=")
    content_type = "application/x-www-form-urlencoded" if form else "application/json"
    headers = signed_headers(body, "valid" if signed else "no_signature", content_type, "")
    assert post(serve, body, headers) == 400


@EXAMPLES
@given(
    body=BODIES,
    signing=st.sampled_from(SIGNINGS),
    content_type=st.sampled_from(CONTENT_TYPES) | HEADER_TEXT,
    junk=HEADER_TEXT,
)
def test_random_requests_never_get_a_5xx(
    serve: str, body: bytes, signing: str, content_type: str, junk: str
) -> None:
    """Random bodies, content types and signatures: 4xx unless properly signed, never 5xx."""
    headers = signed_headers(body, signing, content_type, junk)
    status = post(serve, body, headers)
    assert 200 <= status < 500
    if signing != "valid":
        assert status >= 400


@EXAMPLES
@given(age=st.integers(301, 10**9), future=st.booleans())
def test_replayed_mentions_are_refused_and_reach_no_model(
    serve: str, fake_ollama_server: FakeOllama, age: int, future: bool
) -> None:
    """A real, correctly signed mention replayed (or post-dated) by more than 5 minutes:
    401, and nothing is asked of any model."""
    before = len(fake_ollama_server.requests("/api/chat"))
    stamp = int(time.time()) + (age if future else -age)
    body, headers = se.event_request(
        se.app_mention_event("what does git rebase do?"), timestamp=stamp
    )
    assert post(serve, body, headers) == 401
    assert len(fake_ollama_server.requests("/api/chat")) == before


@pytest.mark.parametrize("size", [1_000_001, 3_000_000, 12_000_000])
@pytest.mark.parametrize("chunked", [False, True])
def test_huge_bodies_are_refused(serve: str, size: int, chunked: bool) -> None:
    """Bodies over 1 MB, signed or not, with or without a Content-Length: 413, and the
    server keeps serving."""
    event = se.app_mention_event("x" * size)
    body, headers = se.event_request(event)
    status = post(serve, body, headers, chunked=chunked)
    assert status == 413
    assert healthy(serve)


def test_server_is_healthy_after_the_onslaught(serve: str, fake_slack: FakeSlack) -> None:
    """After everything above, /healthz answers 200 and a genuine mention is still answered."""
    assert healthy(serve)
    event: dict[str, Any] = se.app_mention_event("what does git rebase do?")
    event_id = f"Ev{uuid.uuid4().hex}"  # not one an earlier run left in Redis's dedupe keys
    assert post(serve, *se.event_request(event, event_id=event_id)) == 200
    fake_slack.wait_for_calls("chat.stopStream", timeout=20)
