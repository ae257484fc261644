"""Throughput of storyline's analysis against the bare spaCy model, on Timeline17 articles.

    python scripts/benchmark.py [--articles 60] [--data ../shared/data/timeline17]

In one process run it times, on the same texts: the bare ``en_core_web_sm``
``nlp.pipe``; storyline's full pipeline (the model plus storyline's
components); each with 1 and 2 worker processes, alternating the two and
keeping each one's best of ``--repeats`` runs, each run in a freshly forked
process. Both systems use the same ``nlp.pipe`` batch size (storyline's
setting unless ``--batch-size`` is given), and 2 workers get the batches
``storyline analyze --workers 2`` would make. It prints articles/s, words/s,
the ratio storyline/bare, the speed-up of 2 workers over 1, and the peak
memory of the process and of its workers.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

from storyline.pipeline.analyze import split_batches
from storyline.pipeline.documents import article_from_text, make_doc
from storyline.pipeline.model import load_model
from storyline.pipeline.registry import build_pipeline
from storyline.settings import Settings

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": "\"", "''": "\""}
_NLP = None
_BATCH = Settings().batch_size


def load_texts(folder: Path, limit: int) -> list[str]:
    """Return up to ``limit`` article texts, spread over every Timeline17 collection."""
    per_topic = []
    for path in sorted(folder.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as f:
            per_topic.append([json.loads(line)["text"] for _, line in zip(range(limit), f)])
    texts = []
    while len(texts) < limit and any(per_topic):
        for topic in per_topic:
            if topic and len(texts) < limit:
                texts.append(" ".join(_PTB.get(w, w) for w in topic.pop(0).split()))
    return texts


def _run_bare(texts: list[str]) -> int:
    return sum(len(doc) for doc in _NLP.pipe(texts, batch_size=_BATCH))


def _run_storyline(texts: list[str]) -> int:
    docs = (make_doc(_NLP, article_from_text(t, published="2011-01-01")) for t in texts)
    return sum(len(doc) for doc in _NLP.pipe(docs, batch_size=_BATCH))


def timed(nlp, runner, texts: list[str], workers: int) -> float:
    """Return the seconds ``runner`` takes over ``texts`` with ``workers`` forked processes.

    Each timed run happens in a process forked for it after the warm-up, so
    no run reuses what an earlier run over the same texts left in storyline's
    memo caches: every run pays for its look-ups as on articles never seen.
    """
    global _NLP
    _NLP = nlp
    runner(texts[:2])  # warm-up: lazy tables and caches load before the clock starts
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_timed_child, args=(runner, texts, workers, send))
    child.start()
    seconds = receive.recv()
    child.join()
    return seconds


def _timed_child(runner, texts: list[str], workers: int, send) -> None:
    start = time.perf_counter()
    if workers == 1:
        runner(texts)
    else:
        # the batches `storyline analyze --workers` would make of these articles
        chunks = split_batches(texts, _BATCH, workers)
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(runner, chunks, chunksize=1)
    send.send(time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/timeline17"))
    parser.add_argument("--repeats", type=int, default=2, help="runs per system; the best counts")
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size,
                        help="nlp.pipe batch size of both systems (default: storyline's setting)")
    args = parser.parse_args()
    global _BATCH
    _BATCH = args.batch_size
    if not args.data.exists():
        print(f"{args.data} is absent: nothing to benchmark", file=sys.stderr)
        return 2
    texts = load_texts(args.data, args.articles)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} Timeline17 articles, {words} words, batches of {_BATCH}")
    bare, full = load_model(), build_pipeline()
    results = {}
    systems = (("bare en_core_web_sm", bare, _run_bare), ("storyline analysis", full, _run_storyline))
    for workers in (1, 2):
        # alternate the two systems and keep each one's best run, so a passing load on
        # the machine does not decide the comparison
        for _ in range(args.repeats):
            for name, nlp, runner in systems:
                seconds = timed(nlp, runner, texts, workers)
                results[(name, workers)] = min(seconds, results.get((name, workers), seconds))
        for name, _, _ in systems:
            seconds = results[(name, workers)]
            print(f"{name:<22} {workers} worker(s): {seconds:7.1f} s  "
                  f"{len(texts) / seconds:6.2f} articles/s  {words / seconds:8.0f} words/s")
    for workers in (1, 2):
        ratio = results[("bare en_core_web_sm", workers)] / results[("storyline analysis", workers)]
        print(f"storyline / bare throughput, {workers} worker(s): {ratio:.3f}")
    for name in ("bare en_core_web_sm", "storyline analysis"):
        print(f"{name}: 2 workers / 1 worker speed-up: "
              f"{results[(name, 1)] / results[(name, 2)]:.2f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: main process (both pipelines loaded) {own:.0f} MB, "
          f"largest timed process {kids:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
