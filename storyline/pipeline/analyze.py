"""Analysing stored articles: batches through ``nlp.pipe``, one or more worker processes.

Every article the current component versions have not analysed is run
through the pipeline; its records are stored as one analysis row as soon as
it is done, so a killed run loses at most the batch in flight and a rerun
picks up where it stopped. An article whose analysis fails is stored with its
error and the run goes on. Workers only compute; the parent process alone
writes to the store (SQLite has one writer).
"""
from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..records import Article, Entity, Mention, from_jsonable, to_jsonable
from ..settings import Settings
from ..store.store import Store
from .documents import make_doc
from .registry import EXTENSIONS, build_pipeline, versions

RESULT_FIELDS = tuple(e for e in EXTENSIONS if e != "article")


@dataclass
class AnalyzeSummary:
    versions: str = ""
    analysed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, error)
    entities: int = 0

    def line(self) -> str:
        return (f"{len(self.analysed)} analysed, {len(self.failed)} failed, "
                f"{self.entities} entities across the store")


def doc_result(doc: Doc) -> dict:
    """Return the JSON-able records storyline's components left on ``doc``."""
    return {name: to_jsonable(getattr(doc._, name) or []) for name in RESULT_FIELDS}


def analyze(store: Store, settings: Settings, progress: Callable[[str], None] | None = None,
            nlp=None) -> AnalyzeSummary:
    """Analyse every article the current pipeline has not analysed; then relink entities."""
    nlp = nlp or build_pipeline(settings)
    summary = AnalyzeSummary(versions=versions(nlp))
    pending = store.pending_analysis(summary.versions)
    if settings.workers > 1 and len(pending) > 1:
        results = _parallel(nlp, pending, store.article, settings)
    else:
        results = _serial(nlp, (store.article(i) for i in pending), settings.batch_size)
    for article_id, result, error in results:
        store.save_analysis(article_id, summary.versions, result, error)
        if error:
            summary.failed.append((article_id, error.splitlines()[0]))
        else:
            summary.analysed.append(article_id)
        if progress:
            progress(article_id)
    summary.entities = relink(store)
    return summary


def _serial(nlp, articles, batch_size: int) -> Iterator[tuple[str, dict | None, str | None]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, batch_size)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, batch_size)


def _run_batch(nlp, batch: list[Article], batch_size: int):
    """Yield (id, result, error) for a batch; on failure, retry one by one to isolate it."""
    try:
        docs = list(nlp.pipe((make_doc(nlp, a) for a in batch), batch_size=batch_size))
    except Exception:
        for article in batch:
            try:
                yield article.id, doc_result(nlp(make_doc(nlp, article))), None
            except Exception as exc:  # recorded in the store, the run goes on
                yield article.id, None, _describe(exc)
        return
    for article, doc in zip(batch, docs):
        yield article.id, doc_result(doc), None


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}\n" + "".join(traceback.format_exception(exc)[-3:])


# -- worker processes ----------------------------------------------------------
_WORKER_NLP = None
_SMALLEST = 4  # articles in the last batches: smaller ones cost more than they balance


def _init_worker(settings: Settings) -> None:
    global _WORKER_NLP  # one model per worker process, loaded once
    if _WORKER_NLP is None:  # forked workers inherit the parent's pipeline
        _WORKER_NLP = build_pipeline(settings)


def _work(batch: list[Article]) -> list[tuple[str, dict | None, str | None]]:
    return list(_run_batch(_WORKER_NLP, batch, len(batch)))


def split_batches(items: list, size: int, workers: int) -> list[list]:
    """Return ``items`` cut into batches of at most ``size``, shrinking towards the end.

    Each batch takes at most an equal share of what is left among twice the
    workers (guided scheduling): batches stay full while much work remains,
    and the last ones are small, so no worker sits idle while another finishes
    a long batch, also when there are fewer items than ``size`` times the workers.
    """
    out, start = [], 0
    smallest = min(_SMALLEST, -(-len(items) // (2 * workers)))
    while start < len(items):
        left = len(items) - start
        step = min(size, max(-(-left // (2 * workers)), smallest))
        out.append(items[start:start + step])
        start += step
    return out


def _parallel(nlp, pending: list[str], read: Callable[[str], Article], settings: Settings):
    """Yield results from worker processes, reading articles in the calling thread.

    The store's connection belongs to this thread, so each batch is read here
    just before it is handed to the pool; a few batches per worker wait in the
    pool's queue, so a worker that finishes early starts the next one at once.
    Results come back in the order the batches were handed out.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp
    ctx = multiprocessing.get_context("fork")
    window: deque = deque()
    with ctx.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for ids in split_batches(pending, settings.batch_size, settings.workers):
            window.append(pool.apply_async(_work, ([read(i) for i in ids],)))
            if len(window) > 2 * settings.workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


# -- linking across articles -----------------------------------------------------
def relink(store: Store) -> int:
    """Rebuild the store's canonical entities from every analysis; return how many there are."""
    from ..entities.linking import Occurrence, link

    published = {row["id"]: row["published"] for row in store.article_rows()}
    occurrences = []
    for row in store.analyses():
        mentions = [from_jsonable(Mention, m) for m in row.result.get("mentions", [])]
        for data in row.result.get("entities", []):
            entity = from_jsonable(Entity, data)
            occurrences.append(Occurrence(row.article_id, published.get(row.article_id), entity,
                                          [mentions[i] for i in entity.mentions if i < len(mentions)]))
    canon = link(occurrences)
    records = [c.record() for c in canon]
    links = [(o.article_id, o.entity.key, c.id) for c in canon for o in c.occurrences]
    store.replace_entities(records, links)
    return len(records)
