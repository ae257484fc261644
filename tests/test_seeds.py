"""The reference case: the two seed articles through ingest, analysis and linking."""
from __future__ import annotations

import pytest

from storyline.ingest.run import ingest
from storyline.pipeline.analyze import analyze
from storyline.report.report import report
from storyline.settings import Settings
from storyline.store.store import Store
from tests.conftest import SEEDS, need

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds(nlp):
    need(SEEDS)
    store = Store(":memory:")
    ingest([SEEDS], store, Settings())
    analyze(store, Settings(), nlp=nlp)
    return store


def _person(store, surname):
    found = [e for e in store.entities("PERSON") if e["name"].endswith(surname)]
    assert len(found) == 1, [e["name"] for e in store.entities("PERSON")]
    return found[0]


def test_lavrov_is_one_entity_across_both_articles(seeds):
    lavrov = _person(seeds, "Lavrov")
    assert len(lavrov["articles"]) == 2
    names = set(lavrov["aliases"]) | {lavrov["name"]}
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= names
    assert any(r["role"] == "foreign minister" for r in lavrov["roles"])


@pytest.mark.parametrize("surname, code", [
    ("Lavrov", "RUSGOV"), ("Kerry", "USAGOV"), ("Obama", "USAGOV"),
    ("Rasmussen", "IGOWSTNAT"), ("Akhmetov", "UKRBUS"),
])
def test_actor_codes(seeds, surname, code):
    assert _person(seeds, surname)["code"] == code


def test_kerry_obama_putin_yanukovich_merge_across_articles(seeds):
    for surname in ("Kerry", "Obama", "Putin", "Yanukovich"):
        assert len(_person(seeds, surname)["articles"]) == 2


def test_no_author_is_an_actor(seeds):
    names = {e["name"] for e in seeds.entities()}
    for author in ("Natalya Krainova", "Kathrin Hille", "Geoff Dyer", "Richard McGregor",
                   "John Aglionby", "Brendan Smialowski", "BRENDAN SMIALOWSKI"):
        assert author not in names


def test_report_lists_key_actors_with_codes(seeds):
    text = report(seeds)
    assert "Sergei Lavrov [RUSGOV]" in text
    assert "John Kerry [USAGOV]" in text
    assert "Financial Times" in text and "The Moscow Times" in text
