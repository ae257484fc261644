"""Analysing the store: batches, versions, failures recorded, resumable, worker processes."""
from __future__ import annotations

import pytest

from storyline.errors import ComponentError
from storyline.ingest.assemble import build_article
from storyline.pipeline.analyze import analyze
from storyline.pipeline.registry import COMPONENTS, current_versions, versions
from storyline.settings import Settings
from storyline.store.store import Store

pytestmark = pytest.mark.model

TEXTS = [
    "Foreign ministers of Chile and Peru met in Lima on Tuesday to discuss fishing rights.",
    "The mayor of Oslo, Marianne Borgen, opened a new library on Monday evening.",
    "Police in Nairobi arrested two men after a robbery at a bank, officials said.",
]


def _store(texts=TEXTS) -> Store:
    store = Store(":memory:")
    for i, text in enumerate(texts):
        store.add_article(build_article(body=text, source=f"t{i}", source_format="text"))
    return store


def test_every_component_is_registered_under_a_versioned_name(nlp):
    names = [spec.name for spec in COMPONENTS]
    assert all(n.startswith("storyline.") and n.rsplit(".", 1)[1].startswith("v") for n in names)
    assert versions(nlp) == current_versions()


def test_analysis_is_stored_once_and_not_redone(nlp):
    store = _store()
    first = analyze(store, Settings(batch_size=2), nlp=nlp)
    assert len(first.analysed) == 3 and not first.failed
    again = analyze(store, Settings(), nlp=nlp)
    assert again.analysed == []
    row = store.analyses()[0]
    assert row.versions == versions(nlp)
    assert {"mentions", "entities"} <= set(row.result)
    assert first.entities == store.counts()["entities"] > 0


def test_a_failing_article_is_recorded_and_the_run_goes_on(nlp):
    store = _store()
    bad = store.article_rows()[1]["id"]
    name = "storyline_test_fails_v1"

    def boom(doc):
        if doc._.article.id == bad:
            raise ComponentError(name, ValueError("bad article"))
        return doc

    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=boom)
    nlp.add_pipe(name)
    try:
        summary = analyze(store, Settings(batch_size=3), nlp=nlp)
    finally:
        nlp.remove_pipe(name)
    assert len(summary.analysed) == 2
    assert [i for i, _ in summary.failed] == [bad]
    failed = store.analyses(status="failed")
    assert failed[0].article_id == bad and "bad article" in failed[0].error


def test_two_workers_give_the_same_results_as_one(nlp):
    one, two = _store(), _store()
    analyze(one, Settings(workers=1), nlp=nlp)
    analyze(two, Settings(workers=2, batch_size=1), nlp=nlp)
    assert [r.result for r in one.analyses()] == [r.result for r in two.analyses()]
