"""Event-coding evaluation on the reference sets in ../shared/data/events.

* ``gsr``: the PETR2 gold-standard records (78 real sentences): precision,
  recall and F1 of (source, target, code) tuples, of (source, target, root)
  tuples, and root-code accuracy on the events whose dyad was found.
* ``conflibert``: penta-class macro-F1 on ``cameo_class_train.tsv`` and
  source/target span F1 on ``cameo_ner_train.txt`` (exact token spans).
* ``plover``: PLOVER type accuracy on the CAMEO manual sentences coded in PLOVER.

Every set runs sentence by sentence through the plain model and
:func:`storyline.events.component.extract_events`; the texts are read from
../shared/data at evaluation time and never copied.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import EvaluationDataError
from ..events.cameo import load_cameo, penta_class
from ..events.component import complete, default_coder, extract_events
from ..events.records import Event

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events"


@dataclass(frozen=True)
class PRF:
    """Counts and precision, recall and F1."""

    true_pos: int
    system: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_pos / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    """A disagreement, for error analysis."""

    id: str
    kind: str  # "missed" | "spurious" | "wrong class" …
    text: str
    gold: str
    system: str


@dataclass(frozen=True)
class GsrResult:
    """Scores on the PETR2 gold-standard records."""

    sentences: int
    events: PRF  # (source, target, full code)
    roots: PRF  # (source, target, root code)
    dyads: PRF  # (source, target)
    root_accuracy: float  # root right among events whose dyad was found
    root_base: int
    misses: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class ClassResult:
    """Penta-class scores on the ConfliBERT sentences."""

    sentences: int
    macro_f1: float
    accuracy: float
    per_class: tuple[tuple[int, float, float, float], ...]  # class, P, R, F1
    no_event: int  # sentences without an event with actors (classed by their event words)
    misses: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class SpanResult:
    """Source/target span scores on the ConfliBERT NER sentences."""

    sentences: int
    overall: PRF
    source: PRF
    target: PRF


@dataclass(frozen=True)
class PloverResult:
    """PLOVER event-type accuracy on the CAMEO manual sentences."""

    sentences: int
    accuracy: float
    answered: int  # sentences where an event was produced
    accuracy_answered: float
    confusion: tuple[tuple[str, str, int], ...]  # gold, system, count (most frequent first)
    misses: tuple[Miss, ...] = ()


def _jsonl(path: Path, limit: int | None) -> list[dict]:
    """Return the first ``limit`` records of a JSON-lines file."""
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def _iso(date: str | None) -> str | None:
    """Return an ISO date from ``YYYYMMDD`` (or None)."""
    if date and len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def _model(nlp):
    """Return ``nlp`` or the plain model."""
    if nlp is not None:
        return nlp
    from ..pipeline.model import load_model

    return load_model()


def best_event(events: list[Event], doc=None) -> Event | None:
    """Return the event that best stands for the sentence: complete, not reported, in
    the main clause (when ``doc`` is given), confident, early."""
    if not events:
        return None

    def depth(event: Event) -> int:
        if doc is None:
            return 0
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        return len(list(span.root.ancestors)) if span is not None else 0

    return max(events, key=lambda e: (_specific(e.source) and _specific(e.target),
                                      not e.reported, -depth(e), e.confidence,
                                      -e.trigger_start))


def _specific(actor) -> bool:
    """Return whether an event actor has a code that says whose it is: a group known only
    by its role ("---MIL", "troops") is as vague as an uncoded phrase."""
    return bool(actor and actor.code and not actor.code.startswith("---"))


def evaluate_gsr(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                 coder=None) -> GsrResult:
    """Return event tuple scores on ``petrarch/PETR2_GSR_validation.jsonl``."""
    records = _jsonl(directory / "petrarch" / "PETR2_GSR_validation.jsonl", limit)
    nlp = _model(nlp)
    coder = coder or default_coder()
    counts = Counter()
    misses: list[Miss] = []
    root_right = root_base = 0
    for record in records:
        if record.get("error"):
            continue
        doc = nlp(record["text"])
        found = complete(extract_events(doc, coder, date=_iso(record.get("date"))))
        system = {(e.source.code, e.target.code, e.code) for e in found}
        gold = {(g["source"], g["target"], g["code"]) for g in record.get("events", [])}
        for name, key in (("events", lambda t: t), ("roots", lambda t: (t[0], t[1], t[2][:2])),
                          ("dyads", lambda t: (t[0], t[1]))):
            s, g = {key(t) for t in system}, {key(t) for t in gold}
            counts[name, "tp"] += len(s & g)
            counts[name, "sys"] += len(s)
            counts[name, "gold"] += len(g)
        for g in gold:
            codes = [t[2] for t in system if t[:2] == g[:2]]
            if codes:
                root_base += 1
                root_right += any(c[:2] == g[2][:2] for c in codes)
        for t in sorted(system - gold):
            misses.append(Miss(record["id"], "spurious", record["text"], "", " ".join(t)))
        for t in sorted(gold - system):
            misses.append(Miss(record["id"], "missed", record["text"], " ".join(t),
                               "; ".join(" ".join(x) for x in sorted(system))))
    prf = {n: PRF(counts[n, "tp"], counts[n, "sys"], counts[n, "gold"])
           for n in ("events", "roots", "dyads")}
    return GsrResult(len(records), prf["events"], prf["roots"], prf["dyads"],
                     root_right / root_base if root_base else 0.0, root_base, tuple(misses))


# CAMEO roots of acts done together (agree, cooperate, meet, settle) and the code of
# talks, whose two sides the annotators mark as joint (R) even when one "holds talks with"
# the other; plain meetings and visits they mostly mark as source and target.
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
_MEETINGS = frozenset({"046"})
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_HOLDER_DEPS = ("dobj", "pobj")
# Roots whose target needs no name: a comment is about anything, and one is tortured or
# abducted whoever one is ("tortured a 35-year-old inmate")
_ANY_TARGET = frozenset({"01", "18"})
# Sites and people an act is done to where they are ("stormed a police headquarters in X").
_SITES = frozenset({"headquarters", "base", "mosque", "church", "temple", "shrine", "school",
                    "hospital", "building", "office", "embassy", "consulate", "prison", "jail",
                    "camp", "checkpoint", "post", "outpost", "barracks", "village", "town",
                    "market", "airport", "port", "station", "compound", "facility", "depot",
                    "bridge", "position", "convoy", "vehicle", "ship", "people", "civilian",
                    "protester", "demonstrator", "villager", "resident", "worker", "student",
                    "journalist", "activist", "soldier", "officer", "refugee", "migrant"})


def _tsv(path: Path, limit: int | None) -> Iterator[tuple[str, int]]:
    """Yield (sentence, label) rows of a ConfliBERT class file."""
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    with path.open(encoding="utf-8", newline="") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                break
            text, _, label = line.rstrip("\r\n").rpartition("\t")
            if text and label.strip().isdigit():
                yield text, int(label)


def conflibert_class(code: str) -> int:
    """Return the ConfliBERT class of a CAMEO code.

    As in :func:`storyline.events.cameo.penta_class`, except that root 16
    (reduce relations: suspend aid, cancel a visit, break off talks) goes with
    verbal conflict: the ConfliBERT annotators put 85% of the sentences
    storyline codes 16 in class 3 (measured on cameo_class_train.tsv).
    """
    return 3 if code[:2] == "16" else penta_class(code)


def lexical_class(doc) -> int | None:
    """Return the ConfliBERT class of the main-clause-most event word of ``doc`` when no
    event with actors was found (None when the lexicon knows no word of it)."""
    from ..events.extract import context
    from ..events.lexicon import load

    lexicon = load()
    best = None
    for token in doc:
        code = None
        if token.pos_ == "VERB":
            coding = lexicon.code_verb(token.lemma_.lower(), context(token))
            code = coding.code if coding else None
        elif token.pos_ == "NOUN":
            code = lexicon.code_noun(token.lemma_.lower())
        if code and code not in ("010", "01"):
            depth = len(list(token.ancestors))
            if best is None or depth < best[0]:
                best = (depth, code)
    return conflibert_class(best[1]) if best else None


def sentence_class(events: list[Event], doc=None) -> int | None:
    """Return the ConfliBERT class of a sentence's main event, or None without events."""
    event = best_event(events, doc)
    return conflibert_class(event.code) if event else None


def evaluate_classes(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                     coder=None) -> ClassResult:
    """Return penta-class macro-F1 on ``conflibert/cameo_class_train.tsv``."""
    rows = list(_tsv(directory / "conflibert" / "cameo_class_train.tsv", limit))
    nlp = _model(nlp)
    coder = coder or default_coder()
    pairs = []
    misses = []
    none = 0
    for n, (text, gold) in enumerate(rows):
        doc = nlp(text)
        guess = sentence_class(extract_events(doc, coder, uncoded=True), doc)
        if guess is None:
            guess = lexical_class(doc)
        if guess is None:
            none += 1
            guess = 0  # statements are the residual class
        pairs.append((gold, guess))
        if guess != gold:
            misses.append(Miss(str(n), "wrong class", text, str(gold), str(guess)))
    per_class = []
    for label in range(5):
        tp = sum(1 for g, s in pairs if g == s == label)
        prf = PRF(tp, sum(1 for _, s in pairs if s == label),
                  sum(1 for g, _ in pairs if g == label))
        per_class.append((label, prf.precision, prf.recall, prf.f1))
    macro = sum(c[3] for c in per_class) / 5
    accuracy = sum(1 for g, s in pairs if g == s) / len(pairs) if pairs else 0.0
    return ClassResult(len(rows), macro, accuracy, tuple(per_class), none, tuple(misses))


def _bio(path: Path, limit: int | None) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, tags) sentences of a ConfliBERT BIO file."""
    if not path.exists():
        raise EvaluationDataError(f"{path} is missing (is ../shared/data beside the repo?)")
    tokens: list[str] = []
    tags: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                    count += 1
                    if limit and count >= limit:
                        return
                tokens, tags = [], []
                continue
            word, _, tag = line.rpartition(" ")
            tokens.append(word)
            tags.append(tag)
    if tokens:
        yield tokens, tags


def gold_spans(tags: list[str]) -> set[tuple[str, int, int]]:
    """Return (label, first token, last token + 1) spans of BIO ``tags``."""
    spans = set()
    start = label = None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.add((label, start, i))
                start = label = None
            if tag.startswith("B-") or tag.startswith("I-"):
                start, label = i, tag[2:]
    return spans


def system_spans(events: list[Event], offsets: list[int], whole: bool = True,
                 tokens: list[str] | None = None, doc=None) -> set[tuple[str, int, int]]:
    """Return (S|T|R, first token, end token) spans of the main event's actors.

    ``whole`` takes each actor's whole noun phrase (modifiers, prepositional
    phrases, participles), as the ConfliBERT annotators marked them.
    """
    event = best_event(events, doc)
    if event is None:
        return set()
    same = [e for e in events if e.group == event.group]
    joint = any(e.source and e.target and e.source.start == t.start
                for e in same for t in e.actors if e.target is not None and
                any(e.target.start == a.start for a in e.actors))
    # a comment's target is what it is about, someone or not ("skeptical about the scheme")
    recipients = [a for a in event.recipients if doc is None or
                  event.root_code in _ANY_TARGET or _names_actor(a, doc)]
    if not recipients and doc is not None:
        recipients = _purpose_recipients(event, events, doc)
    # several actors agreeing or meeting act jointly when nobody else is named
    joint = joint or (len(event.actors) > 1 and not recipients and
                      event.root_code in _JOINT_ROOTS)
    spans = set()
    if event.code[:3] in _MEETINGS and recipients and not joint:
        # talks have no source and target: the annotators mark both sides as joint (R)
        labels = (("R", event.actors), ("R", recipients))
    else:
        labels = (("R" if joint else "S", event.actors), ("T", recipients))
    for label, actors in labels:
        for actor in actors:
            place = _place_within(actor, doc) if label == "T" and doc is not None else None
            holder = _place_holder(actor, doc, event) if label == "T" and doc is not None \
                else None
            if holder is not None:
                spans.add((label, holder[0], holder[1]))
            elif place is not None:
                spans.add((label, place[0], place[1]))
            elif whole and actor.np_start is not None:
                spans.add((label, actor.np_start, actor.np_end))
            else:
                spans.add((label, actor.start, actor.end))
    result = set()
    for label, start, end in spans:
        first = next((i for i, o in enumerate(offsets) if o >= start), None)
        last = next((i for i in range(len(offsets) - 1, -1, -1) if offsets[i] < end), None)
        if first is not None and last is not None and tokens and last > first and \
                tokens[first].lower() in ("both", "either"):
            first += 1  # "both India and Pakistan": the annotators mark each side alone
        if first is not None and last is not None and last >= first:
            result.add((label, first, last + 1))
    return _join_lists(result, tokens) if tokens else result


def _place_within(actor, doc) -> tuple[int, int] | None:
    """Return the (start, end) characters of the named place a target's phrase is sent
    or aimed to when its head is a thing, not someone ("a team of experts to Alabama",
    "restrictions on assistance to North Korea"), else None: the annotators mark the place."""
    if actor.np_start is None:
        return None
    span = doc.char_span(actor.np_start, actor.np_end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.pos_ != "NOUN" or root.ent_type_ or (_names_actor(actor, doc) and not actor.code):
        return None  # someone named, not a thing
    if any(t.dep_ == "nummod" for t in root.children) or (_coder() and (
            clues := _coder().clues(root.text)) and clues.role):
        return None  # people counted or named by their role are the target themselves
    for token in span:
        if token.dep_ == "pobj" and token.ent_type_ in ("GPE", "LOC") and \
                token.head.lower_ == "to" and _nominal_path(token.head, root):
            first = min(t.idx for t in token.subtree if t.ent_type_ or t.i == token.i)
            end = max(t.idx + len(t.text) for t in token.subtree
                      if t.ent_type_ in ("GPE", "LOC"))
            return first, end
    return None


def _place_holder(actor, doc, event: Event) -> tuple[int, int] | None:
    """Return the (start, end) characters of the object phrase a place target was read
    from ("stormed a police headquarters in eastern Afghanistan" → the whole phrase, not
    "eastern Afghanistan"), or None when the target is not a place inside the object."""
    if actor.np_end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    trigger = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or trigger is None:
        return None
    place, prep = span.root, span.root.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "near") or \
            place.ent_type_ not in _PLACE_ENTITIES:
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        # the parser often hangs the place on the verb: "stormed [a base] [in X]"
        holder = next((c for c in holder.children if c.dep_ == "dobj" and
                       c.right_edge.i + 1 == prep.i), holder)
    if holder.pos_ != "NOUN" or holder.ent_type_ in _ACTOR_ENTITIES or \
            holder.dep_ not in _HOLDER_DEPS:
        return None
    from ..events.nouns import ABSTRACT
    from ..events.lexicon import load

    lemma = holder.lemma_.lower()
    if load().may_trigger(lemma) or lemma in ABSTRACT or lemma not in _SITES:
        # an act or a thing given in the place ("a ceasefire in Idlib", "aid deliveries
        # in Nigeria") leaves the place the target; a site or people there are the target
        return None
    head = holder.head if holder.dep_ == "dobj" else holder.head.head
    if not any(t.i == head.i for t in trigger):
        return None
    return holder.left_edge.idx, actor.np_end


def _nominal_path(word, root) -> bool:
    """Return whether ``word`` hangs on ``root`` through nouns and prepositions only (not
    inside a clause: "a plane flying from Karachi to New Delhi")."""
    while word.i != root.i:
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return True


def _purpose_recipients(event: Event, events: list[Event], doc) -> list:
    """Return whom the act an event is done for or by was aimed at, when the event itself
    names no one ("gave 352 million euros to promote investment in Ethiopia", "continues
    its efforts by donating supplies to African countries"): the recipients of the nearest
    event whose trigger hangs on the main event's as a purpose, means, second act or the
    act of its object, within three steps of the parse."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return []
    main = span.root
    best: tuple[int, list] | None = None
    for other in events:
        if other is event or other.reported or not other.recipients:
            continue
        at = doc.char_span(other.trigger_start, other.trigger_end, alignment_mode="expand")
        if at is None:
            continue
        word, steps = at.root, 0
        # up through purpose clauses, "by"-gerunds and coordinated verbs, at most three steps
        while word.i != main.i and steps < 3 and word.head.i != word.i and word.dep_ in (
                "xcomp", "advcl", "conj", "pcomp", "prep", "acl", "dobj", "pobj"):
            word, steps = word.head, steps + 1
        found = [a for a in other.recipients if _names_actor(a, doc) and
                 a.text.lower() not in ("them", "it", "him", "her", "us")]
        if word.i == main.i and found and (best is None or steps < best[0]):
            best = (steps, found)
    return best[1] if best else []


def _names_actor(actor, doc) -> bool:
    """Return whether an event actor names someone or somewhere: coded, or a named entity
    among its words (not "a ban preventing …" or "the access of UN workers")."""
    if actor.code:
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.ent_type_ in _ACTOR_ENTITIES or root.pos_ != "NOUN" or any(
            t.ent_type_ in _ACTOR_ENTITIES for t in root.children
            if t.i < root.i and t.dep_ in ("amod", "compound", "poss", "nmod")):
        return True
    # a part of a named place is a place ("parts of North Sinai", "the territory of Kashmir")
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and p.ent_type_ in _PLACE_ENTITIES for p in c.children)
           for c in root.children):
        return True
    # people are counted ("18 people", "dozens of fighters") or have a role ("police");
    # an act or a thing handed over ("lifted a ban", "set up field hospitals") is no one
    if any(t.dep_ == "nummod" or t.lower_ in ("several", "many", "some", "other")
           for t in root.children) or root.head.lower_ == "of" and root.head.head.like_num:
        return True
    clues = _coder().clues(span.text) if _coder() else None
    return bool(clues and clues.role)


@lru_cache(maxsize=1)
def _coder():
    """Return the default actor coder, loaded once for span scoring."""
    return default_coder()


def _join_lists(spans: set[tuple[str, int, int]], tokens: list[str]) -> set[tuple[str, int, int]]:
    """Return ``spans`` with joint-actor (R) spans joined across "and", "or" and commas:
    the annotators marked "Trump and King Abdullah will gather" as one span, but listed
    sources and targets one by one (S/T: 87 lists split, 39 joined in cameo_ner_train)."""
    ordered = sorted(spans, key=lambda s: (s[0], s[1]))
    joined: list[tuple[str, int, int]] = []
    for span in ordered:
        if joined and span[0] == "R" == joined[-1][0] and joined[-1][2] <= span[1] and \
                all(t.lower() in ("and", "or", ",") for t in tokens[joined[-1][2]:span[1]]) \
                and span[1] - joined[-1][2] <= 2:
            joined[-1] = (span[0], joined[-1][1], span[2])
        else:
            joined.append(span)
    return set(joined)


# Apostrophes the ConfliBERT tokens part from a possessive "s" ("Iran ’ s parliament").
_APOSTROPHES = frozenset({"'", "\u2019", "\u00b4"})


def sentence_text(tokens: list[str]) -> tuple[str, list[int]]:
    """Return the text of a tokenized sentence and each token's offset in it.

    Tokens are joined by spaces, except a possessive "s" split from its apostrophe,
    which is joined back as "'s": the small model reads "Iran ’ s parliament" (and
    often "Iran’s parliament") as a verb "s", not as Iran's parliament (111 of the
    1,153 sentences of cameo_ner_train split one). The text keeps every token's length.
    """
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    for i, token in enumerate(tokens):
        glued = token == "s" and i > 0 and tokens[i - 1] in _APOSTROPHES
        if glued:
            parts[-1] = "'"
        elif i:
            parts.append(" ")
            at += 1
        offsets.append(at)
        parts.append(token)
        at += len(token)
    return "".join(parts), offsets


def evaluate_spans(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                   coder=None) -> SpanResult:
    """Return source/target span F1 on ``conflibert/cameo_ner_train.txt``."""
    nlp = _model(nlp)
    coder = coder or default_coder()
    counts = Counter()
    sentences = 0
    for tokens, tags in _bio(directory / "conflibert" / "cameo_ner_train.txt", limit):
        sentences += 1
        text, offsets = sentence_text(tokens)
        doc = nlp(text)
        events = extract_events(doc, coder, uncoded=True)
        system = system_spans(events, offsets, tokens=tokens, doc=doc)
        gold = gold_spans(tags)
        for name, keep in (("all", None), ("S", "S"), ("T", "T")):
            s = {x for x in system if keep is None or x[0] == keep}
            g = {x for x in gold if keep is None or x[0] == keep}
            counts[name, "tp"] += len(s & g)
            counts[name, "sys"] += len(s)
            counts[name, "gold"] += len(g)
    prf = {n: PRF(counts[n, "tp"], counts[n, "sys"], counts[n, "gold"]) for n in ("all", "S", "T")}
    return SpanResult(sentences, prf["all"], prf["S"], prf["T"])


def evaluate_plover(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                    coder=None) -> PloverResult:
    """Return PLOVER type accuracy on ``plover/PLOVER_GSR_CAMEO.normalized.jsonl``."""
    records = [r for r in _jsonl(directory / "plover" / "PLOVER_GSR_CAMEO.normalized.jsonl",
                                 limit) if r.get("event") and r.get("text")]
    nlp = _model(nlp)
    coder = coder or default_coder()
    cameo = load_cameo()
    right = answered = right_answered = 0
    confusion = Counter()
    misses = []
    for record in records:
        doc = nlp(record["text"])
        event = best_event(extract_events(doc, coder, uncoded=True), doc)
        guess = (event.plover or cameo.plover(event.code)) if event else None
        gold = record["event"]
        confusion[gold, guess or "-"] += 1
        if guess is not None:
            answered += 1
            right_answered += guess == gold
        right += guess == gold
        if guess != gold:
            misses.append(Miss(record["id"], "wrong type", record["text"], gold, guess or "-"))
    n = len(records)
    return PloverResult(n, right / n if n else 0.0, answered,
                        right_answered / answered if answered else 0.0,
                        tuple((g, s, c) for (g, s), c in confusion.most_common()), tuple(misses))
