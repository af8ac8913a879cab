"""What each delivery channel has already been sent: the last alert item id per saved search.

A channel is a name: ``own`` (the saved search's own webhook), ``webhook:URL`` (the run's
webhook), ``digest`` or ``digest:URL``. A cursor moves only in the transaction that records the
delivery's outcome, so a run killed mid-send leaves the items owed and the next run sends them.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS alert_cursors (
    channel    TEXT NOT NULL,
    search_id  INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    last_item  INTEGER NOT NULL,
    PRIMARY KEY (channel, search_id)
);
"""

OWN = "own"


def webhook_channel(url: str) -> str:
    return f"webhook:{url}"


def digest_channel(url: str | None) -> str:
    return f"digest:{url}" if url else "digest"


def get(db: sqlite3.Connection, channel: str, search_id: int) -> int | None:
    row = db.execute(
        "SELECT last_item FROM alert_cursors WHERE channel=? AND search_id=?", (channel, search_id)
    ).fetchone()
    return None if row is None else int(row[0])


def advance(db: sqlite3.Connection, channel: str, search_id: int, last_item: int) -> None:
    # A search deleted while a run delivers its items gets no cursor (nor an error).
    db.execute(
        "INSERT INTO alert_cursors(channel, search_id, last_item)"
        " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM saved_searches WHERE id=?)"
        " ON CONFLICT(channel, search_id) DO UPDATE SET"
        " last_item = max(last_item, excluded.last_item)",
        (channel, search_id, last_item, search_id),
    )
