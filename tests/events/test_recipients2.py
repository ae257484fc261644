"""Who is acted on, read further: people named by a word of the verb's pattern ("free
prisoners"), whoever made the demands one gives in to, the one allowed to act, the partner
past the actor's own thing ("closed its borders with X"), whom a gift serves when it went
to no one named, whom a ban on dealings is about ("a ban on trading with X"), and whom
an appeal asks to act ("called for Canada to join").
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from .triggers import recipient_words as _targets


@pytest.mark.model
def test_people_named_by_the_pattern_word_stay_the_target(bare_nlp):
    text = "The junta will free prisoners and detainees held since the coup."
    assert _targets(bare_nlp, text, "free") == ["detainees", "prisoners"]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, recipient", [
    ("The mayor gave in to the demands of the bus drivers.", "gave", "the bus drivers"),
    ("The governor yielded to the demands of the striking nurses.", "yielded",
     "the striking nurses"),
])
def test_demands_are_answered_to_the_people_who_made_them(bare_nlp, text, trigger,
                                                          recipient):
    assert _targets(bare_nlp, text, trigger) == [recipient]


@pytest.mark.model
def test_the_one_allowed_to_act_is_the_target(bare_nlp):
    text = "The army allowed the aid workers to enter the town."
    assert _targets(bare_nlp, text, "allowed") == ["the aid workers"]


@pytest.mark.model
def test_an_act_is_no_one_allowed(bare_nlp):
    text = "The council allowed the deployment of the soldiers to go ahead."
    assert "the deployment of the soldiers" not in _targets(bare_nlp, text, "allowed")


@pytest.mark.model
def test_the_actors_own_thing_gives_way_to_the_partner(bare_nlp):
    text = "Hungarian President Janos Ader closed Hungary's borders with Serbia and Croatia."
    assert _targets(bare_nlp, text, "closed") == ["Croatia", "Serbia"]


@pytest.mark.model
def test_an_act_of_the_actors_own_country_stays_the_target(bare_nlp):
    text = "Russian President Vladimir Putin defended Russia's involvement in Syria."
    assert _targets(bare_nlp, text, "defended") != ["Syria"]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, recipient", [
    ("The European Union allocated 20 million euros to meet the needs of people in Chad.",
     "allocated", "people"),
    ("The rebels handed over ten trucks to support clinics for refugees in Darfur.",
     "handed", "refugees"),
])
def test_a_gift_to_no_one_named_goes_to_whom_its_purpose_serves(bare_nlp, text, trigger,
                                                                 recipient):
    assert _targets(bare_nlp, text, trigger) == [recipient]


@pytest.mark.model
def test_a_gift_to_someone_named_keeps_its_recipient(bare_nlp):
    text = "Japan gave 50 tents to Nepal to help families in the mountains."
    assert _targets(bare_nlp, text, "gave") == ["Nepal"]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, recipient", [
    ("The European Union will lift the ban on trading with Belarus next year.", "lift",
     "Belarus"),
    ("Canada lifted the ban on doing business with Huawei.", "lifted", "Huawei"),
])
def test_a_ban_on_dealings_with_someone_targets_them(bare_nlp, text, trigger, recipient):
    assert _targets(bare_nlp, text, trigger) == [recipient]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, recipient", [
    ("The senator called on Monday for Canada to join the talks.", "called", "Canada"),
    ("The bishops appealed for the rebels to lay down their weapons.", "appealed",
     "the rebels"),
])
def test_an_appeal_for_someone_to_act_targets_them(bare_nlp, text, trigger, recipient):
    assert _targets(bare_nlp, text, trigger) == [recipient]
