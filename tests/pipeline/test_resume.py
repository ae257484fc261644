"""A killed analysis run resumes: no article analysed twice, none lost."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.model

ARTICLES = 12


def _analysed(db) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_during_analysis_then_rerun_finishes_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(ARTICLES):
        unique = " ".join(f"item{i}x{j}" for j in range(30))  # no two are near-duplicates
        (corpus / f"{i:03d}.txt").write_text(
            f"Officials said on Monday that the bridge over the river would close. {unique}.")
    db = str(tmp_path / "a.db")
    base = [sys.executable, "-m", "storyline"]
    subprocess.run(base + ["ingest", str(corpus), "--db", db], check=True, capture_output=True)
    proc = subprocess.Popen(base + ["analyze", "--db", db, "--batch-size", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and _analysed(db) < 2:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _analysed(db)
    assert 0 < done_before < ARTICLES
    rerun = subprocess.run(base + ["analyze", "--db", db], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - done_before} analysed, 0 failed" in rerun.stdout
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM analyses").fetchone()
    assert rows == (ARTICLES, ARTICLES)
