"""The tables of a SQLite file that many connections open (one per request, a command beside
the server): made by whichever opener finds them missing, all at once.

Running CREATE TABLE IF NOT EXISTS and then looking for missing columns, each step on its own,
let two openers of a new file both find a column missing: the second ALTER TABLE failed
("duplicate column name", answered 503). Here an opener first looks with one read: a file that
has everything is neither locked nor written (a read-only data dir still reads). Only a file
that lacks something is changed, in one write transaction (BEGIN IMMEDIATE waits on the busy
timeout) that looks again before each column it adds.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import Sequence

# A column added after its table's first release: (table, column, declaration).
Column = tuple[str, str, str]

# What a file holds: (type, name, column) for each column of each table, ("index", name, "").
LAYOUT = """
SELECT m.type, m.name, coalesce(c.name, '')
FROM sqlite_master AS m LEFT JOIN pragma_table_info(m.name) AS c ON m.type = 'table'
"""


def set_up(db: sqlite3.Connection, script: str, added: Sequence[Column] = ()) -> None:
    """Run ``script`` (CREATE ... IF NOT EXISTS statements only) and add the ``added`` columns
    that a file made before them lacks, unless ``db`` already has all of it."""
    added = tuple(added)
    if _layout(db) >= _expected(script, added):
        return
    try:
        # In the script: executescript would commit a transaction begun before it.
        db.executescript(f"BEGIN IMMEDIATE;\n{script}")
        for table, name, declaration in added:
            if name not in {r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _layout(db: sqlite3.Connection) -> set[tuple[str, str, str]]:
    return {tuple(row) for row in db.execute(LAYOUT)}


@lru_cache(maxsize=None)
def _expected(script: str, added: tuple[Column, ...]) -> frozenset[tuple[str, str, str]]:
    """The layout the set-up makes, found by making it in memory (once per process)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.executescript(script)
        for table, name, declaration in added:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
        return frozenset(_layout(db))
    finally:
        db.close()
