"""The TABARI/PETRARCH/Phoenix dictionary reader, on small dictionaries written here."""
from __future__ import annotations

import pytest

from storyline.actors.dictionary import (ActorDictionary, dictionary_date, load_dictionaries,
                                         normalise_words, parse_actors, parse_agents, plural)
from storyline.errors import EvaluationDataError

# Phenomena: synonyms, codes on the name line or indented below, "<", ">" and
# "A - B" restrictions, 6- and 8-digit dates, "#" and "<!-- -->" comments,
# a null code, an indented entry and a default code listed first.
ACTORS = """\
<!-- A TEST ACTOR DICTIONARY -->
<!--
A comment block over lines
-->
# a hash comment
ARDENIA_  [ARD]
+ARDENIAN
+THE_ARDENIAN_REPUBLIC   # an alias with a comment

MARTA_VELLOR_ # a person whose office changed
+PRESIDENT_VELLOR
\t[ARDLEG 850103-130201]
\t[ARDGOV >130201]
OSRIC_PELL [ARD]  # default first, then dated codes
\t[ARDCVL <20080120]
\t[ARDMIL 20080120 - 20121109]
GHOST_COUNCIL_\t[---]
\tINDENTED_LEAGUE_\t[IGOARDLEA] # an entry indented by mistake
LORD_PIP_  [arc]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
TROOPS {} [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
FERRY [~BUS]
POLICE!PERSON! [~COP]
HUMAN_RIGHTS_BODY  [  NGO~]
WATCH [~ENV}  # a typo'd closing brace
UNCODED_PHRASE
"""


def test_synonyms_and_comments():
    d = ActorDictionary(parse_actors(ACTORS, "test.actors.txt"))
    assert d.actor("Ardenian").key == "ARDENIA"
    assert d.actor("the Ardenian Republic").key == "ARDENIA"
    assert d.actor("A comment block over lines") is None
    assert d.actor("Indented League").codes[0].code == "IGOARDLEA"
    assert d.actor("Lord Pip").codes[0].code == "ARC"  # codes are upper-cased


def test_dated_codes_follow_the_date():
    d = ActorDictionary(parse_actors(ACTORS))
    vellor = d.actor("President Vellor")
    assert vellor.code_on("2012-06-01").code == "ARDLEG"
    assert vellor.code_on("2014-03-14").code == "ARDGOV"
    assert vellor.code_on(None).code == "ARDGOV"  # no date: the open-ended, latest code
    assert vellor.code_on("1980-01-01") is None  # before every range, no default


def test_default_code_when_no_range_holds():
    pell = ActorDictionary(parse_actors(ACTORS)).actor("Osric Pell")
    assert pell.code_on("2001-05-05").code == "ARDCVL"
    assert pell.code_on("2010-01-01").code == "ARDMIL"
    assert pell.code_on("2014-01-01").code == "ARD"


def test_null_code_means_no_code():
    ghost = ActorDictionary(parse_actors(ACTORS)).actor("Ghost Council")
    assert ghost is not None and ghost.code_on("2014-01-01") is None


def test_dates_six_and_eight_digits():
    assert dictionary_date("130201") == "2013-02-01"
    assert dictionary_date("850103") == "1985-01-03"
    assert dictionary_date("20040309") == "2004-03-09"
    with pytest.raises(ValueError):
        dictionary_date("2014")


def test_agents_plurals_and_macros():
    d = ActorDictionary(agents=parse_agents(AGENTS, "test.agents.txt"))
    assert d.agent("troops").code == "MIL"
    assert d.agent("troopses") is None  # "{}": no plural
    assert d.agent("attorneys general").code == "JUD"
    assert d.agent("ferries").code == "BUS"  # regular plural, -y → -ies
    assert d.agent("policemen").code == "COP" and d.agent("policewoman").code == "COP"
    body = d.agent("human rights bodies")
    assert body.code == "NGO" and body.prefix
    assert d.agent("watch").code == "ENV"
    assert d.agent("uncoded phrase") is None


def test_find_longest_phrases_in_a_sentence():
    d = ActorDictionary(parse_actors(ACTORS))
    words = normalise_words("Yesterday President Vellor met the Ardenian envoy")
    found = [(m.start, m.end, m.entry.key) for m in d.find_actors(words)]
    # "the Ardenian" is no phrase of the dictionary; "Ardenian" is.
    assert found == [(1, 3, "MARTA_VELLOR"), (5, 6, "ARDENIA")]


def test_leading_article_is_optional():
    d = ActorDictionary(parse_actors("THE_GREY_COUNCIL_ [IGOGRY]\n"))
    assert d.actor("Grey Council").key == "THE_GREY_COUNCIL"
    assert d.actor("the Grey Council").key == "THE_GREY_COUNCIL"


def test_words_normalise_case_accents_and_possessives():
    assert normalise_words("Ukraine’s Mr. Wörner and the U.S.") == ["UKRAINE", "'S", "MR", "WORNER",
                                                                   "AND", "THE", "U.S."]
    assert plural(("BUS",)) == ("BUSES",) and plural(("ENVOY",)) == ("ENVOYS",)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(EvaluationDataError):
        load_dictionaries([tmp_path / "absent.actors.txt"])


def test_load_files_by_kind(tmp_path):
    (tmp_path / "x.actors.txt").write_text(ACTORS)
    (tmp_path / "x.agents.txt").write_text(AGENTS)
    d = load_dictionaries([tmp_path / "x.actors.txt", tmp_path / "x.agents.txt"])
    assert d.actor("Ardenia").source == "x.actors.txt"
    assert d.agent("troops").source == "x.agents.txt"
