"""The saved-search file's alert tables: an older file gains the new columns, items are
logged once, a cursor never moves back nor outlives its search."""

from __future__ import annotations

import sqlite3
import threading

from corpus import sqlite as sqlite_files
from search_api.alerts import cursors, items
from search_api.alerts.saved_searches import SavedSearchStore

OLD_SCHEMA = """
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, q TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'hybrid', filters TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL, last_checked_at TEXT NOT NULL
);
INSERT INTO saved_searches VALUES (4, 'Lama', 'jht', 'keyword', '{}', '2025-01-01', '2025-01-02');
"""


def test_a_file_from_before_the_alerts_keeps_its_searches_and_gains_the_columns(tmp_path):
    path = tmp_path / "saved_searches.sqlite"
    with sqlite3.connect(path) as old:
        old.executescript(OLD_SCHEMA)
    saved = SavedSearchStore(path)
    try:
        [search] = saved.list()
        assert search["name"] == "Lama" and search["webhook_url"] is None
        assert search["spike"] is None
        saved.set_spike(4, {"day": "2025-01-02", "count": 6, "baseline": 0.1})
        assert saved.get(4)["spike"] == {"day": "2025-01-02", "count": 6, "baseline": 0.1}
    finally:
        saved.close()


def test_items_are_logged_once_and_cursors_only_move_forward(tmp_path):
    saved = SavedSearchStore(tmp_path / "s.sqlite")
    try:
        sid = saved.create("JHT", "jht", "keyword", {}, [])["id"]
        hits = [{"id": "b", "published": "2026-10-02"}, {"id": "a", "published": "2026-10-01"}]
        spike = {"day": "2026-10-02", "count": 5, "baseline": 0.2}
        with sqlite_files.transaction(saved.db):
            items.append(saved.db, sid, hits, "t1", {"2026-10-02": spike})
            items.append(saved.db, sid, hits, "t2", {})  # the same documents again: ignored
        logged = items.latest(saved.db, sid, 10)
        assert [(i.doc_id, i.spike) for i in logged] == [("b", spike), ("a", None)]
        assert items.after(saved.db, sid, logged[1].id) == [logged[0]]
        cursors.advance(saved.db, "own", sid, 2)
        cursors.advance(saved.db, "own", sid, 1)
        assert cursors.get(saved.db, "own", sid) == 2
        assert saved.delete(sid)
        cursors.advance(saved.db, "digest", sid, 2)  # deleted meanwhile: no row, no error
        assert cursors.get(saved.db, "digest", sid) is None
        assert items.count(saved.db, sid) == 0  # the log goes with its search
    finally:
        saved.close()


OPENERS, NEW_FILES = 5, 40


def test_the_first_requests_on_a_new_file_all_open_it(tmp_path):
    """Issue 16: the server opens the file once per request, and its first requests come
    together. Openers of a new file used to fail, about one new file in six: two found a column
    missing and the second added it again ("duplicate column name"), or one switched the file
    to WAL while another was creating it ("database is locked"); each answered 503."""
    failures: list[str] = []

    def open_and_save(path, start: threading.Barrier, n: int) -> None:
        start.wait()
        try:
            saved = SavedSearchStore(path)
            try:
                saved.create(f"search {n}", "jht", "keyword", {}, ["a", "b"])
            finally:
                saved.close()
        except Exception as exc:  # anything raised in a thread must fail the test, not vanish
            failures.append(f"{path.parent.name}: {exc!r}")

    for k in range(NEW_FILES):
        path = tmp_path / f"dir{k}" / "saved_searches.sqlite"
        start = threading.Barrier(OPENERS)
        openers = [
            threading.Thread(target=open_and_save, args=(path, start, n)) for n in range(OPENERS)
        ]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
        saved = SavedSearchStore(path)
        try:  # every acknowledged creation is there
            assert len(saved.list()) == OPENERS, path
        finally:
            saved.close()
    assert not failures, failures
