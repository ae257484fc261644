"""Event-coding evaluation on the reference sets in ../shared/data/events.

* ``gsr``: the PETR2 gold-standard records (78 real sentences): precision,
  recall and F1 of (source, target, code) tuples, of (source, target, root)
  tuples, and root-code accuracy on the events whose dyad was found.
* ``conflibert``: penta-class macro-F1 on ``cameo_class_train.tsv`` and
  source/target span F1 on ``cameo_ner_train.txt`` (exact token spans, scored in
  :mod:`storyline.eval.events_spans`).
* ``plover``: PLOVER type accuracy on the CAMEO manual sentences coded in PLOVER.

Every set runs sentence by sentence through the plain model and
:func:`storyline.events.component.extract_events`; the texts are read from
../shared/data at evaluation time and never copied.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError
from ..events.cameo import load_cameo, penta_class
from ..events.component import complete, default_coder, extract_events
from ..events.records import Event
from .scores import PRF, ratio

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events"


@dataclass(frozen=True)
class Miss:
    """A disagreement, for error analysis."""

    id: str
    kind: str  # "missed" | "spurious" | "wrong class" …
    text: str
    gold: str
    system: str


@dataclass(frozen=True)
class GsrResult:
    """Scores on the PETR2 gold-standard records."""

    sentences: int
    events: PRF  # (source, target, full code)
    roots: PRF  # (source, target, root code)
    dyads: PRF  # (source, target)
    root_accuracy: float  # root right among events whose dyad was found
    root_base: int
    misses: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class ClassResult:
    """Penta-class scores on the ConfliBERT sentences."""

    sentences: int
    macro_f1: float
    accuracy: float
    per_class: tuple[tuple[int, float, float, float], ...]  # class, P, R, F1
    no_event: int  # sentences without an event with actors (classed by their event words)
    misses: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class PloverResult:
    """PLOVER event-type accuracy on the CAMEO manual sentences."""

    sentences: int
    accuracy: float
    answered: int  # sentences where an event was produced
    accuracy_answered: float
    confusion: tuple[tuple[str, str, int], ...]  # gold, system, count (most frequent first)
    misses: tuple[Miss, ...] = ()


def _jsonl(path: Path, limit: int | None) -> list[dict]:
    """Return the first ``limit`` records of a JSON-lines file."""
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def _iso(date: str | None) -> str | None:
    """Return an ISO date from ``YYYYMMDD`` (or None)."""
    if date and len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def plain_model(nlp):
    """Return ``nlp`` or the plain model."""
    if nlp is not None:
        return nlp
    from ..pipeline.model import load_model

    return load_model()


def best_event(events: list[Event], doc=None) -> Event | None:
    """Return the event that best stands for the sentence: complete, not reported, in
    the main clause (when ``doc`` is given), confident, early."""
    if not events:
        return None
    return max(events, key=lambda e: (specific(e.source) and specific(e.target),
                                      not e.reported, -trigger_depth(e, doc), e.confidence,
                                      -e.trigger_start))


def trigger_depth(event: Event, doc=None) -> int:
    """Return how many words stand above the event's trigger in the parse (0 without ``doc``)."""
    if doc is None:
        return 0
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return len(list(span.root.ancestors)) if span is not None else 0


def specific(actor) -> bool:
    """Return whether an event actor has a code that says whose it is: a group known only
    by its role ("---MIL", "troops") is as vague as an uncoded phrase."""
    return bool(actor and actor.code and not actor.code.startswith("---"))


def evaluate_gsr(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                 coder=None) -> GsrResult:
    """Return event tuple scores on ``petrarch/PETR2_GSR_validation.jsonl``."""
    records = _jsonl(directory / "petrarch" / "PETR2_GSR_validation.jsonl", limit)
    nlp = plain_model(nlp)
    coder = coder or default_coder()
    counts = Counter()
    misses: list[Miss] = []
    root_right = root_base = 0
    for record in records:
        if record.get("error"):
            continue
        doc = nlp(record["text"])
        found = complete(extract_events(doc, coder, date=_iso(record.get("date"))))
        system = {(e.source.code, e.target.code, e.code) for e in found}
        gold = {(g["source"], g["target"], g["code"]) for g in record.get("events", [])}
        for name, key in (("events", lambda t: t), ("roots", lambda t: (t[0], t[1], t[2][:2])),
                          ("dyads", lambda t: (t[0], t[1]))):
            s, g = {key(t) for t in system}, {key(t) for t in gold}
            counts[name, "tp"] += len(s & g)
            counts[name, "sys"] += len(s)
            counts[name, "gold"] += len(g)
        for g in gold:
            codes = [t[2] for t in system if t[:2] == g[:2]]
            if codes:
                root_base += 1
                root_right += any(c[:2] == g[2][:2] for c in codes)
        for t in sorted(system - gold):
            misses.append(Miss(record["id"], "spurious", record["text"], "", " ".join(t)))
        for t in sorted(gold - system):
            misses.append(Miss(record["id"], "missed", record["text"], " ".join(t),
                               "; ".join(" ".join(x) for x in sorted(system))))
    prf = {n: PRF(counts[n, "tp"], counts[n, "sys"], counts[n, "gold"])
           for n in ("events", "roots", "dyads")}
    return GsrResult(len(records), prf["events"], prf["roots"], prf["dyads"],
                     ratio(root_right, root_base), root_base, tuple(misses))


def _tsv(path: Path, limit: int | None) -> Iterator[tuple[str, int]]:
    """Yield (sentence, label) rows of a ConfliBERT class file."""
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    with path.open(encoding="utf-8", newline="") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                break
            text, _, label = line.rstrip("\r\n").rpartition("\t")
            if text and label.strip().isdigit():
                yield text, int(label)


def conflibert_class(code: str) -> int:
    """Return the ConfliBERT class of a CAMEO code.

    As in :func:`storyline.events.cameo.penta_class`, except that root 16
    (reduce relations: suspend aid, cancel a visit, break off talks) goes with
    verbal conflict: the ConfliBERT annotators put 85% of the sentences
    storyline codes 16 in class 3 (measured on cameo_class_train.tsv).
    """
    return 3 if code[:2] == "16" else penta_class(code)


def lexical_class(doc) -> int | None:
    """Return the ConfliBERT class of the main-clause-most event word of ``doc`` when no
    event with actors was found (None when the lexicon knows no word of it)."""
    from ..events.lexicon import load, tree_context
    from ..events.tree import DocTree

    lexicon = load()
    tree = DocTree(doc)
    best = None
    for token in doc:
        code = None
        if token.pos_ == "VERB":
            coding = lexicon.code_verb(token.lemma_.lower(), tree_context(tree, token.i))
            code = coding.code if coding else None
        elif token.pos_ == "NOUN":
            code = lexicon.code_noun(token.lemma_.lower())
        if code and code not in ("010", "01"):
            depth = len(list(token.ancestors))
            if best is None or depth < best[0]:
                best = (depth, code)
    return conflibert_class(best[1]) if best else None


def sentence_class(events: list[Event], doc=None) -> int | None:
    """Return the ConfliBERT class of a sentence's main event, or None without events."""
    event = best_event(events, doc)
    return conflibert_class(event.code) if event else None


def evaluate_classes(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                     coder=None) -> ClassResult:
    """Return penta-class macro-F1 on ``conflibert/cameo_class_train.tsv``."""
    rows = list(_tsv(directory / "conflibert" / "cameo_class_train.tsv", limit))
    nlp = plain_model(nlp)
    coder = coder or default_coder()
    pairs = []
    misses = []
    none = 0
    for n, (text, gold) in enumerate(rows):
        doc = nlp(text)
        guess = sentence_class(extract_events(doc, coder, uncoded=True), doc)
        if guess is None:
            guess = lexical_class(doc)
        if guess is None:
            none += 1
            guess = 0  # statements are the residual class
        pairs.append((gold, guess))
        if guess != gold:
            misses.append(Miss(str(n), "wrong class", text, str(gold), str(guess)))
    per_class = []
    for label in range(5):
        tp = sum(1 for g, s in pairs if g == s == label)
        prf = PRF(tp, sum(1 for _, s in pairs if s == label),
                  sum(1 for g, _ in pairs if g == label))
        per_class.append((label, prf.precision, prf.recall, prf.f1))
    macro = sum(c[3] for c in per_class) / 5
    accuracy = ratio(sum(1 for g, s in pairs if g == s), len(pairs))
    return ClassResult(len(rows), macro, accuracy, tuple(per_class), none, tuple(misses))


def evaluate_plover(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                    coder=None) -> PloverResult:
    """Return PLOVER type accuracy on ``plover/PLOVER_GSR_CAMEO.normalized.jsonl``."""
    records = [r for r in _jsonl(directory / "plover" / "PLOVER_GSR_CAMEO.normalized.jsonl",
                                 limit) if r.get("event") and r.get("text")]
    nlp = plain_model(nlp)
    coder = coder or default_coder()
    cameo = load_cameo()
    right = answered = right_answered = 0
    confusion = Counter()
    misses = []
    for record in records:
        doc = nlp(record["text"])
        event = best_event(extract_events(doc, coder, uncoded=True), doc)
        guess = (event.plover or cameo.plover(event.code)) if event else None
        gold = record["event"]
        confusion[gold, guess or "-"] += 1
        if guess is not None:
            answered += 1
            right_answered += guess == gold
        right += guess == gold
        if guess != gold:
            misses.append(Miss(record["id"], "wrong type", record["text"], gold, guess or "-"))
    n = len(records)
    return PloverResult(n, ratio(right, n), answered,
                        ratio(right_answered, answered),
                        tuple((g, s, c) for (g, s), c in confusion.most_common()), tuple(misses))
