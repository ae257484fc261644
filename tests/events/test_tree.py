"""DocTree, the events component's integer view of the parse, agrees with spaCy."""
from __future__ import annotations

import pytest

from storyline.events.tree import DocTree

pytestmark = pytest.mark.model


def test_children_subtrees_and_words_match_spacy(bare_nlp):
    doc = bare_nlp("Russian troops, who arrived on Friday, have occupied Crimea.\n\n"
                   "Kerry and Lavrov met in London; the talks failed, officials said.")
    tree = DocTree(doc)
    for token in doc:
        assert tree.children[token.i] == [c.i for c in token.children]
        assert tree.subtree(token.i) == tuple(t.i for t in token.subtree)
        assert tree.deps[token.i] == token.dep_
        assert tree.pos[token.i] == token.pos_
        assert tree.words(token.i) == (token.text, token.lemma_)
        assert tree.punct[token.i] == token.is_punct
    assert tree.breaks, "the blank line is recorded"
