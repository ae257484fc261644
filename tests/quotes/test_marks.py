"""Pairing quotation marks, without the model."""
from __future__ import annotations

from storyline.quotes.marks import find_quotations, inside


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text)]


def test_curly_pairs():
    assert quoted("He said “yes” and “no”.") == ["“yes”", "“no”"]


def test_straight_marks_open_and_close_by_context():
    assert quoted('"Fine," she said, "go."') == ['"Fine,"', '"go."']


def test_two_apostrophes_are_a_double_mark():
    text = "''We won,'' he said. It's his ''best day.''"
    assert quoted(text) == ["''We won,''", "''best day.''"]


def test_apostrophes_are_not_quotes():
    assert quoted("Russia's army and the ministers' plan") == []


def test_paragraph_without_closing_mark_continues():
    text = "“We fixed the schools.\n\n“And we will do more.”"
    found = find_quotations(text)
    assert [text[q.start:q.end] for q in found] == ["“We fixed the schools.", "“And we will do more.”"]
    assert not found[0].closed and found[1].continued and found[1].closed


def test_unbalanced_mark_ends_at_paragraph_end():
    text = "“This is unacceptable, she said. \nNext paragraph."
    (q,) = find_quotations(text)
    assert text[q.start:q.end] == "“This is unacceptable, she said." and not q.closed


def test_opening_mark_typed_for_a_closing_one():
    text = "“It could create problems,“ said Jim Clyburn."
    assert quoted(text) == ["“It could create problems,“"]


def test_inside_share():
    text = 'a "bc" d'
    found = find_quotations(text)
    assert inside(found, 0, len(text)) == 4 / len(text)
    assert inside(found, 0, 1) == 0.0
