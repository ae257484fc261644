"""Reading PolNeAR's brat files and scoring spans, on made-up files (no model)."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import EvaluationDataError
from storyline.eval.quotes import evaluate, load_polnear, parse_ann
from storyline.quotes.records import Quote, Span

TEXT = 'Bob said the plan failed. "It is dead," he added.\n'
ANN = (
    "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 24\tthe plan failed\n"
    "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    'T5\tContent 26 39\t"It is dead,"\nT6\tSource 40 42\the\nT7\tCue 43 48\tadded\n'
    "T8\tAttribution 43 48\tadded\nE2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
    "T9\tDiscuss 0 3\tBob\n"
)


def folder(tmp_path: Path, second_annotator: bool = False) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(TEXT)
    (tmp_path / "attributions" / "doc_a1.ann").write_text(ANN)
    if second_annotator:
        (tmp_path / "attributions" / "doc_b2.ann").write_text("")
    return tmp_path


def test_parse_ann_links_roles():
    first, second = parse_ann(ANN)
    assert first.source == ((0, 3),) and first.cue == ((4, 8),) and first.content == ((9, 24),)
    assert second.content == ((26, 39),)


def test_discontinuous_span_and_wrapped_text():
    ann = "T1\tContent 0 3;10 12\tabc\nde\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    (att,) = parse_ann(ann)
    assert att.content == ((0, 3), (10, 12)) and att.source == ()


def test_one_annotator_per_text(tmp_path):
    (doc,) = load_polnear(folder(tmp_path, second_annotator=True))
    assert len(doc.attributions) == 2


def test_missing_folder_says_what_to_pass(tmp_path):
    with pytest.raises(EvaluationDataError, match="PolNeAR folder"):
        load_polnear(tmp_path)


def span(a: int, b: int) -> Span:
    return Span(a, b, TEXT[a:b])


def test_scores_exact_overlap_and_speakers(tmp_path):
    docs = load_polnear(folder(tmp_path))
    system = [
        Quote("indirect", (span(9, 25),), cue=span(4, 8), speaker=span(0, 3), speaker_name="Bob",
              resolution="named"),  # content one character too long: overlap only
        Quote("direct", (span(26, 39),), cue=span(43, 48), speaker=span(40, 42), speaker_name="Bob",
              resolution="pronoun"),
    ]
    result = evaluate(docs, lambda text: (system, lambda a, b: "Bob" if (a, b) == (0, 3) else None))
    assert result.score("all", "content", "exact").matched == 1
    assert result.score("all", "content", "overlap").matched == 2
    assert result.score("all", "source", "exact").f1 == 1.0
    direct = result.score("direct", "content", "exact")
    assert (direct.matched, direct.predicted, direct.gold) == (1, 1, 1)
    assert (result.speaker_correct, result.speaker_judged) == (1, 1)


def test_wrong_pronoun_resolution_is_a_wrong_speaker(tmp_path):
    docs = load_polnear(folder(tmp_path))
    system = [Quote("direct", (span(26, 39),), cue=span(43, 48), speaker=span(40, 42),
                    speaker_name="Alice", resolution="pronoun")]
    result = evaluate(docs, lambda text: (system, lambda a, b: "Bob"))
    assert (result.speaker_correct, result.speaker_judged) == (0, 1)
