"""Is a SQLite file of the data dir whole, and is the store the schema this newsintel reads?

Read-only: files are opened with ``mode=ro`` so a check never migrates, creates or repairs
anything (``newsintel check`` may run on a copy, a read-only mount or a live data dir).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus.schema import MIGRATIONS

OK, WARNING, ERROR = "ok", "warning", "error"


@dataclass
class Finding:
    part: str  # store | index | databases
    check: str  # what was checked
    level: str  # ok | warning | error
    detail: str  # what was found, and what to run when it is not ok

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None)


def database_findings(path: Path, part: str, full: bool = False) -> list[Finding]:
    """SQLite's own checks of one file: page structure (``quick_check``, or the slower
    ``integrity_check`` with ``full``) and foreign keys."""
    name = path.name
    pragma = "integrity_check" if full else "quick_check"
    try:
        with open_readonly(path) as db:
            problems = [row[0] for row in db.execute(f"PRAGMA {pragma}(20)")]
            broken_keys = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [Finding(part, f"{name}: {pragma}", ERROR, f"cannot be read: {exc}")]
    found = [
        Finding(
            part,
            f"{name}: {pragma}",
            OK if problems == ["ok"] else ERROR,
            "ok" if problems == ["ok"] else "; ".join(problems[:5]),
        )
    ]
    found.append(
        Finding(
            part,
            f"{name}: foreign keys",
            ERROR if broken_keys else OK,
            f"{len(broken_keys)} rows point at missing rows (first: table {broken_keys[0][0]})"
            if broken_keys
            else "ok",
        )
    )
    return found


def store_findings(path: Path, full: bool = False) -> list[Finding]:
    """The corpus store: whole, its schema version, what it holds."""
    if not path.is_file():
        return [Finding("store", "file", ERROR, f"no corpus store at {path}")]
    found = database_findings(path, "store", full)
    if any(f.level == ERROR and "cannot be read" in f.detail for f in found):
        found[0].detail += "; restore a backup (`newsintel restore BACKUP`)"
        return found
    current = len(MIGRATIONS)
    try:
        with open_readonly(path) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            documents = (
                db.execute("SELECT count(*) FROM documents").fetchone()[0]
                if ("documents" in tables)
                else None
            )
            enriched = (
                db.execute("SELECT count(*) FROM extractions").fetchone()[0]
                if ("extractions" in tables)
                else None
            )
    except sqlite3.DatabaseError as exc:
        return [*found, Finding("store", "schema", ERROR, f"cannot be read: {exc}")]
    if version > current:
        found.append(
            Finding(
                "store",
                "schema",
                ERROR,
                f"version {version}, newer than this newsintel ({current}): upgrade newsintel",
            )
        )
    elif documents is None:
        found.append(Finding("store", "schema", ERROR, "no documents table: not a newsintel store"))
    elif version < current:
        found.append(
            Finding(
                "store",
                "schema",
                WARNING,
                f"version {version} of {current}: the next "
                "command that writes the store migrates it",
            )
        )
    else:
        found.append(Finding("store", "schema", OK, f"version {version}"))
    if documents is not None:
        found.append(
            Finding("store", "contents", OK, f"{documents} documents, {enriched or 0} enriched")
        )
    return found
