"""Scoring the actor coder: `storyline eval actors` on a tiny gold file written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.actors.coder import ActorCoder
from storyline.actors.dictionary import ActorDictionary, parse_actors
from storyline.errors import EvaluationDataError
from storyline.eval.actors import evaluate

RECORDS = [
    {"id": "r1", "text": "Russian troops fired on Ardenian police.",
     "actor": [{"text": "Russian troops", "code": "RUS", "sector": "MIL"}],
     "recipient": [{"text": "Ardenian police", "code": "ARD", "sector": "COP"}]},
    {"id": "r2", "text": "The Grey Council met.",
     "actor": [{"text": "Grey Council", "code": "IGO", "sector": None}], "recipient": []},
    {"id": "r3", "text": "Ukrainian officials spoke.",
     "actor": [{"text": "Ukrainian officials", "code": "UKR", "sector": "MIL"}], "recipient": []},
]


@pytest.fixture()
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n")
    return path


def test_scores(gold):
    coder = ActorCoder(ActorDictionary(parse_actors("GREY_COUNCIL [IGOGRY]\n")))
    r = evaluate(gold, coder=coder)
    assert (r.records, r.gold, r.coded) == (3, 4, 3)  # "Ardenian" is no country
    assert r.coverage == pytest.approx(3 / 4)
    assert r.country_accuracy == pytest.approx(3 / 4)
    assert r.country_precision == pytest.approx(1.0)
    assert (r.sector_base, r.sector_accuracy) == (2, pytest.approx(1 / 2))  # officials ≠ MIL
    assert r.exact == pytest.approx(2 / 4)
    assert ("Ukrainian officials", "UKRMIL", "UKRGOV") in r.misses


def test_limit_counts_records(gold):
    coder = ActorCoder(ActorDictionary())
    assert evaluate(gold, limit=1, coder=coder).gold == 2


def test_missing_file(tmp_path):
    with pytest.raises(EvaluationDataError):
        evaluate(tmp_path / "absent.jsonl", coder=ActorCoder(ActorDictionary()))


def test_command_prints_table_and_json(gold):
    from storyline.cli.eval_actors import actors_command

    table = CliRunner().invoke(actors_command, [str(gold), "--misses", "5"])
    assert table.exit_code == 0, table.output
    assert "country accuracy" in table.output and "Ardenian police" in table.output
    as_json = CliRunner().invoke(actors_command, [str(gold), "--json", "--limit", "1"])
    assert json.loads(as_json.output)["gold"] == 2


def test_quality_floor_on_plover_gold():
    """The pinned floor on the PLOVER gold phrases: raise it when the figures rise."""
    from storyline.eval.actors import DEFAULT_FILE

    path = Path(__file__).resolve().parents[2] / DEFAULT_FILE
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    r = evaluate(path)
    assert r.gold >= 600
    assert r.country_accuracy >= 0.82
    assert r.country_precision >= 0.92
    assert r.sector_accuracy >= 0.66
    assert r.exact >= 0.69
