"""A document's dependency tree and words as plain lists, read once for the event walks.

spaCy builds a new :class:`~spacy.tokens.Token` object on every ``doc[i]``,
iteration, ``.children`` or ``.subtree`` step; the event extractor walks the
same trees many times per sentence, so it reads heads and words once per
document from ``Doc.to_array`` (no token objects) and walks plain integers.
"""
from __future__ import annotations

import bisect

from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, LEMMA, ORTH, POS
from spacy.tokens import Doc


class DocTree:
    """Heads, children, subtrees and the words of one parsed document, by token index."""

    def __init__(self, doc: Doc, text: str | None = None):
        """Read ``doc`` (whose ``doc.text`` is ``text``, when the caller has it)."""
        array = doc.to_array([HEAD, DEP, POS, LEMMA, ORTH, IS_PUNCT, IDX]).reshape(-1, 7)
        # HEAD holds each head's offset from its token (unsigned storage wraps negatives)
        offsets = array[:, 0].astype("int64").tolist()
        deps, tags, lemmas, orths, punct, starts = array[:, 1:].T.tolist()
        names = _names(doc, {*deps, *tags, *lemmas, *orths})
        self.children: list[list[int]] = [[] for _ in offsets]
        for i, offset in enumerate(offsets):
            if offset:
                self.children[i + offset].append(i)  # ascending: i runs upwards
        self.deps: list[str] = [names[h] for h in deps]
        self.pos: list[str] = [names[h] for h in tags]
        lowered = _LOWER
        self.lemmas: list[str] = [lowered[h] for h in lemmas]
        self._orths = orths
        self._lemma_ids = lemmas
        self._names = names
        self.punct: list[bool] = [bool(p) for p in punct]
        # tokens whose text with its trailing space holds a line break, in order
        text = doc.text if text is None else text
        breaks = {bisect.bisect_right(starts, at) - 1 for at in _positions(text, "\n")}
        self.breaks: list[int] = sorted(breaks)
        self._subtrees: dict[int, tuple[int, ...]] = {}

    def words(self, i: int) -> tuple[str, str]:
        """Return (text, lemma) of token ``i``."""
        return self._names[self._orths[i]], self._names[self._lemma_ids[i]]

    def subtree(self, i: int) -> tuple[int, ...]:
        """Return the indices of token ``i``'s subtree in spaCy's ``Token.subtree`` order."""
        found = self._subtrees.get(i)
        if found is None:
            before: list[int] = []
            after: list[int] = []
            for child in self.children[i]:
                (before if child < i else after).extend(self.subtree(child))
            found = self._subtrees[i] = (*before, i, *after)
        return found


# Strings of the vocabulary's hashes and their lower case, kept across documents (a
# hash always names the same string); cleared when large so memory stays bounded.
_NAMES: dict[int, str] = {}
_LOWER: dict[int, str] = {}
_NAMES_SIZE = 500_000


def _names(doc: Doc, ids: set[int]) -> dict[int, str]:
    """Return the shared hash → string table, completed with ``ids`` of ``doc``."""
    global _NAMES, _LOWER
    if len(_NAMES) > _NAMES_SIZE:
        # new tables, not cleared ones: a tree still in use keeps reading its own
        _NAMES, _LOWER = {}, {}
    missing = ids.difference(_NAMES)
    if missing:
        strings = doc.vocab.strings
        for h in missing:
            _NAMES[h] = name = strings[h]
            _LOWER[h] = name.lower()
    return _NAMES


def _positions(text: str, char: str) -> list[int]:
    """Return every offset of ``char`` in ``text``."""
    found = []
    at = text.find(char)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1)
    return found
