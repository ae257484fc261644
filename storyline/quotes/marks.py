"""Pairing quotation marks into quotations, paragraph by paragraph.

News copy mixes curly and straight double marks, leaves the closing mark off
a paragraph when the quote goes on in the next one, and sometimes simply
forgets a mark. Pairing is one linear pass from mark to mark that never
fails: an unclosed quotation ends at its paragraph's end (or just before the
next opening mark) and says so in ``closed``. Single marks are left alone:
they are apostrophes far more often than quotations, and they nest inside
double marks anyway.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE
from spacy.tokens import Doc

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quotation:
    """Text between a pair of double quotation marks.

    ``start``/``end`` include the marks (``end`` is past the closing mark, or
    at the end of the quoted words when the mark is missing); ``inner_start``
    and ``inner_end`` exclude them. ``continued`` says the quotation goes on
    from the previous paragraph's open quotation (the reopening-mark
    convention); ``closed`` says a closing mark was found.
    """

    start: int
    end: int
    closed: bool
    continued: bool = False
    inner_start: int = -1
    inner_end: int = -1


def _opens(text: str, i: int, width: int, line_start: int, line_end: int) -> bool:
    """Return whether the straight mark at ``i`` opens rather than closes."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + width] if i + width < line_end else " "
    if before.isspace() or before in "([{—–-/" + OPENING:
        return not after.isspace()
    return False


# A double quotation mark; two apostrophes ('') serve as a straight one in some newsrooms' copy.
_MARK = re.compile("[" + MARKS + "]|''")


def find_quotations(text: str) -> list[Quotation]:
    """Return the double-mark quotations of ``text`` in order, never overlapping."""
    found: list[Quotation] = []
    carried = False  # the previous paragraph ended inside a quotation

    def add(open_at: int, width: int, end: int, inner_end: int, closed: bool, continued: bool) -> None:
        """Record a quotation unless it holds nothing between its marks."""
        if inner_end > open_at + width:
            found.append(Quotation(open_at, end, closed, continued, open_at + width, inner_end))

    for line in _PARAGRAPH.finditer(text):
        lo, hi = line.start(), line.end()
        open_at: int | None = None
        open_width = 1
        continued = False
        last = lo  # where the text after the previous mark starts
        for mark in _MARK.finditer(text, lo, hi):
            i = mark.start()
            width = mark.end() - i
            # the paragraph's first mark, with only spaces before it, may reopen a quotation
            first = last == lo and (i == lo or text[lo:i].isspace())
            last = mark.end()
            ch = text[i]
            straight = ch == STRAIGHT or width == 2
            if ch in OPENING and open_at is not None and (i + 1 >= hi or not text[i + 1].isalnum()):
                # A curly opening mark typed where the closing one belongs (“…,“ said X).
                add(open_at, open_width, i + 1, i, True, continued)
                open_at = None
                continued = False
            elif ch in OPENING or (straight and _opens(text, i, width, lo, hi)) or (
                    ch in CLOSING and open_at is None and i + 1 < hi and text[i + 1].isalnum()):
                if open_at is not None:
                    # An opening mark inside an open quotation: the earlier one lost its close.
                    end = _trim_end(text, open_at, i)
                    add(open_at, open_width, end, end, False, continued)
                open_at, open_width = i, width
                continued = carried and first
            elif open_at is not None:
                add(open_at, open_width, i + width, i, True, continued)
                open_at = None
                continued = False
        carried = open_at is not None
        if open_at is not None:
            end = _trim_end(text, open_at, hi)
            add(open_at, open_width, end, end, False, continued)
    return found


def _trim_end(text: str, start: int, end: int) -> int:
    """Return ``end`` moved left past trailing whitespace, but not before ``start + 1``."""
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def inside(quotations: list[Quotation], start: int, end: int) -> float:
    """Return the share of the characters ``[start, end)`` that lie inside quotations."""
    if end <= start:
        return 0.0
    covered = 0
    for q in quotations:
        if q.end <= start:
            continue
        if q.start >= end:
            break
        covered += min(end, q.end) - max(start, q.start)
    return covered / (end - start)


def quoted_tokens(doc: Doc, quotations: list[Quotation]) -> list[bool]:
    """Return, per token, whether it lies strictly inside a quotation."""
    flags = [False] * len(doc)
    if not quotations:
        return flags
    starts, spaces = doc.to_array([IDX, IS_SPACE]).T.tolist()
    qi = 0
    for i, start in enumerate(starts):
        while qi < len(quotations) and quotations[qi].end <= start:
            qi += 1
        if qi < len(quotations):
            q = quotations[qi]
            flags[i] = q.inner_start <= start < q.inner_end and not spaces[i]
    return flags
