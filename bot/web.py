"""The HTTP server: Slack's request URL, health, readiness and Prometheus metrics.

Slack's events, slash commands and interactivity all arrive at POST /slack/events
and are handed to Bolt. Whatever arrives there, the answer is a 2xx, 3xx or 4xx:
a body that cannot even be parsed is a 400, never a 500.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Awaitable, Callable

import structlog
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.service import Tandem

log = structlog.get_logger(__name__)

MAX_BODY_BYTES = 1_000_000
TANDEM_KEY: web.AppKey[Tandem] = web.AppKey("tandem", Tandem)


class PortUnavailable(RuntimeError):
    """TANDEM_HOST:TANDEM_PORT cannot be listened on; the message names the setting."""


async def listen(
    runner: web.AppRunner, host: str, port: int, *, reuse_port: bool | None = None
) -> None:
    """Serve `runner` on host:port. A port another process holds (a second `tandem
    scheduler`, say) is a mistake in the settings, so it is reported as one."""
    try:
        await web.TCPSite(runner, host, port, reuse_port=reuse_port).start()
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PortUnavailable(f"port {port} is in use (TANDEM_PORT)") from exc
        raise PortUnavailable(
            f"cannot listen on {host}:{port} (TANDEM_HOST, TANDEM_PORT): {exc.strerror or exc}"
        ) from exc


def _kind(body: str) -> str:
    if body.startswith("{"):
        return "event"
    if "command=" in body:
        return "command"
    return "interaction"


def slack_handler(
    bolt: AsyncApp, tandem: Tandem
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    ack_latency = tandem.services.metrics.ack_latency

    async def handle(request: web.Request) -> web.StreamResponse:
        start = time.perf_counter()
        raw = await request.read()
        body = raw.decode("utf-8", errors="replace")
        try:
            bolt_request = AsyncBoltRequest(
                body=body, query=request.query_string, headers=dict(request.headers)
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            # Bolt's parser raises these for bodies that are not a JSON object or a form.
            return web.json_response({"error": "malformed request body"}, status=400)
        response = await bolt.async_dispatch(bolt_request)
        ack_latency.labels(_kind(body)).observe(time.perf_counter() - start)
        return await to_aiohttp_response(response)

    return handle


def install_handler(
    step: Callable[[AsyncBoltRequest], Awaitable[BoltResponse]],
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """GET /slack/install and /slack/oauth_redirect: Bolt's OAuth flow, as its own server does."""

    async def handle(request: web.Request) -> web.StreamResponse:
        bolt_request = AsyncBoltRequest(
            body="", query=request.query_string, headers=dict(request.headers)
        )
        return await to_aiohttp_response(await step(bolt_request))

    return handle


async def healthz(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    ready, body = await request.app[TANDEM_KEY].readiness()
    return web.json_response(body, status=200 if ready else 503)


async def metrics(request: web.Request) -> web.Response:
    payload = request.app[TANDEM_KEY].services.metrics.exposition()
    response = web.Response(body=payload)
    response.content_type = CONTENT_TYPE_LATEST.split(";")[0]
    return response


def build_web_app(tandem: Tandem, bolt: AsyncApp | None) -> web.Application:
    """Routes; /slack/events only when Slack talks to us over HTTP (not Socket Mode)."""
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[TANDEM_KEY] = tandem
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    if bolt is not None:
        app.router.add_post("/slack/events", slack_handler(bolt, tandem))
        flow = bolt.oauth_flow
        if flow is not None:
            app.router.add_get(flow.install_path, install_handler(flow.handle_installation))
            app.router.add_get(flow.redirect_uri_path, install_handler(flow.handle_callback))
    return app
