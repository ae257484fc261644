"""The events the issue names on the two seed articles in ../shared/seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def need(path: Path) -> Path:
    """Return ``path`` or skip, saying that ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path

LONDON = "000_a1895b143738497c.txt"  # 2014-03-14: Kerry–Lavrov talks in London
PARIS = "003_4195a57230219857.txt"  # 2014-03-30: the Paris meeting, the Obama–Putin call


@pytest.fixture(scope="module")
def seed_events(nlp):
    from storyline.pipeline.documents import analyse, article_from_text

    found = {}
    for name, published in ((LONDON, "2014-03-14"), (PARIS, "2014-03-30")):
        text = need(SEEDS / name).read_text(encoding="utf-8")
        found[name] = analyse(nlp, article_from_text(text, published=published))._.events
    return found


def _find(events, source=None, target=None, root=None, code=None, **fields):
    """Return the events with these actor-code prefixes, code and field values."""
    hits = []
    for e in events:
        if source and not (e.source and e.source.code and e.source.code.startswith(source)):
            continue
        if target and not (e.target and e.target.code and e.target.code.startswith(target)):
            continue
        if root and e.root_code != root:
            continue
        if code and e.code != code:
            continue
        if all(getattr(e, k) == v for k, v in fields.items()):
            hits.append(e)
    return hits


@pytest.mark.model
def test_kerry_lavrov_talks_in_london(seed_events):
    events = seed_events[LONDON]
    for source, target in (("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")):
        hits = _find(events, source, target, root="04", place="London", date="2014-03-14")
        assert hits, (source, target)


@pytest.mark.model
def test_russian_troops_occupy_crimea(seed_events):
    assert _find(seed_events[LONDON], "RUSMIL", "UKR", code="192", modality="asserted")


@pytest.mark.model
def test_us_and_eu_prepare_sanctions_on_russian_officials(seed_events):
    hits = [e for e in _find(seed_events[LONDON], target="RUSGOV")
            if e.root_code in ("13", "16") and e.modality in ("intended", "future")]
    sources = {e.source.code for e in hits if e.source}
    assert {"USA", "IGOEUREEC"} <= sources


@pytest.mark.model
def test_moscow_accuses_rightwing_radicals(seed_events):
    hits = _find(seed_events[LONDON], "RUSGOV", root="11")
    assert any(e.target and "radicals" in e.target.text for e in hits)


@pytest.mark.model
def test_putin_meets_ban_ki_moon(seed_events):
    events = seed_events[LONDON]
    assert _find(events, "RUSGOV", "IGOUNO", root="04")
    assert _find(events, "IGOUNO", "RUSGOV", root="04")


@pytest.mark.model
def test_kerry_lavrov_meeting_planned_in_paris(seed_events):
    hits = _find(seed_events[PARIS], "USAGOV", "RUSGOV", code="036", date="2014-03-30")
    assert hits and all(e.modality in ("future", "intended") for e in hits)


@pytest.mark.model
def test_obama_putin_phone_call(seed_events):
    assert _find(seed_events[PARIS], "USAGOV", "RUSGOV", code="041", plover="CONSULT",
                 plover_mode="phone", date="2014-03-28")


@pytest.mark.model
def test_obama_urges_russia_to_pull_back(seed_events):
    hits = _find(seed_events[PARIS], "USAGOV", "RUS")
    assert any(e.root_code in ("02", "10") for e in hits)


@pytest.mark.model
def test_lavrov_denies_intention_to_cross_the_border(seed_events):
    hits = _find(seed_events[PARIS], "RUS", "UKR", negated=True)
    assert hits and all(e.reported for e in hits)
