"""The Store: migrations, idempotent ingestion, near-duplicates, analyses, WAL."""
from __future__ import annotations

from storyline.ingest.assemble import build_article
from storyline.ingest.run import ingest
from storyline.settings import Settings
from storyline.store.store import Store, migrations

STORY = ("The regional parliament voted on Thursday to approve a new budget that raises spending "
         "on schools and hospitals by four percent, after two weeks of debate. Opposition members "
         "walked out before the vote, saying the plan relied on optimistic tax forecasts. The "
         "finance minister said the forecasts were cautious and that the budget would be balanced "
         "by the end of the decade. Unions welcomed the extra money for hospitals but said it "
         "would not cover the pay rises nurses have asked for since the spring.")


def _article(body: str, source: str):
    return build_article(body=body, source=source, source_format="text")


def test_migrations_are_numbered_and_applied_once(tmp_path):
    numbers = [n for n, _, _ in migrations()]
    assert numbers == sorted(numbers) and numbers[0] == 1
    store = Store(tmp_path / "s.db")
    assert store.schema_version == numbers[-1]
    store.close()
    again = Store(tmp_path / "s.db")
    assert again.migrate() == numbers[-1]
    mode = again._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_reingesting_the_same_input_is_a_no_op(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    store = Store(":memory:")
    first = ingest([tmp_path], store, Settings())
    second = ingest([tmp_path], store, Settings())
    assert len(first.ingested) == 1
    assert second.ingested == [] and second.unchanged == [str(tmp_path / "a.txt")]
    assert store.counts()["articles"] == 1


def test_same_content_from_another_file_is_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY + "\n\nShare this article\n")
    store = Store(":memory:")
    summary = ingest([tmp_path], store, Settings())
    assert len(summary.ingested) == 1 and len(summary.duplicates) == 1
    assert store.counts()["articles"] == 1


def test_near_duplicate_is_linked_to_the_first_copy_and_not_analysed(tmp_path):
    edited = STORY.replace("four percent", "4 percent")  # a syndicated copy with a small edit
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(edited)
    store = Store(":memory:")
    summary = ingest([tmp_path], store, Settings())
    assert len(summary.ingested) == 1
    (copy_id, first_id, similarity), = summary.near_duplicates
    assert first_id == summary.ingested[0] and similarity >= 0.8
    assert store.duplicate_of(copy_id)[0] == first_id
    assert store.pending_analysis("v1") == [first_id]


def test_different_stories_are_not_near_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY[: len(STORY) // 2] + " Completely different ending "
                                    "follows here about a football match and its fans." * 3)
    store = Store(":memory:")
    summary = ingest([tmp_path], store, Settings())
    assert len(summary.ingested) == 2 and not summary.near_duplicates


def test_analysis_rows_are_replaced_and_versions_drive_pending():
    store = Store(":memory:")
    article = _article(STORY, "a.txt")
    store.add_article(article)
    assert store.pending_analysis("v1") == [article.id]
    store.save_analysis(article.id, "v1", {"entities": []})
    assert store.pending_analysis("v1") == []
    assert store.pending_analysis("v2") == [article.id]
    store.save_analysis(article.id, "v2", None, error="ComponentError: boom")
    assert store.analyses(status="failed")[0].error == "ComponentError: boom"
    assert store.counts()["failed_analyses"] == 1 and store.counts()["analysed"] == 0


def test_article_round_trips_through_the_store():
    store = Store(":memory:")
    article = build_article(body=STORY, title="Budget passes", captions=["A caption."],
                            source="a.txt", source_format="text", authors=("A. Writer",),
                            published="2020-01-02", provenance={"published": "dateline"})
    store.add_article(article)
    assert store.article(article.id[:6]) == article
