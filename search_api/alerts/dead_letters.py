"""The dead-letter log: webhook payloads that were not taken after their retries.

Each keeps the whole payload, the URL, the last error and the attempts, so ``newsintel alerts
dead-letter --retry`` can send it again as it was; a re-sent one keeps its row, marked
delivered.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS alert_dead_letters (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT NOT NULL,
    payload       TEXT NOT NULL,
    error         TEXT NOT NULL,
    attempts      INTEGER NOT NULL,
    failed_at     TEXT NOT NULL,
    delivered_at  TEXT
);
"""


@dataclass(frozen=True)
class DeadLetter:
    id: int
    url: str
    payload: dict[str, Any]
    error: str
    attempts: int
    failed_at: str
    delivered_at: str | None


def add(
    db: sqlite3.Connection, url: str, payload: dict[str, Any], error: str, attempts: int, now: str
) -> None:
    db.execute(
        "INSERT INTO alert_dead_letters(url, payload, error, attempts, failed_at)"
        " VALUES (?,?,?,?,?)",
        (url, json.dumps(payload, ensure_ascii=False), error, attempts, now),
    )


def listed(db: sqlite3.Connection, include_delivered: bool = False) -> list[DeadLetter]:
    where = "" if include_delivered else " WHERE delivered_at IS NULL"
    rows = db.execute(f"SELECT * FROM alert_dead_letters{where} ORDER BY id")
    return [
        DeadLetter(
            id=r["id"],
            url=r["url"],
            payload=json.loads(r["payload"]),
            error=r["error"],
            attempts=r["attempts"],
            failed_at=r["failed_at"],
            delivered_at=r["delivered_at"],
        )
        for r in rows
    ]


def mark_delivered(db: sqlite3.Connection, letter_id: int, now: str) -> None:
    db.execute("UPDATE alert_dead_letters SET delivered_at=? WHERE id=?", (now, letter_id))


def mark_failed_again(
    db: sqlite3.Connection, letter_id: int, error: str, attempts: int, now: str
) -> None:
    db.execute(
        "UPDATE alert_dead_letters SET error=?, attempts=attempts+?, failed_at=? WHERE id=?",
        (error, attempts, now, letter_id),
    )
