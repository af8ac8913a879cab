"""The embedded index's folder on disk: is its database whole, and how a rebuild replaces it.

Damage is found on open, cheaply (the file's header against its size, then its tables), and
reported as ``IndexDamaged`` with what to run, never half-used: a truncated, foreign or
garbage ``embedded.sqlite`` used to fail deep inside a search or be silently extended with
our tables.

``index --rebuild`` builds the new index in ``search.rebuild/`` beside the live ``search/``,
marks it complete, then swaps folders by rename. Killed while building, it leaves the old
index untouched and in use (the partial folder is wiped by the next rebuild). Killed between
the two renames, it leaves a complete ``search.rebuild/`` and no ``search/``: the next open
for writing finishes the swap; readers (search, serve) read the complete rebuild meanwhile.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from search_api.engine.backends.base import IndexDamaged

LIVE = "search"
REBUILD = "search.rebuild"
RETIRED = "search.old"
COMPLETE = "COMPLETE"  # written in the rebuild folder once its index is whole
DATABASE = "embedded.sqlite"
SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = {"meta", "docs", "passages", "vector_log", "entities"}

REBUILD_HINT = "run `newsintel index --rebuild` to derive the index again from the store"


def damaged(why: str) -> IndexDamaged:
    return IndexDamaged(
        f"the search index's database (search/{DATABASE}) is damaged: {why}; " + REBUILD_HINT
    )


def check_header(path: Path) -> None:
    """``IndexDamaged`` when ``path`` exists but is not a whole SQLite file: wrong magic, or
    shorter than the page count its header gives (a truncated copy or a cut-off write)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return  # a new, empty database
        with path.open("rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise damaged("not a SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid only when written by the same change as the counter.
    if header[24:28] == header[92:96] and size < pages * page_size:
        raise damaged(f"{size} bytes where its header counts {pages * page_size} (truncated)")


def check_tables(db: sqlite3.Connection) -> None:
    """``IndexDamaged`` for a readable SQLite file that holds someone else's tables."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise damaged(str(exc)) from None
    if tables and not OUR_TABLES <= tables:
        shown = ", ".join(sorted(tables)[:5])
        raise damaged(f"not a newsintel index (it holds tables {shown})")


def finish_interrupted_swap(data_dir: Path) -> None:
    """A rebuild killed between its two renames left a complete index beside no live one:
    put it in place."""
    live, rebuilt = data_dir / LIVE, data_dir / REBUILD
    if not live.exists() and (rebuilt / COMPLETE).is_file():
        rebuilt.rename(live)
        (live / COMPLETE).unlink(missing_ok=True)


def readable_folder(data_dir: Path) -> str:
    """The folder a reader opens: the live one, or, after a rebuild killed between its renames
    (no live folder, a complete rebuild beside it), the rebuild itself. Readers write nothing,
    so they read it where it is; the next writer finishes the swap."""
    if not (data_dir / LIVE).exists() and (data_dir / REBUILD / COMPLETE).is_file():
        return REBUILD
    return LIVE


def start_rebuild(data_dir: Path) -> Path:
    """An empty rebuild folder (a killed rebuild's leftovers wiped)."""
    for leftover in (REBUILD, RETIRED):
        shutil.rmtree(data_dir / leftover, ignore_errors=True)
    return data_dir / REBUILD


def swap_in_rebuild(data_dir: Path) -> None:
    """Mark the closed rebuild complete, then make it the live index by rename."""
    live, rebuilt, retired = data_dir / LIVE, data_dir / REBUILD, data_dir / RETIRED
    marker = rebuilt / COMPLETE
    marker.write_text("complete\n")
    _fsync(marker)
    _fsync(rebuilt)
    if live.exists():
        live.rename(retired)
    rebuilt.rename(live)
    (live / COMPLETE).unlink(missing_ok=True)
    _fsync(data_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
