"""Reader for web archives (WARC, and ARC through warcio's conversion): one article per page.

Only what a crawler fetched as a page counts: ``response`` records with HTTP
status 200 and an HTML content type (and ``resource`` records holding HTML,
as wget writes for local captures). Requests, metadata, revisits, images,
scripts and redirects are crawl plumbing and are passed over without a word.
A page that answered with an error status, or whose HTML holds no article,
becomes a Rejection naming the record's byte offset.

warcio stops quietly at a truncated gzip member, so the archive's integrity
is checked here: every gzip member must end, and every uncompressed record
must hold the bytes its Content-Length promises. The first broken record is
reported with its offset; the records before it are still read.
"""
from __future__ import annotations

import dataclasses
import io
import zlib
from collections.abc import Iterator

from ..errors import EmptyInput, InputError, MalformedInput, TooLarge
from ..records import Article, Rejection
from ..settings import Settings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


@dataclasses.dataclass(frozen=True)
class Damage:
    """Where an archive stops being readable, and why."""

    offset: int
    reason: str


def read(data: bytes, source: str, settings: Settings) -> Iterator[Article | Rejection]:
    """Yield one Article per archived HTML page, and a Rejection per page or record that fails."""
    if not data.strip():
        raise EmptyInput(source, "the file is empty")
    gzipped = data[:2] == b"\x1f\x8b"
    damage = None
    if gzipped:
        members, damage = gzip_members(data)
        if members == 1 and not damage:
            # A whole archive gzipped as one piece (not record by record, as the
            # standard wants); warcio cannot read it, so unpack it here.
            data, gzipped = _gunzip_whole(data, source, settings), False
    if not damage or damage.offset > 0:
        _check_format(data, source)
    for item in _records(data, gzipped, damage):
        if isinstance(item, Damage):
            if item.offset == 0:
                raise MalformedInput(source, f"WARC record at offset 0: {item.reason}")
            yield Rejection(f"{source}#{item.offset}",
                            f"WARC record at offset {item.offset}: {item.reason}; "
                            "the archive is unreadable from there on")
        else:
            offset, record, page = item
            yield from _article(page, record, offset, source, settings)


def _records(data: bytes, gzipped: bool, damage: Damage | None) -> Iterator[tuple | Damage]:
    """Yield (offset, record, page) for each HTML page record, then the Damage if any.

    Only warcio's own work happens in here, so its errors are told apart from
    the HTML reader's.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if damage and damage.offset == 0:
        yield damage
        return
    records = ArchiveIterator(io.BytesIO(data), arc2warc=True)
    next_offset = 0  # where the record after the last good one starts
    try:
        for record in records:
            page = _page(record)  # read before asking for the offset, which skips the rest
            offset, length = records.get_record_offset(), records.get_record_length()
            if damage and offset >= damage.offset:
                break
            if not gzipped and data.startswith(b"WARC/", offset) and (
                    short := _shortfall(data, offset, record)):
                damage = Damage(offset, short)
                break
            next_offset = offset + length
            if page is not None:
                yield offset, record, page
        if not damage and not gzipped and data[next_offset:].strip(b"\r\n"):
            # warcio ended early without a word: what is left is not a whole record
            damage = Damage(next_offset, "truncated: the archive ends inside this record")
    except ArchiveLoadFailed as exc:
        damage = damage or Damage(next_offset, _first_line(str(exc)))
    except (EOFError, zlib.error, ValueError, AttributeError, TypeError, IndexError) as exc:
        # warcio fails in many ways on a record cut inside its headers.
        if not gzipped and data.find(b"\r\n\r\n", next_offset) < 0:
            reason = "truncated: the archive ends inside the record's header"
        else:
            reason = f"corrupt ({type(exc).__name__}: {exc})"
        damage = damage or Damage(next_offset, reason)
    if damage:
        yield damage


def _check_format(data: bytes, source: str) -> None:
    """Raise MalformedInput unless ``data`` starts like a WARC or ARC archive."""
    head = data[:4096]
    if head[:2] == b"\x1f\x8b":
        head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
    head = head.lstrip(b"\r\n")
    if not head.startswith((b"WARC/", b"filedesc://")):
        shown = head[:40].decode("utf-8", "replace").splitlines()[0] if head.strip() else "nothing"
        raise MalformedInput(source, f"not a WARC or ARC archive: it starts with {shown!r}")


def _page(record) -> tuple[int | None, bytes] | None:
    """Return (HTTP status, body) when ``record`` holds an HTML page, else None."""
    kind = record.rec_type
    if kind == "response":
        headers = record.http_headers
        if headers is None:  # a response to a non-HTTP fetch (dns:, ftp:)
            return None
        content_type = headers.get_header("Content-Type") or ""
        status = _status(headers.get_statuscode())
    elif kind == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
        status = None
    else:
        return None
    body = record.content_stream().read()
    if not _is_html(content_type, body):
        return None
    return status, body


def _status(code: str | None) -> int | None:
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _is_html(content_type: str, body: bytes) -> bool:
    """Return whether a record is an HTML page; the body decides when no type is given."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime:
        return mime in _HTML_TYPES
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _article(page: tuple[int | None, bytes], record, offset: int, source: str,
             settings: Settings) -> Iterator[Article | Rejection]:
    """Yield the article of one archived page, or the Rejection saying why there is none."""
    status, body = page
    ref = f"{source}#{offset}"
    where = f"WARC record at offset {offset}"
    if status is not None and 300 <= status < 400:
        return  # a redirect; the page it points to is its own record
    if status is not None and status != 200:
        yield Rejection(ref, f"{where}: HTTP status {status}, not a page to read")
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    from .html import read_html

    try:
        article = read_html(body, ref, url=url, settings=settings)
    except InputError as exc:
        yield Rejection(ref, f"{where}: {exc.reason}")
        return
    extra = dict(article.extra)
    if crawled := record.rec_headers.get_header("WARC-Date"):
        extra["crawled"] = crawled  # when it was fetched, never the publication date
    provenance = dict(article.provenance)
    if url:
        provenance.setdefault("url", "warc-target-uri")
    yield dataclasses.replace(article, url=article.url or url, source=ref, source_format="warc",
                              provenance=provenance, extra=extra)


def _shortfall(data: bytes, offset: int, record) -> str | None:
    """Return why an uncompressed record is cut short, None when its block is whole."""
    declared = record.rec_headers.get_header("Content-Length")
    header_end = data.find(b"\r\n\r\n", offset)
    if declared is None or header_end < 0:
        return "truncated: no complete WARC header"
    try:
        end = header_end + 4 + int(declared)
    except ValueError:
        return f"corrupt: Content-Length {declared!r} is not a number"
    if end > len(data):
        return f"truncated: {end - len(data)} of its {declared} bytes are missing"
    return None


def _gunzip_whole(data: bytes, source: str, settings: Settings) -> bytes:
    """Return an archive gzipped as one member, unpacked within the size limit."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = inflater.decompress(data, settings.max_file_bytes + 1)
    if len(out) > settings.max_file_bytes:
        raise TooLarge(source, f"over the {settings.max_file_mb:g} MB limit once uncompressed")
    return out


def gzip_members(data: bytes) -> tuple[int, Damage | None]:
    """Return how many whole gzip members an archive holds, and where it is cut or corrupt."""
    position, members = 0, 0
    view = memoryview(data)
    while position < len(data):
        if bytes(view[position:position + 2]) != b"\x1f\x8b":
            if not bytes(view[position:]).strip(b"\r\n\x00 "):
                break  # padding after the last member
            return members, Damage(position, "corrupt: not a gzip member where a record should start")
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        cursor = position
        try:
            while not inflater.eof and cursor < len(data):
                chunk = view[cursor:cursor + _CHUNK]
                inflater.decompress(chunk)
                cursor += len(chunk)
        except zlib.error as exc:
            return members, Damage(position, f"corrupt gzip data ({exc})")
        if not inflater.eof:
            return members, Damage(position, "truncated: the archive ends inside this record")
        members += 1
        position = cursor - len(inflater.unused_data)
    return members, None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unreadable"
