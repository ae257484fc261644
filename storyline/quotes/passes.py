"""Passes over the drafts of a whole article: follow-on quotes and outlets passing words on."""
from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from . import cues
from .marks import Quotation, inside
from .syntax import Draft, Range, bare_report, indexes_of, is_outlet, phrase, text_of

_MIN_FOLLOW_ON_WORDS = 4


def add_follow_ons(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    """Return ``drafts`` plus whole-sentence quotations without a cue, speaker carried over."""
    covered = [r for d in drafts for r in d.content]
    extra: list[Draft] = []
    for q in quotations:
        if any(lo < q.end and q.start < hi for lo, hi in covered):
            continue
        words = text_of(doc)[q.inner_start:q.inner_end].split()
        if len(words) < _MIN_FOLLOW_ON_WORDS or not _stands_alone(doc, q):
            continue  # scare quotes, titles and nicknames have no speaker of their own
        previous = _previous_speaker(doc, drafts + extra, q)
        if previous is None:
            continue
        extra.append(Draft(content=((q.start, q.end),), cue=None, speaker=None, speaker_head=None,
                           channel=None, form="follow-on", carried_from=previous))
        covered.append((q.start, q.end))
    merged = drafts + extra
    order = sorted(range(len(merged)), key=lambda i: merged[i].content[0][0])
    new_index = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        d = merged[old]
        if d.carried_from is not None:
            d = replace(d, carried_from=new_index[d.carried_from])
        out.append(d)
    return out


def _stands_alone(doc: Doc, q: Quotation) -> bool:
    """Return whether a quotation is a sentence of its own rather than words inside one."""
    text = text_of(doc)
    before = text[max(0, q.start - 200):q.start].rstrip(" \t")
    if not before or before[-1] in ".!?\n:" or before.endswith(("”", '"')):
        after = text[q.end:q.end + 200].lstrip(" \t")
        return not after or after[0] in "\n“\"" or after[0].isupper() or q.continued
    return False


def _previous_speaker(doc: Doc, drafts: list[Draft], q: Quotation) -> int | None:
    """Return the index of the draft a follow-on quotation continues, or None."""
    best = None
    for i, d in enumerate(drafts):
        end = max(h for _, h in d.content)
        if end <= q.start and (d.speaker is not None or d.carried_from is not None):
            if best is None or end > max(h for _, h in drafts[best].content):
                best = i
    if best is None:
        return None
    gap = text_of(doc)[max(h for _, h in drafts[best].content):q.start]
    # Only the same or the next paragraph, and not across another sentence of narration.
    if gap.count("\n\n") + (gap.count("\n") if "\n\n" not in gap else 0) > 1:
        return None
    if len(gap) > 400:
        return None
    return best


def mark_reports(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Return ``drafts`` where an outlet's "reported" wrapping another attribution is noted on it."""
    out = list(drafts)
    reporting = (doc[i] for i in indexes_of(doc, LEMMA, cues.REPORTING_VERBS))
    tags = [t for t in reporting if bare_report(t) and t.dep_ in ("ccomp", "parataxis", "conj")
            and (t.lemma_.lower() != "say" or is_outlet(next(c for c in t.children if c.dep_ == "nsubj")))]
    for tag in tags:
        subject = next(c for c in tag.children if c.dep_ == "nsubj")
        sent = tag.sent
        for j, inner in enumerate(out):
            if inner.cue is not None and inner.reported_by is None and \
                    sent.start_char <= inner.cue[0] < sent.end_char:
                out[j] = replace(inner, reported_by=phrase(doc, subject, set()))
    for i, outer in enumerate(drafts):
        if outer.cue is None or outer.speaker is None or outer.speaker_head is None:
            continue
        verb = doc.char_span(*outer.cue, alignment_mode="expand")
        if verb is None or verb.root.lemma_.lower() not in cues.REPORTING_VERBS or not is_outlet(doc[outer.speaker_head]):
            continue
        sent = verb.root.sent
        for j, inner in enumerate(drafts):
            if j == i or inner.cue is None or not sent.start_char <= inner.cue[0] < sent.end_char:
                continue
            lo, hi = inner.cue
            wrapped = any(a <= lo and hi <= b for a, b in outer.content) or any(
                a < d and c < b for a, b in outer.content for c, d in inner.content)
            if wrapped:
                out[j] = replace(out[j], reported_by=outer.speaker)
                out[i] = replace(out[i], wrapper=True)
    return out


def credit_citations(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Return ``drafts`` where "X reported …, citing Y" has Y as the speaker and X as the
    reporting source, the "citing" itself no attribution of its own."""
    at_cue = {}
    for i, d in enumerate(drafts):
        if d.cue is not None:
            span = doc.char_span(*d.cue, alignment_mode="expand")
            if span is not None:
                at_cue[span.root.i] = i
    out = list(drafts)
    dropped = set()
    for i, d in enumerate(drafts):
        if d.cue is None or len(d.content) != 1:
            continue
        cue = doc.char_span(*d.cue, alignment_mode="expand")
        if cue is None or cue.root.lemma_.lower() != "cite" or cue.root.tag_ != "VBG":
            continue
        j = at_cue.get(cue.root.head.i)
        cited = doc.char_span(*d.content[0], alignment_mode="expand")
        if j is None or j == i or cited is None or cited.root.ent_type_ not in ("PERSON", "ORG"):
            continue
        report = out[j]
        out[j] = replace(report, speaker=d.content[0], speaker_head=cited.root.i,
                         reported_by=report.reported_by or report.speaker)
        dropped.add(i)
    return [d for i, d in enumerate(out) if i not in dropped]


def drop_nested(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Draft]:
    """Return ``drafts`` without those whose cue lies inside another draft's content.

    A stance or speech verb inside someone's reported words ("Clinton said
    Trump wants to build a wall", "he said the plan, which critics attacked,
    …") is part of what was said; PolNeAR annotates it as an attribution of
    its own only about a quarter of the time (measured on its training
    texts). A cue heading an adverbial clause of its own (", saying …",
    "as he warned …") is a second attribution about as often as not and
    stays, as do a quotation set off by dashes with its tag (- “…,” she
    said -) and the inner quote an outlet's "reported" wraps.
    """
    # Every content fragment with its draft's index, wrappers and bare predicates left out: one flat list
    # to test cues against (a predicate's span is read loosely and would swallow cues of their own).
    spans = [(a, b, i) for i, d in enumerate(drafts) if not d.wrapper and not d.weak for a, b in d.content]
    keep = []
    for i, draft in enumerate(drafts):
        if draft.cue is None or not _nested(doc, i, draft.cue, spans) or _aside(doc, draft, quotations):
            keep.append(draft)
    return keep


def _aside(doc: Doc, draft: Draft, quotations: list[Quotation]) -> bool:
    """Return whether a draft is a quotation with its tag set off by dashes inside narration (- “…,” she said -)."""
    lo, hi = draft.content[0]
    if inside(quotations, lo, hi) < 0.9:
        return False
    return text_of(doc)[max(0, lo - 4):lo].rstrip().endswith(("-", "–", "—", "―"))


def _nested(doc: Doc, index: int, cue: Range, spans: list[tuple[int, int, int]]) -> bool:
    """Return whether the cue of draft ``index`` sits inside another draft's content, where it rarely attributes."""
    lo, hi = cue
    if not any(a < hi and lo < b and j != index for a, b, j in spans):
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is None or span.root.dep_ not in _OWN_CLAUSE


_OWN_CLAUSE = {"advcl"}  # a cue opening an adverbial clause of its own inside another's words


def wrappers(drafts: list[Draft]) -> set[int]:
    """Return the indexes of drafts that only pass on another draft's words (an outlet reporting)."""
    return {i for i, d in enumerate(drafts) if d.wrapper}
