"""Finding inputs and handing each to the reader for its format.

An input is a file, a directory (walked recursively, in sorted order), or
``-`` for standard input; any of them may be gzipped. Each yields Articles
and Rejections; a file that cannot be read at all becomes one Rejection
naming the file and the reason, and the run goes on.
"""
from __future__ import annotations

import gzip
import importlib
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, MalformedInput, TooLarge
from ..records import Article, Rejection
from ..settings import Settings

# format name → "module:function" taking (data: bytes, source: str, settings) and
# yielding Article | Rejection.
READERS = {
    "text": "storyline.ingest.text:read",
    "html": "storyline.ingest.sources:read_html_file",
    "jsonl": "storyline.ingest.jsonl:read",
    "warc": "storyline.ingest.warc:read",
    "feed": "storyline.ingest.feed:read",
}

_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
# storyline's own databases, which may sit beside the articles they were made from
_SKIP_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3")


def expand(paths: Iterable[str | Path]) -> Iterator[str]:
    """Yield the input files named by ``paths`` (directories walked, ``-`` kept)."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield "-"
        elif path.is_dir():
            yield from _walk(path, path)
        else:
            yield str(path)


def _walk(folder: Path, root: Path) -> Iterator[str]:
    """Yield the files below ``folder``, in sorted order, passing over what is not an input.

    Hidden files, storyline databases, and the page folders of feeds (their
    pages are read through the feed, with the entry's metadata) are skipped.
    """
    from .feed import PageFolder

    for child in sorted(folder.iterdir()):
        if child.name.startswith(".") or child.name in _SKIP_NAMES:
            continue
        if child.is_dir():
            if not PageFolder.is_page_folder(child):
                yield from _walk(child, root)
        elif child.is_file() and not child.name.lower().endswith(_SKIP_SUFFIXES):
            yield str(child)


def read_source(source: str, settings: Settings) -> Iterator[Article | Rejection]:
    """Yield what the input ``source`` holds; failures become Rejections."""
    try:
        data = _read_bytes(source, settings)
        data, name = _gunzip(data, source, settings)
        fmt = sniff(name, data)
        reader = _reader(fmt)
        yield from reader(data, source, settings)
    except InputError as exc:
        yield Rejection(exc.source, exc.reason)
    except OSError as exc:
        yield Rejection(source, f"cannot read: {exc.strerror or exc}")


def _read_bytes(source: str, settings: Settings) -> bytes:
    limit = settings.max_file_bytes
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(source, "no such file")
        size = path.stat().st_size
        if size > limit:
            raise TooLarge(source, f"{size} bytes is over the {settings.max_file_mb:g} MB limit "
                                   "(raise --max-file-mb to read it)")
        data = path.read_bytes()
    if len(data) > limit:
        raise TooLarge(source, f"over the {settings.max_file_mb:g} MB limit")
    return data


def _gunzip(data: bytes, source: str, settings: Settings) -> tuple[bytes, str]:
    name = "stdin" if source == "-" else Path(source).name
    if not data.startswith(b"\x1f\x8b"):
        return data, name
    # WARC files are gzipped record by record; warcio reads them as they are.
    if name.lower().endswith((".warc.gz", ".arc.gz")):
        return data, name
    try:
        out = gzip.decompress(data)
    except (EOFError, OSError, zlib.error) as exc:
        raise MalformedInput(source, f"corrupt or truncated gzip data: {exc}") from None
    if len(out) > settings.max_file_bytes:
        raise TooLarge(source, f"over the {settings.max_file_mb:g} MB limit once uncompressed")
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return out, name


def sniff(name: str, data: bytes) -> str:
    """Return the format of a file from its name, else from its first bytes."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    suffix = Path(lower).suffix
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
            return "feed"
        return "html" if b"<html" in head else "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _reader(fmt: str):
    module, func = READERS[fmt].split(":")
    return getattr(importlib.import_module(module), func)


def read_html_file(data: bytes, source: str, settings: Settings) -> Iterator[Article]:
    """Yield the one article of an HTML page."""
    from .html import read_html

    yield read_html(data, source, settings=settings)
