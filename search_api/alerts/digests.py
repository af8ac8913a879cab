"""Digest entries: each ``newsintel alerts run --digest`` keeps its one rolled-up message."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS alert_digests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    payload     TEXT NOT NULL
);
"""


def add(db: sqlite3.Connection, payload: dict[str, Any], now: str) -> int:
    cursor = db.execute(
        "INSERT INTO alert_digests(created_at, payload) VALUES (?,?)",
        (now, json.dumps(payload, ensure_ascii=False)),
    )
    return int(cursor.lastrowid or 0)


def latest(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    rows = db.execute("SELECT * FROM alert_digests ORDER BY id DESC LIMIT ?", (limit,))
    return [
        {"id": r["id"], "created_at": r["created_at"], **json.loads(r["payload"])} for r in rows
    ]
