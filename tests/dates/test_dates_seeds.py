"""The seed articles in ../shared/seeds: the dates the issue lists must come out right."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def need(path: Path) -> Path:
    """Return ``path`` or skip, saying that ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path


def _timex_after(doc, context: str, text: str):
    """Return the timex ``text`` that follows the words ``context`` in the article."""
    found = re.search(re.escape(context) + r"\s+" + re.escape(text), doc.text)
    assert found, f"{context!r} {text!r} is not in the seed any more"
    start = found.end() - len(text)
    matches = [t for t in doc._.timexes if t.start <= start < t.end]
    assert matches, f"no timex at {text!r}"
    return matches[0]


@pytest.mark.model
def test_ft_seed(analyse):
    path = need(SEEDS / "000_a1895b143738497c.txt")
    doc = analyse(path.read_text(encoding="utf-8"), published="2014-03-14")
    assert _timex_after(doc, "said on", "Friday").value == "2014-03-14"
    assert _timex_after(doc, "referendum on", "Sunday").value == "2014-03-16"
    assert _timex_after(doc, "officials on", "Monday").value == "2014-03-17"
    assert _timex_after(doc, "Donetsk on", "Thursday night").value == "2014-03-13TNI"
    assert _timex_after(doc, "after", "last month").value == "2014-02"
    assert _timex_after(doc, "parliament on", "March 1").value == "2014-03-01"


@pytest.mark.model
def test_moscow_times_seed(analyse):
    path = need(SEEDS / "003_4195a57230219857.txt")
    doc = analyse(path.read_text(encoding="utf-8"), published="2014-03-30")
    late = _timex_after(doc, "set to meet", "late Sunday")
    assert (late.value, late.mod) == ("2014-03-30", "END")
    assert _timex_after(doc, "Ukraine, on", "Saturday").value == "2014-03-29"
    assert _timex_after(doc, "intensified on", "Friday").value == "2014-03-28"
    mid = _timex_after(doc, "seceding in", "mid-March")
    assert (mid.value, mid.mod) == ("2014-03", "MID")
    assert _timex_after(doc, "aired at", "9 p.m. on Sunday").value == "2014-03-30T21:00"
