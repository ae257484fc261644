"""The benchmark script's text loading and timing (the model itself is not run here)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import benchmark  # noqa: E402

_SEEN: list[int] = []


def _count(texts):
    _SEEN.append(len(texts))  # in a forked run this list stays the child's
    return len(texts)


def test_load_texts_interleaves_topics_and_undoes_ptb_escapes(tmp_path):
    for topic, words in (("a", ["-LRB- one -RRB-", "two"]), ("b", ["`` three ''", "four"])):
        folder = tmp_path / topic
        folder.mkdir()
        (folder / "articles.jsonl").write_text(
            "\n".join(json.dumps({"text": w}) for w in words) + "\n", encoding="utf-8")
    assert benchmark.load_texts(tmp_path, 3) == ["( one )", "\" three \"", "two"]


def test_each_timed_run_happens_in_its_own_process():
    seconds = benchmark.timed(None, _count, ["x"] * 5, workers=1)
    assert seconds >= 0
    # the parent ran only the two-text warm-up; the timed run's memo stayed in its child
    assert _SEEN == [2]
