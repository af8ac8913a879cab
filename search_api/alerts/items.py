"""The alert item log: every new match a check of a saved search found, once each.

What the feeds list and the webhooks send. An item is the hit as ``/search`` returns it (JSON,
with its outlets), recorded in the same transaction that marks the document seen, so a document
is either seen and logged or neither. Ids only grow: a webhook channel remembers the last id it
delivered (``search_api.alerts.cursors``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS alert_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    search_id    INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    doc_id       TEXT NOT NULL,
    hit          TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    spike        TEXT,
    UNIQUE (search_id, doc_id)
);
"""


@dataclass(frozen=True)
class AlertItem:
    id: int
    search_id: int
    hit: dict[str, Any]
    recorded_at: str
    spike: dict[str, Any] | None

    @property
    def doc_id(self) -> str:
        return str(self.hit["id"])


def append(
    db: sqlite3.Connection,
    search_id: int,
    hits: Iterable[dict[str, Any]],
    now: str,
    spikes: dict[str, dict[str, Any]],
) -> None:
    """Log new hits (JSON dicts, newest first) inside the caller's transaction; ``spikes``
    maps a day (YYYY-MM-DD) to its spike, flagged on the items published that day."""
    rows = [
        (
            search_id,
            hit["id"],
            json.dumps(hit, ensure_ascii=False),
            now,
            _spike_json(spikes.get((hit.get("published") or "")[:10])),
        )
        for hit in reversed(list(hits))  # oldest first, so the newest gets the highest id
    ]
    db.executemany(
        "INSERT OR IGNORE INTO alert_items(search_id, doc_id, hit, recorded_at, spike)"
        " VALUES (?,?,?,?,?)",
        rows,
    )


def latest(db: sqlite3.Connection, search_id: int, limit: int) -> list[AlertItem]:
    """The search's last ``limit`` items, newest first (what its feeds list)."""
    rows = db.execute(
        "SELECT * FROM alert_items WHERE search_id=? ORDER BY id DESC LIMIT ?", (search_id, limit)
    )
    return [_item(r) for r in rows]


def after(db: sqlite3.Connection, search_id: int, last_id: int) -> list[AlertItem]:
    """The search's items logged after item ``last_id``, oldest first (what a channel owes)."""
    rows = db.execute(
        "SELECT * FROM alert_items WHERE search_id=? AND id>? ORDER BY id", (search_id, last_id)
    )
    return [_item(r) for r in rows]


def last_id(db: sqlite3.Connection, search_id: int) -> int:
    row = db.execute("SELECT max(id) FROM alert_items WHERE search_id=?", (search_id,)).fetchone()
    return int(row[0] or 0)


def count(db: sqlite3.Connection, search_id: int) -> int:
    return int(
        db.execute("SELECT count(*) FROM alert_items WHERE search_id=?", (search_id,)).fetchone()[0]
    )


def _spike_json(spike: dict[str, Any] | None) -> str | None:
    return json.dumps(spike, sort_keys=True) if spike else None


def _item(row: sqlite3.Row) -> AlertItem:
    return AlertItem(
        id=row["id"],
        search_id=row["search_id"],
        hit=json.loads(row["hit"]),
        recorded_at=row["recorded_at"],
        spike=json.loads(row["spike"]) if row["spike"] else None,
    )
