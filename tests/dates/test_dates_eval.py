"""Reading TimeML, scoring as TempEval-3 does, and the `storyline eval time` command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.errors import EvaluationDataError
from storyline.eval.timex import SystemTimex, read_corpus, read_timeml, score

# A made-up TimeML document in the TBAQ layout (not taken from any corpus).
TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-03-14" functionInDocument="CREATION_TIME">2014-03-14</TIMEX3></DCT>
<TITLE>Talks fail</TITLE>
<TEXT>
The ministers <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2014-03-14">Friday</TIMEX3> that the vote &amp; count would take <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, starting <TIMEX3 tid="t3" type="DATE" value="2014-03-16">Sunday</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "TEST001.tml").write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_read_timeml_maps_gold_spans_onto_plain_text(corpus):
    doc = read_timeml(corpus / "sub" / "TEST001.tml")
    assert doc.id == "TEST001" and doc.dct == "2014-03-14"
    assert "<" not in doc.text and "vote & count" in doc.text
    assert [(doc.text[g.start:g.end], g.value) for g in doc.timexes] == [
        ("Friday", "2014-03-14"), ("two days", "P2D"), ("Sunday", "2014-03-16")]


def test_read_corpus_errors_say_what_is_wrong(tmp_path):
    with pytest.raises(EvaluationDataError, match="not a directory"):
        read_corpus(tmp_path / "missing")
    with pytest.raises(EvaluationDataError, match="no .tml"):
        read_corpus(tmp_path)


def test_score_strict_relaxed_and_value(corpus):
    doc = read_timeml(corpus / "sub" / "TEST001.tml")
    friday, days, sunday = doc.timexes
    system = [
        SystemTimex(friday.start, friday.end, "DATE", "2014-03-14"),  # exact, right value
        SystemTimex(days.start, days.end + 1, "DURATION", "P3D"),  # overlapping, wrong value
        SystemTimex(0, 3, "DATE", "PRESENT_REF"),  # spurious
    ]  # Sunday is missed
    scores = score([(doc, system)])
    assert (scores.gold, scores.system) == (3, 3)
    assert scores.strict_precision == pytest.approx(1 / 3)
    assert scores.strict_recall == pytest.approx(1 / 3)
    assert scores.relaxed_precision == pytest.approx(2 / 3)
    assert scores.relaxed_recall == pytest.approx(2 / 3)
    assert scores.type_accuracy == 1.0
    assert scores.value_accuracy == pytest.approx(0.5)
    assert scores.value_f1 == pytest.approx(scores.relaxed_f1 * 0.5)
    kinds = sorted(m.kind for m in scores.misses)
    assert kinds == ["missed", "spurious", "value"]
    assert sunday.text == "Sunday"


def test_time_command_is_registered():
    from storyline.cli import main

    result = CliRunner().invoke(main, ["eval", "time", "--help"])
    assert result.exit_code == 0
    assert "--limit" in result.output and "--json" in result.output


def test_time_command_reports_missing_directory(tmp_path):
    from storyline.cli import main

    result = CliRunner().invoke(main, ["eval", "time", str(tmp_path / "nowhere")])
    assert result.exit_code != 0
    assert "not a directory" in result.output


@pytest.mark.model
def test_time_command_scores_a_corpus(corpus):
    from storyline.cli import main

    result = CliRunner().invoke(main, ["eval", "time", str(corpus), "--limit", "1", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["documents"] == 1 and figures["gold"] == 3
    assert figures["relaxed_recall"] == 1.0
    assert figures["value_accuracy"] == 1.0
