"""Settings from the environment and `.env`: the only module that reads either.

Every other module receives a `Settings` (or the piece of it it needs) from
`bot.wiring`, so tests and the CLI can build the whole app from explicit values.
Names follow each vendor's own convention (`SLACK_BOT_TOKEN`, `OPENAI_API_KEY`,
`OLLAMA_HOST`, ...); Tandem's own knobs are `TANDEM_*`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote_plus

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BUNDLED_POLICY = Path(__file__).parent / "policy.toml"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
RETENTION_FLOOR_DAYS = 35  # a month's budgets and the 30-day reports read usage rows


_ASYNC_SCHEMES = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}
_URL_FORMS = "sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
# The port as SQLAlchemy's `make_url` finds it after "scheme://" (it calls int() on it).
_URL_PORT = re.compile(r"(?:[^:/]*(?::[^@]*)?@)?(?:\[[^/?]+\]|[^/:?]+)?(?::(?P<port>[^/?]*))?")


# A PostgreSQL URL's query options (libpq's names, as operators and managed PostgreSQL
# write them) that Tandem accepts; `bot.usage.db` turns them into asyncpg.connect's
# arguments. Anything else reached asyncpg.connect as an unknown keyword: a TypeError
# at the first connect. `sslmode` becomes `ssl` here (same values).
PG_SECONDS = frozenset({"connect_timeout", "command_timeout"})  # connect: `timeout`
PG_COUNTS = frozenset(
    {
        "statement_cache_size",
        "prepared_statement_cache_size",
        "max_cached_statement_lifetime",
        "max_cacheable_statement_size",
    }
)
PG_SERVER_SETTINGS = frozenset({"application_name", "options"})  # sent at connect
PG_SSL_FILES = frozenset({"sslrootcert", "sslcert", "sslkey", "sslcrl", "sslpassword"})
PG_SESSION_ATTRS = ("any", "primary", "standby", "prefer-standby", "read-write", "read-only")
PG_URL_OPTIONS = frozenset(
    {"sslmode", "ssl", "target_session_attrs"}
    | PG_SECONDS
    | PG_COUNTS
    | PG_SERVER_SETTINGS
    | PG_SSL_FILES
)


def _check_pg_option(name: str, value: str) -> None:
    """Refuse what asyncpg cannot take, naming the option (never its value: `sslpassword`)."""
    if name not in PG_URL_OPTIONS:
        accepted = ", ".join(sorted(PG_URL_OPTIONS))
        raise ValueError(f"unknown option {name} in the URL's query; accepted: {accepted}")
    if name in PG_SECONDS:
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds < float("inf"):
            raise ValueError(f"{name} is not a number of seconds above 0")
    elif name in PG_COUNTS and not value.isdigit():
        raise ValueError(f"{name} is not a whole number (0 or more)")
    elif name == "target_session_attrs" and value not in PG_SESSION_ATTRS:
        raise ValueError(f"target_session_attrs is one of {', '.join(PG_SESSION_ATTRS)}")


def _asyncpg_query(rest: str) -> str:
    """libpq's `sslmode` (in the URL every managed PostgreSQL hands out) is asyncpg's `ssl`,
    with the same values; an explicit `ssl` wins. Options asyncpg has no use for are
    refused (`PG_URL_OPTIONS`). The query starts after the credentials, which may hold a `?`."""
    query_at = rest.find("?", rest.rfind("@") + 1)
    if query_at < 0:
        return rest
    pairs = [pair for pair in rest[query_at + 1 :].split("&") if pair]
    has_ssl = any(pair.partition("=")[0] == "ssl" for pair in pairs)
    kept = []
    for pair in pairs:
        name, _, value = pair.partition("=")
        _check_pg_option(unquote_plus(name), unquote_plus(value))
        if name == "sslmode":
            if has_ssl:
                continue
            pair = f"ssl={value}"
        kept.append(pair)
    return f"{rest[:query_at]}?{'&'.join(kept)}" if kept else rest[:query_at]


def normalise_database_url(url: str) -> str:
    """Map the usual sync URLs to the async drivers Tandem runs on, and refuse the rest
    here: a URL SQLAlchemy cannot use otherwise fails on first use, as a traceback.

    Checked without importing SQLAlchemy (a third of a second that `tandem route`
    would pay); tests hold every accepted form to `sqlalchemy.engine.make_url`.
    """
    scheme, separator, rest = url.partition("://")
    if not separator or not scheme:
        raise ValueError(f"not a database URL; use {_URL_FORMS}")
    driver = _ASYNC_SCHEMES.get(scheme.lower())
    if driver is None:
        raise ValueError(f"{scheme}:// is not supported; use {_URL_FORMS}")
    if driver.startswith("sqlite") and not rest.startswith("/"):
        raise ValueError(f"a SQLite URL names a file: {_URL_FORMS}")
    port = _URL_PORT.match(rest)
    if port and port["port"] is not None and not port["port"].isdigit():
        raise ValueError(f"the port is not a number; use {_URL_FORMS}")
    if driver.startswith("postgresql"):
        rest = _asyncpg_query(rest)
    return f"{driver}://{rest}"


class Settings(BaseSettings):
    """Everything Tandem can be told from outside, with embedded defaults."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        # `TANDEM_POLICY=` (a compose file passing through a variable the host lacks) means
        # unset, not the path "." or an empty database URL.
        env_ignore_empty=True,
    )

    database_url: str = Field(
        default="sqlite+aiosqlite:///tandem.db",
        validation_alias=AliasChoices("DATABASE_URL", "database_url"),
    )
    redis_url: str = Field(
        default="redis://127.0.0.1:6379/0",
        validation_alias=AliasChoices("REDIS_URL", "redis_url"),
    )
    ollama_host: str = Field(
        default="http://127.0.0.1:11434",
        validation_alias=AliasChoices("OLLAMA_HOST", "ollama_host"),
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url")
    )
    policy_path: Path = Field(
        default=BUNDLED_POLICY, validation_alias=AliasChoices("TANDEM_POLICY", "policy_path")
    )

    difficulty_model: Path | None = Field(
        default=None,
        validation_alias=AliasChoices("TANDEM_DIFFICULTY_MODEL", "difficulty_model"),
    )

    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token")
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"),
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token")
    )
    slack_client_id: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_CLIENT_ID", "slack_client_id")
    )
    slack_client_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_CLIENT_SECRET", "slack_client_secret"),
    )
    slack_api_url: str = Field(
        default=DEFAULT_SLACK_API_URL,
        validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"),
    )

    port: int = Field(default=3000, validation_alias=AliasChoices("TANDEM_PORT", "port"))
    host: str = Field(default="0.0.0.0", validation_alias=AliasChoices("TANDEM_HOST", "host"))  # noqa: S104
    admins: Annotated[frozenset[str], NoDecode] = Field(
        default=frozenset(), validation_alias=AliasChoices("TANDEM_ADMINS", "admins")
    )
    max_question_chars: int = Field(
        default=16_000,
        ge=1,
        validation_alias=AliasChoices("TANDEM_MAX_QUESTION_CHARS", "max_question_chars"),
    )
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        validation_alias=AliasChoices("TANDEM_WORKERS", "workers"),
        description="Serving processes sharing the port; one per core gets all of a machine.",
    )
    max_concurrent_answers: int = Field(
        default=200,
        ge=1,
        validation_alias=AliasChoices("TANDEM_MAX_CONCURRENT_ANSWERS", "max_concurrent_answers"),
    )
    status_delay_seconds: float = Field(
        default=0.5,
        ge=0,
        le=10,
        validation_alias=AliasChoices("TANDEM_STATUS_DELAY", "status_delay_seconds"),
        description="Show 'working on it' only if the answer is not in Slack by then.",
    )
    uvloop: bool = Field(
        default=True,
        validation_alias=AliasChoices("TANDEM_UVLOOP", "uvloop"),
        description="Run the long-lived processes (serve, scheduler) on uvloop when installed.",
    )
    history_ttl_seconds: int = Field(
        default=7 * 24 * 3600,
        ge=60,
        validation_alias=AliasChoices("TANDEM_HISTORY_TTL", "history_ttl_seconds"),
    )
    company_domains: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        validation_alias=AliasChoices("TANDEM_COMPANY_DOMAINS", "company_domains"),
    )
    auto_migrate: bool = Field(
        default=True, validation_alias=AliasChoices("TANDEM_AUTO_MIGRATE", "auto_migrate")
    )
    log_level: str = Field(
        default="INFO", validation_alias=AliasChoices("TANDEM_LOG_LEVEL", "log_level")
    )
    log_json: bool = Field(
        default=True, validation_alias=AliasChoices("TANDEM_LOG_JSON", "log_json")
    )
    log_message_text: bool = Field(
        default=False,
        validation_alias=AliasChoices("TANDEM_LOG_MESSAGE_TEXT", "log_message_text"),
    )
    usage_flush_interval: float = Field(
        default=0.5,
        gt=0,
        validation_alias=AliasChoices("TANDEM_USAGE_FLUSH_INTERVAL", "usage_flush_interval"),
    )
    usage_retention_days: int = Field(
        default=0,
        ge=0,
        validation_alias=AliasChoices("TANDEM_USAGE_RETENTION_DAYS", "usage_retention_days"),
        description="Delete usage rows older than this many days, daily (0: keep all).",
    )
    ignore_bots: bool = Field(
        default=True, validation_alias=AliasChoices("TANDEM_IGNORE_BOTS", "ignore_bots")
    )
    digest_grace_seconds: int = Field(
        default=15 * 60,
        ge=0,
        validation_alias=AliasChoices("TANDEM_DIGEST_GRACE", "digest_grace_seconds"),
    )
    scheduler_enabled: bool = Field(
        default=True, validation_alias=AliasChoices("TANDEM_SCHEDULER", "scheduler_enabled")
    )

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return normalise_database_url(value)

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("company_domains", mode="before")
    @classmethod
    def _split_domains(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip().lower() for part in value.split(",") if part.strip())
        return value

    @field_validator("usage_retention_days")
    @classmethod
    def _retention_floor(cls, value: int) -> int:
        if 0 < value < RETENTION_FLOOR_DAYS:
            raise ValueError(
                f"must be 0 (keep all) or at least {RETENTION_FLOOR_DAYS} days: this month's "
                "budgets and the 30-day reports are computed from the usage rows"
            )
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment and `.env`, with explicit overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]
