"""Scoring the cleaning of text dumps against hand-labelled dumps.

Each dump ``NAME.txt`` or ``NAME.md`` has a ``NAME.json`` beside it listing
snippets of its body paragraphs (which must survive), of its boilerplate
(which must go), and the metadata cleaning should find (title, authors,
published, url, emails, contributors, caption). Two figures matter and are
kept apart because their costs differ: body recall (a lost paragraph loses
facts) and boilerplate removal (a kept promo line only adds noise).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationDataError
from ..ingest.text import read_text

_FIELDS = ("title", "authors", "published", "url", "emails", "contributors", "caption")


@dataclass
class CleaningScore:
    dumps: int = 0
    body_total: int = 0
    body_kept: int = 0
    boilerplate_total: int = 0
    boilerplate_removed: int = 0
    fields_total: int = 0
    fields_right: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def body_recall(self) -> float:
        return self.body_kept / self.body_total if self.body_total else 1.0

    @property
    def boilerplate_removal(self) -> float:
        return self.boilerplate_removed / self.boilerplate_total if self.boilerplate_total else 1.0

    @property
    def metadata_accuracy(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 1.0


def evaluate(folder: str | Path) -> CleaningScore:
    """Return the cleaning scores over every labelled dump in ``folder``."""
    folder = Path(folder)
    golds = sorted(folder.glob("*.json"))
    if not golds:
        raise EvaluationDataError(f"{folder}: no labelled dumps (NAME.json beside NAME.txt/.md)")
    score = CleaningScore()
    for gold_path in golds:
        dump = next((p for p in (gold_path.with_suffix(".txt"), gold_path.with_suffix(".md"))
                     if p.exists()), None)
        if dump is None:
            raise EvaluationDataError(f"{gold_path}: no .txt or .md dump beside it")
        gold = json.loads(gold_path.read_text("utf-8"))
        article = read_text(dump.read_bytes(), str(dump))
        score.dumps += 1
        body = article.body()
        for snippet in gold.get("body", []):
            score.body_total += 1
            if snippet in body:
                score.body_kept += 1
            else:
                score.problems.append(f"{dump.name}: body lost: {snippet!r}")
        for snippet in gold.get("boilerplate", []):
            score.boilerplate_total += 1
            if snippet not in article.text:
                score.boilerplate_removed += 1
            else:
                score.problems.append(f"{dump.name}: boilerplate kept: {snippet!r}")
        found = {
            "title": article.title, "authors": list(article.authors), "published": article.published,
            "url": article.url, "emails": article.extra.get("emails", []),
            "contributors": article.extra.get("contributors", []),
            "caption": " ".join(article.extra.get("captions", [])),
        }
        for name in _FIELDS:
            if name not in gold:
                continue
            score.fields_total += 1
            expected, got = gold[name], found[name]
            right = expected in got if name == "caption" else expected == got
            if right:
                score.fields_right += 1
            else:
                score.problems.append(f"{dump.name}: {name}: expected {expected!r}, got {got!r}")
    return score
