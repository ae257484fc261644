"""Finding inputs, gzip, stdin, sniffing, and every kind of bad input: rejected with a reason."""
from __future__ import annotations

import gzip

from storyline.ingest.run import ingest
from storyline.ingest.sources import expand, read_source, sniff
from storyline.records import Article, Rejection
from storyline.settings import Settings
from storyline.store.store import Store

BODY = ("The harbour authority said on Monday that the new container terminal would open in "
        "September, two months later than planned, after delays in the delivery of cranes.")


def _read(path, settings=None):
    return list(read_source(str(path), settings or Settings()))


def _only(items):
    assert len(items) == 1, items
    return items[0]


def test_plain_text_file_is_read(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(BODY)
    article = _only(_read(p))
    assert isinstance(article, Article) and article.body() == BODY


def test_gzipped_text_is_read(tmp_path):
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress(BODY.encode()))
    assert isinstance(_only(_read(p)), Article)


def test_truncated_gzip_is_rejected_with_reason(tmp_path):
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress((BODY * 20).encode())[:60])
    rejection = _only(_read(p))
    assert isinstance(rejection, Rejection)
    assert rejection.source == str(p) and "truncated gzip" in rejection.reason


def test_binary_file_is_rejected(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    rejection = _only(_read(p))
    assert isinstance(rejection, Rejection) and "binary" in rejection.reason


def test_empty_file_is_rejected(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n")
    rejection = _only(_read(p))
    assert isinstance(rejection, Rejection) and "empty" in rejection.reason


def test_cp1252_text_is_decoded(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(("“Café” crème, said the minister. " + BODY).encode("cp1252"))
    article = _only(_read(p))
    assert article.text.startswith("“Café” crème")
    assert article.extra["encoding"].startswith("cp1252")


def test_mojibake_is_repaired(tmp_path):
    p = tmp_path / "moji.txt"
    p.write_text("The café’s owner said. " + BODY, encoding="utf-8")
    p.write_bytes(p.read_text().encode("utf-8").decode("latin-1").encode("utf-8"))
    article = _only(_read(p))
    assert article.text.startswith("The café’s owner said.")
    assert "mojibake repaired" in article.extra["encoding"]


def test_file_over_the_size_limit_is_rejected(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(BODY * 100)
    rejection = _only(_read(p, Settings(max_file_mb=0.001)))
    assert isinstance(rejection, Rejection) and "limit" in rejection.reason


def test_missing_file_is_rejected(tmp_path):
    rejection = _only(_read(tmp_path / "nope.txt"))
    assert rejection.reason == "no such file"


def test_directory_is_walked_recursively_skipping_hidden_files_and_databases(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(BODY)
    (tmp_path / "two.md").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "storyline.db").write_bytes(b"SQLite format 3\x00")
    found = list(expand([tmp_path]))
    assert found == [str(tmp_path / "a" / "b" / "one.txt"), str(tmp_path / "two.md")]


def test_format_is_sniffed_from_content_without_a_suffix():
    assert sniff("page", b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff("feed", b"<?xml version='1.0'?><rss version='2.0'></rss>") == "feed"
    assert sniff("archive", b"WARC/1.0\r\n") == "warc"
    assert sniff("lines", b'{"text": "x"}\n') == "jsonl"
    assert sniff("story", b"Just words.") == "text"
    assert sniff("x.warc.gz", b"\x1f\x8b") == "warc"


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "short.txt").write_text("Too short.")
    store = Store(":memory:")
    summary = ingest([tmp_path], store, Settings())
    assert len(summary.ingested) == 1
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in summary.rejected}
    assert set(reasons) == {"empty.txt", "short.txt"}
    assert "too short" in reasons["short.txt"]
    stored = {row.source.rsplit("/", 1)[-1]: row.status for row in store.inputs()}
    assert stored == {"good.txt": "ingested", "empty.txt": "rejected", "short.txt": "rejected"}
