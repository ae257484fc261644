"""Reading PETRARCH/TABARI verb-pattern dictionaries into storyline's verb lexicon.

A verb dictionary has synonym sets (``&NAME`` then ``+WORD`` lines) and verb
blocks (``--- NAME [code] ---``): verb lines (``MEET {MEETS MET}`` or
``+MEET_WITH [040]``) and pattern lines (``- * (FOR TALKS) [036] # MEET``)
whose words follow the verb. storyline keeps, per verb lemma, a default code
and the patterns' post-verb words; words before the verb in a pattern (source
constraints) are dropped, as are the actor markers ``$ + ^ %``.

A code ``[036:036]`` is read as its first part; ``[:020]`` (the event runs from
the target to the source) as ``020`` with the roles swapped; ``[---]`` as "no
event".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import EvaluationDataError

DATA_FILE = Path(__file__).parent / "data" / "verbs.tsv"
NO_EVENT = "---"


@dataclass(frozen=True)
class VerbPattern:
    """Post-verb words that refine a verb's code: each slot is a set of alternatives."""

    lemma: str
    code: str  # "---" suppresses the event
    slots: tuple[tuple[str, ...], ...]
    swap: bool = False  # the target is the one acting


@dataclass(frozen=True)
class VerbLexicon:
    """Verb lemma → default code, and lemma → patterns (longest first)."""

    defaults: dict[str, str]
    patterns: dict[str, tuple[VerbPattern, ...]]

    def knows(self, lemma: str) -> bool:
        """Return whether ``lemma`` has a default code or any pattern."""
        return lemma in self.defaults or lemma in self.patterns


_CODE = re.compile(r"\[([0-9A-Z-]*)(?::([0-9A-Z-]*))?\]")


def _read_code(text: str) -> tuple[str | None, bool]:
    """Return (code, swapped) from a ``[…]`` field, or (None, False) when there is none."""
    found = _CODE.search(text)
    if not found:
        return None, False
    first, second = found.group(1), found.group(2)
    if first:
        return first, False
    if second:
        return second, True
    return None, False


def _lemma(word: str) -> tuple[str, tuple[str, ...]]:
    """Return the lemma and attached particles of a dictionary verb (``+MEET_WITH``)."""
    parts = word.lstrip("+").lower().split("_")
    return parts[0], tuple(p for p in parts[1:] if p)


def parse_verbs(text: str) -> VerbLexicon:
    """Return the lexicon read from PETRARCH verb-dictionary ``text``."""
    synsets: dict[str, list[str]] = {}
    defaults: dict[str, str] = {}
    patterns: dict[str, list[VerbPattern]] = {}
    current_set: str | None = None
    block_code: str | None = None
    block_verbs: list[str] = []
    block_patterns: list[tuple[str, tuple[tuple[str, ...], ...], bool]] = []

    def close_block() -> None:
        for lemma in block_verbs:
            for code, slots, swap in block_patterns:
                patterns.setdefault(lemma, []).append(VerbPattern(lemma, code, slots, swap))
        block_verbs.clear()
        block_patterns.clear()

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("---"):
            close_block()
            current_set = None
            block_code, _ = _read_code(line)
            continue
        if line.startswith("&"):
            current_set = line[1:].split()[0].upper()
            synsets[current_set] = []
            continue
        if current_set is not None and line.startswith("+") and block_code is None:
            synsets[current_set].append(line[1:].strip().lower().replace("_", " "))
            continue
        if line.startswith("-"):
            code, swap = _read_code(line)
            code = code or block_code
            body = _CODE.sub("", line[1:])
            if "*" not in body or code is None:
                continue
            before, after = body.split("*", 1)
            if before.strip():
                continue  # source constraints before the verb are not modelled
            slots = _slots(after, synsets)
            if slots:
                block_patterns.append((code, slots, swap))
            continue
        current_set = None
        word = line.split()[0]
        if word.startswith("{") or word.startswith("~"):
            continue
        lemma, particles = _lemma(word)
        code, _ = _read_code(line)
        code = code or block_code
        if not lemma.isalpha():
            continue
        if particles:
            if code:
                patterns.setdefault(lemma, []).append(
                    VerbPattern(lemma, code, tuple((p,) for p in particles)))
            continue
        if code and lemma not in defaults:
            defaults[lemma] = code
        block_verbs.append(lemma)
    close_block()
    ordered = {k: tuple(sorted(v, key=lambda p: -len(p.slots))) for k, v in patterns.items()}
    return VerbLexicon(defaults, ordered)


def _slots(after: str, synsets: dict[str, list[str]]) -> tuple[tuple[str, ...], ...]:
    """Return the post-verb word slots of a pattern; synonym sets become alternatives."""
    slots: list[tuple[str, ...]] = []
    for token in re.split(r"[\s(){}]+", after):
        token = token.strip("$+^%=|").lower()
        if not token:
            continue
        if token.startswith("&"):
            options = synsets.get(token[1:].upper(), [])
            heads = tuple(sorted({o.split()[-1] for o in options if o}))
            if heads:
                slots.append(heads)
            continue
        token = token.replace("_", " ").split()[-1]
        if token.isalpha() or "-" in token:
            slots.append(tuple(sorted(set(token.split("/")))))
    return tuple(slots)


def write_lexicon(lexicon: VerbLexicon, header: Iterable[str]) -> str:
    """Return the packaged TSV form of ``lexicon`` with ``header`` comment lines."""
    lines = [f"# {h}".rstrip() for h in header]
    for lemma, code in sorted(lexicon.defaults.items()):
        lines.append(f"V\t{lemma}\t{code}")
    for lemma, found in sorted(lexicon.patterns.items()):
        for p in found:
            slots = " ".join("|".join(s) for s in p.slots)
            lines.append(f"P\t{lemma}\t{p.code}\t{slots}\t{int(p.swap)}")
    return "\n".join(lines) + "\n"


def read_lexicon(text: str) -> VerbLexicon:
    """Return the lexicon read from its packaged TSV form."""
    defaults: dict[str, str] = {}
    patterns: dict[str, list[VerbPattern]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "V":
            defaults[fields[1]] = fields[2]
        elif fields[0] == "P":
            slots = tuple(tuple(s.split("|")) for s in fields[3].split(" ") if s)
            patterns.setdefault(fields[1], []).append(
                VerbPattern(fields[1], fields[2], slots, fields[4] == "1"))
    return VerbLexicon(defaults, {k: tuple(v) for k, v in patterns.items()})


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> VerbLexicon:
    """Return the packaged verb lexicon (or a PETRARCH dictionary at ``path``), read once."""
    file = Path(path) if path else DATA_FILE
    if not file.exists():
        raise EvaluationDataError(f"{file}: verb lexicon is missing")
    text = file.read_text(encoding="utf-8", errors="replace")
    return read_lexicon(text) if file.suffix == ".tsv" else parse_verbs(text)
