"""Groups, regions and names the event coder needs coded: one phrase per phenomenon."""
from __future__ import annotations

import pytest

from storyline.actors.coder import ActorCoder

DAY = "2015-06-01"


@pytest.fixture(scope="module")
def coder():
    return ActorCoder.default()


def _code(coder, phrase: str, generic: bool = True) -> str | None:
    found = coder.code_phrase(phrase, DAY, generic=generic)
    return found.code if found else None


@pytest.mark.parametrize("phrase, code", [
    ("insurgents", "---REB"),                  # a strong role with no country: PETRARCH's ---
    ("Congress", "---LEG"),
    ("the government", "---GOV"),
    ("government forces", "---MIL"),           # the head decides, as with a country
    ("pro-Moscow rebels", "---REB"),           # pro-X names a patron, not the group's country
    ("officials", None),                       # a weak title alone names no group
    ("military exercises", None),              # a role word modifying something else
    ("Kenyan soldiers", "KENMIL"),             # a country still comes first
])
def test_groups_without_a_country(coder, phrase, code):
    assert _code(coder, phrase) == code


def test_groups_stay_uncoded_unless_asked(coder):
    assert _code(coder, "insurgents", generic=False) is None


@pytest.mark.parametrize("phrase, code", [
    ("UN troops", "IGOUNOMIL"),                 # an international body's military arm
    ("NATO forces", "IGOWSTNATMIL"),
    ("NATO Secretary General Jens Stoltenberg", "IGOWSTNAT"),  # its civilian head is not
    ("the Gaza Strip", "PSEGZA"),              # a region the dictionaries file in its country
    ("East Timor", "TLS"),                     # but a country's own name stays the country
    ("The Syrian Observatory for Human Rights", "SYROPPHRI"),  # "The" does not hide a name
    ("the US leader", "USA"),                  # nor does it make "the US" a longer name
    ("a rebel-held part of Syria", "SYR"),     # X-held says who holds it, not who acts
    ("an armed Islamic group", None),          # a description, not the Armed Islamic Group
    ("the Armed Islamic Group", "DZAREB"),
    ("iSrael", "ISR"),                         # a mistyped name is still a name
    ("two Brazilian men", "BRAPPL"),           # Phoenix's people of a country
])
def test_names_regions_and_people(coder, phrase, code):
    assert _code(coder, phrase) == code
