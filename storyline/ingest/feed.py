"""Reader for RSS and Atom feeds: one article per entry that carries the story's full text.

Per entry the story's text comes from, in order of preference:

1. a local copy of the linked page, read like any HTML page (see below);
2. the entry's full content (RSS ``content:encoded``, Atom ``<content>``);
3. its summary or description, but only when it is the story itself rather
   than a teaser: ``FULL_TEXT_WORDS`` words, or two paragraphs and half as
   many, and not cut off with an ellipsis or a "read more" link.

The entry's title, link, date (published, else updated) and authors are its
metadata; the feed's own title is the outlet (provenance ``"feed"``).

**Local copies of linked pages.** Feeds often carry only teasers, so a
feed may come with the pages it links to, saved beside it in a folder named
after the feed without its extension (``world.rss`` → ``world.pages/``;
``world.rss.gz`` → ``world.pages/`` too). A page for an entry's link is found
there, first match wins:

* ``pages.json`` in that folder, mapping link URLs to file names in it;
* ``<sha1 of the URL>.html``;
* the URL's last path segment as a file name, as is or with ``.html``
  (``https://example.com/news/talks-resume`` → ``talks-resume.html``).

Malformed XML is tolerated as far as feedparser can recover entries; the
problem is then noted in each article's ``extra["feed_problem"]``. When no
entry can be recovered the feed is rejected with feedparser's reason.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from ..errors import EmptyInput, InputError, MalformedInput
from ..records import Article, Rejection, Stripped
from ..settings import Settings
from .assemble import restamp
from .metadata import iso_date, outlet_from_url, split_authors

# A summary is taken for the story itself when it is this long, or has two
# paragraphs and half that many words; teasers are one short paragraph.
FULL_TEXT_WORDS = 150
_TRUNCATED = re.compile(r"(\.\.\.|…|\[\s*(…|\.\.\.)\s*\]|\bread more\W*)$", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf", ".feed")
# Footers feed software appends to every entry ("The post X appeared first on Y.").
_FEED_FOOTERS = [re.compile(p, re.I | re.S) for p in (
    r"the post .{1,300} appeared first on .{1,120}",
    r"(continue reading|read more|read the (full|rest of the) (story|article)|keep reading)"
    r"\b.{0,100}",
)]


def read(data: bytes, source: str, settings: Settings) -> Iterator[Article | Rejection]:
    """Yield one Article per entry with a story, and a Rejection per entry without one."""
    import feedparser

    # A stream, never bytes or a string: feedparser would take those for a URL
    # to fetch or a path to open.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    problem = _problem(parsed)
    if not parsed.entries:
        if problem:
            raise MalformedInput(source, f"not a feed: {problem}")
        if not parsed.get("version"):
            raise MalformedInput(source, "not a feed: no RSS or Atom elements found")
        raise EmptyInput(source, "the feed has no entries")
    outlet = _text(parsed.feed.get("title"), parsed.feed.get("title_detail"))
    pages = PageFolder.beside(source)
    for index, entry in enumerate(parsed.entries, start=1):
        ref = f"{source}#{index}"
        try:
            yield read_entry(entry, ref, outlet, pages, settings, problem)
        except InputError as exc:
            yield Rejection(ref, f"entry {index}: {exc.reason}")


def _problem(parsed) -> str | None:
    """Return what feedparser found wrong with the feed (XML errors name line:column)."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    return (str(exc) or type(exc).__name__).replace("<unknown>:", "line ")


def read_entry(entry, ref: str, outlet: str | None, pages: "PageFolder | None",
               settings: Settings, problem: str | None = None) -> Article:
    """Return the article of one feed entry; raise InputError when it has no story text."""
    link = entry.get("link") or None
    title = _text(entry.get("title"), entry.get("title_detail"))
    extra: dict = {}
    if problem:
        extra["feed_problem"] = problem
    article = None
    page = pages.find(link) if pages and link else None
    if page is not None:
        article, failure = _read_page(page, ref, link, settings)
        if failure:
            extra["page_problem"] = failure
        else:
            extra["page"] = str(page)
            extra["text_from"] = "linked page"
    if article is None:
        try:
            article = _read_content(entry, ref, extra)
        except InputError as exc:
            if "page_problem" in extra:
                raise type(exc)(ref, f"{exc.reason}; the saved page failed too: "
                                     f"{extra['page_problem']}") from None
            raise
    return _with_entry_metadata(article, entry, ref, title, link, outlet, extra)


def _read_page(page: Path, ref: str, link: str, settings: Settings) -> tuple[Article | None, str]:
    """Return the article of a local page copy, or None and why it could not be read."""
    from .html import read_html

    try:
        size = page.stat().st_size
        if size > settings.max_file_bytes:
            return None, f"{page}: over the {settings.max_file_mb:g} MB limit"
        return read_html(page.read_bytes(), ref, url=link, settings=settings), ""
    except InputError as exc:
        return None, f"{page}: {exc.reason}"
    except OSError as exc:
        return None, f"{page}: cannot read: {exc.strerror or exc}"


def _read_content(entry, ref: str, extra: dict) -> Article:
    """Return the article written in the entry itself (full content, or a full-text summary)."""
    from .text import read_text

    content = _best_content(entry)
    how = "content"
    if content is None:
        summary = entry.get("summary_detail") or {}
        content, how = summary, "summary"
    value = content.get("value") or ""
    if content.get("type", "text/html") in _HTML_TYPES or "<" in value:
        paragraphs, captions = fragment_text(value)
    else:
        paragraphs, captions = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()], []
    paragraphs, footers = _without_footers(paragraphs)
    words = sum(len(p.split()) for p in paragraphs)
    if not words:
        raise EmptyInput(ref, "no text in the entry and no local copy of the linked page")
    if how == "summary" and not _is_full_text(paragraphs, words):
        raise EmptyInput(ref, f"only a {words}-word summary, not the story; save the linked "
                              "page in the feed's .pages folder to read it")
    article = read_text("\n\n".join(paragraphs), ref)
    extra["text_from"] = f"entry {how}"
    stripped = tuple(article.stripped) + tuple(Stripped("promo", f) for f in footers)
    return restamp(article, source=ref, source_format="feed", captions=tuple(captions),
                   stripped=stripped)


def _is_full_text(paragraphs: list[str], words: int) -> bool:
    """Return whether a summary is the whole story rather than a teaser."""
    if _TRUNCATED.search(paragraphs[-1].strip()):
        return False  # cut off with an ellipsis or a "read more" link
    return words >= FULL_TEXT_WORDS or (len(paragraphs) >= 2 and words >= FULL_TEXT_WORDS // 2)


def _best_content(entry) -> dict | None:
    """Return the entry's longest content block (feeds may give HTML and plain text)."""
    blocks = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    return max(blocks, key=lambda c: len(c["value"])) if blocks else None


def _without_footers(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    kept, removed = [], []
    for p in paragraphs:
        (removed if any(f.fullmatch(p) for f in _FEED_FOOTERS) else kept).append(p)
    return kept, removed


def _with_entry_metadata(article: Article, entry, ref: str, title: str | None, link: str | None,
                         outlet: str | None, extra: dict) -> Article:
    """Return ``article`` with the entry's metadata laid over what its text revealed."""
    provenance = dict(article.provenance)
    fields: dict = {}
    if title:
        provenance["title"] = "feed-entry"
    if link:
        fields["url"] = link
        provenance["url"] = "feed-entry"
    published, how, raw = _entry_date(entry)
    if raw:
        extra["published_original"] = raw
    if published:
        fields["published"] = published
        provenance["published"] = how
    elif raw:
        extra["problems"] = [f"entry date {raw!r} is not a full date"]
    if outlet:
        fields["outlet"] = outlet
        provenance["outlet"] = "feed"
    elif not article.outlet and (found := outlet_from_url(link)):
        fields["outlet"] = found
        provenance["outlet"] = "url-domain"
    authors = _authors(entry)
    if authors:
        fields["authors"] = authors
        provenance["authors"] = "feed-entry"
    if entry.get("id") and entry.get("id") != link:
        extra["entry_id"] = entry["id"]
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if tags:
        extra["categories"] = tags
    return restamp(article, source=ref, source_format="feed", title=title,
                   provenance=provenance, extra={**article.extra, **extra}, **fields)


def _entry_date(entry) -> tuple[str | None, str, str | None]:
    """Return (ISO date, provenance, the date as written) of an entry.

    The written form is parsed rather than feedparser's parsed tuple, which
    is in UTC (moving a late-evening story to the next day) and fills in a
    missing day ("2014-03" becomes March 1st).
    """
    for key, how in (("published", "feed-entry"), ("updated", "feed-entry-updated"),
                     ("created", "feed-entry-created")):
        if raw := entry.get(key):
            return iso_date(raw), how, raw
    return None, "", None


def _authors(entry) -> tuple[str, ...]:
    """Return the entry's author names, without e-mail addresses."""
    raw = entry.get("author") or ""
    # RSS writes "desk@outlet.example (Name)"; feedparser splits that wrongly for
    # long top-level domains, so the name is taken from the raw form here.
    if m := re.fullmatch(r"\s*\S+@\S+\s*\((.+)\)\s*", raw):
        return split_authors(m[1])
    names = [n for person in entry.get("authors") or [] for n in split_authors(person.get("name"))]
    if not names:
        names = list(split_authors(raw))
    return tuple(dict.fromkeys(n for n in names if "@" not in n))


def _text(value: str | None, detail: dict | None) -> str | None:
    """Return a title as plain text (Atom titles may be HTML)."""
    if not value:
        return None
    if detail and detail.get("type") in _HTML_TYPES:
        paragraphs, _ = fragment_text(value)
        value = " ".join(paragraphs)
    return re.sub(r"\s+", " ", value).strip() or None


# --- HTML fragments ---------------------------------------------------------

_BLOCKS = {"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "dl", "dd", "dt",
           "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "figure", "header",
           "footer", "aside", "hr", "address"}
_DROPPED = {"script", "style", "noscript", "iframe", "object", "embed", "form", "button",
            "svg", "video", "audio", "template"}


def fragment_text(html: str) -> tuple[list[str], list[str]]:
    """Return the paragraphs and the figure captions of an HTML fragment."""
    import lxml.html
    from lxml import etree

    if not html.strip():
        return [], []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return [], []
    captions = []
    for caption in root.iter("figcaption"):
        text = re.sub(r"\s+", " ", caption.text_content()).strip()
        if text:
            captions.append(text)
    pieces: list[str] = [root.text or ""]
    _walk(root, pieces)
    text = "".join(pieces)
    paragraphs = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", p.replace("\n", " ")).strip()
                  for p in re.split(r"\n{2,}", text)]
    return [p for p in paragraphs if p], captions


def _walk(element, pieces: list[str]) -> None:
    """Append the text of ``element`` to ``pieces``, blank lines marking block edges."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _DROPPED or tag == "figcaption" or not tag:
            pass  # captions are kept apart; comments and scripts are not text
        elif tag == "br":
            pieces.append("\n")
        elif tag in _BLOCKS:
            pieces.append("\n\n")
            pieces.append(child.text or "")
            _walk(child, pieces)
            pieces.append("\n\n")
        else:
            pieces.append(child.text or "")
            _walk(child, pieces)
        pieces.append(child.tail or "")


# --- local copies of linked pages -------------------------------------------

class PageFolder:
    """The folder of saved linked pages beside a feed file."""

    MAP_FILE = "pages.json"

    def __init__(self, folder: Path):
        self.folder = folder
        self._map: dict[str, str] | None = None

    @classmethod
    def beside(cls, source: str) -> "PageFolder | None":
        """Return the page folder of the feed file ``source``, None when there is none."""
        if source == "-":
            return None
        path = Path(source)
        name = path.name
        if name.lower().endswith(".gz"):
            name = name[:-3]
        if name.lower().endswith(_FEED_SUFFIXES):
            name = name[: name.rfind(".")]
        folder = path.with_name(f"{name}.pages")
        return cls(folder) if folder.is_dir() else None

    @staticmethod
    def is_page_folder(path: Path) -> bool:
        """Return whether ``path`` is the page folder of a feed beside it.

        Walking a directory should pass over such folders: their pages are
        read through the feed, with the feed entry's metadata.
        """
        if not path.name.endswith(".pages") or not path.is_dir():
            return False
        stem = path.name[: -len(".pages")]
        return any(path.with_name(stem + suffix + gz).is_file()
                   for suffix in _FEED_SUFFIXES for gz in ("", ".gz"))

    def find(self, url: str) -> Path | None:
        """Return the saved copy of the page at ``url``, None when there is none."""
        candidates = []
        if mapped := self._mapping().get(url):
            candidates.append(mapped)
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()
        candidates += [f"{digest}.html", f"{digest}.htm"]
        segment = unquote(PurePosixPath(urlparse(url).path).name)
        if segment not in ("", ".", ".."):
            candidates += [segment, f"{segment}.html", f"{segment}.htm"]
        for name in candidates:
            path = (self.folder / name).resolve()
            # a map entry must not lead out of the folder
            if path.is_file() and path.parent == self.folder.resolve():
                return path
        return None

    def _mapping(self) -> dict[str, str]:
        if self._map is None:
            self._map = {}
            map_path = self.folder / self.MAP_FILE
            try:
                loaded = json.loads(map_path.read_text("utf-8")) if map_path.is_file() else {}
            except (OSError, ValueError):
                loaded = {}  # an unreadable map only loses the mapping, not the feed
            if isinstance(loaded, dict):
                self._map = {k: v for k, v in loaded.items() if isinstance(v, str)}
        return self._map
