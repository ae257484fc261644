"""Scoring event actors as spans: source/target span F1 on the ConfliBERT NER sentences.

``cameo_ner_train.txt`` marks, per token, the source (S), target (T) and
joint (R) actors of a sentence's main event in BIO tags. The main event
storyline finds in the sentence gives system spans: each actor as the phrase
the annotation guideline asks for (the whole noun phrase, a place for an act
aimed at it, the owner of an accusation …), compared with the gold spans by
exact token boundaries.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationDataError
from ..events.component import default_coder, extract_events
from ..events.objects import ACTOR_TYPES, PLACE_TYPES, names_people
from ..events.records import Event
from ..pipeline.documents import text_of
from .events import DEFAULT_DIR, best_event, plain_model, specific, trigger_depth
from .scores import PRF
from .events_places import PLACE_NOUNS, place_holder, place_within, read_places
from .events_acts import (CLAIM_CODE, agreed_with, asker, called_against, claimed_targets,
                          commented_on, pressed_by, reported_comment)
from .events_targets import (OBJECT_PRONOUNS, antecedent, counted_lists, listed_targets,
                             makers, own_aim, span_coder, target_extent)


@dataclass(frozen=True)
class SpanResult:
    """Source/target span scores on the ConfliBERT NER sentences."""

    sentences: int
    overall: PRF
    source: PRF
    target: PRF


# CAMEO roots of acts done together (agree, cooperate, meet, settle) and the code of
# talks, whose two sides the annotators mark as joint (R) even when one "holds talks with"
# the other; plain meetings and visits they mostly mark as source and target.
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
_MEETINGS = frozenset({"046"})
# CAMEO roots whose targets the annotators mark as one list (assaults).
_ONE_LIST = frozenset({"19"})
# So are the two sides of "meet" coded 036 by its venue or purpose ("met Putin at the
# Kremlin", "will meet Merkel for talks"): 11 of 16 in cameo_ner_train mark both R.
_MEET_CODED = "036"
_MEET = frozenset({"meet", "meets", "met"})
# Acts two sides do together, whichever of them the sentence makes the subject: one signs
# an agreement or holds meetings "with" the other (both marked R: 4 of 4 in cameo_ner_train,
# as are the sides of an agreement signed by a list).
_TOGETHER = frozenset({"sign", "signs", "signed", "signing", "meeting", "meetings"})
# Entities that measure or count a thing given, never someone.
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# Sums the parser leaves untagged ("1 . 5 million euros").
_CURRENCIES = frozenset({"euro", "dollar", "pound", "yen", "yuan", "rupee", "krone", "krona",
                         "crown", "franc", "ruble", "rouble", "peso", "shilling", "naira",
                         "rand", "dinar", "riyal", "lira", "won"})
# How a partner of a joint act is named ("signed an agreement with X", "talks between").
_PARTNER_HOWS = frozenset({"with", "to", "between", "among", "amongst", "conjunct"})
# An agreement, talks or shared knowledge "on" a place are about it, not with it ("reached
# an agreement on Cyprus", "agreed to share intelligence on Paraguay"): CAMEO codes of
# signing an agreement, of negotiating and of intent to cooperate materially.
_AGREEMENTS = frozenset({"057", "046", "031"})
_TOPIC_HOWS = frozenset({"on", "about", "over", "regarding", "topic"})
# CAMEO roots of help offered or given in cooperation (intent to cooperate, diplomatic
# cooperation), whose target is the place the help serves.
_SERVED = frozenset({"03", "05"})
# Limits put on someone or something ("a ban on imports", "curbs on the press").
_LIMITS = frozenset({"ban", "restriction", "curb", "embargo", "sanction", "limit",
                     "limitation", "blockade", "boycott", "moratorium", "tariff", "curfew",
                     "quota", "prohibition"})
# Roots whose target needs no name: a comment is about anything, and one is tortured or
# abducted whoever one is ("tortured a 35-year-old inmate")
_ANY_TARGET = frozenset({"01", "18"})


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
    event = _main_event(events, doc) if doc is not None else best_event(events)
    if event is None:
        return set()
    same = [e for e in events if e.group == event.group]
    joint = any(e.source and e.target and e.source.start == t.start
                for e in same for t in e.actors if e.target is not None and
                any(e.target.start == a.start for a in e.actors))
    # a demand acted on stands for whoever made it ("conceded to the demands of X")
    asked = [a if doc is None else asker(a, doc) or a for a in event.recipients]
    # a comment's target is what it is about, someone or not ("skeptical about the scheme")
    recipients = [a for a in asked if doc is None or event.root_code in _ANY_TARGET or
                  _names_actor(a, doc) or agreed_with(a, event, doc)]
    if not recipients and doc is not None:
        recipients = _purpose_recipients(event, events, doc) or makers(event, doc)
    if doc is not None and event.code[:3] == CLAIM_CODE:
        # a claim of responsibility is on the claimed act's target, not on the act
        recipients = claimed_targets(event, recipients, doc)
    if doc is not None:
        # one's own arms or forces are not acted on: where they are turned is
        recipients = [own_aim(a, event, doc) or a for a in recipients]
        against = called_against(event, recipients, doc)
        recipients = [against] if against is not None else recipients
    # several actors agreeing, meeting or drilling act jointly when nobody else is named:
    # what they agree on or where they drill is no one they act on ("reach a deal on the
    # Irish border", "began a joint exercise in the sea of Japan")
    if (len(event.actors) > 1 or doc is not None and _two_sided(event.actors, doc)) and \
            event.root_code in _JOINT_ROOTS and \
            not any(a.how in _PARTNER_HOWS or a.code and not (
                event.code[:3] in _AGREEMENTS and _about(a, doc)) for a in recipients):
        joint, recipients = True, []
    spans = set()
    if (event.code[:3] in _MEETINGS or event.code[:3] == _MEET_CODED and
            event.trigger.lower() in _MEET or _together(event, recipients)) and \
            recipients and not joint:
        # talks have no source and target: the annotators mark both sides as joint (R)
        labels = (("R", event.actors), ("R", recipients))
    else:
        labels = (("R" if joint else "S", event.actors), ("T", recipients))
    for label, actors in labels:
        for actor in actors:
            if label == "T" and doc is not None and _phrase(actor, doc).lower() in \
                    OBJECT_PRONOUNS:
                # "called Erdogan and urged him": the one named before, or no one
                actor = antecedent(actor, doc)
                if actor is None:
                    continue
            place = place_within(actor, doc, _names_actor(actor, doc)) \
                if label == "T" and doc is not None else None
            holder = place_holder(actor, doc, event) if label == "T" and doc is not None \
                else None
            if holder is not None:
                spans.add((label, holder[0], holder[1]))
            elif place is not None:
                spans.add((label, place[0], place[1]))
            elif whole and actor.np_start is not None:
                spans.add((label, actor.np_start, actor.np_end))
            else:
                spans.add((label, actor.start, actor.end))
    told = reported_comment(event, doc) if doc is not None else None
    if told is not None:  # a comment told by another: the teller's act on the commenter
        spans = {("S", *told[0]), ("T", *told[1])}
    if doc is not None:
        spans = read_places(event, doc, spans)  # the places acted on or in (events_places)
        about = (commented_on(event, doc) or pressed_by(event, doc)) if all(
            label != "T" for label, _, _ in spans) else None
        if about is not None:  # a comment on a clause, an act pressed for by someone
            spans.add(("T", *about))
        # a target's phrase is cut and split as the annotators mark the one acted on
        served = event.root_code in _SERVED
        spans = {(label, *part) for label, start, end in spans for part in (
            listed_targets(doc, *target_extent(doc, start, end, served)) if label == "T"
            else [(start, end)])}
        # two targets the events component names apart may be counted as one
        spans = counted_lists(doc, spans)
    result = set()
    for label, start, end in spans:
        first = next((i for i, o in enumerate(offsets) if o >= start), None)
        last = next((i for i in range(len(offsets) - 1, -1, -1) if offsets[i] < end), None)
        if first is not None and last is not None and tokens and last > first and \
                tokens[first].lower() in ("both", "either"):
            first += 1  # "both India and Pakistan": the annotators mark each side alone
        if first is not None and last is not None and tokens and last + 1 < len(tokens) and \
                tokens[last + 1] == ")" and \
                tokens[first:last + 1].count("(") > tokens[first:last + 1].count(")"):
            last += 1  # close "the Kachin Independence Organization ( KIO )"
        elif first is not None and last is not None and tokens and last + 2 < len(tokens) and \
                tokens[last + 1] == "." and tokens[last + 2] == ")" and \
                tokens[first:last + 1].count("(") > tokens[first:last + 1].count(")"):
            last += 2  # and "( T . P . L . F . )", whose last point the text keeps apart
        elif first is not None and last is not None and tokens:
            last = _with_acronym(tokens, last)
        if first is not None and last is not None and last >= first:
            result.add((label, first, last + 1))
    # the targets of an assault are marked as one list ("attacks on the Syrian army and
    # its ally Hezbollah": 11 of 12 such sentences of CAMEO 19 in cameo_ner_train)
    joined = ("R", "T") if event.root_code in _ONE_LIST else ("R",)
    return _join_lists(result, tokens, joined) if tokens else result


def _about(actor, doc) -> bool:
    """Return whether an event actor is what an act is about: named by "on", "about" …,
    on the verb or inside its object ("share intelligence on Paraguay")."""
    if actor.how in _TOPIC_HOWS:
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if doc is not None \
        else None
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _TOPIC_HOWS


def _two_sided(actors, doc) -> bool:
    """Return whether a lone actor's phrase names two sides in itself ("Greek and Turkish
    diplomats", "the navies of Chile and Peru"): a word of it joined by "and" to another
    inside it, below its head."""
    if len(actors) != 1 or actors[0].np_start is None:
        return False
    span = doc.char_span(actors[0].np_start, actors[0].np_end, alignment_mode="expand")
    return span is not None and any(
        word.dep_ == "conj" and word.head.i != span.root.i and span.start <= word.head.i
        and any(c.lower_ == "and" for c in word.head.children) for word in span)


def _together(event: Event, recipients: list) -> bool:
    """Return whether an event is an act done together with a partner named by "with":
    "signed a trade agreement with Vietnam", "held meetings with Ugandan officials"."""
    return event.root_code in _JOINT_ROOTS and any(a.how == "with" for a in recipients) and \
        any(word in _TOGETHER for word in event.trigger.lower().split())


def _with_acronym(tokens: list[str], last: int) -> int:
    """Return the last token of a name with the acronym in brackets after it ("the
    World Health Organization ( WHO )", 3 of 3 such spans in cameo_ner_train), or
    ``last`` when none follows."""
    close = next((k for k in range(last + 2, min(last + 8, len(tokens)))
                  if tokens[k] == ")"), None)
    if last + 1 >= len(tokens) or tokens[last + 1] != "(" or close is None:
        return last
    inside = tokens[last + 2:close]
    if inside and all(t.isupper() or t in (".", "-", "&") for t in inside):
        return close
    return last


def _main_event(events: list[Event], doc) -> Event | None:
    """Return the event whose actors the annotators mark: one that happened or will, not
    an act supposed in a condition ("threatened to attack 52 sites if Iran strikes any
    Americans" → attack); then one with coded source and target at most two clauses
    below the sentence's main verb, or the main verb's own event when it has a source and
    names its target ("the Swiss government rejected accusations by many European
    countries that a deal allowing Chinese officials to interrogate Chinese nationals …"
    → rejected, not interrogate); then one that names someone, a source or a target
    ("the agency said it is skeptical of the government's ability to meet these
    targets" → skeptical, not meet); then shallow, confident, early. Unlike
    :func:`storyline.eval.events.best_event`, an event told by a speaker is not put after
    the others: the sentence reports it ("Taliban fighters overran an army base,
    officials said Tuesday, killing at least 17 soldiers" → overran, not killing).

    A happening nobody is said to do ("23 civilians were killed as government forces
    launched air strikes against X") gives way to the act done in its adverbial clause.
    In cameo_ner_train these choices add 6 exact targets and 6 exact sources."""
    if not events:
        return None
    triggers = {id(e): doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
                for e in events}
    depths = {id(e): trigger_depth(e, doc) for e in events}

    def marked(event: Event) -> bool:
        levels = depths[id(event)]
        return (specific(event.source) and specific(event.target) and levels <= 2) or (
            levels == 0 and event.source is not None and
            any(_names_actor(a, doc) for a in event.recipients))

    def names_someone(event: Event) -> bool:
        return event.source is not None or any(_names_actor(a, doc) for a in event.recipients)

    main = max(events, key=lambda e: (e.modality != "hypothetical", marked(e), names_someone(e),
                                      -depths[id(e)], e.confidence, -e.trigger_start))
    if main.source is None and triggers[id(main)] is not None:
        verb = triggers[id(main)].root
        done = [e for e in events if triggers[id(e)] is not None and e.source is not None and
                triggers[id(e)].root.dep_ == "advcl" and triggers[id(e)].root.head.i == verb.i
                and any(_names_actor(a, doc) for a in e.recipients)]
        if done:
            return done[0]
    return main


def _phrase(actor, doc) -> str:
    """Return the words of an event actor's whole phrase ("its" of "its weapons" is not)."""
    if actor.np_start is None:
        return actor.text
    return text_of(doc)[actor.np_start:actor.np_end]


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
        # an act reported apart from the main one is no purpose of it; one reported with it
        # is ("has gathered forces for a plan to strike against the militants, state media
        # reported")
        if other is event or other.reported and not event.reported or not other.recipients:
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
    """Return whether an event actor names someone or somewhere: coded, a named entity
    among its words, people or a place noun (not "a ban preventing …" or "the access of
    UN workers")."""
    if actor.code:
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.ent_type_ in _AMOUNTS or root.lemma_.lower() in _CURRENCIES:
        return False  # a sum or a share given is no one ("provided 5 million euros")
    if root.ent_type_ in ACTOR_TYPES or root.pos_ != "NOUN" or any(
            t.ent_type_ in ACTOR_TYPES for t in root.children
            if t.i < root.i and t.dep_ in ("amod", "compound", "poss", "nmod")):
        return True
    # a part of a named place is a place ("parts of North Sinai", "the territory of Kashmir")
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and p.ent_type_ in PLACE_TYPES for p in c.children)
           for c in root.children):
        return True
    # so is a place named by what it is ("the north region", "a zone along the border",
    # "the province of Alta Verapaz", whatever the parser makes of its name): 3 targets
    # in cameo_ner_train, all exact
    if root.lemma_.lower() in PLACE_NOUNS:
        return True
    # what a ban or restriction is put on is what lifting or easing it acts on, someone or
    # not ("eased restrictions on the formation of parties", "lift the ban on aid"),
    # unless a name inside says who ("restrictions on sending money to Cuba"): 2 of 2
    if root.dep_ == "pobj" and root.head.lower_ == "on" and \
            root.head.head.lemma_.lower() in _LIMITS and \
            not any(t.ent_type_ in ACTOR_TYPES for t in root.subtree):
        return True
    # people are counted ("18 people", "dozens of fighters") or have a role ("police");
    # an act or a thing handed over ("lifted a ban", "set up field hospitals") is no one
    if any(t.dep_ == "nummod" or t.lower_ in ("several", "many", "some", "other")
           for t in root.children) or root.head.lower_ == "of" and root.head.head.like_num:
        return True
    clues = span_coder().clues(span.text) if span_coder() else None
    return bool(clues and clues.role) or names_people(root)


def _join_lists(spans: set[tuple[str, int, int]], tokens: list[str],
                labels: tuple[str, ...] = ("R",)) -> set[tuple[str, int, int]]:
    """Return ``spans`` with the spans of ``labels`` (joint actors, R) joined across "and",
    "or" and commas: the annotators marked "Trump and King Abdullah will gather" as one
    span, but listed sources and targets one by one (S/T: 87 lists split, 39 joined in
    cameo_ner_train), except the targets of an assault, joined across "and" and commas
    ("an arms depot of the army or its allied forces": the annotators mark the first)."""
    ordered = sorted(spans, key=lambda s: (s[0], s[1]))
    joined: list[tuple[str, int, int]] = []
    for span in ordered:
        if joined and span[0] in labels and span[0] == joined[-1][0] and \
                joined[-1][2] <= span[1] and \
                all(t.lower() in ("and", ",") or t.lower() == "or" and span[0] == "R"
                    for t in tokens[joined[-1][2]:span[1]]) \
                and span[1] - joined[-1][2] <= 2:
            joined[-1] = (span[0], joined[-1][1], span[2])
        else:
            joined.append(span)
    return set(joined)


# Apostrophes the ConfliBERT tokens part from a possessive "s" ("Iran ’ s parliament").
_APOSTROPHES = frozenset({"'", "\u2019", "\u00b4"})


# Abbreviations the ConfliBERT tokens part from their point ("Mr . Sisi", "On Nov . 2").
_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt",
                            "Rev", "Prof", "Sen", "Rep", "Gov", "Jr", "Jan", "Feb", "Aug",
                            "Sept", "Sep", "Oct", "Nov", "Dec"})


def _initial(word: str) -> bool:
    """Return whether a token is one capital letter, a piece of an initialism ("U . S")."""
    return len(word) == 1 and word.isupper()


def sentence_text(tokens: list[str]) -> tuple[str, list[int]]:
    """Return the text of a tokenized sentence and each token's offset in it.

    Tokens are joined by spaces, except a possessive "s" split from its apostrophe,
    which is joined back as "'s": the small model reads "Iran ’ s parliament" (and
    often "Iran’s parliament") as a verb "s", not as Iran's parliament (111 of the
    1,153 sentences of cameo_ner_train split one). So are abbreviations split from their
    point ("Mr . Erdogan" → "Mr. Erdogan", "U . S" → "U.S"), which the model otherwise
    reads as sentence ends, and numbers split at their thousands or decimal point
    ("2 , 374" → "2,374", "352 . 5" → "352.5").
    The text keeps every token's length.
    """
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    for i, token in enumerate(tokens):
        glued = token == "s" and i > 0 and tokens[i - 1] in _APOSTROPHES
        # "Mr . Erdogan", "Nov . 2", "U . S - backed": an abbreviation's point and the
        # letters of an initialism are written together again
        # ("U . K ." keeps its last point apart: the annotators end the name before it)
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        dotted = i > 0 and ((token == "." and (tokens[i - 1] in _ABBREVIATIONS or (
            _initial(tokens[i - 1]) and following[:1].isupper()))) or
            (_initial(token) and tokens[i - 1] == "." and i > 1 and _initial(tokens[i - 2])))
        # "2 , 374 migrants", "352 . 5 million": a number's thousands and decimals
        # written together again
        grouped = (i > 0 and token == "," and tokens[i - 1].isdigit() and
                   len(following) == 3 and following.isdigit()) or (
            i > 1 and tokens[i - 1] == "," and len(token) == 3 and token.isdigit() and
            tokens[i - 2].isdigit()) or (
            i > 0 and token == "." and tokens[i - 1].isdigit() and following.isdigit()) or (
            i > 1 and tokens[i - 1] == "." and token.isdigit() and tokens[i - 2].isdigit())
        if glued:
            parts[-1] = "'"
        elif i and not dotted and not grouped:
            parts.append(" ")
            at += 1
        offsets.append(at)
        parts.append(token)
        at += len(token)
    return "".join(parts), offsets


def evaluate_spans(directory: Path = DEFAULT_DIR, limit: int | None = None, nlp=None,
                   coder=None) -> SpanResult:
    """Return source/target span F1 on ``conflibert/cameo_ner_train.txt``."""
    nlp = plain_model(nlp)
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
