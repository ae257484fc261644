"""Options and helpers shared by storyline's commands."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import StorylineError
from ..settings import Settings, load
from ..store.store import Store


def db_option(func):
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help="SQLite database file (default: storyline.db, or STORYLINE_DB).")(func)


def settings_from(**overrides) -> Settings:
    """Return the settings: defaults, environment, then the command's options."""
    try:
        return load().replace(**overrides)
    except StorylineError as exc:
        raise click.UsageError(str(exc)) from None


def open_store(settings: Settings) -> Store:
    try:
        return Store(settings.db)
    except StorylineError as exc:
        fail(str(exc))


def fail(message: str, code: int = 1):
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(code)


def short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
