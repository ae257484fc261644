"""The packaged Phoenix knowledge and the PETR.Validate toy dictionaries."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.actors.coder import ActorCoder
from storyline.actors.dictionary import ActorDictionary, parse_actors, parse_agents
from storyline.actors.packaged import DATA_FILE, load_packaged, read_compact, write_compact

REPO = Path(__file__).resolve().parents[2]
PETRARCH = REPO.parent / "shared" / "data" / "events" / "petrarch"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repo)")
    return path


def test_compact_form_round_trips():
    d = ActorDictionary(parse_actors("ZED_  [ZZZ]\n+ZEDDIAN\n\t[ZZZGOV >130201]\n"),
                        parse_agents("GUARD {} [NGO~]\n"))
    again = read_compact(write_compact(d, ["a header line"]))
    assert again.actors == d.actors and again.agents == d.agents


def test_packaged_file_is_small_and_attributed():
    assert DATA_FILE.stat().st_size < 5_000_000
    head = DATA_FILE.read_text(encoding="utf-8")[:3000]
    assert "MIT License" in head and "Open Event Data Alliance" in head


def test_packaged_codes_honour_dates():
    coder = ActorCoder(load_packaged())
    assert coder.code_name("John Kerry", "2012-06-01").code == "USAGOVLEG"
    kerry = coder.code_name("John Kerry", "2014-03-14")
    assert (kerry.code, kerry.since, kerry.source) == ("USAGOV", "2013-02-01", "dictionary")
    assert "JOHN_KERRY" in kerry.evidence
    assert coder.code_name("Sergei Lavrov", "2014-03-14").code == "RUSGOV"
    assert coder.code_name("Barack Obama", "2014-03-30").code == "USAGOV"
    assert coder.code_name("NATO", None).code == "IGOWSTNAT"


@pytest.fixture(scope="module")
def validate():
    return ActorCoder.from_files([_need(PETRARCH / "PETR.Validate.actors.txt"),
                                  _need(PETRARCH / "PETR.Validate.agents.txt")])


def test_validate_dictionaries_date_restrictions(validate):
    entry = validate.dictionary.actor("Sam Gamgee")
    assert entry.code_on("2007-01-01").code == "HOBCIV"
    assert entry.code_on("2010-01-10").code == "ORCHOB"  # listed first, wins over HOBMIL
    assert entry.code_on("2011-01-01").code == "HOBMIL"
    assert entry.code_on("2014-01-01").code == "HOBELI"
    assert validate.dictionary.actor("Gollum").code_on("1990-01-01").code == "HOB"
    assert validate.dictionary.actor("Smeagol").code_on("1997-01-01").code == "HOBGOV"
    assert validate.dictionary.actor("Zimbabwe").code_on("1970-01-01").code == "RHO"


def test_validate_dictionaries_agents(validate):
    assert validate.dictionary.agent("troops").code == "MIL"
    assert validate.dictionary.agent("congressmen").code == "LEG"  # !PERSON! macro
    assert validate.dictionary.agent("ministry of silly walks").code == "GOV"  # !MINST! macro
    assert validate.dictionary.agent("golden geese").code == "GGS"  # explicit plural
    assert validate.dictionary.agent("human rights organization").prefix


def test_validate_phrase_coding(validate):
    assert validate.code_phrase("Israeli troops", "2014-01-01").code == "ISRMIL"
    assert validate.code_phrase("Hamas", "2014-01-01").code == "PSEREBHMS"


def test_loose_spelling_for_names_of_two_words_or_more():
    d = ActorDictionary(parse_actors("VIKTOR_YANUKOVYCH_ [UKRGOV]\n+YANUKOVYCH\n"))
    coder = ActorCoder(d)
    assert coder.code_name("Viktor Yanukovich") is None
    loose = coder.code_name("Viktor Yanukovich", loose=True)
    assert loose.code == "UKRGOV" and "spelling varies" in loose.evidence
    assert coder.code_name("Yanukovich", loose=True) is None  # one word: too risky
