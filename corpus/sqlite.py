"""How every SQLite file of newsintel is opened and written: one place for the pragmas.

WAL lets readers (the API) work while a writer (crawl, enrich, index) commits; explicit
transactions (``isolation_level=None`` + :func:`transaction`) make each batch all-or-nothing,
so a process killed mid-write loses nothing already committed.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def connect(
    path: Path | str, *, readonly: bool = False, cache_kib: int = 65536, rows: bool = False
) -> sqlite3.Connection:
    """Open ``path`` (created with its folder if missing) in WAL mode.

    ``readonly`` connections refuse writes; ``rows`` returns ``sqlite3.Row`` rows.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    if rows:
        db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    db.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
    if readonly:
        db.execute("PRAGMA query_only=1")
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
