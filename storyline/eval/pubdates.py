"""Scoring publication dates on htmldate's evaluation set, the way htmldate scores itself.

The set is two JSON files (``eval_default.json``, ``eval_mediacloud_2020.json``)
mapping a page's URL to its file and gold date, and ``html.tar.gz`` holding the
pages in folders named after the JSON files. As in htmldate's
``tests/evaluation.py`` (``evaluate_result``), a page whose gold date is set counts:

* a true positive when the system's date equals it,
* a false positive when the system gives another date,
* a false negative when the system gives none (a page with no gold date and
  no answer counts a true negative and a false negative, htmldate's own quirk;
  the current set has no such page);

accuracy = (tp + tn) / all, precision = tp/(tp+fp), recall = tp/(tp+fn).
htmldate's published figures come from ``find_date(page, original_date=True,
extensive_search=True)`` without the page's URL; storyline's ``read_html``
is scored the same way, and again with the URL it would normally know.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError, InputError
from .extraction import Confusion, read_tarball

DEFAULT_DIR = Path("../shared/data/extraction/htmldate_eval")
_SETS = ("eval_default", "eval_mediacloud_2020")


@dataclass(frozen=True)
class DatedPage:
    """A page of htmldate's set: URL, path inside the archive, gold ISO date (or None)."""

    url: str
    file: str
    gold: str | None


@dataclass(frozen=True)
class DateScore:
    """One system's figures on the set."""

    system: str
    counts: Confusion
    rejected: int  # pages the system refused (storyline: no article body found)
    seconds: float


@dataclass(frozen=True)
class DatesResult:
    pages: int
    systems: tuple[DateScore, ...]


def load_dated_pages(directory: Path, limit: int | None = None) -> list[DatedPage]:
    """Return the pages of htmldate's set in ``directory`` (the first ``limit`` when given)."""
    pages = []
    for name in _SETS:
        path = Path(directory) / f"{name}.json"
        if not path.exists():
            raise EvaluationDataError(f"{path} is missing: pass the htmldate_eval directory "
                                      "(default ../shared/data/extraction/htmldate_eval)")
        try:
            data = json.loads(path.read_text("utf-8"))
        except ValueError as exc:
            raise EvaluationDataError(f"{path}: not JSON ({exc})") from None
        for url, item in data.items():
            if not isinstance(item, dict) or not item.get("file"):
                raise EvaluationDataError(f"{path}: entry {url!r} names no file")
            pages.append(DatedPage(url, f"{name}/{item['file']}", item.get("date") or None))
    return pages[:limit] if limit is not None else pages


def judge(gold: str | None, found: str | None) -> Confusion:
    """Return the counts htmldate's evaluation gives one page."""
    if found is None:
        return Confusion(fn=1, tn=1) if gold is None else Confusion(fn=1)
    return Confusion(tp=1) if found == gold else Confusion(fp=1)


def run_htmldate(html: bytes, url: str | None = None) -> tuple[str | None, bool]:
    """Return htmldate's date for a page (its benchmark settings) and False (never rejects)."""
    from htmldate import find_date

    from ..ingest.html import DATE_SEARCH

    try:
        return find_date(html, url=url, **DATE_SEARCH), False
    except Exception:  # noqa: BLE001 — a crash counts as no answer, as in htmldate's benchmark
        return None, False


def run_storyline(html: bytes, url: str | None = None) -> tuple[str | None, bool]:
    """Return the calendar date of ``read_html``'s Article and whether the page was rejected."""
    from ..ingest.html import read_html

    try:
        article = read_html(html, "page", url=url)
    except InputError:
        return None, True
    return (article.published or "")[:10] or None, False


Runner = Callable[[bytes, str | None], tuple[str | None, bool]]


def evaluate_dates(directory: Path = DEFAULT_DIR, limit: int | None = None,
                   with_url: bool = True,
                   progress: Callable[[int], None] | None = None) -> DatesResult:
    """Return htmldate's and storyline's publication-date scores on htmldate's set."""
    import htmldate

    pages = load_dated_pages(directory, limit)
    html = read_tarball(Path(directory) / "html.tar.gz", (p.file for p in pages))
    if missing := [p.file for p in pages if p.file not in html]:
        raise EvaluationDataError(f"{len(missing)} pages are not in html.tar.gz, e.g. {missing[0]}")
    chosen: dict[str, tuple[Runner, bool]] = {
        f"htmldate {htmldate.__version__} alone": (run_htmldate, False),
        "storyline read_html": (run_storyline, False),
    }
    if with_url:
        chosen[f"htmldate {htmldate.__version__} + URL"] = (run_htmldate, True)
        chosen["storyline read_html + URL"] = (run_storyline, True)
    counts = {name: Confusion() for name in chosen}
    rejected = dict.fromkeys(chosen, 0)
    seconds = dict.fromkeys(chosen, 0.0)
    for done, page in enumerate(pages, 1):
        for name, (runner, give_url) in chosen.items():
            started = time.perf_counter()
            found, refused = runner(html[page.file], page.url if give_url else None)
            seconds[name] += time.perf_counter() - started
            rejected[name] += refused
            counts[name] += judge(page.gold, found)
        if progress:
            progress(done)
    return DatesResult(len(pages), tuple(
        DateScore(name, counts[name], rejected[name], round(seconds[name], 1)) for name in chosen))
