"""Separating an article's body from what surrounds it in a text or Markdown dump.

Scraped dumps mix the story with photo captions and credits, promo lines,
copyright notices, contact lines and Markdown markup. :func:`clean_dump`
sorts each line into body, caption, metadata or boilerplate, keeping what is
useful (caption text, source URL, e-mails, contributors) and recording what it
removed. The rules lean towards keeping text: a line is dropped only when it
matches a boilerplate form as a whole, because losing a body paragraph costs
more than keeping a promo line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Stripped

# --- Markdown -------------------------------------------------------------
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")

# --- whole-line boilerplate ------------------------------------------------
_PROMO = [re.compile(p, re.I) for p in (
    r"get alerts on .{1,80} when a new story is published",
    r"follow the topics in this article",
    r"reuse this content.*",
    r"(jump to )?comments?( section)?",
    r"comments?\s*jump to comments section",
    r"(share|print|e-?mail|tweet|save)( this)?( article| story| page)?",
    r"(sign up|subscribe)( now)?( to| for)? .{0,60}(newsletter|alerts|updates)\.?",
    r"(read|see) (more|also):.*",
    r"advertisement",
    r"(click|tap) here to .{1,80}",
    r"related (articles|stories|topics)",
    r"more on this (story|topic)",
)]
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\))\s*(?:©\s*)?(?P<notice>.*)$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RESERVED = re.compile(r"\ball rights reserved\.?", re.I)
_CONTACT = re.compile(r"^(?:contact|e-?mail|write to) (?:the )?(?:author|reporter|writer)s?\b[^@]*?"
                      r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I)
_SOURCE_URL = re.compile(r"^(?:original|source|canonical)\s*(?:url|link)\s*:\s*<?(?P<url>\S+?)>?\s*$", re.I)
_BYLINE = re.compile(r"^[Bb][Yy]:?\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                     r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$")
_CONTRIBUTORS = re.compile(r"^(?:additional|further) reporting by\s+(?P<names>.+?)\.?\s*$", re.I)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATELINE = re.compile(rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|"
                       rf"\d{{4}}-\d{{2}}-\d{{2}})(?:\s*[,|]?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?.*)?$",
                       re.I)

# --- photo captions and credits -------------------------------------------
_CREDIT = re.compile(
    r"(?:\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+PHOTO\s*/\s*\S.*$"           # AFP PHOTO/NAME ...
    r"|\(?\bPhoto(?:graph)?(?:\s+by|:)\s+[^)]*\)?\s*$"               # (Photo by ...) / Photo: ...
    r"|\b\S+/(?:AFP|Getty Images|Reuters|AP|EPA)(?:/\S+)*\s*$"       # NAME/AFP/Getty Images
    r"|\b(?:REUTERS|AP Photo|EPA|Getty Images)\s*/\s*[A-Z][\w .'-]*$)"  # REUTERS/Name
)
_AGENCY_SLUG = re.compile(r"^(?:TOPSHOTS?(?: -)?|FILE PHOTO:?|FILE -|PHOTO:|Photo:)\s+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Dump:
    """What a text dump holds, sorted: body paragraphs, captions, metadata, stripped parts."""

    body: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    url: str | None = None
    dateline: str | None = None
    copyright_holder: str | None = None
    copyright_year: str | None = None
    stripped: list[Stripped] = field(default_factory=list)


def strip_markdown(line: str) -> str:
    """Return ``line`` with Markdown links, images and emphasis reduced to their text."""
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def clean_dump(raw: str) -> Dump:
    """Return the parts of a text/Markdown article dump, boilerplate removed and recorded."""
    dump = Dump()
    for paragraph in _paragraphs(raw):
        kept = [line for line in paragraph if not _take_line(line, dump)]
        if kept:
            _take_paragraph(" ".join(kept), dump)
    return dump


def _paragraphs(raw: str) -> list[list[str]]:
    """Return blank-line separated paragraphs as lists of non-empty lines."""
    out: list[list[str]] = [[]]
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _take_line(line: str, dump: Dump) -> bool:
    """Record ``line`` as metadata or boilerplate and return True, or return False (keep it)."""
    if m := _SOURCE_URL.match(line):
        dump.url = dump.url or m["url"].strip("<>")
        dump.stripped.append(Stripped("source-url", line))
        return True
    if m := _CONTACT.match(line):
        dump.emails.append(m["email"])
        dump.stripped.append(Stripped("contact", line))
        return True
    plain = strip_markdown(line).strip()
    if m := _MD_HEADING.match(line):
        text = strip_markdown(m[2]).strip()
        if dump.title is None and not dump.body:
            dump.title = text
            return True
        return False  # an inner heading stays as a body line
    if m := _BYLINE.match(plain):
        if len(plain) < 120:
            dump.authors += _split_names(m["names"])
            dump.stripped.append(Stripped("byline", line))
            return True
    if _DATELINE.match(plain) and not dump.body:
        dump.dateline = dump.dateline or plain
        dump.stripped.append(Stripped("dateline", line))
        return True
    if _is_copyright(plain, dump):
        dump.stripped.append(Stripped("copyright", line))
        return True
    if any(p.fullmatch(plain) for p in _PROMO):
        dump.stripped.append(Stripped("promo", line))
        return True
    return False


def _is_copyright(line: str, dump: Dump) -> bool:
    m = _COPYRIGHT.match(line)
    if not m or len(line) > 200:
        return False
    notice = m["notice"]
    rest = ""
    if reserved := _RESERVED.search(notice):
        notice, rest = notice[: reserved.start()], notice[reserved.end():].strip()
    years = _YEAR.findall(notice)
    holder = _YEAR.sub("", notice)
    holder = re.sub(r"\b(?:Limited|Ltd|Inc|LLC|plc|PLC|Corporation|Corp)\b\.?", "", holder)
    holder = re.sub(r"\s+", " ", holder).strip(" ,.-–")
    dump.copyright_holder = dump.copyright_holder or (holder or None)
    dump.copyright_year = dump.copyright_year or (years[-1] if years else None)
    # promo text glued to the notice ("Reuse this content … Comments") is boilerplate too
    if rest and not any(p.match(rest) for p in _PROMO):
        dump.stripped.append(Stripped("promo", rest))
    return True


def _take_paragraph(text: str, dump: Dump) -> None:
    text = strip_markdown(text).strip()
    if m := _CONTRIBUTORS.match(text):
        dump.contributors += _split_names(m["names"])
        dump.stripped.append(Stripped("contributors", text))
        return
    credit = _CREDIT.search(text)
    if credit or _AGENCY_SLUG.match(text):
        caption = text
        if credit:
            dump.stripped.append(Stripped("photo-credit", credit.group(0).strip()))
            caption = text[: credit.start()].strip()
        if slug := _AGENCY_SLUG.match(caption):
            dump.stripped.append(Stripped("photo-credit", slug.group(0).strip()))
            caption = caption[slug.end():]
        if caption:
            dump.captions.append(caption)
        return
    for email in _EMAIL.findall(text):
        if len(text) < 100:
            dump.emails.append(email)
    dump.body.append(text)


def _split_names(names: str) -> list[str]:
    """Return person names from "A in Moscow, B and C in Washington and D"."""
    names = re.sub(r"\s+in\s+[A-Z][\w.'’ -]*?(?=,|\s+and\s+|$)", "", names)
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", names)
    return [p.strip(" .") for p in parts if p.strip(" .")]
