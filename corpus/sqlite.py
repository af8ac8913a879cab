"""How every SQLite file of newsintel is opened and written: one place for the pragmas.

WAL lets readers (the API) work while a writer (crawl, enrich, index) commits; explicit
transactions (``isolation_level=None`` + :func:`transaction`) make each batch all-or-nothing,
so a process killed mid-write loses nothing already committed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

# How long a connection waits for another one's lock before "database is locked".
BUSY_TIMEOUT_S = 30


def connect(
    path: Path | str, *, readonly: bool = False, cache_kib: int = 65536, rows: bool = False
) -> sqlite3.Connection:
    """Open ``path`` (created with its folder if missing) in WAL mode.

    ``readonly`` connections never write, not even to open: the file must exist, and on a
    read-only data dir (a read-only mount, a backup) they still read. ``rows`` returns
    ``sqlite3.Row`` rows.
    """
    path = Path(path)
    if readonly:
        db = _open_readonly(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            use_wal(db)
        except BaseException:
            db.close()
            raise
    if rows:
        db.row_factory = sqlite3.Row
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    db.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
    return db


def use_wal(db: sqlite3.Connection, wait_s: float = BUSY_TIMEOUT_S) -> None:
    """``PRAGMA journal_mode=WAL``, waiting up to ``wait_s`` as the busy timeout would.

    On a new file the switch reads the (empty) file, then writes its header: a read lock
    upgraded to a write lock, which SQLite never waits for (waiting there could deadlock), so
    it answers "database is locked" at once while another connection is creating the same
    file (two first requests at a time). This connection holds nothing between attempts, so
    trying again is the wait SQLite skipped; once the other one commits, the file is in WAL
    mode and the switch writes nothing. On a file already in WAL mode it never fails so.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
        time.sleep(0.005)


def _open_readonly(path: Path) -> sqlite3.Connection:
    def open_uri(options: str) -> sqlite3.Connection:
        db = sqlite3.connect(
            f"file:{quote(str(path))}?{options}",
            uri=True,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            db.execute("PRAGMA schema_version").fetchone()  # opens the file (and its WAL)
        except sqlite3.Error:
            db.close()
            raise
        return db

    if not path.is_file():
        raise sqlite3.OperationalError(f"unable to open database file: no {path}")
    try:
        return open_uri("mode=ro")
    except sqlite3.OperationalError:
        # A WAL file needs its -shm beside it; in a folder nobody may write (a read-only
        # mount) it cannot be made, and nobody can be writing either: read it as immutable.
        if os.access(path.parent, os.W_OK):
            raise
        return open_uri("mode=ro&immutable=1")


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
