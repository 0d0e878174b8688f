"""What every `tandem` sub-command shares: one-line errors, exit codes, settings or a clear exit."""

from __future__ import annotations

import typer

from bot.config import Settings

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print one clear line to stderr and return the exit to raise."""
    typer.echo(f"tandem: {message}", err=True)
    return typer.Exit(code)


def settings_or_exit() -> Settings:
    """Settings from the environment, or a one-line error naming the bad setting."""
    from pydantic import ValidationError

    from bot.config import load_settings

    try:
        return load_settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        raise fail(f"bad setting {'.'.join(map(str, error['loc']))}: {error['msg']}") from None
