"""Opening a SQLite file of the data dir while another connection is writing it: the switch to
WAL and the set-up of tables wait for it instead of failing ("database is locked", "duplicate
column name": each once answered 503 to a first request that came with others). Real files;
the steps are ordered by SQLite's own statement trace, not by sleeping."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Callable

from corpus import sqlite as sqlite_files
from corpus.sqlite_setup import set_up

SCRIPT = "CREATE TABLE IF NOT EXISTS t (a TEXT);\nCREATE INDEX IF NOT EXISTS t_a ON t(a);"
ADDED = (("t", "b", "TEXT"), ("t", "c", "TEXT"))


class Traced:
    """Runs ``work`` on a thread of its own; counts the statements ``db`` starts that
    ``counts`` picks, so the test can act once one was reached."""

    def __init__(self, db: sqlite3.Connection, counts: Callable[[str], bool], work: Callable):
        self.started, self.done = 0, False
        self.error: sqlite3.Error | None = None
        self._changed = threading.Condition()
        self._counts = counts
        db.set_trace_callback(self._traced)
        self._thread = threading.Thread(target=self._run, args=(work,))
        self._thread.start()

    def _traced(self, sql: str) -> None:
        if not self._counts(sql.lstrip().upper()):
            return
        with self._changed:
            self.started += 1
            self._changed.notify_all()

    def _run(self, work: Callable) -> None:
        try:
            work()
        except sqlite3.Error as exc:
            self.error = exc
        with self._changed:
            self.done = True
            self._changed.notify_all()

    def wait_for(self, started: int) -> None:
        with self._changed:  # the timeout only keeps a broken run from hanging
            assert self._changed.wait_for(lambda: self.done or self.started >= started, 120)

    def join(self) -> None:
        self._thread.join(120)
        assert not self._thread.is_alive()


def test_switching_a_new_file_to_wal_waits_for_the_connection_creating_it(tmp_path: Path):
    path = tmp_path / "new.sqlite"
    creator = sqlite3.connect(path, isolation_level=None)
    creator.execute("BEGIN IMMEDIATE")
    creator.execute("CREATE TABLE made (x)")  # mid-way through creating the file
    opener = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        switch = Traced(
            opener,
            lambda sql: sql.startswith("PRAGMA JOURNAL_MODE"),
            lambda: sqlite_files.use_wal(opener),
        )
        # A second attempt means the first met the lock (SQLite does not wait on it there).
        switch.wait_for(started=2)
        creator.execute("COMMIT")
        switch.join()
        assert switch.error is None, switch.error
        assert switch.started >= 2, "the switch never met the creator's lock"
        assert opener.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opener.execute("SELECT count(*) FROM made").fetchone()[0] == 0
    finally:
        opener.close()
        creator.close()


def test_set_up_adds_only_what_is_still_missing_once_it_holds_the_write_lock(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    with closing(sqlite_files.connect(path)) as made_before:
        made_before.execute("CREATE TABLE t (a TEXT)")  # a file from before the columns
    other = sqlite_files.connect(path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("ALTER TABLE t ADD COLUMN b TEXT")  # another opener, adding it right now
    opener = sqlite_files.connect(path)
    try:
        # The opener reaches its first write (it found b missing) before the other commits.
        setting_up = Traced(
            opener,
            lambda sql: sql.startswith(("BEGIN", "ALTER", "INSERT", "UPDATE")),
            lambda: set_up(opener, SCRIPT, ADDED),
        )
        setting_up.wait_for(started=1)
        other.execute("COMMIT")
        setting_up.join()
        assert setting_up.error is None, setting_up.error
        columns = [r[1] for r in opener.execute("PRAGMA table_info(t)")]
        assert columns == ["a", "b", "c"]
        assert opener.execute("SELECT name FROM sqlite_master WHERE type='index'").fetchall() == [
            ("t_a",)
        ]
    finally:
        opener.close()
        other.close()


def test_a_file_that_has_everything_is_set_up_without_writing(tmp_path: Path):
    path = tmp_path / "current.sqlite"
    with closing(sqlite_files.connect(path)) as first:
        set_up(first, SCRIPT, ADDED)
    writer = sqlite_files.connect(path)
    writer.execute("BEGIN IMMEDIATE")  # a long write: anything wanting the lock would wait
    opener = sqlite_files.connect(path)
    try:
        statements: list[str] = []
        opener.set_trace_callback(statements.append)
        set_up(opener, SCRIPT, ADDED)
        # One SELECT (the trace shows the table_info it reads as "-- PRAGMA" lines).
        assert statements and all(s.lstrip().startswith(("SELECT", "--")) for s in statements)
    finally:
        opener.close()
        writer.execute("ROLLBACK")
        writer.close()
