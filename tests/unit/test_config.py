"""DATABASE_URL is checked when settings are read, so no command meets a bad one as a traceback."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from sqlalchemy.engine import make_url

from bot.config import Settings


def settings(url: str) -> Settings:
    return Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("given", "driver"),
    [
        ("sqlite:///tandem.db", "sqlite+aiosqlite"),
        ("sqlite+aiosqlite:////var/lib/tandem/tandem.db", "sqlite+aiosqlite"),
        ("postgres://u:p@db/tandem", "postgresql+asyncpg"),
        ("postgresql://u@db:5432/tandem?ssl=require", "postgresql+asyncpg"),
        ("postgresql+psycopg2://u:p%40ss@[::1]:5432/tandem", "postgresql+asyncpg"),
        ("postgresql+asyncpg://u:a/b@db/tandem", "postgresql+asyncpg"),
    ],
)
def test_supported_urls_run_on_the_async_driver(given: str, driver: str) -> None:
    url = make_url(settings(given).database_url)
    assert f"{url.get_backend_name()}+{url.get_driver_name()}" == driver


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("garbage", "not a database URL"),
        ("mysql://x/y", "mysql:// is not supported"),
        ("sqlite+pysqlite:///tandem.db", "sqlite+pysqlite:// is not supported"),
        ("sqlite://", "a SQLite URL names a file"),
        ("postgresql://db:five/tandem", "the port is not a number"),
        ("postgresql://u:p@db:/tandem", "the port is not a number"),
    ],
)
def test_other_urls_are_refused_naming_the_supported_forms(given: str, reason: str) -> None:
    with pytest.raises(ValidationError) as raised:
        settings(given)
    message = str(raised.value)
    assert reason in message
    assert "sqlite:///PATH" in message and "postgresql://" in message


@pytest.mark.parametrize(
    ("given", "query"),
    [
        ("postgresql://u:p@db/tandem?sslmode=require", {"ssl": "require"}),
        ("postgres://u:p@db:5432/tandem?sslmode=verify-full", {"ssl": "verify-full"}),
        ("postgresql://u:p?x@db/tandem?sslmode=disable", {"ssl": "disable"}),
        ("postgresql://u@db/tandem?ssl=require&sslmode=disable", {"ssl": "require"}),
        ("postgresql://u@db/tandem?application_name=x", {"application_name": "x"}),
    ],
)
def test_libpq_sslmode_becomes_asyncpg_ssl(given: str, query: dict[str, str]) -> None:
    """Managed PostgreSQL hands out `...?sslmode=require` (libpq's name); asyncpg calls it
    `ssl` and refuses `sslmode` with a TypeError at the first connection."""
    url = make_url(settings(given).database_url)
    assert dict(url.query) == query
    assert url.host == "db"


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("postgresql://u:pw-1@db/t?sslmdoe=require", "unknown option sslmdoe"),
        ("postgresql://u:pw-1@db/t?keepalives=1", "unknown option keepalives"),
        ("postgresql://u:pw-1@db/t?connect_timeout=soon", "connect_timeout is not a number"),
        ("postgresql://u:pw-1@db/t?statement_cache_size=-1", "statement_cache_size is not a"),
    ],
)
def test_url_options_asyncpg_cannot_take_are_refused_by_name(given: str, reason: str) -> None:
    """asyncpg.connect got them as keywords and failed at the first connect (TypeError)."""
    with pytest.raises(ValidationError) as raised:
        settings(given)
    message = str(raised.value.errors()[0]["ctx"]["error"])  # what the CLI prints
    assert reason in message and "pw-1" not in message


def test_sqlite_urls_keep_their_query() -> None:
    assert settings("sqlite:///t.db?timeout=5").database_url == "sqlite+aiosqlite:///t.db?timeout=5"


def test_libpq_options_become_asyncpg_connect_arguments() -> None:
    from bot.usage.db import asyncpg_arguments

    given = (
        "postgresql://u:pw@db/t?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=10"
        "&command_timeout=30&statement_cache_size=0&prepared_statement_cache_size=0"
        "&application_name=tandem&options=-c%20statement_timeout%3D5000"
        "&target_session_attrs=read-write"
    )
    url, connect = asyncpg_arguments(settings(given).database_url)
    assert dict(url.query) == {
        "ssl": "verify-full",
        "prepared_statement_cache_size": "0",
        "target_session_attrs": "read-write",
    }
    assert connect == {
        "timeout": 10.0,
        "command_timeout": 30.0,
        "statement_cache_size": 0,
        "server_settings": {"application_name": "tandem", "options": "-c statement_timeout=5000"},
        "dsn": "postgresql://?sslrootcert=%2Fetc%2Fca.pem",
    }
    assert url.password == "pw" and url.host == "db"
