"""`storyline eval quotes` prints the figures as a table and as JSON."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.cli import main

from .test_eval import folder


@pytest.mark.model
def test_eval_quotes_json(tmp_path):
    result = CliRunner().invoke(main, ["eval", "quotes", str(folder(tmp_path)), "--json", "--bare"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"] == 1
    content = next(s for s in data["scores"]
                   if (s["subset"], s["role"], s["match"]) == ("all", "content", "overlap"))
    assert content["gold"] == 2 and content["matched"] == 2


@pytest.mark.model
def test_eval_quotes_table(tmp_path):
    result = CliRunner().invoke(main, ["eval", "quotes", str(folder(tmp_path)), "--limit", "1", "--bare"])
    assert result.exit_code == 0, result.output
    assert "overlap" in result.output and "speaker accuracy" in result.output


def test_eval_quotes_missing_folder(tmp_path):
    result = CliRunner().invoke(main, ["eval", "quotes", str(tmp_path)])
    assert result.exit_code != 0 and "PolNeAR folder" in result.output
