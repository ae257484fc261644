"""Geoparsing evaluation on LGL, TR-News and GeoVirus (../shared/data/geo/*.xml).

Recognition is scored on spans (exact and overlapping) against every gold
toponym; resolution on the gold toponyms that carry coordinates and that a
predicted place overlaps: accuracy within 161 km (100 miles, the field's
customary threshold), exact GeoNames id (where the gold has one) and mean
error in km. ``resolved_base`` says how many gold toponyms that was, out of
``gold_with_coords``; ``acc161_all`` scores the unresolved ones as misses.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError
from ..places.gazetteer import km
from .scores import f1, ratio


@dataclass(frozen=True)
class GoldToponym:
    """One annotated toponym: span, text and (when resolved) coordinates and GeoNames id."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(frozen=True)
class GoldArticle:
    """One article of a geoparsing set."""

    id: str
    text: str
    outlet: str | None
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True)
class GeoResult:
    """Recognition and resolution figures for one set."""

    dataset: str
    documents: int
    gold: int
    predicted: int
    exact_p: float
    exact_r: float
    exact_f1: float
    overlap_p: float
    overlap_r: float
    overlap_f1: float
    gold_with_coords: int
    resolved_base: int
    acc161: float
    acc161_all: float
    gold_with_id: int
    id_base: int
    exact_id: float
    mean_km: float
    median_km: float
    outlet_homes: bool = False  # resolved again with each outlet's learnt home region


def _float(node: ET.Element | None) -> float | None:
    """Return a node's text as a float, or None when absent or empty."""
    if node is None or not (node.text or "").strip():
        return None
    return float(node.text)


def _realign(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Return the gold span moved onto its phrase when the file's offsets drift.

    Some TR-News articles count a few characters differently from the text
    as stored, so offsets drift by one or two; the phrase is looked for within
    20 characters of where the file says it is.
    """
    if not phrase or text[start:end] == phrase:
        return start, end
    window_start = max(0, start - 20)
    found = [i for i in range(window_start, min(len(text), start + 20) + 1)
             if text.startswith(phrase, i)]
    if not found:
        return start, end
    best = min(found, key=lambda i: abs(i - start))
    return best, best + len(phrase)


def read_set(path: Path) -> list[GoldArticle]:
    """Return the articles of an LGL/TR-News (``toponyms``) or GeoVirus (``locations``) file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationDataError(f"{path}: cannot read the geoparsing set ({exc})") from exc
    articles = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        gold = []
        for node in list(art.iter("toponym")) + list(art.iter("location")):
            start, end = node.findtext("start"), node.findtext("end")
            if start is None or end is None:
                continue
            tag = node.find("gaztag")
            place = tag if tag is not None else node
            gid = tag.get("geonameid") if tag is not None else None
            phrase = node.findtext("phrase") or node.findtext("name") or ""
            begin, finish = _realign(text, int(start), int(end), phrase)
            gold.append(GoldToponym(begin, finish, phrase,
                                    _float(place.find("lat")), _float(place.find("lon")),
                                    int(gid) if gid else None))
        articles.append(GoldArticle(art.get("docid") or str(i), text,
                                    (art.findtext("domain") or "").strip() or None, tuple(gold)))
    if not articles:
        raise EvaluationDataError(f"{path}: no <article> elements")
    return articles


def evaluate(path: str | Path, limit: int | None = None, nlp=None,
             outlet_homes: bool = False) -> GeoResult:
    """Return recognition and resolution figures of the places component on one set.

    With ``outlet_homes`` the articles are resolved a second time with each
    outlet's home region learnt from the first pass over the same set (no
    gold data is used for it).
    """
    from ..pipeline.documents import analyse_many, article_from_text
    from ..pipeline.registry import build_pipeline
    from ..places.component import places_in
    from ..places.outlets import home_regions

    path = Path(path)
    if not path.exists():
        raise EvaluationDataError(f"{path} does not exist (is ../shared beside the repo?)")
    articles = read_set(path)[:limit] if limit else read_set(path)
    nlp = nlp or build_pipeline(upto="storyline.places")
    inputs = (article_from_text(a.text, outlet=a.outlet) for a in articles)
    docs = list(analyse_many(nlp, inputs))
    predicted = [list(doc._.places or []) for doc in docs]
    if outlet_homes:
        homes = home_regions((a.outlet, p) for a, p in zip(articles, predicted))
        predicted = [places_in(doc, home=homes[a.outlet]) if a.outlet in homes else p
                     for a, doc, p in zip(articles, docs, predicted)]
    return score(path.name, articles, predicted, outlet_homes)


def score(dataset: str, articles: list[GoldArticle], predicted: list[list],
          outlet_homes: bool = False) -> GeoResult:
    """Return the figures for predicted places (one list per article) against the gold."""
    n_gold = n_pred = exact_tp_p = exact_tp_r = over_tp_p = over_tp_r = 0
    with_coords = with_id = id_base = id_hits = 0
    errors: list[float] = []
    for art, places in zip(articles, predicted):
        gold = art.toponyms
        n_gold += len(gold)
        n_pred += len(places)
        spans = {(g.start, g.end) for g in gold}
        found = {(p.start, p.end) for p in places}
        exact_tp_p += sum((p.start, p.end) in spans for p in places)
        exact_tp_r += sum((g.start, g.end) in found for g in gold)
        over_tp_p += sum(any(p.start < g.end and g.start < p.end for g in gold) for p in places)
        for g in gold:
            hits = [p for p in places if p.start < g.end and g.start < p.end]
            over_tp_r += bool(hits)
            if g.lat is None or g.lon is None:
                continue
            with_coords += 1
            with_id += g.geonameid is not None
            resolved = [p for p in hits if p.lat is not None]
            if not resolved:
                continue
            best = min(resolved, key=lambda p: (abs(p.start - g.start) + abs(p.end - g.end)))
            errors.append(km(g.lat, g.lon, best.lat, best.lon))
            if g.geonameid is not None:
                id_base += 1
                id_hits += best.geonameid == g.geonameid
    ep, er = ratio(exact_tp_p, n_pred), ratio(exact_tp_r, n_gold)
    op, orr = ratio(over_tp_p, n_pred), ratio(over_tp_r, n_gold)
    within = sum(e <= 161 for e in errors)
    ordered = sorted(errors)
    return GeoResult(
        dataset=dataset, documents=len(articles), gold=n_gold, predicted=n_pred,
        exact_p=ep, exact_r=er, exact_f1=f1(ep, er), overlap_p=op, overlap_r=orr,
        overlap_f1=f1(op, orr), gold_with_coords=with_coords, resolved_base=len(errors),
        acc161=ratio(within, len(errors)), acc161_all=ratio(within, with_coords),
        gold_with_id=with_id, id_base=id_base, exact_id=ratio(id_hits, id_base),
        mean_km=ratio(sum(errors), len(errors)),
        median_km=ordered[len(ordered) // 2] if ordered else 0.0, outlet_homes=outlet_homes)
