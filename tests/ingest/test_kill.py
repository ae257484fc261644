"""A killed ingest run loses nothing and duplicates nothing when run again."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

ARTICLES = 300


def _write_corpus(folder):
    for i in range(ARTICLES):
        words = " ".join(f"w{i}x{j}" for j in range(60))
        (folder / f"{i:04d}.txt").write_text(f"Story number {i} reports that {words}.")


def _count(db) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_midway_then_rerun_stores_every_article_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_corpus(corpus)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "storyline", "ingest", str(corpus), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and _count(db) < 20:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = _count(db)
    assert 0 < stored_before < ARTICLES, "the kill should land midway through the run"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == ARTICLES
        assert conn.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0] == ARTICLES
        assert conn.execute("SELECT COUNT(*) FROM inputs WHERE status='ingested'").fetchone()[0] \
            == ARTICLES
    assert f"{ARTICLES - stored_before} ingested, {stored_before} already stored" in rerun.stdout
