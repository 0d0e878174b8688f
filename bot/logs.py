"""structlog set-up: JSON lines for services, short text for the terminal, no secrets.

Message text never reaches a log unless an admin turns `TANDEM_LOG_MESSAGE_TEXT`
on; independently of that, anything shaped like a credential is masked in every
log value, because an exception message can carry a URL with a password in it.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

TEXT_KEYS = frozenset({"text", "question", "prompt", "answer", "message_text", "content"})
_CREDENTIALS = re.compile(
    r"(xox[abposr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{16,}|ghp_\w{20,}|AKIA[0-9A-Z]{16}"
    r"|(?<=://)[^/\s:@]+:[^/\s@]+(?=@)|(?i:bearer)\s+[\w.~+/-]{12,}=*)"
)


def mask(value: str) -> str:
    return _CREDENTIALS.sub("[secret]", value)


def _scrub(keep_text: bool) -> structlog.types.Processor:
    def processor(
        _logger: object, _name: str, event: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        for key in list(event):
            if key in TEXT_KEYS and not keep_text:
                event[key] = "[omitted]"
            elif isinstance(event[key], str):
                event[key] = mask(event[key])
        return event

    return processor


def configure(
    level: str = "INFO", *, json: bool = True, keep_text: bool = False, stream: TextIO | None = None
) -> None:
    """Idempotent; the CLI calls it with json=False and level WARNING so stdout stays clean."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    out = stream or sys.stderr
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    logging.basicConfig(
        handlers=[_library_handler(out, renderer, keep_text)], level=numeric, force=True
    )
    for noisy in (
        "httpx",
        "httpx2",
        "httpcore",
        "openai",
        "slack_sdk",
        "apscheduler",
        "aiohttp.access",
        "alembic",  # its INFO lines at every start are plain text among the JSON lines
        "matplotlib",  # five INFO lines per usage digest chart about its day labels
    ):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
    # slack_sdk formats a debug line with every request's whole body (message text
    # included) whenever its client's own logger has no level (`logger.level <=
    # DEBUG`), even if nothing prints it: a level on that logger skips the work.
    logging.getLogger("slack_sdk.web.async_base_client").setLevel(max(numeric, logging.WARNING))
    for chatty in ("slack_bolt", "tandem.slack"):
        # Bolt's warnings quote whole request bodies (message text); its errors do not.
        logging.getLogger(chatty).setLevel(max(numeric, logging.ERROR))
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _scrub(keep_text),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        # One write per line (message and newline together): workers share stdout, and
        # PrintLogger's two writes let two processes' lines run into each other.
        logger_factory=structlog.WriteLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )


def _library_handler(
    out: TextIO, renderer: structlog.types.Processor, keep_text: bool
) -> logging.Handler:
    """Records of the libraries' standard-library loggers (Bolt, aiohttp, asyncio...) as
    the same lines as Tandem's own: one JSON object each (tracebacks and multi-line
    messages included), with the logger's name, and masked like every other line."""
    handler = logging.StreamHandler(out)  # one write per record, newline included
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[
                structlog.stdlib.add_logger_name,
                structlog.processors.add_log_level,
                structlog.processors.TimeStamper(fmt="iso", utc=True),
            ],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                _scrub(keep_text),
                renderer,
            ],
        )
    )
    return handler
