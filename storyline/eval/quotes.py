"""Scoring the quotes component on PolNeAR (brat standoff attributions).

A PolNeAR folder (``train``, ``dev`` …) holds ``text/<name>.txt`` and
``attributions/<name>_<annotator>.ann``; a few texts have several annotators
and only the first (by file name) is kept. Each attribution has a source, a
cue and a content span (a span may be discontinuous). Spans are scored per
role over each article's distinct spans, one to one: *exact* when the
character ranges are equal (edge whitespace aside), *overlap* when they share
a character. A follow-on quote counts as part of the attribution it continues
(PolNeAR annotates a speaker's run of quotations as one attribution with
several content spans). "Direct" attributions are those whose content lies mostly inside
double quotation marks, judged the same way for gold and system.

Speaker accuracy (direct quotes): of the gold direct attributions with a
source whose content a system quote overlaps, the share whose system speaker
is right: its words overlap the gold source, or it resolves to the entity of
the gold source; a gold pronoun source counts as the entity of the nearest
named gold source before it (PolNeAR does not resolve "he").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..errors import EvaluationDataError
from ..quotes.cues import FIRST_SECOND, GROUP_PRONOUNS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS
from ..quotes.marks import find_quotations, inside
from ..quotes.records import Quote
from .scores import f1, ratio

DEFAULT_DIR = Path("../shared/data/quotes/polnear/dev")
ROLES = ("source", "cue", "content")
Fragments = tuple[tuple[int, int], ...]
_ANN_LINE = re.compile(r"[TE]\d+\t")
_PRONOUNS = PERSONAL_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS | FIRST_SECOND


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution; a role is empty when the annotator left it out."""

    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class GoldDocument:
    """A PolNeAR text with the attributions of one annotator."""

    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one role, one subset, one way of matching."""

    subset: str  # "all" | "direct"
    role: str  # "source" | "cue" | "content"
    match: str  # "exact" | "overlap"
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Return matched / predicted."""
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        """Return matched / gold."""
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        return f1(self.precision, self.recall)


@dataclass(frozen=True)
class QuoteEvaluation:
    """Everything ``storyline eval quotes`` reports."""

    documents: int
    scores: tuple[Score, ...]
    speaker_correct: int
    speaker_judged: int  # gold direct quotes with a source that a system quote found

    @property
    def speaker_accuracy(self) -> float:
        """Return the share of judged direct quotes whose speaker is right."""
        return ratio(self.speaker_correct, self.speaker_judged)

    def score(self, subset: str, role: str, match: str) -> Score:
        """Return the score of ``role`` on ``subset`` under ``match``."""
        return next(s for s in self.scores if (s.subset, s.role, s.match) == (subset, role, match))


def load_polnear(directory: Path, limit: int | None = None) -> list[GoldDocument]:
    """Return the PolNeAR documents of ``directory`` (one annotator each), sorted by name."""
    texts, anns = directory / "text", directory / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise EvaluationDataError(
            f"{directory} is not a PolNeAR folder (expected text/ and attributions/ inside); "
            "pass e.g. ../shared/data/quotes/polnear/dev")
    chosen: dict[str, Path] = {}
    for ann in sorted(anns.glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(base, ann)
    docs = []
    for base in sorted(chosen)[:limit]:
        txt = texts / f"{base}.txt"
        if not txt.exists():
            raise EvaluationDataError(f"{chosen[base]} has no text file {txt}")
        text = txt.read_text(encoding="utf-8")
        docs.append(GoldDocument(base, text, tuple(parse_ann(chosen[base].read_text(encoding="utf-8")))))
    if not docs:
        raise EvaluationDataError(f"no .ann files in {anns}")
    return docs


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Return the attributions of a brat standoff file (Discuss and Discard spans are not)."""
    spans: dict[str, Fragments] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        # A span's text may hold line breaks: lines not opening with an id continue it.
        if not _ANN_LINE.match(line):
            continue
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            _label, ranges = info.split(" ", 1)
            spans[tid] = tuple(tuple(int(x) for x in part.split()) for part in ranges.split(";"))
        elif line.startswith("E"):
            _eid, args = line.split("\t")[:2]
            events.append([tuple(a.split(":", 1)) for a in args.split()])
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for role, tid in args:
            key = role.rstrip("0123456789").lower()
            if key in roles and tid in spans:
                roles[key].extend(spans[tid])
        out.append(GoldAttribution(*(tuple(sorted(roles[r])) for r in ROLES)))
    return out


def system_fragments(quote: Quote) -> tuple[Fragments, Fragments, Fragments]:
    """Return a Quote's source, cue and content as fragment tuples (empty when absent)."""
    speaker = ((quote.speaker.start, quote.speaker.end),) if quote.speaker and quote.cue else ()
    cue = ((quote.cue.start, quote.cue.end),) if quote.cue else ()
    return speaker, cue, tuple(sorted((s.start, s.end) for s in quote.content))


def evaluate(docs: Iterable[GoldDocument], find: Callable[[str], tuple[list[Quote], Callable]]) -> QuoteEvaluation:
    """Return the scores of ``find`` on ``docs``.

    ``find(text)`` returns the system quotes and a function mapping a
    character range to the entity key or name mentioned there (None if none).
    """
    tallies: dict[tuple[str, str, str], list[int]] = {}
    correct = judged = count = 0
    for doc in docs:
        count += 1
        quotes, entity_at = find(doc.text)
        quotations = find_quotations(doc.text)
        system = [system_fragments(q) for q in quotes]
        gold = [(a.source, a.cue, a.content) for a in doc.attributions]
        for subset in ("all", "direct"):
            sys_items = system if subset == "all" else [s for s in system if _direct(quotations, s[2])]
            gold_items = gold if subset == "all" else [g for g in gold if _direct(quotations, g[2])]
            for r, role in enumerate(ROLES):
                pred = {_clean(doc.text, s[r]) for s in sys_items if s[r]}
                true = {_clean(doc.text, g[r]) for g in gold_items if g[r]}
                for match in ("exact", "overlap"):
                    hit = _matches(pred, true, match)
                    t = tallies.setdefault((subset, role, match), [0, 0, 0])
                    t[0] += hit
                    t[1] += len(pred)
                    t[2] += len(true)
        c, j = _speakers(doc, quotes, quotations, entity_at)
        correct += c
        judged += j
    scores = tuple(Score(s, r, m, *t) for (s, r, m), t in tallies.items())
    return QuoteEvaluation(count, scores, correct, judged)


def _direct(quotations, content: Fragments) -> bool:
    """Return whether most of ``content`` lies inside quotation marks."""
    total = sum(b - a for a, b in content)
    quoted = sum(inside(quotations, a, b) * (b - a) for a, b in content)
    return total > 0 and quoted / total > 0.5


def _clean(text: str, fragments: Fragments) -> Fragments:
    """Return ``fragments`` with edge whitespace trimmed, so exact matching ignores it."""
    out = []
    for a, b in fragments:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return tuple(sorted(out))


def _overlap(x: Fragments, y: Fragments) -> int:
    """Return how many characters two fragment sets share."""
    return sum(max(0, min(b, d) - max(a, c)) for a, b in x for c, d in y)


def _matches(pred: set[Fragments], true: set[Fragments], match: str) -> int:
    """Return how many system items pair one to one with gold items."""
    if match == "exact":
        return len(pred & true)
    pairs = sorted(((_overlap(p, t), p, t) for p in pred for t in true), key=lambda x: -x[0])
    used_p, used_t, hits = set(), set(), 0
    for size, p, t in pairs:
        if size <= 0:
            break
        if p in used_p or t in used_t:
            continue
        used_p.add(p)
        used_t.add(t)
        hits += 1
    return hits


def _speakers(doc: GoldDocument, quotes: list[Quote], quotations, entity_at) -> tuple[int, int]:
    """Return (correct, judged) speakers of the gold direct quotes a system quote found."""
    named = sorted(a.source for a in doc.attributions if a.source and not _is_pronoun(doc.text, a.source))
    correct = judged = 0
    for a in doc.attributions:
        if not a.source or not _direct(quotations, a.content):
            continue
        found = max(quotes, key=lambda q: _overlap(system_fragments(q)[2], a.content), default=None)
        if found is None or _overlap(system_fragments(found)[2], a.content) == 0:
            continue
        judged += 1
        target = a.source
        if not _is_pronoun(doc.text, a.source):
            if found.speaker and found.cue and _overlap(((found.speaker.start, found.speaker.end),), a.source):
                correct += 1
                continue
        else:
            before = [n for n in named if n[0][0] < a.source[0][0]]
            if not before:
                continue
            target = before[-1]
        gold_entity = entity_at(*target[0])
        mine = found.speaker_entity or found.speaker_name
        if gold_entity is not None and mine is not None and gold_entity == mine:
            correct += 1
    return correct, judged


def evaluate_polnear(nlp: Language, docs: list[GoldDocument], keep_reports: bool = True) -> QuoteEvaluation:
    """Return the scores of the quotes component on PolNeAR ``docs`` (from :func:`load_polnear`).

    ``nlp`` must parse (and, for speaker resolution, run storyline's entity
    components); quotes are found on its output by :func:`find_quotes`, an
    outlet's "…, Reuters reported" kept as an attribution of its own
    (``keep_reports``) since PolNeAR annotates it.
    """
    from ..pipeline.documents import analyse, article_from_text
    from ..quotes.component import find_quotes, join_follow_ons
    from ..quotes.speakers import entity_refs

    def find(text: str):
        """Return the quotes found in ``text`` and its entity lookup."""
        doc = analyse(nlp, article_from_text(text))
        refs = entity_refs(doc)

        def entity_at(start: int, end: int):
            """Return the key (or name) of the entity mentioned at ``[start, end)``, or None."""
            hits = [r for r in refs if r.start < end and start < r.end]
            return (hits[0].key or hits[0].name) if hits else None

        return join_follow_ons(find_quotes(doc, keep_reports=keep_reports)), entity_at

    return evaluate(docs, find)


def _is_pronoun(text: str, source: Fragments) -> bool:
    """Return whether a source span is a lone pronoun ("he", "it", "who")."""
    words = " ".join(text[a:b] for a, b in source).lower().split()
    return len(words) == 1 and words[0] in _PRONOUNS


def as_dict(result: QuoteEvaluation) -> dict:
    """Return ``result`` as plain data for ``--json`` output."""
    return {
        "documents": result.documents,
        "scores": [{"subset": s.subset, "role": s.role, "match": s.match, "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4), "f1": round(s.f1, 4), "matched": s.matched,
                    "predicted": s.predicted, "gold": s.gold} for s in result.scores],
        "speaker_accuracy_direct": round(result.speaker_accuracy, 4),
        "speaker_judged_direct": result.speaker_judged,
    }
