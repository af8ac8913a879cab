"""A token that changes whenever anything commits to a SQLite file, for caches of what was read
from it (the API's exports).

SQLite's ``PRAGMA data_version`` on one connection kept open changes after any other
connection, in any process, commits (WAL included); the file's identity catches a file
replaced under the server (``restore --force``), which that connection, holding the old
file, would not see.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Optional

from corpus import sqlite


class DataVersion:
    """``current()``: equal tokens mean no commit in between; None when the file cannot be
    read (then nothing may be cached)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.Lock()  # one connection, asked from many threads
        self._db: Optional[sqlite3.Connection] = None
        self._inode: Optional[int] = None
        self._opened = 0  # how many times a connection was opened: tokens of each differ

    def current(self) -> Optional[tuple[int, int]]:
        with self._lock:
            try:
                inode = os.stat(self.path).st_ino
                if self._db is None or inode != self._inode:
                    self._reopen(inode)
                assert self._db is not None
                return self._opened, self._db.execute("PRAGMA data_version").fetchone()[0]
            except (OSError, sqlite3.Error):
                self._close()
                return None

    def _reopen(self, inode: int) -> None:
        self._close()
        self._db = sqlite.connect(self.path, readonly=True, cache_kib=256)
        self._inode = inode
        self._opened += 1

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def close(self) -> None:
        with self._lock:
            self._close()
