"""Saved searches: a query plus filters, and which matching documents were already reported.

Kept in their own small SQLite file in the data dir (not the corpus store: they are user data,
not derived from crawling). "New matches" are the documents matching the search now that were
not among its matches at the previous check (or at creation). Comparing ids rather than
timestamps means a story counts as new when it becomes findable (crawled, enriched, indexed),
however late, and is reported exactly once.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from corpus import sqlite
from corpus.store import utc_now

SCHEMA = """
CREATE TABLE IF NOT EXISTS saved_searches (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    q                TEXT NOT NULL DEFAULT '',
    mode             TEXT NOT NULL DEFAULT 'hybrid',
    filters          TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL,
    last_checked_at  TEXT NOT NULL
);
-- The highest id ever given: ids are never reused after a delete, so an old link never
-- shows someone else's search. A table of its own rather than AUTOINCREMENT, which an
-- existing file's saved_searches table could only get by being rebuilt.
CREATE TABLE IF NOT EXISTS saved_search_last_id (
    one   INTEGER PRIMARY KEY CHECK (one = 1),
    last  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS saved_search_seen (
    search_id  INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (search_id, doc_id)
);
"""


class SavedSearchStore:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.db = sqlite.connect(self.path, rows=True, cache_kib=2048)
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def create(
        self, name: str, q: str, mode: str, filters: dict[str, Any], current_matches: Iterable[str]
    ) -> dict[str, Any]:
        """Save a search; the documents matching it now are its starting point."""
        now = utc_now()
        with sqlite.transaction(self.db):
            search_id = self.db.execute(
                "SELECT max(coalesce((SELECT last FROM saved_search_last_id), 0),"
                " coalesce((SELECT max(id) FROM saved_searches), 0)) + 1"
            ).fetchone()[0]
            self.db.execute(
                "INSERT INTO saved_search_last_id(one, last) VALUES (1, ?)"
                " ON CONFLICT(one) DO UPDATE SET last = excluded.last",
                (search_id,),
            )
            self.db.execute(
                "INSERT INTO saved_searches(id, name, q, mode, filters, created_at,"
                " last_checked_at) VALUES (?,?,?,?,?,?,?)",
                (
                    search_id,
                    name,
                    q,
                    mode,
                    json.dumps(filters, ensure_ascii=False, sort_keys=True),
                    now,
                    now,
                ),
            )
            self._mark_seen(search_id, current_matches, now)
        created = self.get(search_id)
        assert created is not None
        return created

    def get(self, search_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM saved_searches WHERE id=?", (search_id,)).fetchone()
        return _as_dict(row) if row else None

    def list(self) -> list[dict[str, Any]]:
        return [_as_dict(r) for r in self.db.execute("SELECT * FROM saved_searches ORDER BY id")]

    def delete(self, search_id: int) -> bool:
        return self.db.execute("DELETE FROM saved_searches WHERE id=?", (search_id,)).rowcount > 0

    def seen(self, search_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.execute(
                "SELECT doc_id FROM saved_search_seen WHERE search_id=?", (search_id,)
            )
        }

    def record_check(self, search_id: int, matches: Iterable[str]) -> str:
        """Remember the current matches as reported and move the last check to now."""
        now = utc_now()
        with sqlite.transaction(self.db):
            self._mark_seen(search_id, matches, now)
            self.db.execute(
                "UPDATE saved_searches SET last_checked_at=? WHERE id=?", (now, search_id)
            )
        return now

    def _mark_seen(self, search_id: int, doc_ids: Iterable[str], now: str) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO saved_search_seen(search_id, doc_id, seen_at) VALUES (?,?,?)",
            [(search_id, doc_id, now) for doc_id in doc_ids],
        )


def _as_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["filters"] = json.loads(item["filters"] or "{}")
    return item
