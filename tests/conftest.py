"""Shared test fixtures: the model (loaded once per session) and an in-memory store."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


def pytest_configure(config):
    config.addinivalue_line("markers", "model: loads the spaCy model (slower)")


def need(path: Path) -> Path:
    """Return ``path`` or skip the test, saying that ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path


@pytest.fixture(scope="session")
def bare_nlp():
    from storyline.pipeline.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def nlp():
    from storyline.pipeline.registry import build_pipeline

    return build_pipeline()


@pytest.fixture()
def analyse(nlp):
    """Return a function text, published → analysed Doc."""
    from storyline.pipeline.documents import analyse as run, article_from_text

    def _analyse(text: str, published: str | None = None):
        return run(nlp, article_from_text(text, published=published))

    return _analyse
