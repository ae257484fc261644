"""Codes inferred from an article's words: one phrase per phenomenon."""
from __future__ import annotations

import pytest

from storyline.actors.coder import ActorCoder
from storyline.actors.dictionary import ActorDictionary
from storyline.actors.textcodes import split_code, words_of

DAY = "2014-03-14"


@pytest.fixture(scope="module")
def coder():
    return ActorCoder.default()


@pytest.fixture(scope="module")
def bare():
    """A coder without any dictionary: everything must come from the words."""
    return ActorCoder(ActorDictionary())


@pytest.mark.parametrize("phrase, code", [
    ("Russian troops", "RUSMIL"),                              # nationality + role noun
    ("Ukraine's ousted pro-Kremlin President", "UKRELI"),      # possessive; pro-X is not X; ousted → ELI
    ("the Donetsk-based billionaire", "UKRBUS"),               # X-based: a place filed under a country
    ("police in Kiev", "UKRCOP"),                              # country after the role noun
    ("NATO Secretary General Anders Fogh Rasmussen", "IGOWSTNAT"),  # international body heads the title
    ("UN secretary-general", "IGOUNO"),                        # hyphenated title
    ("Russian ambassador to the UN", "RUSGOV"),                # the body after the role is a destination
    ("U.S. intelligence officials", "USASPY"),                 # strong role beats weak "officials"
    ("government troops of Ardenia", None),                    # unknown country: no code
    ("Syrian government troops", "SYRMIL"),                    # rightmost strong role is the head
    ("Russian military spokesman", "RUSMIL"),                  # weak head, strong modifier
    ("Georgian opposition leader", "GEOOPP"),
    ("former Georgian prime minister", "GEOELI"),
    ("a Ukrainian businessman", "UKRBUS"),                     # a former businessman would stay BUS
    ("the Crimean parliament", "UKRLEG"),                      # regional adjective → region → country
    ("Crimean self-defense forces", "UKRUAF"),
    ("Germany's Focus magazine", "DEUMED"),
    ("Ukrainians", "UKR"),                                     # nationality alone: the country
    ("Mr Lavrov", "RUSGOV"),                                   # honorific + one-word dictionary name
    ("President Omar Hassan al-Bashir", None),                 # "Hassan" alone is someone else
    ("Democratic People's Republic of Korea", "PRK"),          # the long country name, not "Korea"
    ("East Timor", "TLS"),                                     # ISO code beats the dictionary's TMP
    ("Hamas gunmen", "PSEREB"),                                # strong role + the group's country
    ("Hamas leader", "PSEREBHMS"),                             # weak role: the group's own code
    ("Bush administration", "USAGOV"),
    ("Afghan Taliban", "AFGREB"),                              # a nationality is no part of a name
    ("Pakistani Taliban", "PAKREB"),                           # a group named for another country
])
def test_phrase_codes(coder, phrase, code):
    found = coder.code_phrase(phrase, DAY)
    assert (found.code if found else None) == code


def test_pro_russian_is_not_russian(coder):
    assert coder.code_phrase("pro-Russian separatists", DAY) is None
    assert coder.code_phrase("pro-Russian separatists", DAY, country="UKR").code == "UKRSEP"


def test_dictionary_names_and_evidence(coder):
    kremlin = coder.code_phrase("the Kremlin", DAY)
    assert (kremlin.code, kremlin.source) == ("RUSGOV", "dictionary")
    assert "KREMLIN" in kremlin.evidence
    troops = coder.code_phrase("Russian troops", DAY)
    assert (troops.source, troops.evidence, troops.country, troops.role) == (
        "text", "Russian troops", "RUS", "MIL")


def test_text_beats_dictionary(coder):
    # The dictionary files Rasmussen as Danish prime minister; the title says NATO.
    assert coder.code_name("Anders Fogh Rasmussen", DAY).code == "DNKGOV"
    assert coder.code_phrase("NATO Secretary General Anders Fogh Rasmussen", DAY).code == "IGOWSTNAT"


def test_actor_absent_from_every_dictionary_is_coded_from_words(bare):
    assert bare.code_phrase("Ukrainian billionaire Taras Hrytsenko", DAY).code == "UKRBUS"
    assert bare.code_phrase("Moldovan Prime Minister Ion Vasilache", DAY).code == "MDAGOV"
    assert bare.code_phrase("Taras Hrytsenko", DAY) is None


def test_lower_case_country_words_are_not_countries(coder):
    assert coder.code_phrase("turkey farmers", DAY) is None


def test_words_split_and_mark_hyphens():
    words = words_of("pro-Kremlin Donetsk-based ex-president secretary-general Ki-moon")
    assert [w.text for w in words] == ["pro-Kremlin", "Donetsk", "ex", "president", "secretary",
                                       "general", "Ki-moon"]
    assert not words[0].own_country and words[1].own_country


def test_split_code():
    assert split_code("USAGOVLEG") == ("USA", "GOV")
    assert split_code("RUS") == ("RUS", None)
    assert split_code("IGOWSTNAT") == (None, None)
