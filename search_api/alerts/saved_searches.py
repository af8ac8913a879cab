"""Saved searches: a query plus filters, and which matching documents were already reported.

Kept in their own small SQLite file in the data dir (not the corpus store: they are user data,
not derived from crawling). "New matches" are the documents matching the search now that were
not among its matches at the previous check (or at creation). Comparing ids rather than
timestamps means a story counts as new when it becomes findable (crawled, enriched, indexed),
however late, and is reported exactly once.

The file also holds what the alerts of ``search_api.alerts`` record (delivered items, webhook
cursors, dead letters, digests): each module there creates its own tables on this connection.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from corpus import sqlite
from corpus.sqlite_setup import Column, set_up
from corpus.store import utc_now
from search_api.alerts import cursors, dead_letters, digests, items

# The file's name in the data dir.
SAVED_SEARCHES_FILE = "saved_searches.sqlite"

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

# Columns added after the first release. A file made before them gets them on opening
# (ALTER TABLE ADD COLUMN keeps every row).
ADDED_COLUMNS: tuple[Column, ...] = (
    # The saved search's own webhook (http(s) URL), or NULL.
    ("saved_searches", "webhook_url", "TEXT"),
    # The latest spike day found by an alert run: JSON {"day", "count", "baseline"} or NULL.
    ("saved_searches", "spike", "TEXT"),
)

# Every table of the file: this module's and those the alerts record in.
TABLES = "".join((SCHEMA, items.SCHEMA, cursors.SCHEMA, dead_letters.SCHEMA, digests.SCHEMA))


class SavedSearchStore:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        # Opened once per request: set_up only reads, unless the file lacks a table or column.
        self.db = sqlite.connect(self.path, rows=True, cache_kib=2048)
        try:
            set_up(self.db, TABLES, ADDED_COLUMNS)
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def create(
        self,
        name: str,
        q: str,
        mode: str,
        filters: dict[str, Any],
        current_matches: Iterable[str],
        webhook_url: str | None = None,
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
                " last_checked_at, webhook_url) VALUES (?,?,?,?,?,?,?,?)",
                (
                    search_id,
                    name,
                    q,
                    mode,
                    json.dumps(filters, ensure_ascii=False, sort_keys=True),
                    now,
                    now,
                    webhook_url,
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

    # What may change after saving: the query and filters may not, since the search's matches
    # so far (its feeds, its "new since") were found with them.
    EDITABLE = ("name", "webhook_url")

    def update(self, search_id: int, changes: dict[str, Any]) -> dict[str, Any] | None:
        """Rename a saved search or set/clear its webhook; None when there is no such search."""
        fields = {k: v for k, v in changes.items() if k in self.EDITABLE}
        if fields:
            assignments = ", ".join(f"{name}=?" for name in fields)  # names from EDITABLE only
            self.db.execute(
                f"UPDATE saved_searches SET {assignments} WHERE id=?", (*fields.values(), search_id)
            )
        return self.get(search_id)

    def delete(self, search_id: int) -> bool:
        return self.db.execute("DELETE FROM saved_searches WHERE id=?", (search_id,)).rowcount > 0

    def seen(self, search_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.execute(
                "SELECT doc_id FROM saved_search_seen WHERE search_id=?", (search_id,)
            )
        }

    def record_check(self, search_id: int, matches: Iterable[str], now: str) -> None:
        """Remember the current matches as reported and move the last check to ``now``; inside
        the caller's transaction (``search_api.alerts.matching`` records the new items in it)."""
        self._mark_seen(search_id, matches, now)
        self.db.execute("UPDATE saved_searches SET last_checked_at=? WHERE id=?", (now, search_id))

    def set_spike(self, search_id: int, spike: dict[str, Any] | None) -> None:
        value = json.dumps(spike, sort_keys=True) if spike else None
        self.db.execute("UPDATE saved_searches SET spike=? WHERE id=?", (value, search_id))

    def _mark_seen(self, search_id: int, doc_ids: Iterable[str], now: str) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO saved_search_seen(search_id, doc_id, seen_at) VALUES (?,?,?)",
            [(search_id, doc_id, now) for doc_id in doc_ids],
        )


def _as_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["filters"] = json.loads(item["filters"] or "{}")
    item["spike"] = json.loads(item["spike"]) if item.get("spike") else None
    return item
