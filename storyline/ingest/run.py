"""Ingesting inputs into the store: read, deduplicate, record what was rejected and why."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Article, Rejection
from ..settings import Settings
from ..store.store import Store
from .identity import NearDuplicates
from .sources import expand, read_source


@dataclass
class IngestSummary:
    """What an ingest run did, input by input."""

    ingested: list[str] = field(default_factory=list)  # article ids
    unchanged: list[str] = field(default_factory=list)  # inputs stored by an earlier run
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, article id)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, first id, sim)
    rejected: list[Rejection] = field(default_factory=list)

    def line(self) -> str:
        """Return the closing one-line summary."""
        return (f"{len(self.ingested)} ingested, {len(self.unchanged)} already stored, "
                f"{len(self.duplicates)} duplicates, {len(self.near_duplicates)} near-duplicates, "
                f"{len(self.rejected)} rejected")


def ingest(paths: Iterable[str | Path], store: Store, settings: Settings,
           progress: Callable[[str], None] | None = None,
           files: list[str] | None = None) -> IngestSummary:
    """Read every input under ``paths`` into ``store``; return what happened to each.

    ``progress`` is called with each file name once it is done.
    """
    summary = IngestSummary()
    index = NearDuplicates(settings.near_duplicate_threshold)
    for article_id, data in store.minhashes():
        index.add(article_id, index.from_bytes(data))
    for source in files if files is not None else expand(paths):
        for item in read_source(source, settings):
            if isinstance(item, Rejection):
                store.add_rejection(item)
                summary.rejected.append(item)
            elif (words := len(item.body().split())) < settings.min_words:
                rejection = Rejection(item.source, f"too short for an article: {words} words "
                                                   f"(minimum {settings.min_words})")
                store.add_rejection(rejection)
                summary.rejected.append(rejection)
            else:
                _store_article(item, store, index, summary)
        if progress:
            progress(source)
    return summary


def _store_article(article: Article, store: Store, index: NearDuplicates,
                   summary: IngestSummary) -> None:
    minhash = index.signature(article.body())
    match = index.match(article.id, minhash)
    first, similarity = match if match else (None, None)
    status = store.add_article(article, NearDuplicates.to_bytes(minhash), first, similarity)
    if status == "ingested":
        index.add(article.id, minhash)
        summary.ingested.append(article.id)
    elif status == "near-duplicate":
        summary.near_duplicates.append((article.id, first, round(similarity, 3)))
    elif status == "duplicate":
        summary.duplicates.append((article.source, article.id))
    else:
        summary.unchanged.append(article.source)
