"""Loopback fake of the Slack Web API, with an in-memory workspace.

Serves ``/api/<method>`` the way slack.com does: form, multipart or JSON
bodies plus query parameters, the token from ``Authorization: Bearer`` or the
``token`` field, HTTP 200 with ``{"ok": false, "error": ...}`` for errors and
429 with Retry-After for rate limits. Point ``AsyncWebClient(base_url=
fake.url + "/api/")`` (or Tandem's ``SLACK_API_URL``) at it.

Run standalone: ``python -m tests.fakes.slack --port 3001``.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

from tests.fakes import slack_chat, slack_files, slack_reads
from tests.fakes.recording import EventLog
from tests.fakes.server import FakeServer, record_of, run_standalone
from tests.fakes.slack_helpers import WorkspaceHelpers
from tests.fakes.slack_store import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USER,
    DEFAULT_TEAM,
    DEFAULT_TOKEN,
    Call,
    Handler,
    SlackError,
    SlackStore,
)

HANDLERS: dict[str, Handler] = {
    **slack_chat.HANDLERS,
    **slack_reads.HANDLERS,
    **slack_files.HANDLERS,
}
NO_TOKEN_METHODS = frozenset({"oauth.v2.access", "oauth.access", "api.test"})

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USER",
    "DEFAULT_TEAM",
    "DEFAULT_TOKEN",
    "FakeSlack",
    "SlackCall",
]


@dataclass(frozen=True)
class SlackCall:
    """One Web API call: method, merged params (token removed), token, and answer."""

    method: str
    params: dict[str, Any]
    token: str | None
    response: dict[str, Any]
    status: int
    at: float

    @property
    def ok(self) -> bool:
        """Whether Slack answered ``ok: true``."""
        return bool(self.response.get("ok"))


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    return (value.strip() or None) if scheme.lower() == "bearer" else None


class FakeSlack(WorkspaceHelpers, FakeServer):
    """Fake Slack Web API.

    Knobs (plain attributes, reset by :meth:`reset`): ``latency`` seconds
    added to every call; ``streaming_enabled`` / ``streaming_error`` (what
    chat.startStream answers when disabled); ``expire_streams_after`` (seconds
    since chat.startStream) and ``expire_streams_after_appends`` (appends
    allowed) after which a stream answers ``message_not_in_streaming_state``;
    ``strict`` (unknown channels/users/bots are errors instead of being
    synthesised); ``oauth_client`` = (client_id, client_secret) that
    oauth.v2.access insists on, None for any. Methods: :meth:`rate_limit`,
    :meth:`fail`, :meth:`clear_faults`.
    """

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self.store = SlackStore()
        self.call_log: EventLog[SlackCall] = EventLog()
        super().__init__(port, host)

    def reset_knobs(self) -> None:
        """Back to a fast, healthy Slack with streaming available."""
        self.latency: float = 0.0
        self.streaming_enabled: bool = True
        self.streaming_error: str = "method_not_supported_for_channel_type"
        self.expire_streams_after: float | None = None
        self.expire_streams_after_appends: int | None = None
        self.oauth_client: tuple[str | None, str | None] = (None, None)
        self._faults_lock = threading.Lock()
        self._rate_limits: dict[str, tuple[float, int]] = {}
        self._failures: dict[str, tuple[str, int | None]] = {}

    def reset(self) -> None:
        """Clear recordings and knobs and start again from the default workspace."""
        super().reset()
        self.call_log.clear()
        self.store = SlackStore(self.url if self.running else "http://127.0.0.1")

    def start(self) -> Self:
        """Start serving; file and upload URLs then point at this fake."""
        super().start()
        self.store.base_url = self.url
        return self

    @property
    def strict(self) -> bool:
        """Unknown channels, users and bots are errors rather than synthesised."""
        return self.store.strict

    @strict.setter
    def strict(self, value: bool) -> None:
        self.store.strict = value

    # -- fault knobs ----------------------------------------------------------------

    def rate_limit(self, method: str, retry_after: float = 1, count: int = 1) -> None:
        """Answer the next ``count`` calls of ``method`` ("*" for any) with 429."""
        with self._faults_lock:
            self._rate_limits[method] = (retry_after, count)

    def fail(self, method: str, error: str, count: int | None = None) -> None:
        """Answer ``method`` ("*" for any) with ``ok: false`` and ``error``.

        For the next ``count`` calls, or until :meth:`clear_faults` when None.
        """
        with self._faults_lock:
            self._failures[method] = (error, count)

    def clear_faults(self) -> None:
        """Drop every pending rate limit and failure."""
        with self._faults_lock:
            self._rate_limits.clear()
            self._failures.clear()

    def _take_rate_limit(self, method: str) -> float | None:
        with self._faults_lock:
            key = method if method in self._rate_limits else "*"
            if key not in self._rate_limits:
                return None
            retry_after, remaining = self._rate_limits[key]
            if remaining <= 1:
                del self._rate_limits[key]
            else:
                self._rate_limits[key] = (retry_after, remaining - 1)
            return retry_after

    def _take_failure(self, method: str) -> str | None:
        with self._faults_lock:
            key = method if method in self._failures else "*"
            if key not in self._failures:
                return None
            error, remaining = self._failures[key]
            if remaining is not None:
                if remaining <= 1:
                    del self._failures[key]
                else:
                    self._failures[key] = (error, remaining - 1)
            return error

    # -- inspection -----------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[SlackCall]:
        """Web API calls in arrival order, optionally of one method."""
        return [c for c in self.call_log.snapshot() if method in (None, c.method)]

    def wait_for_calls(
        self, method: str | None = None, count: int = 1, timeout: float = 5.0
    ) -> list[SlackCall]:
        """Block until ``count`` calls (of ``method``) completed; returns them."""
        self.call_log.wait_until(
            lambda calls: sum(method in (None, c.method) for c in calls) >= count, timeout
        )
        return self.calls(method)

    async def await_calls(self, method: str | None = None, count: int = 1) -> list[SlackCall]:
        """Async twin of :meth:`wait_for_calls`; bound it with ``asyncio.timeout()``."""
        await self.call_log.until(
            lambda calls: sum(method in (None, c.method) for c in calls) >= count
        )
        return self.calls(method)

    # -- HTTP -----------------------------------------------------------------------

    def add_routes(self, app: web.Application) -> None:
        """Web API methods, the upload URL and private file downloads."""
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/upload/v1/{file_id}", self._upload)
        app.router.add_get("/files-pri/{team_file}/download/{name}", self._download)
        app.router.add_get("/files-pri/{team_file}/{name}", self._download)
        app.router.add_post("/response/{hook}", self._response_url)

    def response_url(self, hook: str = "hook") -> str:
        """A response_url for slash commands and actions; posts to it are recorded as calls
        of the pseudo-method ``response_url`` (params = the JSON body, token None)."""
        return f"{self.url}/response/{hook}"

    async def _response_url(self, request: web.Request) -> web.Response:
        record = record_of(request)
        params = dict(record.body) if isinstance(record.body, dict) else {}
        params["hook"] = request.match_info["hook"]
        payload = {"ok": True}
        self.call_log.append(SlackCall("response_url", params, None, payload, 200, time.time()))
        return web.json_response(payload)

    async def _api(self, request: web.Request) -> web.Response:
        record = record_of(request)
        params: dict[str, Any] = dict(record.query)
        if isinstance(record.body, dict):
            params.update(record.body)
        authorization = request.headers.get("Authorization", "")
        field_token = params.pop("token", None)
        token = _bearer(authorization) or (str(field_token) if field_token else None)
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        method = request.match_info["method"]
        status, payload, headers = self._dispatch(method, params, token, authorization)
        self.call_log.append(SlackCall(method, params, token, payload, status, time.time()))
        return web.json_response(payload, status=status, headers=headers)

    def _dispatch(
        self, method: str, params: dict[str, Any], token: str | None, authorization: str
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        retry_after = self._take_rate_limit(method)
        if retry_after is not None:
            headers = {"Retry-After": str(math.ceil(retry_after))}
            return 429, {"ok": False, "error": "ratelimited"}, headers
        injected = self._take_failure(method)
        if injected is not None:
            return 200, {"ok": False, "error": injected}, {}
        store = self.store
        workspace = store.workspace_for(token)
        if method not in NO_TOKEN_METHODS and workspace is None:
            return 200, {"ok": False, "error": "invalid_auth" if token else "not_authed"}, {}
        handler = HANDLERS.get(method)
        call = Call(method, params, store, workspace, authorization, self)
        try:
            with store.lock:
                result = handler(call) if handler is not None else {}
        except SlackError as error:
            return 200, {"ok": False, "error": error.error, **error.extra}, {}
        return 200, {"ok": True, **result}, {}

    async def _upload(self, request: web.Request) -> web.Response:
        record = record_of(request)
        content, mimetype = record.raw, request.content_type
        if isinstance(record.body, dict) and not record.raw:
            part = record.body.get("file") or record.body.get("filename")
            if isinstance(part, dict):
                content, mimetype = part["content"], str(part.get("content_type") or "")
        file_id = request.match_info["file_id"]
        if not slack_files.receive_upload(self.store, file_id, content, mimetype):
            return web.Response(status=404, text="Not Found")
        return web.Response(text=f"OK - {len(content)}")

    async def _download(self, request: web.Request) -> web.Response:
        token = _bearer(request.headers.get("Authorization", ""))
        team_file = request.match_info["team_file"]
        file_id = team_file.partition("-")[2]
        with self.store.lock:
            exists = file_id in self.store.files
        if not exists:
            return web.Response(status=404, text="File not found", content_type="text/html")
        file = slack_files.downloadable(self.store, team_file, token)
        if file is None:
            return web.Response(text=slack_files.LOGIN_PAGE, content_type="text/html")
        disposition = f'attachment; filename="{file.name}"'
        headers = {"Content-Type": file.mimetype, "Content-Disposition": disposition}
        return web.Response(body=file.content, headers=headers)


def main() -> None:
    """Entry point for ``python -m tests.fakes.slack``."""
    run_standalone(lambda port: FakeSlack(port=port), "Fake Slack Web API")


if __name__ == "__main__":
    main()
