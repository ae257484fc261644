"""The event lexicon: verb and noun lemmas → CAMEO codes, with post-verb patterns.

Two packaged files make it: ``data/verbs.tsv`` (derived from the PETRARCH
CAMEO.2.0 verb dictionary, MIT) and ``data/storyline_lexicon.tsv``
(storyline's own completions, nominal events, light verbs and codes of
verbs used transitively), whose entries
win. :meth:`Lexicon.code_verb` picks the longest pattern whose words follow the
verb in its clause, else the verb's default code.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .tree import DocTree
from .verbdict import NO_EVENT, VerbLexicon, VerbPattern, load_lexicon

# Clauses hanging on a verb whose words are not its own pattern's context.
SUBCLAUSE = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj"})
QUESTIONS = frozenset({"whether", "if"})  # marks of a question clause after a preposition

OWN_FILE = Path(__file__).parent / "data" / "storyline_lexicon.tsv"


@dataclass(frozen=True)
class VerbCoding:
    """The code a verb gets in its context, and the pattern words that decided it."""

    code: str
    matched: tuple[str, ...]  # words of the pattern found after the verb; () for the default
    swap: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Verb defaults and patterns, nominal-event nouns and light verbs."""

    verbs: VerbLexicon
    nouns: dict[str, str]
    light: frozenset[str]
    transitive: dict[str, str] = dataclasses.field(default_factory=dict)
    # built once here, not per verb: each pattern with the word sets of its slots
    _indexed: dict[str, tuple[tuple[VerbPattern, tuple[frozenset[str], ...]], ...]] = \
        dataclasses.field(init=False, repr=False, compare=False)
    _triggers: frozenset[str] = dataclasses.field(init=False, repr=False, compare=False)
    # per verb: word → positions of the patterns whose narrowest slot holds it, so a verb
    # with many patterns only scans those that one of its context words can open
    _keyed: dict[str, dict[str, tuple[int, ...]]] = \
        dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        indexed = {lemma: tuple((p, tuple(frozenset(slot) for slot in p.slots)) for p in found)
                   for lemma, found in self.verbs.patterns.items()}
        object.__setattr__(self, "_indexed", indexed)
        keyed: dict[str, dict[str, tuple[int, ...]]] = {}
        for lemma, entries in indexed.items():
            by_word: dict[str, list[int]] = {}
            for position, (_, slots) in enumerate(entries):
                # a pattern without slots matches any context: "" keys it for every lookup
                for word in min(slots, key=len) if slots else ("",):
                    by_word.setdefault(word, []).append(position)
            keyed[lemma] = {word: tuple(found) for word, found in by_word.items()}
        object.__setattr__(self, "_keyed", keyed)
        words = set(self.verbs.defaults) | set(self.verbs.patterns) | set(self.transitive)
        for noun in self.nouns:
            words.add(noun.lower())
            words.add(noun.lower().split(" ")[-1])  # "air strike" is found at "strike"
        object.__setattr__(self, "_triggers", frozenset(words))

    def may_trigger(self, lemma: str) -> bool:
        """Return whether a word with (lower-case) ``lemma`` can carry an event at all."""
        return lemma in self._triggers

    def has_patterns(self, lemma: str) -> bool:
        """Return whether verb ``lemma`` has patterns (else its context cannot matter)."""
        return lemma in self._indexed

    def code_transitive(self, lemma: str) -> str | None:
        """Return the code of a verb used with a direct object ("returned the paintings")."""
        return self.transitive.get(lemma)

    def code_verb(self, lemma: str, context: Sequence[tuple[str, str]]) -> VerbCoding | None:
        """Return the coding of verb ``lemma`` followed by ``context`` (text, lemma) pairs.

        None when the verb is unknown or the lexicon says it makes no event.
        """
        words = [(t.lower(), l.lower()) for t, l in context]
        present = {w for pair in words for w in pair}
        entries = self._indexed.get(lemma, ())
        keyed = self._keyed.get(lemma, {})
        # only a pattern whose narrowest slot holds a context word can match; scanning
        # them in lexicon order keeps the first match the one the full scan would find
        openable: set[int] = set(keyed.get("", ()))
        for word in present:
            openable.update(keyed.get(word, ()))
        for position in sorted(openable):
            pattern, slots = entries[position]
            # a pattern whose slot words are absent cannot match: skip the ordered scan
            if any(slot.isdisjoint(present) for slot in slots):
                continue
            if _matches(pattern, words):
                if pattern.code == NO_EVENT:
                    return None
                return VerbCoding(pattern.code, tuple(s[0] for s in pattern.slots), pattern.swap)
        code = self.verbs.defaults.get(lemma)
        if not code or code == NO_EVENT:
            return None
        return VerbCoding(code, ())

    def code_noun(self, lemma: str) -> str | None:
        """Return the code of a nominal event ``lemma`` ("talks" → 046), or None."""
        code = self.nouns.get(lemma.lower())
        return None if code in (None, NO_EVENT) else code


def _matches(pattern: VerbPattern, words: list[tuple[str, str]]) -> bool:
    """Return whether the pattern's slots occur, in order, among ``words``."""
    at = 0
    for slot in pattern.slots:
        while at < len(words) and words[at][0] not in slot and words[at][1] not in slot:
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


def merge(base: VerbLexicon, own_text: str) -> Lexicon:
    """Return ``base`` completed by storyline's own lexicon text (own entries win)."""
    defaults = dict(base.defaults)
    patterns = {k: list(v) for k, v in base.patterns.items()}
    own_patterns: dict[str, list[VerbPattern]] = {}
    nouns: dict[str, str] = {}
    light: set[str] = set()
    transitive: dict[str, str] = {}
    ambiguous: set[str] = set()
    for line in own_text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        kind = fields[0]
        if kind == "V":
            defaults[fields[1]] = fields[2]
        elif kind == "P":
            slots = tuple(tuple(s.split("|")) for s in fields[3].split(" ") if s)
            own_patterns.setdefault(fields[1], []).append(
                VerbPattern(fields[1], fields[2], slots, fields[4] == "1"))
        elif kind == "N":
            nouns[fields[1]] = fields[2]
        elif kind == "L":
            light.add(fields[1])
        elif kind == "T":
            transitive[fields[1]] = fields[2]
        elif kind == "X":
            ambiguous.add(fields[1])
    if ambiguous:
        patterns = {k: _without(v, ambiguous) for k, v in patterns.items()}
    for lemma, found in own_patterns.items():
        patterns[lemma] = found + patterns.get(lemma, [])
    verbs = VerbLexicon(defaults, {k: tuple(v) for k, v in patterns.items()})
    return Lexicon(verbs, nouns, frozenset(light), transitive)


def _without(patterns: list[VerbPattern], words: set[str]) -> list[VerbPattern]:
    """Return ``patterns`` whose no-event slots no longer hold the ambiguous ``words``
    (a pattern left with an empty slot is dropped); patterns with a code are kept whole."""
    kept = []
    for pattern in patterns:
        if pattern.code != NO_EVENT or not any(words.intersection(s) for s in pattern.slots):
            kept.append(pattern)
            continue
        slots = tuple(tuple(w for w in slot if w not in words) for slot in pattern.slots)
        if all(slots):
            kept.append(dataclasses.replace(pattern, slots=slots))
    return kept


@lru_cache(maxsize=4)
def load(verbs: str | None = None, own: str | None = None) -> Lexicon:
    """Return the packaged lexicon (or one built from a PETRARCH verb file ``verbs``)."""
    own_text = Path(own).read_text(encoding="utf-8") if own else OWN_FILE.read_text("utf-8")
    return merge(load_lexicon(verbs), own_text)


def tree_context(tree: DocTree, at: int, limit: int = 12) -> list[tuple[str, str]]:
    """Return (text, lemma) of the words after token ``at`` in its own clause, at most
    ``limit``: its subjects, subclauses and an open question on a preposition ("respect
    the result … on whether to join Russia") are no part of the verb's pattern; a
    passive's subject reads as what follows the active verb ("evidence against Russia
    was presented" as "presented evidence against Russia")."""
    deps = tree.deps
    skip: set[int] = set()
    for child in tree.children[at]:
        dep = deps[child]
        if dep in SUBCLAUSE or dep.startswith("nsubj") or dep == "agent":
            skip.update(tree.subtree(child))
        elif dep == "prep":
            skip.update(i for clause in tree.children[child] if deps[clause] == "pcomp" and any(
                deps[m] == "mark" and tree.lemmas[m] in QUESTIONS
                for m in tree.children[clause]) for i in tree.subtree(clause))
    words = [tree.words(i) for i in tree.subtree(at)
             if i > at and i not in skip and not tree.punct[i]]
    patient = [tree.words(i) for child in tree.children[at] if deps[child] == "nsubjpass"
               for i in tree.subtree(child) if not tree.punct[i]]
    return (patient + words)[:limit]
