"""The embedded backend's SQLite file: schema, writes, filters and facets.

One file under ``DATA_DIR/search/`` (derived data, rebuildable from the corpus store):

- ``docs``: one row per document (display fields, story = cluster id or own id, full text).
- ``docs_fts`` (FTS5): stemmed title and body per document, for boolean matching and BM25;
  ``docs_vocab`` its vocabulary (document frequency of each stem).
- ``passages``: offsets of each passage in its document, and its embedding (float16 blob):
  the vectors' source of truth, from which the HNSW graph is built or caught up.
- ``vector_log``: every passage vector added or removed, in order, so a graph saved earlier
  (or held by another process) catches up by replaying what came after it.
- ``entities`` / ``entity_names``: organisations, people, regulations per document, and every
  name that resolves to their key (for filters and facets).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from corpus import sqlite
from corpus.keys import person_key, regulation_key
from search_api.engine.models import FacetValue, SearchRequest

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT,
    url           TEXT,
    outlet        TEXT,
    published     TEXT,
    day           TEXT,                 -- YYYY-MM-DD of published, for ranges and timelines
    doc_type      TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    revision      TEXT NOT NULL,
    story         TEXT NOT NULL,        -- near-duplicate cluster id, else the document's id
    text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_day ON docs(day);
CREATE INDEX IF NOT EXISTS docs_outlet ON docs(lower(outlet));
CREATE INDEX IF NOT EXISTS docs_story ON docs(story);
CREATE INDEX IF NOT EXISTS docs_type ON docs(doc_type);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS docs_vocab USING fts5vocab(docs_fts, 'row');
CREATE TABLE IF NOT EXISTS passages (
    rowid     INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: it is the vector key
    doc       INTEGER NOT NULL,
    ordinal   INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    vector    BLOB                                  -- NULL: keyword-only passage
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc);
CREATE TABLE IF NOT EXISTS vector_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    passage  INTEGER NOT NULL,
    op       TEXT NOT NULL                          -- add | del
);
CREATE TABLE IF NOT EXISTS entities (
    doc    INTEGER NOT NULL,
    kind   TEXT NOT NULL,                           -- org | person | regulation
    key    TEXT NOT NULL,
    label  TEXT NOT NULL,
    PRIMARY KEY (kind, key, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS entity_names (
    kind  TEXT NOT NULL,
    name  TEXT NOT NULL,                            -- lower case
    key   TEXT NOT NULL,
    PRIMARY KEY (kind, name, key)
) WITHOUT ROWID;
"""

# BM25 column weights of docs_fts: a title word counts more than a body word.
TITLE_WEIGHT, BODY_WEIGHT = 2.0, 1.0
ENTITY_KINDS = {"organizations": "org", "people": "person", "regulations": "regulation"}
FACET_SIZE = 20


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    # A small private cache per reader: the OS page cache holds the hot pages for all.
    return sqlite.connect(path, readonly=readonly, cache_kib=8192 if readonly else 65536)


class ReaderPool:
    """Read connections reused by searching threads. A thread takes an idle connection or
    opens one (never waits: waiting threads could starve behind ones that return and retake);
    at most ``keep`` idle connections are kept, the rest closed on return."""

    def __init__(self, path: Path, keep: int = 8):
        self.path, self.keep = path, keep
        self._idle: list[tuple[sqlite3.Connection, int]] = []  # (connection, data_version)
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            idle = self._idle.pop() if self._idle else None
        db, version = idle if idle else (None, None)
        # An idle connection that saw another process write the index is replaced: its FTS5
        # state can be stale and fail ("SQL logic error") after an external `newsintel index`.
        if db is not None and db.execute("PRAGMA data_version").fetchone()[0] != version:
            db.close()
            db = None
        if db is None:
            db = connect(self.path, readonly=True)
        try:
            yield db
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self.keep
                if keep:
                    self._idle.append((db, db.execute("PRAGMA data_version").fetchone()[0]))
            if not keep:
                db.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for db, _ in idle:
            db.close()


def has_schema(db: sqlite3.Connection) -> bool:
    """Whether the file already has the index's tables (then opening it writes nothing)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'docs_fts'").fetchone() is not None


def create_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)
    db.execute(
        "INSERT INTO docs_fts(docs_fts, rank) VALUES ('rank', ?)",
        (f"bm25({TITLE_WEIGHT}, {BODY_WEIGHT})",),
    )


def document_frequencies(db: sqlite3.Connection, stems: Iterable[str]) -> dict[str, int]:
    """stem -> number of documents holding it (0 when unknown)."""
    out = {}
    for stem in set(stems):
        row = db.execute("SELECT doc FROM docs_vocab WHERE term = ?", (stem,)).fetchone()
        out[stem] = row[0] if row else 0
    return out


def get_meta(db: sqlite3.Connection, key: str) -> Optional[str]:
    row = db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)", (key, value))


def entity_rows(kind: str, refs: Iterable[Any]) -> tuple[list[tuple], list[tuple]]:
    """(entities rows without doc, entity_names rows) for EntityRefs of one kind."""
    rows, names = [], []
    for ref in refs:
        rows.append((kind, ref.key, ref.label))
        for name in {ref.key, ref.label, *ref.aliases}:
            normalised = _name_key(kind, name)
            if normalised:
                names.append((kind, normalised, ref.key))
    return rows, names


def _name_key(kind: str, name: str) -> str:
    """How a filter value and an indexed name are compared, per entity kind."""
    if kind == "regulation":
        return regulation_key(name)
    return person_key(name)


def json_list(values: Sequence[Any]) -> str:
    """Lists go into SQL as one JSON parameter (json_each): no variable limit, no SQL text."""
    return json.dumps(list(values))


def filter_sql(request: SearchRequest, alias: str = "d") -> tuple[str, list[Any]]:
    """SQL conditions on the docs table for the request's filters ('1' when none)."""
    conds: list[str] = []
    params: list[Any] = []
    if request.date_from:
        conds.append(f"{alias}.day >= ?")
        params.append(request.date_from.isoformat())
    if request.date_to:
        conds.append(f"{alias}.day <= ?")
        params.append(request.date_to.isoformat())
    if request.outlets:
        conds.append(f"lower({alias}.outlet) IN (SELECT value FROM json_each(?))")
        params.append(json_list([o.lower() for o in request.outlets]))
    if request.doc_type:
        conds.append(f"{alias}.doc_type = ?")
        params.append(request.doc_type)
    for field, kind in ENTITY_KINDS.items():
        values = getattr(request, field)
        if values:
            conds.append(
                f"{alias}.rowid IN (SELECT e.doc FROM entities e WHERE e.kind = ? AND e.key IN"
                " (SELECT n.key FROM entity_names n WHERE n.kind = ? AND n.name IN"
                " (SELECT value FROM json_each(?))))"
            )
            params += [kind, kind, json_list([_name_key(kind, v) for v in values])]
    return (" AND ".join(conds) or "1"), params


def facets(
    db: sqlite3.Connection, match_sql: str, params: list[Any]
) -> dict[str, list[FacetValue]]:
    """Facet counts (distinct stories) over the documents ``match_sql`` selects (column doc).

    One statement for every facet: the matches are read and joined to their documents once,
    and each facet's top ``FACET_SIZE`` come from one grouping (seven statements re-reading
    them took twice as long at 100k documents)."""
    # MATERIALIZED: run the match once; inlined, SQLite may re-run an FTS query per row.
    rows = db.execute(
        f"WITH m(doc) AS MATERIALIZED ({match_sql}),"
        " md AS MATERIALIZED (SELECT d.rowid AS doc, d.story, d.outlet, d.day"
        "                     FROM m JOIN docs d ON d.rowid = m.doc),"
        " facts(facet, value, label, story) AS ("
        "   SELECT ' outlet', outlet, NULL, story FROM md WHERE outlet IS NOT NULL"
        "   UNION ALL SELECT ' month', substr(day, 1, 7), NULL, story FROM md"
        "             WHERE day IS NOT NULL"
        "   UNION ALL SELECT e.kind, e.key, e.label, md.story FROM md"
        "             JOIN entities e ON e.doc = md.doc),"
        " counted AS (SELECT facet, value, min(label) AS label, count(DISTINCT story) AS n"
        "             FROM facts GROUP BY facet, value)"
        " SELECT facet, value, label, n FROM (SELECT *, row_number() OVER"
        "   (PARTITION BY facet ORDER BY n DESC, value) AS r FROM counted)"
        f" WHERE facet = ' month' OR r <= {FACET_SIZE} ORDER BY facet, r",
        params,
    )
    by_facet: dict[str, list[FacetValue]] = {}
    for facet, value, label, count in rows:  # ' '-prefixed names cannot be entity kinds
        by_facet.setdefault(facet, []).append(FacetValue(value=value, label=label, count=count))
    out = {"outlets": by_facet.get(" outlet", [])}
    for field, kind in ENTITY_KINDS.items():
        out[field] = by_facet.get(kind, [])
    out["months"] = sorted(by_facet.get(" month", []), key=lambda v: v.value)
    return out
