"""Scoring HTML extraction on trafilatura's evaluation set, the way trafilatura scores itself.

The set (``evaldata.json`` beside ``html.tar.gz``) gives, for each page, up
to six text segments the main text must contain ("with") and up to six it
must not contain ("without"), and for most pages the gold title, author and
publication date. Following trafilatura's ``tests/eval_common.py``:

* text and segments are whitespace-normalised (runs of white space become
  one space) and a segment counts as present when it is a substring;
* per page, a present "with" segment is a true positive, a missing one a
  false negative; a present "without" segment is a false positive, a
  missing one a true negative; an extraction that fails or returns nothing
  counts as empty text (every "with" missed, every "without" avoided);
* counts are summed over pages; precision = tp/(tp+fp), recall =
  tp/(tp+fn), accuracy = (tp+tn)/all, F = 2·tp/(2·tp+fp+fn).

Title, author and date are exact-match accuracy over the pages whose gold
value is not empty (as trafilatura's ``eval_authors.py`` does for authors);
storyline's author list is joined with "; ", trafilatura's own format.

Two systems run on the same pages: trafilatura alone (its benchmark
settings, metadata from ``bare_extraction``) and storyline's ``read_html``,
whose text is the article's body (``Article.body()``: no headline, and no
photo captions, which the set's annotators treat as outside the main text).
"""
from __future__ import annotations

import json
import re
import tarfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError, InputError
from .scores import ratio

DEFAULT_DIR = Path("../shared/data/extraction/trafilatura_eval")
_FIELDS = ("title", "author", "date")


@dataclass(frozen=True)
class Confusion:
    """True/false positives and negatives, with the scores trafilatura and htmldate print."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: "Confusion") -> "Confusion":
        return Confusion(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 0 when nothing was proposed."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 0 when nothing was expected."""
        return ratio(self.tp, self.tp + self.fn)

    @property
    def accuracy(self) -> float:
        """Return (tp + tn) / all counts."""
        return ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    @property
    def f1(self) -> float:
        """Return 2·tp / (2·tp + fp + fn), the harmonic mean of precision and recall."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class Tally:
    """Exact matches out of the items that have a gold value."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float:
        """Return correct / total (0 when there was nothing to judge)."""
        return ratio(self.correct, self.total)


@dataclass(frozen=True)
class Page:
    """One page of the set: its URL, file in the archive, segments and gold metadata."""

    url: str
    file: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    gold: dict[str, str]  # non-empty gold values among title, author, date


@dataclass(frozen=True)
class Extracted:
    """What one system returned for a page (None text when it returned nothing)."""

    text: str | None
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class SystemScore:
    """One system's figures on the set."""

    system: str
    segments: Confusion
    fields: dict[str, Tally]
    failures: int  # pages for which the system returned no text
    seconds: float


@dataclass(frozen=True)
class ExtractionResult:
    pages: int
    systems: tuple[SystemScore, ...]


def norm(text: str) -> str:
    """Return ``text`` with every run of white space made one space, ends trimmed."""
    return re.sub(r"\s+", " ", text).strip()


def count_segments(page: Page, text: str | None) -> Confusion:
    """Return the page's confusion counts for an extracted ``text`` (None counts as empty)."""
    found = norm(text) if text else ""
    tp = sum(1 for s in page.with_ if norm(s) in found) if found else 0
    fp = sum(1 for s in page.without if norm(s) in found) if found else 0
    return Confusion(tp=tp, fp=fp, fn=len(page.with_) - tp, tn=len(page.without) - fp)


def count_fields(page: Page, got: Extracted) -> dict[str, Tally]:
    """Return an exact-match tally per metadata field that has a gold value on ``page``."""
    out = {}
    for name in _FIELDS:
        if gold := page.gold.get(name):
            out[name] = Tally(int((getattr(got, name) or "") == gold), 1)
    return out


def load_pages(directory: Path, limit: int | None = None) -> list[Page]:
    """Return the pages of trafilatura's set in ``directory`` (the first ``limit`` when given)."""
    path = Path(directory) / "evaldata.json"
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing: pass the trafilatura_eval directory "
                                  "(default ../shared/data/extraction/trafilatura_eval)")
    try:
        data = json.loads(path.read_text("utf-8"))
    except ValueError as exc:
        raise EvaluationDataError(f"{path}: not JSON ({exc})") from None
    pages = []
    for url, item in data.items():
        if not isinstance(item, dict) or not item.get("file"):
            raise EvaluationDataError(f"{path}: entry {url!r} names no file")
        gold = {k: item[k] for k in _FIELDS if isinstance(item.get(k), str) and item[k]}
        pages.append(Page(url, item["file"], tuple(item.get("with", ())),
                          tuple(item.get("without", ())), gold))
    return pages[:limit] if limit is not None else pages


def read_tarball(path: Path, names: Iterable[str]) -> dict[str, bytes]:
    """Return the wanted members of a .tar.gz, keyed by their wanted names.

    The pages are read straight from the archive; nothing is unpacked to disk.
    """
    wanted = set(names)
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (the pages of the evaluation set)")
    out: dict[str, bytes] = {}
    try:
        with tarfile.open(path, "r:*") as archive:
            for member in archive:
                # Pages sit at the archive's top or inside one top folder ("html/").
                name = member.name.removeprefix("./")
                key = name if name in wanted else name.split("/", 1)[-1]
                if member.isfile() and key in wanted and (handle := archive.extractfile(member)):
                    out[key] = handle.read()
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise EvaluationDataError(f"{path}: cannot read the archive: {exc}") from None
    return out


def run_trafilatura(html: bytes, url: str | None = None) -> Extracted:
    """Return trafilatura's own text and metadata for a page (its benchmark settings)."""
    import trafilatura

    from ..ingest.html import EXTRACTION

    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, **EXTRACTION)
    except Exception:  # noqa: BLE001 — trafilatura's benchmark counts a crash as a full miss
        return Extracted(None)
    if document is None:
        return Extracted(None)
    return Extracted(document.text, document.title, document.author, document.date)


def run_storyline(html: bytes, url: str | None = None) -> Extracted:
    """Return what storyline's ``read_html`` makes of a page: body text and metadata."""
    from ..ingest.html import read_html

    try:
        article = read_html(html, "page", url=url)
    except InputError:
        return Extracted(None)
    return Extracted(article.body(), article.title, "; ".join(article.authors) or None,
                     (article.published or "")[:10] or None)


Runner = Callable[[bytes, str | None], Extracted]


def systems(with_url: bool = False) -> dict[str, tuple[Runner, bool]]:
    """Return the systems to compare: name → (runner, whether it is given the page's URL)."""
    import trafilatura

    out: dict[str, tuple[Runner, bool]] = {
        f"trafilatura {trafilatura.__version__} alone": (run_trafilatura, False),
        "storyline read_html": (run_storyline, False),
    }
    if with_url:
        out["storyline read_html + URL"] = (run_storyline, True)
    return out


def evaluate_extraction(directory: Path = DEFAULT_DIR, limit: int | None = None,
                        with_url: bool = False,
                        progress: Callable[[int], None] | None = None) -> ExtractionResult:
    """Return each system's segment and metadata scores on trafilatura's evaluation set.

    ``progress`` is called with the number of pages done after each page.
    """
    pages = load_pages(directory, limit)
    html = read_tarball(Path(directory) / "html.tar.gz", (p.file for p in pages))
    return score_pages(pages, html, systems(with_url), progress)


def score_pages(pages: list[Page], html: dict[str, bytes], chosen: dict[str, tuple[Runner, bool]],
                progress: Callable[[int], None] | None = None) -> ExtractionResult:
    """Return the scores of the ``chosen`` systems on ``pages`` (their HTML by file name)."""
    if missing := [p.file for p in pages if p.file not in html]:
        raise EvaluationDataError(f"{len(missing)} pages are not in html.tar.gz, e.g. {missing[0]}")
    totals = {name: Confusion() for name in chosen}
    fields = {name: {f: Tally() for f in _FIELDS} for name in chosen}
    failures = dict.fromkeys(chosen, 0)
    seconds = dict.fromkeys(chosen, 0.0)
    for done, page in enumerate(pages, 1):
        for name, (runner, give_url) in chosen.items():
            started = time.perf_counter()
            got = runner(html[page.file], page.url if give_url else None)
            seconds[name] += time.perf_counter() - started
            failures[name] += not got.text
            totals[name] += count_segments(page, got.text)
            for field_name, tally in count_fields(page, got).items():
                fields[name][field_name] += tally
        if progress:
            progress(done)
    return ExtractionResult(len(pages), tuple(
        SystemScore(name, totals[name], fields[name], failures[name], round(seconds[name], 1))
        for name in chosen))
