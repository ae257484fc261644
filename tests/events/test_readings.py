"""Syntactic readings and CAMEO conventions of the event coder, one short text each.

The texts are written for these tests; each names the reading it checks.
"""
from __future__ import annotations

import pytest

from storyline.events.component import complete, default_coder, extract_events
from storyline.events.stances import appeal_code

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coded(bare_nlp):
    coder = default_coder()

    def _coded(text: str, date: str = "2015-06-01") -> set[tuple[str, str, str]]:
        events = complete(extract_events(bare_nlp(text), coder, date=date))
        return {(e.source.code, e.target.code, e.code) for e in events}

    return _coded


def test_a_group_without_a_country_is_coded_by_its_role(coded):
    assert ("---REB", "IRQ", "190") in coded("Insurgents attacked Iraq on Monday.")
    assert ("---LEG", "USAGOV", "170") in coded("Obama was pressured by Congress.")


def test_a_group_takes_the_country_it_is_from(coded):
    assert ("USA", "CUBOPP", "070") in coded("The United States helped the dissidents from Cuba.")


def test_a_counted_group_is_the_group(coded):
    found = coded("Thousands of Kenyan soldiers attacked Somalia.")
    assert ("KENMIL", "SOM", "190") in found


def test_a_speaker_saying_another_used_force_accuses_it(coded):
    found = coded("Japan said that China had attacked Vietnam.")
    assert ("JPN", "CHN", "112") in found
    assert ("CHN", "VNM", "190") in found  # what Japan said happened stays an event


def test_an_alleged_attack_is_the_allegation_only(coded):
    found = coded("Japan claimed that China had attacked Vietnam.")
    assert ("JPN", "CHN", "112") in found
    assert not any(code.startswith("19") for _, _, code in found)


def test_a_trailing_attribution_charges_no_one(coded):
    found = coded("China attacked Vietnam, Japan said.")
    assert ("CHN", "VNM", "190") in found
    assert not any(code == "112" for _, _, code in found)


def test_a_rocket_fired_from_a_place_is_charged_to_it(coded):
    assert ("EGY", "PSEGZA", "112") in coded(
        "Egypt said a rocket was fired at it from the Gaza Strip.")


def test_wanting_another_to_act_is_an_appeal_to_it(coded):
    found = coded("Germany wants France to attack Mali.")
    assert found == {("DEU", "FRA", "021")}


def test_asking_for_help_is_an_appeal_for_aid(coded):
    assert ("JOR", "USA", "023") in coded("Jordan asked the United States to help Iraq.")


def test_an_act_pressed_for_is_not_done(coded):
    assert not any(code == "070" for _, _, code in coded(
        "Sweden was pressured by Norway to help Finland."))


def test_an_act_permitted_is_not_done(coded):
    found = coded("Spain would not give permission to Morocco to help Algeria.")
    assert not any(target == "DZA" for _, target, _ in found)


def test_wanting_to_help_is_an_intent_to_give_aid(coded):
    assert ("GBR", "UKR", "033") in coded("Britain wants to help Ukraine.")


def test_sides_of_a_swapped_verb_do_not_act_on_each_other(coded):
    found = coded("The plan won support from Chile and Peru.")
    assert ("CHL", "PER", "050") not in found and ("PER", "CHL", "050") not in found


def test_two_sides_promoting_a_thing_do_not_act_on_each_other(coded):
    assert not coded("Chile and Peru promoted biofuels.")


def test_military_exercises_show_force_unless_held_jointly(coded):
    assert ("RUS", "USA", "150") in coded("Russia held military exercises in Alaska.")
    assert ("RUS", "BLR", "062") in coded("Russia held military exercises with Belarus.")
    assert ("USA", "KOR", "062") in coded("The US and South Korea began joint drills.")


def test_the_place_of_what_an_act_is_about_is_its_target(coded):
    assert ("FRAGOV", "NOR", "018") in coded(
        "President Hollande expressed sorrow for the shootings in Norway.")


def test_an_occasion_named_after_its_place_is_a_visit_there(coded):
    assert ("IND", "JPN", "042") in coded("India attended the Tokyo Games.")


def test_a_host_receiving_guests_is_visited_by_them(coded):
    found = coded("Kenyan protesters received ministers from the Kenyan government.")
    assert ("KENOPP", "KENGOV", "043") in found
    assert ("KENGOV", "KENOPP", "042") in found


def test_an_actor_does_not_act_on_itself(coded):
    assert not any(s == t for s, t, _ in coded("Gaza City was shelled in Gaza on Friday."))


def test_a_passive_reads_its_subject_as_the_object_of_a_pattern(coded):
    assert ("FRA", "DEU", "1124") in coded("Evidence against Germany was presented by France.")


def test_a_passive_verb_shares_its_patient_with_a_conjoined_verb(coded):
    found = coded("The civilians held for months were released yesterday by Turkey.")
    assert any(s == "TUR" and t == "---CVL" and c.startswith("084") for s, t, c in found)


def test_appeal_codes_follow_the_act_asked_for():
    assert appeal_code("070") == "023"
    assert appeal_code("0841") == "0253"
    assert appeal_code("085") == "0254"
    assert appeal_code("062") == "0212"
    assert appeal_code("0831") == "024"
    assert appeal_code("190") == "021"
    assert appeal_code("111") is None


def test_a_city_naming_a_meeting_is_its_venue_not_a_side(coded):
    # Canada meets there (the summit's phrase codes as France); Paris is no side of it
    assert ("CAN", "FRA", "040") in coded("Canada attended the Paris summit.")


def test_threats_take_the_code_of_the_act_threatened():
    from storyline.events.assemble import recode
    from storyline.events.modality import Modality

    threat = Modality(modality="threatened", governor="threaten")
    assert recode("162", threat) == "1311"  # threatened to cut aid
    assert recode("163", threat) == "1312"  # threatened an embargo
    assert recode("174", threat) == "137"   # threatened to expel: repression
    assert recode("141", threat) == "133"   # threatened protests
    assert recode("190", threat) == "138"   # threatened force


def test_where_a_meeting_is_held_is_no_side_of_it(bare_nlp):
    text = ("Chinese Foreign Minister Wang Yi and Japanese Foreign Minister Fumio Kishida pose "
            "before a meeting at Iikura House in Tokyo on May 2, 2015.")
    events = complete(extract_events(bare_nlp(text), default_coder(), date="2015-05-02"))
    pairs = {(e.source.text, e.target.text) for e in events if e.root_code == "04"}
    assert pairs == {("Chinese Foreign Minister Wang Yi", "Japanese Foreign Minister Fumio Kishida"),
                     ("Japanese Foreign Minister Fumio Kishida", "Chinese Foreign Minister Wang Yi")}
