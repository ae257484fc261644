"""Tying each quote's speaker words to an entity of the article.

Names are looked up among the article's entity mentions; pronouns ("he said",
"it added", "who said") take the most salient compatible speaker before them;
nominal references ("the minister", "Russia's foreign ministry") take the
entity whose description or name carries the noun; follow-on quotes take the
speaker of the quote they continue. Without ``doc._.entities`` (the entities
component missing) the model's named entities stand in, without keys.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from . import cues
from ..pipeline.documents import text_of
from .syntax import Draft, indexes_of
from .marks import Quotation, inside
from .records import Quote, Span

_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
_LOOKBACK = 1500  # characters a pronoun may reach back for its speaker


@dataclass(frozen=True)
class Ref:
    """One mention of an entity: where it is and which entity it belongs to."""

    start: int
    end: int
    label: str
    key: str | None
    name: str


@dataclass(frozen=True)
class Who:
    """A resolved speaker."""

    key: str | None
    name: str
    label: str
    how: str


def entity_refs(doc: Doc) -> list[Ref]:
    """Return the article's entity mentions in text order (model entities when none were made)."""
    entities = doc._.entities if doc.has_extension("entities") else None
    mentions = doc._.mentions if doc.has_extension("mentions") else None
    refs: list[Ref] = []
    if entities and mentions:
        for entity in entities:
            if entity.is_author:
                continue
            label = _person_like(entity)
            for index in entity.mentions:
                m = mentions[index]
                refs.append(Ref(m.start, m.end, label, entity.key, entity.name))
        return sorted(refs, key=lambda r: r.start)
    # Fallback: model entities, a surname joined to the fullest name that ends with it.
    full: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            last = ent.text.split()[-1]
            if len(ent.text) > len(full.get(last, "")):
                full[last] = ent.text
    for ent in doc.ents:
        if ent.label_ in _LABELS:
            name = full.get(ent.text.split()[-1], ent.text) if ent.label_ == "PERSON" else ent.text
            refs.append(Ref(ent.start_char, ent.end_char, ent.label_, None, name))
    return refs


def _person_like(entity) -> str:
    """Return the entity's label, PERSON for an "organisation" the article describes as a person."""
    if entity.label != "ORG":
        return entity.label
    for d in entity.descriptions:
        if d.role and d.role.split()[-1].lower() not in cues.BODY_NOUNS and d.organisation is None:
            return "PERSON"
    return entity.label


def resolve(doc: Doc, drafts: list[Draft], quotations: list[Quotation]) -> list[Quote]:
    """Return ``drafts`` as Quotes, speakers resolved, in the drafts' order."""
    refs = entity_refs(doc)
    genders = _genders(doc, refs)
    # Names inside quotations are the quoted speaker's words, never a pronoun's antecedent.
    narrated = [r for r in refs if inside(quotations, r.start, r.end) == 0.0]
    descriptions = _descriptions(doc)
    text = text_of(doc)
    quotes: list[Quote] = []
    resolved: list[tuple[int, Who | None]] = []  # (cue offset, speaker) of earlier quotes
    for draft in drafts:
        who: Who | None = None
        if draft.carried_from is not None and draft.carried_from < len(quotes):
            src = quotes[draft.carried_from]
            if src.speaker_name is not None:
                who = Who(src.speaker_entity, src.speaker_name, "", "carried-over")
        elif draft.speaker_head is not None:
            who = _resolve_head(doc, doc[draft.speaker_head], refs, narrated, descriptions, resolved, genders)
        at = draft.cue[0] if draft.cue else draft.content[0][0]
        resolved.append((at, who))
        quotes.append(Quote(
            kind=_kind(quotations, draft.content),
            content=tuple(Span(a, b, text[a:b]) for a, b in draft.content),
            cue=_span(text, draft.cue),
            speaker=_span(text, draft.speaker),
            speaker_entity=who.key if who else None,
            speaker_name=who.name if who else None,
            resolution=who.how if who else None,
            channel=_span(text, draft.channel),
            reported_by=_span(text, draft.reported_by),
            form=draft.form,
            follows=draft.carried_from,
        ))
    return quotes


def _span(text: str, r: tuple[int, int] | None) -> Span | None:
    """Return the Span of range ``r`` (None for None)."""
    return Span(r[0], r[1], text[r[0]:r[1]]) if r is not None else None


def _kind(quotations: list[Quotation], content: tuple[tuple[int, int], ...]) -> str:
    """Return "direct", "mixed" or "indirect" from the share of content inside quotation marks."""
    total = sum(b - a for a, b in content)
    quoted = sum(inside(quotations, a, b) * (b - a) for a, b in content)
    share = quoted / total if total else 0.0
    if share >= 0.9:
        return "direct"
    return "mixed" if share > 0.0 else "indirect"


def _ref_at(refs: list[Ref], start: int, end: int) -> Ref | None:
    """Return the mention overlapping ``[start, end)``, preferring people and organisations."""
    hits = [r for r in refs if r.start < end and start < r.end]
    hits.sort(key=lambda r: (r.label not in ("PERSON", "ORG"), -(r.end - r.start)))
    return hits[0] if hits else None


def _resolve_head(doc: Doc, head: Token, refs: list[Ref], narrated: list[Ref], descriptions,
                  earlier: list[tuple[int, Who | None]], genders: dict[str, str]) -> Who | None:
    """Return the entity the speaker words headed by ``head`` refer to, or None."""
    word = head.lower_
    if word in cues.RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        antecedent = head.head.head
        who = _named_or_nominal(doc, antecedent, refs, descriptions)
        return Who(who.key, who.name, who.label, "pronoun") if who else None
    if word in cues.PERSONAL_PRONOUNS or word in cues.GROUP_PRONOUNS:
        return _pronoun(doc, head, narrated, earlier, genders)
    return _named_or_nominal(doc, head, refs, descriptions)


def _named_or_nominal(doc: Doc, head: Token, refs: list[Ref], descriptions) -> Who | None:
    """Return the entity a name or a noun phrase refers to, or None."""
    ref = _ref_at(refs, head.idx, head.idx + len(head.text))
    if ref is not None:
        return Who(ref.key, ref.name, ref.label, "named")
    lo, hi = head.left_edge.idx, head.idx + len(head.text)
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        inner = _ref_at(refs, lo, hi)
        if inner is not None and inner.label in ("PERSON", "ORG"):
            return Who(inner.key, inner.name, inner.label, "named")
        # A name the model missed: its proper-noun words, sort unknown.
        words = [t.text for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head.text]
        return Who(None, " ".join(words), "", "named")
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ != "a" and c.lower_ != "an" for c in head.children):
        return None  # "a new prime minister" introduces someone, it does not refer back
    noun = head.lemma_.lower()
    # An organisation named with this noun elsewhere ("the Foreign Ministry's website").
    for ref in refs:
        if ref.label == "ORG" and noun in ref.name.lower().split():
            return Who(ref.key, ref.name, ref.label, "nominal")
    # The latest person or body described by this noun ("the minister", "the spokesman").
    best = None
    for start, key, name, label, role in descriptions:
        if start < head.idx and role and noun in role.split():
            best = Who(key, name, label, "nominal")
    if best is not None:
        return best
    # "Russia's foreign ministry": the state it belongs to.
    inner = _ref_at(refs, lo, hi)
    if inner is not None and inner.label in ("GPE", "ORG", "NORP"):
        return Who(inner.key, inner.name, inner.label, "nominal")
    return None


def _pronoun(doc: Doc, pron: Token, refs: list[Ref], earlier: list[tuple[int, Who | None]],
             genders: dict[str, str], depth: int = 0) -> Who | None:
    """Return the speaker a pronoun most likely stands for, or None."""
    personal = pron.lower_ in cues.PERSONAL_PRONOUNS
    sex = _pronoun_gender(pron.lower_)

    def agrees(key: str | None, name: str) -> bool:
        """Return whether the person's known gender (if any) matches the pronoun's."""
        known = genders.get(key or name)
        return sex is None or known is None or known == sex

    start = pron.idx
    # 1. A subject in this or the two sentences before ("Akhmetov called for calm. … he said"),
    #    through a chain of subject pronouns ("Putin met officers. He thanked them. … he said").
    sent = pron.sent
    for _ in range(2):
        if sent.start > 0:
            sent = doc[sent.start - 1].sent
    floor = sent.start_char
    candidates = [r for r in refs if floor <= r.start and r.end <= start]
    chain = None
    if depth < 2:
        chain = next((t for t in reversed(doc[sent.start:pron.i]) if t.lower_ == pron.lower_ or (
            sex is not None and _pronoun_gender(t.lower_) == sex)), None)
        if chain is not None and chain.dep_ not in ("nsubj", "nsubjpass"):
            chain = None
    for ref in reversed(candidates):
        if chain is not None and ref.end <= chain.idx:
            found = _pronoun(doc, chain, refs, earlier, genders, depth + 1)
            if found is not None:
                return found
            chain = None
        if _compatible(ref.label, personal) and agrees(ref.key, ref.name) and _is_subject(doc, ref, personal):
            return Who(ref.key, ref.name, ref.label, "pronoun")
    if chain is not None:
        found = _pronoun(doc, chain, refs, earlier, genders, depth + 1)
        if found is not None:
            return found
    # 2. The latest earlier speaker of the right sort.
    for at, who in reversed(earlier):
        if at >= start:
            continue
        if start - at > _LOOKBACK:
            break
        if who is not None and (_compatible(who.label, personal) or not who.label) and agrees(who.key, who.name):
            return Who(who.key, who.name, who.label, "pronoun")
    # 3. The latest mention of the right sort.
    for ref in reversed(refs):
        if ref.end <= start and start - ref.end <= _LOOKBACK and _compatible(ref.label, personal) \
                and agrees(ref.key, ref.name):
            return Who(ref.key, ref.name, ref.label, "pronoun")
    return None


def _pronoun_gender(word: str) -> str | None:
    """Return "m" or "f" for a gendered third-person pronoun, else None."""
    if word in cues.MALE_WORDS:
        return "m"
    return "f" if word in cues.FEMALE_WORDS else None


def _genders(doc: Doc, refs: list[Ref]) -> dict[str, str]:
    """Return the gender the article itself gives each person (entity key or name → "m"/"f").

    Evidence: a title before the name (Mr., Mrs., Ms.) and the gendered
    pronouns that follow a person's mention within its sentence ("Clinton
    said she …"), by majority.
    """
    votes: dict[str, list[int]] = {}
    people = [r for r in refs if r.label == "PERSON"]
    text = text_of(doc)
    for ref in people:
        before = text[max(0, ref.start - 6):ref.start + 5].lower().split()
        sex = next((_TITLES[w] for w in before if w in _TITLES), None)
        if sex:
            votes.setdefault(ref.key or ref.name, [0, 0])[sex == "f"] += 3
    p = 0
    last: Ref | None = None
    # only the gendered pronouns are looked at, found from the lower-case forms' array
    for i in indexes_of(doc, LOWER, _GENDERED):
        tok = doc[i]
        while p < len(people) and people[p].end <= tok.idx:
            last = people[p]
            p += 1
        # Only subjects and "his" vote: in "Trump attacked her" the object is someone else.
        sex = _pronoun_gender(tok.lower_) if tok.dep_ in ("nsubj", "nsubjpass") or tok.lower_ == "his" else None
        if sex and last is not None and last.start >= tok.sent.start_char:
            votes.setdefault(last.key or last.name, [0, 0])[sex == "f"] += 1
    return {who: ("f" if f > m else "m") for who, (m, f) in votes.items() if m != f}


_GENDERED = cues.MALE_WORDS | cues.FEMALE_WORDS
_TITLES = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}


def _compatible(label: str, personal: bool) -> bool:
    """Return whether an entity label suits a personal (he/she) or an impersonal (it/they) pronoun."""
    return label == "PERSON" if personal else label in ("ORG", "GPE", "NORP")


def _is_subject(doc: Doc, ref: Ref, personal: bool = True) -> bool:
    """Return whether the mention heads (or sits in) a clause subject."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ == "poss" and not personal:
            tok = tok.head  # "The Kremlin's account … it cited": the body behind its statement
            continue
        if tok.dep_ not in ("appos", "compound", "conj") or (tok.dep_ == "compound" and tok.head.pos_ != "PROPN"):
            return False  # "the Donetsk billionaire": a modifier, not the subject
        tok = tok.head
    return False


def _descriptions(doc: Doc) -> list[tuple[int, str | None, str, str, str]]:
    """Return (offset, entity key, name, label, role) for every described entity mention."""
    entities = doc._.entities if doc.has_extension("entities") else None
    out = []
    for entity in entities or ():
        for d in entity.descriptions:
            if d.role:
                out.append((d.start, entity.key, entity.name, entity.label, d.role.lower()))
    return sorted(out)
