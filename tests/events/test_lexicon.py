"""The CAMEO table, the verb-dictionary reader and the lexicon's pattern matching."""
from __future__ import annotations

from storyline.events.cameo import load_cameo, penta_class
from storyline.events.lexicon import load, merge
from storyline.events.verbdict import parse_verbs, read_lexicon, write_lexicon

# A toy dictionary in the PETRARCH verb format, written for this test.
TOY = """
&WEAPONRY
+GUNS
+TANKS

####### VERB PATTERNS #######

---  GREET   [040]  ---
GREET {GREETS GREETED}
+SHAKE_HANDS [043]
- * (AT AIRPORT)                 [042]   # GREET
- * &WEAPONRY                    [190]   # GREET
- * SILENCE                      [---]   # GREET
- ROBOTS * TOURISTS              [010]   # GREET

---  SHUN   [---]  ---
SHUN [120]
- * CALLS                        [:020]  # SHUN
"""


def test_cameo_table_keeps_codes_as_strings_with_scores():
    cameo = load_cameo()
    phone = cameo.get("041")
    assert phone.code == "041" and phone.root == "04" and phone.quad_class == 1
    assert cameo.get("192").goldstein < -9 and cameo.get("192").quad_class == 4
    assert cameo.get("010").root == "01"
    assert cameo.plover("163") == "COERCE"  # CAMEO2PLOVER-2021: sanctions restrict
    assert cameo.plover("040") == "CONSULT"


def test_unknown_leaf_falls_back_to_its_parent():
    entry = load_cameo().get("0419")
    assert entry.code == "0419" and entry.base == "041"


def test_penta_class_follows_the_root():
    assert [penta_class(c) for c in ("010", "020", "036", "042", "061", "111", "130",
                                     "141", "190")] == [0, 0, 1, 1, 2, 3, 3, 4, 4]


def test_parse_verbs_reads_defaults_patterns_synsets_and_swaps():
    lexicon = parse_verbs(TOY)
    assert lexicon.defaults["greet"] == "040"
    assert lexicon.defaults["shun"] == "120"
    codes = {(p.code, p.slots) for p in lexicon.patterns["greet"]}
    assert ("042", (("at",), ("airport",))) in codes
    assert ("190", (("guns", "tanks"),)) in codes
    assert ("043", (("hands",),)) in {(p.code, p.slots) for p in lexicon.patterns["shake"]}
    # a pattern with words before the verb constrains the source; it is not modelled
    assert all(p.code != "010" for p in lexicon.patterns["greet"])
    swapped = [p for p in lexicon.patterns["shun"] if p.swap]
    assert swapped and swapped[0].code == "020"


def test_packaged_form_round_trips():
    lexicon = parse_verbs(TOY)
    again = read_lexicon(write_lexicon(lexicon, ["toy"]))
    assert again.defaults == lexicon.defaults
    assert {k: set(v) for k, v in again.patterns.items()} == \
        {k: set(v) for k, v in lexicon.patterns.items()}


def test_code_verb_prefers_the_longest_matching_pattern_and_honours_no_event():
    lexicon = merge(parse_verbs(TOY), "")
    words = [("at", "at"), ("the", "the"), ("airport", "airport")]
    assert lexicon.code_verb("greet", words).code == "042"
    assert lexicon.code_verb("greet", [("tanks", "tank")]).code == "190"
    assert lexicon.code_verb("greet", [("silence", "silence")]) is None
    assert lexicon.code_verb("greet", [("friends", "friend")]).code == "040"
    assert lexicon.code_verb("unknown", []) is None


def test_storyline_entries_override_and_add_nouns():
    lexicon = merge(parse_verbs(TOY), "V\tgreet\t043\nN\tsummit\t040\nL\thold\n")
    assert lexicon.code_verb("greet", []).code == "043"
    assert lexicon.code_noun("summit") == "040" and "hold" in lexicon.light


def test_packaged_lexicon_knows_the_common_verbs():
    lexicon = load()
    assert lexicon.code_verb("accuse", []).code.startswith("112")
    assert lexicon.code_verb("occupy", []).code == "192"
    assert lexicon.code_verb("meet", []).code == "040"
    assert lexicon.code_noun("talk") and lexicon.code_noun("sanction") == "163"
