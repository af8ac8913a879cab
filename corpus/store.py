"""The corpus store: one SQLite file (WAL) that is the system of record.

Documents are keyed by id (given on import, else derived from the canonical URL). Upserts are
idempotent: the same content twice is one version; changed content becomes a new version.
Everything downstream (enrichment, search indexes) is derived from this file and can be rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from corpus import config, sqlite
from corpus.keys import slugify
from corpus.schema import DERIVED_TABLES, MIGRATIONS

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


class StoreError(RuntimeError):
    """The store cannot be used as it is (a newer schema, ...); the message says why."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def doc_id_for_url(url: str) -> str:
    """Stable id of a crawled document: a short hash of its canonical URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def content_hash(title: str | None, text: str) -> str:
    """Hash of what a reader sees; whitespace and Unicode form do not count as a change."""
    norm = unicodedata.normalize("NFC", f"{title or ''}\n{' '.join(text.split())}")
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Document:
    text: str
    url: str | None = None
    id: str | None = None
    title: str | None = None
    source: str | None = None
    doc_type: str = "news"
    published: str | None = None
    author: str | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.text or not self.text.strip():
            raise ValueError("a document needs non-empty text")
        # A given id (an imported archive's) is kept as is; a derived one stands for the URL.
        self.id_given = bool(self.id)
        if not self.id:
            if not self.url:
                raise ValueError("a document needs an id or a url")
            self.id = doc_id_for_url(self.url)

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.text)


class CorpusStore:
    """Thin, explicit access to the store. Use as a context manager or call ``close()``."""

    def __init__(self, path: Path | str, readonly: bool = False):
        """``readonly``: never write, not even a migration (the API, a read-only data dir);
        the file must exist and have this newsintel's schema."""
        self.path = Path(path)
        if not readonly and self.path.is_file() and self.path.stat().st_size:
            _refuse_foreign(self.path)  # before the connection below switches it to WAL
        # one transaction per batch, see below
        self.db = sqlite.connect(self.path, rows=True, readonly=readonly)
        if readonly:
            self._require_current_schema()
        else:
            self._migrate()

    def _require_current_schema(self) -> None:
        current = self.schema_version
        if current != len(MIGRATIONS):
            self.db.close()
            raise StoreError(
                f"{self.path} has schema version {current}, this newsintel reads "
                f"{len(MIGRATIONS)}: "
                + (
                    "run a command that writes it (e.g. `newsintel index`) to migrate it"
                    if current < len(MIGRATIONS)
                    else "upgrade newsintel"
                )
            )

    @classmethod
    def open_default(cls) -> "CorpusStore":
        return cls(config.store_path())

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "CorpusStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this newsintel "
                f"({len(MIGRATIONS)}); upgrade newsintel"
            )
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            # executescript commits first; wrap the script so a failed migration leaves nothing.
            self.db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite.transaction(self.db)

    # -- sources --------------------------------------------------------------------------
    def upsert_sources(self, sources: Iterable[tuple[str, str, dict]]) -> None:
        """(name, kind, registry entry) for each source of the registry."""
        now = utc_now()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO sources(name, kind, config, updated_at) VALUES (?,?,?,?) "
                "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, config=excluded.config, "
                "updated_at=excluded.updated_at",
                [
                    (name, kind, json.dumps(cfg, ensure_ascii=False, default=str), now)
                    for name, kind, cfg in sources
                ],
            )

    # -- documents ------------------------------------------------------------------------
    def upsert_documents(
        self, docs: Iterable[Document], fetched_at: str | None = None
    ) -> list[str]:
        """Store documents in one transaction; returns new|updated|unchanged for each."""
        now = fetched_at or utc_now()
        outcomes = []
        with self.transaction() as db:
            for doc in docs:
                outcomes.append(self._upsert(db, doc, now))
        return outcomes

    def upsert_document(self, doc: Document, fetched_at: str | None = None) -> str:
        return self.upsert_documents([doc], fetched_at)[0]

    def _upsert(self, db: sqlite3.Connection, doc: Document, now: str) -> str:
        row = db.execute(
            "SELECT id, content_hash, version FROM documents WHERE id=?", (doc.id,)
        ).fetchone()
        if row is None and doc.url and not doc.id_given:
            # A crawled page whose canonical URL is stored under another (imported) id is that
            # document; two imported records keep their own ids even when they share a URL.
            row = db.execute(
                "SELECT id, content_hash, version FROM documents WHERE url=?", (doc.url,)
            ).fetchone()
            if row is not None:
                doc.id = row["id"]
        digest = doc.content_hash
        metadata = json.dumps(doc.metadata, ensure_ascii=False, default=str)
        if row is None:
            db.execute(
                "INSERT INTO documents(id, url, source, doc_type, title, text, published, author,"
                " language, content_hash, metadata, version, first_fetched, last_fetched,"
                " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?,?)",
                (
                    doc.id,
                    doc.url,
                    doc.source,
                    doc.doc_type,
                    doc.title,
                    doc.text,
                    doc.published,
                    doc.author,
                    doc.language,
                    digest,
                    metadata,
                    now,
                    now,
                    now,
                ),
            )
            version, outcome = 1, NEW
        elif row["content_hash"] == digest:
            db.execute("UPDATE documents SET last_fetched=? WHERE id=?", (now, doc.id))
            return UNCHANGED
        else:
            version, outcome = row["version"] + 1, UPDATED
            db.execute(
                "UPDATE documents SET url=?, source=?, doc_type=?, title=?, text=?, published=?,"
                " author=?, language=?, content_hash=?, metadata=?, version=?, last_fetched=?,"
                " updated_at=? WHERE id=?",
                (
                    doc.url,
                    doc.source,
                    doc.doc_type,
                    doc.title,
                    doc.text,
                    doc.published,
                    doc.author,
                    doc.language,
                    digest,
                    metadata,
                    version,
                    now,
                    now,
                    doc.id,
                ),
            )
        db.execute(
            "INSERT INTO document_versions(doc_id, version, content_hash, title, text, published,"
            " author, metadata, fetched_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                version,
                digest,
                doc.title,
                doc.text,
                doc.published,
                doc.author,
                metadata,
                now,
            ),
        )
        return outcome

    def get_document(self, doc_id: str) -> dict | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return _document_dict(row) if row else None

    def iter_documents(
        self, doc_type: str | None = None, ids: Iterable[str] | None = None, batch_size: int = 500
    ) -> Iterator[dict]:
        """All documents (optionally of one type or with given ids), streamed in id order."""
        if ids is not None:
            wanted = list(ids)
            for start in range(0, len(wanted), batch_size):
                chunk = wanted[start : start + batch_size]
                marks = ",".join("?" * len(chunk))
                for row in self.db.execute(
                    f"SELECT * FROM documents WHERE id IN ({marks}) ORDER BY id", chunk
                ):
                    yield _document_dict(row)
            return
        sql, args = "SELECT * FROM documents WHERE id > ?", []
        if doc_type:
            sql += " AND doc_type = ?"
            args.append(doc_type)
        last = ""
        while True:
            rows = self.db.execute(
                sql + " ORDER BY id LIMIT ?", [last, *args, batch_size]
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _document_dict(row)
            last = rows[-1]["id"]

    def document_hashes(self) -> dict[str, str]:
        """id -> content hash of every document: what derived indexes compare against."""
        return dict(self.db.execute("SELECT id, content_hash FROM documents"))

    def versions(self, doc_id: str) -> list[dict]:
        return [
            dict(r)
            for r in self.db.execute(
                "SELECT * FROM document_versions WHERE doc_id=? ORDER BY version", (doc_id,)
            )
        ]

    def count_documents(self, doc_type: str | None = None) -> int:
        if doc_type:
            return self.db.execute(
                "SELECT count(*) FROM documents WHERE doc_type=?", (doc_type,)
            ).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def cluster_ids(self) -> dict[str, str | None]:
        """id -> near-duplicate cluster id (None: a story of its own) of every document."""
        return dict(self.db.execute("SELECT id, cluster_id FROM documents"))

    def set_clusters(self, clusters: dict[str, str | None]) -> None:
        """doc id -> near-duplicate cluster id (None: a story of its own)."""
        with self.transaction() as db:
            db.executemany(
                "UPDATE documents SET cluster_id=? WHERE id=?",
                [(cluster, doc_id) for doc_id, cluster in clusters.items()],
            )

    def delete_document(self, doc_id: str) -> bool:
        with self.transaction() as db:
            for table in DERIVED_TABLES:
                db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
            return db.execute("DELETE FROM documents WHERE id=?", (doc_id,)).rowcount > 0

    # -- crawling -------------------------------------------------------------------------
    def fetch_state(self, url: str) -> dict | None:
        row = self.db.execute("SELECT * FROM fetch_state WHERE url=?", (url,)).fetchone()
        return dict(row) if row else None

    def record_fetches(self, states: Iterable[dict]) -> None:
        """Upsert fetch states: url, doc_id, etag, last_modified, body_hash, status."""
        now = utc_now()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO fetch_state(url, doc_id, etag, last_modified, body_hash, status,"
                " fetched_at) VALUES (:url, :doc_id, :etag, :last_modified, :body_hash, :status,"
                " :fetched_at) ON CONFLICT(url) DO UPDATE SET doc_id=excluded.doc_id,"
                " etag=excluded.etag, last_modified=excluded.last_modified,"
                " body_hash=excluded.body_hash, status=excluded.status,"
                " fetched_at=excluded.fetched_at",
                [
                    {
                        "doc_id": None,
                        "etag": None,
                        "last_modified": None,
                        "body_hash": None,
                        "status": None,
                        **s,
                        "fetched_at": s.get("fetched_at") or now,
                    }
                    for s in states
                ],
            )

    def log_crawl(self, entries: Iterable[dict]) -> None:
        """Append crawl log rows: url, source, status, outcome, error, and the crawl run and
        the URL's role (article, listing, sitemap, feed, ...) when known."""
        now = utc_now()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO crawl_log(url, source, status, outcome, error, at, run_id, role)"
                " VALUES (:url, :source, :status, :outcome, :error, :at, :run_id, :role)",
                [
                    {
                        "source": None,
                        "status": None,
                        "error": None,
                        "run_id": None,
                        "role": None,
                        **e,
                        "at": e.get("at") or now,
                    }
                    for e in entries
                ],
            )

    def start_crawl_run(
        self, spider: str, sources: Iterable[str], started_at: str | None = None
    ) -> int:
        with self.transaction() as db:
            return db.execute(  # type: ignore[return-value]  # an INSERT always has a rowid
                "INSERT INTO crawl_runs(spider, sources, started_at) VALUES (?,?,?)",
                (spider, json.dumps(sorted(sources)), started_at or utc_now()),
            ).lastrowid

    def finish_crawl_run(self, run_id: int, reason: str, finished_at: str | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE crawl_runs SET finished_at=?, finish_reason=? WHERE id=?",
                (finished_at or utc_now(), reason, run_id),
            )

    def crawl_runs(self, limit: int = 50) -> list[dict]:
        """The latest crawl runs, newest first (sources as a list)."""
        rows = self.db.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ?", (limit,))
        return [{**dict(r), "sources": json.loads(r["sources"])} for r in rows]

    def run_outcomes(self, run_ids: Iterable[int]) -> list[dict]:
        """Per run, source, role and outcome: how many log rows, and how many of the errors
        came with an HTTP response below 400 (the page arrived but could not be read), were
        pages without main text, or AMP copies sent on to their canonical page."""
        ids = list(run_ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [
            dict(r)
            for r in self.db.execute(
                "SELECT run_id, source, role, outcome, count(*) AS n,"
                " sum(outcome='error' AND status IS NOT NULL AND status < 400) AS unreadable,"
                " sum(outcome='skipped' AND error='no main text') AS empty_text,"
                " sum(outcome='skipped' AND error LIKE 'AMP copy of %') AS copies,"
                " max(at) AS last_at"
                f" FROM crawl_log WHERE run_id IN ({marks}) GROUP BY 1, 2, 3, 4",
                ids,
            )
        ]

    def last_successes(self) -> dict[str, str]:
        """Per source, when an article was last stored or confirmed unchanged."""
        return dict(
            self.db.execute(
                "SELECT source, max(at) FROM crawl_log WHERE source IS NOT NULL AND outcome IN"
                " ('new','updated','unchanged') GROUP BY 1"
            )
        )

    def crawl_log(self, outcome: str | None = None, limit: int = 1000) -> list[dict]:
        sql, args = "SELECT * FROM crawl_log", []
        if outcome:
            sql, args = sql + " WHERE outcome=?", [outcome]
        return [dict(r) for r in self.db.execute(sql + " ORDER BY id DESC LIMIT ?", [*args, limit])]

    # -- enrichment -----------------------------------------------------------------------
    def documents_needing_enrichment(
        self, pipeline_version: str, limit: int | None = None
    ) -> list[dict]:
        """Documents never enriched, changed since, or enriched by another pipeline version."""
        sql = (
            "SELECT d.* FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id"
            " WHERE e.doc_id IS NULL OR e.content_hash != d.content_hash"
            " OR e.pipeline_version != ? ORDER BY d.id"
        )
        args: list[Any] = [pipeline_version]
        if limit:
            sql, args = sql + " LIMIT ?", [*args, limit]
        return [_document_dict(r) for r in self.db.execute(sql, args)]

    def save_extractions(self, batch: Iterable[tuple[str, str, str, dict]]) -> None:
        """Store (doc_id, content_hash, pipeline_version, extract JSON) for many documents.

        The JSON follows the `newsintel extract` contract; its records are also written to the
        queryable tables, replacing whatever an earlier enrichment of the document left.
        """
        now = utc_now()
        with self.transaction() as db:
            for doc_id, digest, version, data in batch:
                db.execute(
                    "INSERT INTO extractions(doc_id, pipeline_version, content_hash, data,"
                    " extracted_at) VALUES (?,?,?,?,?) ON CONFLICT(doc_id) DO UPDATE SET"
                    " pipeline_version=excluded.pipeline_version,"
                    " content_hash=excluded.content_hash, data=excluded.data,"
                    " extracted_at=excluded.extracted_at",
                    (doc_id, version, digest, json.dumps(data, ensure_ascii=False), now),
                )
                for table in DERIVED_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
                _write_records(db, doc_id, data)

    def get_extraction(self, doc_id: str) -> dict | None:
        row = self.db.execute("SELECT data FROM extractions WHERE doc_id=?", (doc_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def link_regulations(self) -> int:
        """Point each regulation reference at the regulation document it cites, if stored.

        A regulation document carries ``type``, ``number`` and ``year`` in its metadata.
        Returns how many references are resolved.
        """
        with self.transaction() as db:
            db.execute(
                "UPDATE regulation_refs SET regulation_doc_id = ("
                " SELECT d.id FROM documents d WHERE d.doc_type='regulation'"
                " AND lower(json_extract(d.metadata,'$.type')) = lower(regulation_refs.type)"
                " AND CAST(json_extract(d.metadata,'$.number') AS TEXT) = regulation_refs.number"
                " AND json_extract(d.metadata,'$.year') = regulation_refs.year"
                " ORDER BY d.id LIMIT 1)"
            )
        return self.db.execute(
            "SELECT count(*) FROM regulation_refs WHERE regulation_doc_id IS NOT NULL"
        ).fetchone()[0]

    def link_regulation_refs(self) -> dict[str, int]:
        """Resolve every regulation reference the store can (``link_regulations``); count
        what is and is not resolved."""
        resolved = self.link_regulations()
        total = self.db.execute("SELECT count(*) FROM regulation_refs").fetchone()[0]
        return {
            "references": total,
            "resolved": resolved,
            "unresolved": total - resolved,
            "regulations": self.count_documents("regulation"),
        }

    def index_stamps(self) -> Iterator[tuple[str, str, str | None, str | None]]:
        """(id, content hash, extraction stamp, cluster id) of every document: what decides
        whether a derived index must (re)index it. The stamp is None before enrichment."""
        return iter(
            self.db.execute(
                "SELECT d.id, d.content_hash, e.content_hash || '@' || e.pipeline_version || '@' ||"
                " e.extracted_at, d.cluster_id FROM documents d"
                " LEFT JOIN extractions e ON e.doc_id = d.id"
            )
        )

    # -- reporting ------------------------------------------------------------------------
    def documents_by_type(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT doc_type, count(*) FROM documents GROUP BY 1"))

    def count_extractions(self) -> int:
        return self.db.execute("SELECT count(*) FROM extractions").fetchone()[0]

    def crawl_outcomes(self) -> dict[str, int]:
        """Crawl log entries by outcome (stored, unchanged, error...), over every run."""
        return dict(self.db.execute("SELECT outcome, count(*) FROM crawl_log GROUP BY 1"))

    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "versions": q("SELECT count(*) FROM document_versions").fetchone()[0],
            "by_type": dict(q("SELECT doc_type, count(*) FROM documents GROUP BY 1")),
            "by_source": dict(
                q(
                    "SELECT coalesce(source,'(none)'), count(*) FROM documents"
                    " GROUP BY 1 ORDER BY 2 DESC"
                )
            ),
            "by_month": dict(
                q(
                    "SELECT coalesce(substr(published,1,7),'(undated)'), count(*)"
                    " FROM documents GROUP BY 1 ORDER BY 1"
                )
            ),
            "crawl_outcomes": dict(q("SELECT outcome, count(*) FROM crawl_log GROUP BY 1")),
            "errors": [
                dict(r)
                for r in q(
                    "SELECT url, status, error, at FROM crawl_log WHERE outcome='error'"
                    " ORDER BY id DESC LIMIT 20"
                )
            ],
            "enriched": q("SELECT count(*) FROM extractions").fetchone()[0],
        }

    def count_needing_enrichment(self, pipeline_version: str) -> int:
        """How many documents ``documents_needing_enrichment`` would return (for progress)."""
        return self.db.execute(
            "SELECT count(*) FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id"
            " WHERE e.doc_id IS NULL OR e.content_hash != d.content_hash"
            " OR e.pipeline_version != ?",
            (pipeline_version,),
        ).fetchone()[0]


def _refuse_foreign(path: Path) -> None:
    """``StoreError`` for a SQLite file with tables but no migration: another program's
    database, not one to add the store's tables to."""
    probe = sqlite.connect(path, readonly=True)
    try:
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        tables = probe.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    finally:
        probe.close()
    if version == 0 and tables:
        raise StoreError(f"{path} is not a newsintel corpus store (it holds other tables)")


def _document_dict(row: sqlite3.Row) -> dict:
    doc = dict(row)
    doc["metadata"] = json.loads(doc.get("metadata") or "{}")
    return doc


def _write_records(db: sqlite3.Connection, doc_id: str, data: dict) -> None:
    """Write one extraction's records into the queryable tables."""
    org_ids: dict[str, str] = {}
    for org in data.get("organizations") or []:
        org_id = org.get("canonical") or slugify(org.get("acronym") or org["name"])
        db.execute(
            "INSERT INTO organizations(id, name, acronym, kind) VALUES (?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET acronym=coalesce(organizations.acronym,"
            " excluded.acronym), kind=coalesce(organizations.kind, excluded.kind)",
            (org_id, org["name"], org.get("acronym"), org.get("kind")),
        )
        names = {org["name"], *(org.get("aliases") or [])}
        if org.get("acronym"):
            names.add(org["acronym"])
        db.executemany(
            "INSERT OR IGNORE INTO org_aliases(org_id, alias) VALUES (?,?)",
            [(org_id, n) for n in names if n],
        )
        db.execute(
            "INSERT OR IGNORE INTO org_mentions(doc_id, org_id, name) VALUES (?,?,?)",
            (doc_id, org_id, org["name"]),
        )
        for n in names:
            org_ids[n.lower()] = org_id

    def org_of(name: str | None) -> str | None:
        return org_ids.get(name.lower()) if name else None

    db.executemany(
        "INSERT INTO people(doc_id, name, role, organization, org_id, kind) VALUES (?,?,?,?,?,?)",
        [
            (
                doc_id,
                p["name"],
                p.get("role"),
                p.get("organization"),
                org_of(p.get("organization")),
                p.get("kind"),
            )
            for p in data.get("people") or []
        ],
    )
    published = data.get("published")
    db.executemany(
        "INSERT INTO figures(doc_id, value, unit, text, context, kind, sentence, date, value_to,"
        " measure, measure_en, organization, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                doc_id,
                f.get("value"),
                f.get("unit"),
                f.get("text"),
                f.get("context"),
                f.get("kind"),
                f.get("sentence"),
                f.get("date") or published,
                f.get("value_max"),
                f.get("measure"),
                f.get("measure_en"),
                f.get("organization"),
                f.get("region"),
            )
            for f in data.get("figures") or []
        ],
    )
    db.executemany(
        "INSERT INTO regulation_refs(doc_id, type, number, year, title, text) VALUES (?,?,?,?,?,?)",
        [
            (doc_id, r["type"], str(r["number"]), r.get("year"), r.get("title"), r.get("text"))
            for r in data.get("regulations") or []
            if r.get("type") and r.get("number")
        ],
    )
    db.executemany(
        "INSERT INTO commitments(doc_id, partner, partner_org_id, agreement, kind, signatories,"
        " scope, date) VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                doc_id,
                c["partner"],
                org_of(c["partner"]),
                c.get("agreement"),
                c.get("kind"),
                json.dumps(c.get("signatories") or [], ensure_ascii=False),
                json.dumps(c.get("scope") or [], ensure_ascii=False),
                c.get("date") or published,
            )
            for c in data.get("commitments") or []
            if c.get("partner")
        ],
    )
    db.executemany(
        "INSERT INTO quotes(doc_id, speaker, text) VALUES (?,?,?)",
        [(doc_id, q.get("speaker"), q["text"]) for q in data.get("quotes") or [] if q.get("text")],
    )
    db.executemany(
        "INSERT INTO locations(doc_id, name, kind, province) VALUES (?,?,?,?)",
        [
            (
                doc_id,
                loc["name"] if isinstance(loc, dict) else loc,
                loc.get("kind") if isinstance(loc, dict) else None,
                loc.get("province") if isinstance(loc, dict) else None,
            )
            for loc in data.get("locations") or []
        ],
    )


__all__ = [
    "CorpusStore",
    "Document",
    "NEW",
    "UPDATED",
    "UNCHANGED",
    "content_hash",
    "doc_id_for_url",
    "utc_now",
    "asdict",
]
