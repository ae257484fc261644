"""Scoring helpers of the events evaluation, and short runs on the reference sets."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.eval.events import PRF
from storyline.eval.events_spans import _join_lists, gold_spans

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events"


def test_prf_handles_empty_sides():
    assert PRF(0, 0, 0).f1 == 0.0
    prf = PRF(2, 4, 8)
    assert prf.precision == 0.5 and prf.recall == 0.25 and round(prf.f1, 4) == 0.3333


def test_gold_spans_read_bio_tags():
    tags = ["O", "B-S", "I-S", "O", "B-T", "B-T", "I-T", "I-R"]
    assert gold_spans(tags) == {("S", 1, 3), ("T", 4, 5), ("T", 5, 7), ("R", 7, 8)}


def test_only_joint_actor_lists_join_into_one_span():
    tokens = ["the", "army", "and", "its", "ally", "met", "X"]
    assert _join_lists({("R", 0, 2), ("R", 3, 5), ("S", 6, 7)}, tokens) == \
        {("R", 0, 5), ("S", 6, 7)}
    # listed targets stay one span each, as the annotators marked them
    assert _join_lists({("T", 0, 2), ("T", 3, 5)}, tokens) == {("T", 0, 2), ("T", 3, 5)}


def test_eval_commands_are_registered_and_documented():
    from storyline.cli import main

    result = CliRunner().invoke(main, ["eval", "events", "--help"])
    assert result.exit_code == 0
    for name in ("gsr", "conflibert", "plover", "mechanics"):
        assert name in result.output


@pytest.mark.model
def test_gsr_run_on_a_few_records(bare_nlp):
    from storyline.eval.events import evaluate_gsr

    if not (DATA / "petrarch" / "PETR2_GSR_validation.jsonl").exists():
        pytest.skip(f"{DATA} is absent (../shared is not beside the repo)")
    result = evaluate_gsr(DATA, limit=12, nlp=bare_nlp)
    assert result.sentences == 12
    assert result.events.gold > 0 and result.events.true_pos > 0


@pytest.mark.model
def test_mechanics_run_on_a_few_records(bare_nlp):
    from storyline.eval.events_mechanics import evaluate_mechanics

    if not (DATA / "petrarch" / "PETR.UnitTest.records.jsonl").exists():
        pytest.skip(f"{DATA} is absent (../shared is not beside the repo)")
    result = evaluate_mechanics(DATA, limit=20, nlp=bare_nlp)
    assert result.records > 0 and sum(n for _, _, n in result.by_category) == result.records
