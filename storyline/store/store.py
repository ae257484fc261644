"""The Store: storyline's one SQLite database, its migrations and its one write path.

Every write goes through :meth:`Store.transaction`, one connection, one
transaction per unit of work (an article with its input row, an analysis),
so a run killed at any point leaves whole articles or nothing, and a rerun
finds them by their content ids and stores nothing twice. WAL mode lets
readers (``storyline articles`` while ``analyze`` runs) go on beside the
writer.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from ..errors import StoreError
from ..records import Article, Rejection, from_jsonable, to_jsonable


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str, str]]:
    """Return the numbered migrations (number, name, SQL) in order."""
    folder = resources.files("storyline.store").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            number = int(item.name.split("_", 1)[0])
            found.append((number, item.name, item.read_text("utf-8")))
    return sorted(found)


@dataclass(frozen=True)
class InputRow:
    source: str
    status: str
    article_id: str | None
    reason: str | None
    seen_at: str


@dataclass(frozen=True)
class AnalysisRow:
    article_id: str
    versions: str
    status: str
    error: str | None
    result: dict | None
    analyzed_at: str


class Store:
    """storyline's database. ``Store(":memory:")`` for tests, a file path otherwise."""

    def __init__(self, path: str | Path = "storyline.db"):
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from None

    # -- schema --------------------------------------------------------------
    def migrate(self) -> int:
        """Apply the migrations the database has not seen; return the schema version."""
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        for number, name, sql in migrations():
            if number <= current:
                continue
            with self.transaction() as db:
                db.executescript_in_tx(sql)
                db.execute(f"PRAGMA user_version = {number:d}")
            current = number
        return current

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the write path ------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator["_Tx"]:
        """Run the block as one transaction (all or nothing)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield _Tx(self._db)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def add_article(self, article: Article, minhash: bytes | None = None,
                    duplicate_of: str | None = None, similarity: float | None = None) -> str:
        """Store ``article`` and its input row.

        Return "ingested", "near-duplicate", "duplicate" (same content already
        stored from another input) or "unchanged" (this input was stored before).
        """
        with self.transaction() as tx:
            seen = tx.execute("SELECT article_id FROM inputs WHERE source = ?",
                              (article.source,)).fetchone()
            if seen and seen["article_id"] == article.id:
                return "unchanged"
            exists = tx.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
            if exists:
                status = "duplicate"
            else:
                tx.execute(
                    "INSERT INTO articles (id, url, outlet, title, published, language, source,"
                    " source_format, duplicate_of, similarity, record, minhash, ingested_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.id, article.url, article.outlet, article.title, article.published,
                     article.language, article.source, article.source_format, duplicate_of,
                     similarity, json.dumps(to_jsonable(article), ensure_ascii=False), minhash,
                     _now()))
                status = "near-duplicate" if duplicate_of else "ingested"
            tx.record_input(article.source, status, article.id, None)
        return status

    def add_rejection(self, rejection: Rejection) -> None:
        """Record that an input was rejected, and why (a later success replaces it)."""
        with self.transaction() as tx:
            tx.record_input(rejection.source, "rejected", None, rejection.reason)

    def save_analysis(self, article_id: str, versions: str, result: dict | None,
                      error: str | None = None) -> None:
        """Store (or replace) the analysis of one article."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT OR REPLACE INTO analyses (article_id, versions, status, error, result,"
                " analyzed_at) VALUES (?,?,?,?,?,?)",
                (article_id, versions, "failed" if error else "ok", error,
                 json.dumps(result, ensure_ascii=False) if result is not None else None, _now()))

    def replace_entities(self, entities: list[dict], links: list[tuple[str, str, str]]) -> None:
        """Replace the cross-article entities and their links in one transaction."""
        with self.transaction() as tx:
            tx.execute("DELETE FROM entity_links")
            tx.execute("DELETE FROM entities")
            tx.executemany(
                "INSERT INTO entities (id, name, label, country, code, record) VALUES (?,?,?,?,?,?)",
                [(e["id"], e["name"], e["label"], e.get("country"), e.get("code"),
                  json.dumps(e, ensure_ascii=False)) for e in entities])
            tx.executemany(
                "INSERT INTO entity_links (article_id, entity_key, entity_id) VALUES (?,?,?)", links)

    # -- reads ---------------------------------------------------------------
    def has_input(self, source: str) -> str | None:
        """Return the status recorded for an input, or None if it was never seen."""
        row = self._db.execute("SELECT status FROM inputs WHERE source = ?", (source,)).fetchone()
        return row["status"] if row else None

    def article(self, id_or_prefix: str) -> Article | None:
        """Return the article with this id (a unique prefix is enough)."""
        rows = self._db.execute("SELECT record FROM articles WHERE id LIKE ? LIMIT 2",
                                (id_or_prefix + "%",)).fetchall()
        if len(rows) != 1:
            return None
        return from_jsonable(Article, json.loads(rows[0]["record"]))

    def articles(self, include_duplicates: bool = True) -> list[Article]:
        """Return every stored article, oldest publication first."""
        sql = "SELECT record FROM articles"
        if not include_duplicates:
            sql += " WHERE duplicate_of IS NULL"
        sql += " ORDER BY published IS NULL, published, id"
        return [from_jsonable(Article, json.loads(r["record"])) for r in self._db.execute(sql)]

    def article_rows(self) -> list[sqlite3.Row]:
        """Return the article table's summary columns (no text), oldest first."""
        return self._db.execute(
            "SELECT id, published, outlet, title, url, source, duplicate_of, similarity FROM articles"
            " ORDER BY published IS NULL, published, id").fetchall()

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """Yield (article id, MinHash signature) of the originals (not near-duplicates)."""
        for row in self._db.execute(
                "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND duplicate_of IS NULL"):
            yield row["id"], row["minhash"]

    def inputs(self, status: str | None = None) -> list[InputRow]:
        sql, args = "SELECT * FROM inputs", ()
        if status:
            sql, args = sql + " WHERE status = ?", (status,)
        return [InputRow(**dict(r)) for r in self._db.execute(sql + " ORDER BY source", args)]

    def duplicate_of(self, article_id: str) -> tuple[str | None, float | None]:
        row = self._db.execute("SELECT duplicate_of, similarity FROM articles WHERE id = ?",
                               (article_id,)).fetchone()
        return (row["duplicate_of"], row["similarity"]) if row else (None, None)

    def pending_analysis(self, versions: str) -> list[str]:
        """Return ids of originals not yet analysed by exactly these component versions."""
        rows = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id"
            " WHERE a.duplicate_of IS NULL AND (n.article_id IS NULL OR n.versions != ?)"
            " ORDER BY a.published IS NULL, a.published, a.id", (versions,)).fetchall()
        return [r["id"] for r in rows]

    def analyses(self, status: str | None = "ok") -> list[AnalysisRow]:
        """Return stored analyses (only successful ones by default), by article publication."""
        sql = ("SELECT n.* FROM analyses n JOIN articles a ON a.id = n.article_id"
               + (" WHERE n.status = ?" if status else "")
               + " ORDER BY a.published IS NULL, a.published, a.id")
        rows = self._db.execute(sql, (status,) if status else ()).fetchall()
        return [AnalysisRow(r["article_id"], r["versions"], r["status"], r["error"],
                            json.loads(r["result"]) if r["result"] else None, r["analyzed_at"])
                for r in rows]

    def analysis(self, article_id: str) -> AnalysisRow | None:
        row = self._db.execute("SELECT * FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        if not row:
            return None
        return AnalysisRow(row["article_id"], row["versions"], row["status"], row["error"],
                           json.loads(row["result"]) if row["result"] else None, row["analyzed_at"])

    def entities(self, label: str | None = None) -> list[dict]:
        """Return the cross-article entities (as stored records), most linked first."""
        sql = ("SELECT e.record, COUNT(l.article_id) AS n FROM entities e"
               " LEFT JOIN entity_links l ON l.entity_id = e.id"
               + (" WHERE e.label = ?" if label else "")
               + " GROUP BY e.id ORDER BY n DESC, e.name")
        rows = self._db.execute(sql, (label,) if label else ()).fetchall()
        return [json.loads(r["record"]) for r in rows]

    def entity_links(self) -> dict[tuple[str, str], str]:
        """Return (article id, entity key) → canonical entity id."""
        return {(r["article_id"], r["entity_key"]): r["entity_id"]
                for r in self._db.execute("SELECT * FROM entity_links")}

    def counts(self) -> dict[str, int]:
        """Return how many articles, analyses and entities the store holds."""
        q = self._db.execute
        return {
            "articles": q("SELECT COUNT(*) FROM articles").fetchone()[0],
            "near_duplicates": q("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "rejected_inputs": q("SELECT COUNT(*) FROM inputs WHERE status='rejected'").fetchone()[0],
            "analysed": q("SELECT COUNT(*) FROM analyses WHERE status='ok'").fetchone()[0],
            "failed_analyses": q("SELECT COUNT(*) FROM analyses WHERE status='failed'").fetchone()[0],
            "entities": q("SELECT COUNT(*) FROM entities").fetchone()[0],
        }


class _Tx:
    """The handle a transaction block writes through."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self.execute = db.execute
        self.executemany = db.executemany

    def executescript_in_tx(self, sql: str) -> None:
        # executescript() would COMMIT first; run the statements one by one instead.
        for statement in _statements(sql):
            self._db.execute(statement)

    def record_input(self, source: str, status: str, article_id: str | None, reason: str | None) -> None:
        self._db.execute(
            "INSERT INTO inputs (source, status, article_id, reason, seen_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT(source) DO UPDATE SET status=excluded.status,"
            " article_id=excluded.article_id, reason=excluded.reason, seen_at=excluded.seen_at",
            (source, status, article_id, reason, _now()))


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
