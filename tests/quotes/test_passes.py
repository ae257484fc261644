"""Whole-article passes and forms on hand-built parses, without the model."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.pipeline.registry import register_extensions
from storyline.quotes.forms import signed_quotes
from storyline.quotes.marks import find_quotations
from storyline.quotes.passes import drop_nested
from storyline.quotes.syntax import Draft

NLP = spacy.blank("en")


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str] | None = None,
           spaces: list[bool] | None = None) -> Doc:
    """Return a Doc with the given parse (heads as absolute token indexes)."""
    register_extensions()
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos or ["X"] * len(words), spaces=spaces)


def chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Return the character range of tokens first..last."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def draft(doc: Doc, cue: int, content: tuple[int, int], wrapper: bool = False, weak: bool = False) -> Draft:
    return Draft(content=(chars(doc, *content),), cue=chars(doc, cue, cue), speaker=None, speaker_head=None,
                 channel=None, form="verb", wrapper=wrapper, weak=weak)


# "Clinton said Trump wants a wall ."
WORDS = ["Clinton", "said", "Trump", "wants", "a", "wall", "."]
HEADS = [1, 1, 3, 1, 5, 3, 1]


def test_a_stance_inside_reported_words_is_dropped():
    doc = parsed(WORDS, HEADS, ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"])
    outer, inner = draft(doc, 1, (2, 5)), draft(doc, 3, (4, 5))
    assert drop_nested(doc, [outer, inner], []) == [outer]


def test_a_cue_opening_its_own_adverbial_clause_stays():
    doc = parsed(WORDS, HEADS, ["nsubj", "ROOT", "nsubj", "advcl", "det", "dobj", "punct"])
    outer, inner = draft(doc, 1, (2, 5)), draft(doc, 3, (4, 5))
    assert drop_nested(doc, [outer, inner], []) == [outer, inner]


def test_the_words_an_outlet_passes_on_stay():
    doc = parsed(WORDS, HEADS, ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"])
    outer, inner = draft(doc, 1, (2, 5), wrapper=True), draft(doc, 3, (4, 5))
    assert drop_nested(doc, [outer, inner], []) == [outer, inner]


def test_a_bare_predicate_swallows_no_cue():
    # A content read loosely off a verb's predicate is no reason to drop a cue inside it.
    doc = parsed(WORDS, HEADS, ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"])
    outer, inner = draft(doc, 1, (2, 5), weak=True), draft(doc, 3, (4, 5))
    assert drop_nested(doc, [outer, inner], []) == [outer, inner]


def test_a_quotation_set_off_by_dashes_keeps_its_tag():
    # Clinton suggested that it failed - "We lost," she said - today .
    words = ["Clinton", "suggested", "that", "it", "failed", "-", '"', "We", "lost", ",", '"', "she", "said",
             "-", "today", "."]
    spaces = [True, True, True, True, True, True, False, True, False, False, True, True, True, True, False, False]
    heads = [1, 1, 4, 4, 1, 4, 8, 8, 12, 8, 8, 12, 4, 4, 4, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "punct", "nsubj", "ccomp", "punct", "punct",
            "nsubj", "parataxis", "punct", "npadvmod", "punct"]
    doc = parsed(words, heads, deps, spaces=spaces)
    quotations = find_quotations(doc.text)
    outer, inner = draft(doc, 1, (2, 14)), draft(doc, 12, (6, 10))
    assert drop_nested(doc, [outer, inner], quotations) == [outer, inner]


def signed(text_words: list[str], pos: list[str], spaces: list[bool]) -> list[tuple[str, str, str]]:
    """Return (content, cue, speaker) of the signed quotations of a hand-tagged text."""
    doc = parsed(text_words, list(range(len(text_words))), ["ROOT"] * len(text_words), pos=pos, spaces=spaces)
    text = doc.text
    return [(text[d.content[0][0]:d.content[0][1]], text[d.cue[0]:d.cue[1]], text[d.speaker[0]:d.speaker[1]])
            for d in signed_quotes(doc, find_quotations(text))]


def test_a_quotation_signed_after_a_dash_names_its_speaker():
    words = ["“", "We", "won", ".", "”", "―", "Jane", "Doe", ".", "\n", "Next", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "SPACE", "ADJ", "PUNCT"]
    spaces = [False, True, False, False, True, True, True, False, False, False, False, False]
    assert signed(words, pos, spaces) == [("“We won.”", "―", "Jane Doe")]


def test_a_dash_before_an_afterthought_is_no_signature():
    words = ["“", "We", "won", ".", "”", "—", "and", "then", "he", "left", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PUNCT", "CCONJ", "ADV", "PRON", "VERB", "PUNCT"]
    spaces = [False, True, False, False, True, True, True, True, True, False, False]
    assert signed(words, pos, spaces) == []


def test_a_quotation_inside_a_line_is_not_signed():
    words = ["He", "wrote", "“", "we", "won", "”", "—", "Jane", "Doe"]
    pos = ["PRON", "VERB", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN"]
    spaces = [True, True, False, True, False, True, True, True, False]
    assert signed(words, pos, spaces) == []
