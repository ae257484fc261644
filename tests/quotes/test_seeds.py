"""On the two seed articles every quotation is found and given its canonical speaker."""
from __future__ import annotations

import pytest

from storyline.quotes.marks import find_quotations

from ..conftest import SEEDS, need

FT = "000_a1895b143738497c.txt"
MT = "003_4195a57230219857.txt"

EXPECTED = [  # (seed, words of the quote, a name the speaker's entity is mentioned by)
    (FT, "It means more for Russia than the Falklands", "Sergei Lavrov"),
    (FT, "We will respect the choice of the peoples of Crimea", "Sergei Lavrov"),
    (FT, "beg an even greater response", "John Kerry"),
    (FT, "No politics can justify victims", "Rinat Akhmetov"),
    (FT, "We must act unemotionally", "Rinat Akhmetov"),
    (FT, "hope there’s a diplomatic solution", "Barack Obama"),
    (MT, "We view it as a concrete threat to Ukraine", "Anders Fogh Rasmussen"),
    (MT, "discovered no 'aggressive preparations'", "Alexander Lukashevich"),
    (MT, "It may simply be an effort to intimidate Ukraine", "Obama"),
    (MT, "absolutely no intention of", "Lavrov"),
]


@pytest.fixture(scope="module")
def seeds(nlp):
    from storyline.pipeline.documents import analyse, article_from_text

    need(SEEDS)
    return {name: analyse(nlp, article_from_text((SEEDS / name).read_text(encoding="utf-8")))
            for name in (FT, MT)}


def entity_of(doc, name: str) -> str:
    """Return the key of the entity mentioned as ``name``."""
    for mention in doc._.mentions:
        if mention.text == name and mention.entity is not None:
            return mention.entity
    raise AssertionError(f"no entity mentioned as {name!r}")


@pytest.mark.model
@pytest.mark.parametrize("seed,words,speaker", EXPECTED, ids=[w for _, w, _ in EXPECTED])
def test_seed_quote_speaker(seeds, seed, words, speaker):
    doc = seeds[seed]
    holding = [q for q in doc._.quotes if any(words in s.text for s in q.content)]
    assert holding, f"no quote holds {words!r}"
    # The innermost attribution is the one that names the speaker.
    quote = min(holding, key=lambda q: sum(s.end - s.start for s in q.content))
    assert quote.speaker_entity == entity_of(doc, speaker), (quote.speaker_name, quote.resolution)


@pytest.mark.model
@pytest.mark.parametrize("seed", [FT, MT])
def test_every_seed_quotation_is_attributed(seeds, seed):
    doc = seeds[seed]
    missing = []
    for q in find_quotations(doc.text):
        words = doc.text[q.inner_start:q.inner_end].split()
        if len(words) < 4:
            continue  # scare quotes ride inside another attribution or none
        if not any(s.start <= q.start and q.end <= s.end for quote in doc._.quotes for s in quote.content):
            missing.append(doc.text[q.start:q.end])
    assert missing == []


@pytest.mark.model
def test_seed_channel_and_reporter(seeds):
    doc = seeds[MT]
    told = [q for q in doc._.quotes if q.channel is not None and q.channel.text == "CBS"]
    assert told and all(q.speaker.text == "Obama" for q in told)
    carried = [q for q in doc._.quotes if q.reported_by is not None and q.reported_by.text == "Reuters"]
    assert any("concrete threat" in q.content_text() for q in carried)
    assert not any(q.speaker is not None and q.speaker.text == "Reuters" and "troops near Ukraine" in
                   q.content_text() for q in doc._.quotes)
