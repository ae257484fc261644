"""Scoring the dates component on TimeML corpora, as TempEval-3 (task A) does.

A TimeML file holds the article between ``<TEXT>`` tags with the gold
``TIMEX3`` elements inline; the document creation time (DCT) is the TIMEX3 with
``functionInDocument="CREATION_TIME"`` outside the text and is not scored.
TempEval-3 counts a *strict* match when the spans are identical and a
*relaxed* match when they overlap; type and value are judged on relaxed
matches only. "Value F1" is the relaxed F1 in which a match counts only when
its value is right too (equivalently relaxed F1 × value accuracy when the
matching is one to one).
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationDataError
from .scores import f1, ratio

DEFAULT_DIR = Path("../shared/data/time/tempeval3/Training/TBAQ-cleaned")


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 with character offsets into the rebuilt document text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: its id, plain text, creation date and gold timexes."""

    id: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class SystemTimex:
    """What a system proposes: span, type and value (the scorer's view of a Timex)."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Miss:
    """A disagreement kept for error analysis."""

    document: str
    kind: str  # "missed" | "spurious" | "type" | "value"
    text: str
    gold: str
    system: str


@dataclass(frozen=True)
class TimexScores:
    """TempEval-3 task A figures for timex recognition and normalisation."""

    documents: int
    gold: int
    system: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    type_f1: float
    value_f1: float
    misses: tuple[Miss, ...] = field(default=(), repr=False)


def read_timeml(path: Path) -> TimeMLDocument:
    """Return the document in the TimeML file ``path`` with gold spans mapped to offsets."""
    raw = path.read_text(encoding="utf-8")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise EvaluationDataError(f"{path}: not well-formed TimeML ({exc})") from exc
    body = root.find("TEXT")
    if body is None:
        raise EvaluationDataError(f"{path}: no <TEXT> element")
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10] or None
            break
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    _flatten(body, pieces, gold, 0)
    docid = root.findtext("DOCID") or path.stem
    return TimeMLDocument(docid.strip(), "".join(pieces), dct, tuple(gold))


def _flatten(node: ET.Element, pieces: list[str], gold: list[GoldTimex], offset: int) -> int:
    """Return the offset after ``node``'s text, appending its text and timexes."""
    if node.text:
        pieces.append(node.text)
        offset += len(node.text)
    for child in node:
        start = offset
        offset = _flatten(child, pieces, gold, offset)
        if child.tag == "TIMEX3":
            text = "".join(pieces)[start:offset]
            gold.append(GoldTimex(start, offset, text, child.get("type", ""),
                                  child.get("value", ""), child.get("mod")))
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def read_corpus(directory: Path, limit: int | None = None) -> list[TimeMLDocument]:
    """Return the TimeML documents under ``directory`` (recursively, sorted by path)."""
    if not directory.is_dir():
        raise EvaluationDataError(
            f"{directory} is not a directory; pass the TempEval-3 TBAQ-cleaned folder "
            "(../shared/data/time/tempeval3/Training/TBAQ-cleaned)")
    paths = sorted(directory.rglob("*.tml"))
    if not paths:
        raise EvaluationDataError(f"{directory} holds no .tml files")
    return [read_timeml(p) for p in paths[:limit]]


def score(pairs: Iterable[tuple[TimeMLDocument, list[SystemTimex]]]) -> TimexScores:
    """Return TempEval-3 figures for system timexes against each document's gold ones."""
    n_docs = n_gold = n_sys = 0
    strict_sys = strict_gold = relaxed_sys = relaxed_gold = 0
    matched = type_ok = value_ok = 0
    misses: list[Miss] = []
    for doc, system in pairs:
        n_docs += 1
        gold = list(doc.timexes)
        n_gold += len(gold)
        n_sys += len(system)
        exact = {(g.start, g.end) for g in gold}
        sys_exact = {(s.start, s.end) for s in system}
        strict_sys += sum((s.start, s.end) in exact for s in system)
        strict_gold += sum((g.start, g.end) in sys_exact for g in gold)
        relaxed_sys += sum(any(_overlap(s, g) for g in gold) for s in system)
        relaxed_gold += sum(any(_overlap(s, g) for s in system) for g in gold)
        for g in gold:
            candidates = [s for s in system if _overlap(s, g)]
            if not candidates:
                misses.append(Miss(doc.id, "missed", g.text, f"{g.type} {g.value}", ""))
                continue
            # Judge attributes on the best-overlapping system timex, as the TE3 scorer pairs them.
            best = max(candidates, key=lambda s: min(s.end, g.end) - max(s.start, g.start))
            matched += 1
            type_ok += best.type == g.type
            value_ok += best.value == g.value
            text = doc.text[best.start:best.end]
            if best.value != g.value:
                misses.append(Miss(doc.id, "value", f"{g.text} | {text}", g.value, best.value))
            elif best.type != g.type:
                misses.append(Miss(doc.id, "type", g.text, g.type, best.type))
        for s in system:
            if not any(_overlap(s, g) for g in gold):
                misses.append(Miss(doc.id, "spurious", doc.text[s.start:s.end], "",
                                   f"{s.type} {s.value}"))
    sp, sr = ratio(strict_sys, n_sys), ratio(strict_gold, n_gold)
    rp, rr = ratio(relaxed_sys, n_sys), ratio(relaxed_gold, n_gold)
    rf = f1(rp, rr)
    type_acc, value_acc = ratio(type_ok, matched), ratio(value_ok, matched)
    return TimexScores(
        documents=n_docs, gold=n_gold, system=n_sys,
        strict_precision=sp, strict_recall=sr, strict_f1=f1(sp, sr),
        relaxed_precision=rp, relaxed_recall=rr, relaxed_f1=rf,
        type_accuracy=type_acc, value_accuracy=value_acc,
        type_f1=rf * type_acc, value_f1=rf * value_acc, misses=tuple(misses))


def _overlap(a: SystemTimex | GoldTimex, b: SystemTimex | GoldTimex) -> bool:
    return a.start < b.end and b.start < a.end


Tagger = Callable[[list[TimeMLDocument]], Iterator[list[SystemTimex]]]


def spacy_tagger(nlp=None, batch_size: int = 8) -> Tagger:
    """Return a tagger running storyline's dates component over TimeML documents."""
    from ..pipeline.documents import article_from_text, make_doc
    from ..pipeline.registry import register_extensions

    if nlp is None:
        nlp = timex_pipeline()
    register_extensions()

    def tag(docs: list[TimeMLDocument]) -> Iterator[list[SystemTimex]]:
        made = (make_doc(nlp, article_from_text(d.text, published=d.dct)) for d in docs)
        for doc in nlp.pipe(made, batch_size=batch_size):
            yield [SystemTimex(t.start, t.end, t.type, t.value) for t in doc._.timexes]

    return tag


def timex_pipeline():
    """Return the plain model with only storyline's dates component appended.

    Only the dates component is registered, so scoring does not depend on (or
    pay for) the other components.
    """
    from spacy.language import Language

    from ..dates.component import make_component
    from ..pipeline.model import load_model
    from ..pipeline.registry import COMPONENTS, register_extensions

    register_extensions()
    spec = next(c for c in COMPONENTS if c.name.startswith("storyline.dates"))
    if not Language.has_factory(spec.pipe_name):
        Language.factory(spec.pipe_name, requires=list(spec.requires),
                         assigns=list(spec.assigns), func=make_component)
    nlp = load_model(disable=("ner",))  # the rules read the parse, never the entities
    nlp.add_pipe(spec.pipe_name)
    return nlp


def evaluate(directory: Path = DEFAULT_DIR, limit: int | None = None,
             tagger: Tagger | None = None) -> TimexScores:
    """Return TempEval-3 scores of the dates component on the TimeML files in ``directory``."""
    docs = read_corpus(Path(directory), limit)
    tagger = tagger or spacy_tagger()
    return score(zip(docs, tagger(docs)))


def scores_json(scores: TimexScores, with_misses: bool = False) -> str:
    """Return ``scores`` as a JSON document (misses included on request)."""
    from ..records import to_jsonable

    data = to_jsonable(scores)
    if not with_misses:
        data.pop("misses")
    return json.dumps(data, indent=2)

