"""The embedded backend (default, zero set-up): SQLite FTS5 + usearch HNSW in the data dir.

Keyword side: boolean queries parsed by ``search_api.engine.query`` into FTS5 over stemmed text,
ranked by BM25 per document. Semantic side: the query's embedding against passage vectors
(HNSW; exact scan when filters leave few passages). Hybrid: weighted reciprocal rank fusion of
the two document rankings (``search_api.engine.fusion``). Then syndicated copies collapse into one
hit per story, and each hit shows its best passage with query words marked.

What counts as a match (for ``total``, facets and timeline): keyword mode and an empty ``q``
count every matching document exactly (plain words must all occur; when no document has them
all, any of them). Semantic and hybrid modes count the ranked candidates: among the
``CANDIDATES`` best passages, the documents whose similarity is within ``fusion.SEMANTIC_MARGIN``
of the best one and above the fitted ``fusion.similarity_floor``, plus, for hybrid, the best
keyword documents (lexical support).
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from corpus import sqlite
from search_api.engine.analysis import analyzer, highlight
from search_api.engine.backends import embedded_db as sql
from search_api.engine.backends import embedded_files as files
from search_api.engine.backends.base import (
    WARM_UP_QUERY,
    IndexDamaged,
    ProgressCallback,
    SearchBackend,
    SearchBackendError,
)
from search_api.engine.cursors import search_cursor, search_state
from search_api.engine.embeddings import Embedder, QueryBatcher, load_embedder, model_name
from search_api.engine.fusion import (
    fuse,
    semantic_floor,
    semantic_matches,
    similarity_floor,
    weights_for,
)
from search_api.engine.models import (
    BackendHealth,
    Duplicate,
    Facets,
    Hit,
    IndexDocument,
    IndexStats,
    Interval,
    Passage,
    SearchMode,
    SearchRequest,
    SearchResponse,
    SortOrder,
    TimelineBucket,
)
from search_api.engine.passage_tokens import PassageTokens, passage_tokens
from search_api.engine.passages import split_passages
from search_api.engine.query import Query, parse_query
from search_api.engine.ranking import (
    CANDIDATES,
    LEXICAL_NUDGE,
    RESULT_WINDOW,
    passage_score,
    top_of_each_story,
)
from search_api.engine.timeline import timeline_buckets
from search_api.engine.vectors import (
    DamagedGraphFile,
    VectorIndex,
    exact_search,
    from_blobs,
    saved_graph_count,
    to_blob,
)

EXACT_SCAN_MAX = 20000  # filtered semantic search scans this many passages exactly
COMMON_FRACTION = 0.1  # hybrid ranks by words in at most this share of documents...
COMMON_MIN_DOCS = 2000  # ...once that share is more than this many documents
OR_POSTINGS_MAX = 5000  # above this (~12 ms of BM25 scoring), rank documents with two words
INDEX_BATCH = 16  # documents embedded and committed together
LOG_KEEP = 100000  # vector log entries kept after a save (for lagging readers)
QUERY_THREADS = 32  # queries waiting for their vector at once (they share model calls)
_OPENED = itertools.count(1)  # backends opened in this process, for their change tokens


@dataclass
class _Candidate:
    doc: int
    keyword_rank: Optional[int] = None
    semantic_sim: Optional[float] = None
    passage_sims: dict[int, float] = field(default_factory=dict)
    score: float = 0.0


class EmbeddedBackend(SearchBackend):
    """SQLite FTS5 + HNSW vectors under ``data_dir/search``. See the module docstring."""

    name = "embedded"

    def __init__(
        self,
        data_dir: Path,
        model: Optional[str] = None,
        embedder: Optional[Embedder] = None,
        folder: str = files.LIVE,
        readonly: bool = False,
    ):
        """``folder``: where in the data dir (``search.rebuild`` while ``index --rebuild``
        builds beside the live index). ``readonly``: open without writing anything (search,
        serve), so a read-only data dir still serves."""
        if folder == files.LIVE and not readonly:
            files.finish_interrupted_swap(Path(data_dir))
        elif folder == files.LIVE:
            folder = files.readable_folder(Path(data_dir))
        self.dir = Path(data_dir) / folder
        self.db_path = self.dir / files.DATABASE
        self.vectors_path = self.dir / "vectors.usearch"
        if readonly and not self.db_path.is_file():
            raise SearchBackendError("no search index in this data dir yet: run newsintel index")
        if not readonly:
            self.dir.mkdir(parents=True, exist_ok=True)
        files.check_header(self.db_path)
        if not readonly and self.db_path.is_file() and self.db_path.stat().st_size:
            # Tables first, read-only: even switching a foreign file to WAL would write it.
            self._probe_readonly()
        try:
            self._db = sql.connect(self.db_path, readonly=readonly)
        except sqlite3.DatabaseError as exc:
            raise files.damaged(str(exc)) from None
        try:
            files.check_tables(self._db)
            if not readonly and not sql.has_schema(self._db):
                sql.create_schema(self._db)
        except BaseException:
            self._db.close()
            raise
        self._inode = self.db_path.stat().st_ino
        self._write_lock = threading.Lock()
        self._vector_lock = threading.Lock()
        self._readers = sql.ReaderPool(self.db_path)
        self._embedder = embedder
        indexed_model = sql.get_meta(self._db, "model")
        self._requested_model = embedder.name if embedder else model
        self.model = indexed_model or (embedder.name if embedder else model_name(model))
        self._vectors: Optional[VectorIndex] = None
        self._applied_seq = 0
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        # Work a search runs beside its own thread: the query's embedding (beside the keyword
        # side; concurrent queries meet in the batcher and share one call of the model) and
        # the facet counts (beside the hits).
        self._workers = ThreadPoolExecutor(
            max_workers=2 * QUERY_THREADS, thread_name_prefix="search-worker"
        )
        self._batcher: Optional[QueryBatcher] = None
        self._cache_lock = threading.Lock()
        self._df_cache: dict[str, int] = {}
        self._closed = False
        self._serial = next(_OPENED)
        self._version_lock = threading.Lock()
        # (query, coverage) -> FusionWeights; an attribute so tuning can try alternatives.
        self.fusion_weights = weights_for

    def _probe_readonly(self) -> None:
        try:
            probe = sql.connect(self.db_path, readonly=True)
        except sqlite3.DatabaseError as exc:
            raise files.damaged(str(exc)) from None
        try:
            files.check_tables(probe)
        finally:
            probe.close()

    # -- plumbing -----------------------------------------------------------------------------
    def _connection(self):
        """A read connection for the duration of a ``with`` block (from the pool)."""
        return self._readers.connection()

    def _get_embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.model)
        return self._embedder

    def _check_model(self) -> None:
        if self._requested_model and self._requested_model != self.model and self.count():
            raise SearchBackendError(
                f"this index was embedded with {self.model!r}, not {self._requested_model!r}: "
                "rebuild it (newsintel index --rebuild) to switch models"
            )

    def _query_vector(self, text: str) -> np.ndarray:
        with self._cache_lock:
            cached = self._query_cache.get(text)
        if cached is None:
            batcher = self._batcher
            if batcher is None:
                embedder = self._get_embedder()  # seconds the first time: outside the lock
                with self._cache_lock:
                    if self._batcher is None:
                        self._batcher = QueryBatcher(embedder)
                    batcher = self._batcher
            cached = batcher.embed(text)
            with self._cache_lock:
                self._query_cache[text] = cached
                while len(self._query_cache) > 256:
                    self._query_cache.popitem(last=False)
        return cached

    # -- vectors: HNSW graph kept in step with the passages table ----------------------------
    def _vector_index(self, db) -> VectorIndex:
        """The graph, caught up with the vector log (cheap when nothing changed)."""
        with self._vector_lock:
            if self._vectors is None:
                dim = int(sql.get_meta(db, "dim") or 0)
                if not dim:
                    raise SearchBackendError("no vectors indexed yet: run newsintel index")
                self._vectors = VectorIndex(dim, self.vectors_path)
                self._applied_seq = self._load_or_refuse(db)
            last = db.execute("SELECT coalesce(max(seq), 0) FROM vector_log").fetchone()[0]
            if last > self._applied_seq:
                first = db.execute("SELECT coalesce(min(seq), 0) FROM vector_log").fetchone()[0]
                if first > self._applied_seq + 1:  # the log was compacted past us: reload
                    self._applied_seq = self._load_or_refuse(db)
                self._replay(db, self._applied_seq)
                self._applied_seq = last
            return self._vectors

    def _load_or_refuse(self, db) -> int:
        """``_load_saved_graph``, but a damaged file leaves no graph and says what to run."""
        try:
            return self._load_saved_graph(db)
        except DamagedGraphFile as exc:
            self._vectors = None
            raise self._damaged(str(exc)) from None

    @staticmethod
    def _damaged(why: str) -> IndexDamaged:
        return IndexDamaged(
            f"the search index's vector file (search/vectors.usearch) is damaged: {why}; "
            "run `newsintel index --rebuild` to derive the index again from the store"
        )

    def _saved_seq(self) -> Optional[int]:
        """The log position the saved graph reflects; None when unknown (no or bad file)."""
        try:
            return int(self.vectors_path.with_suffix(".seq").read_text().strip() or 0)
        except (OSError, ValueError):
            return None

    def _load_saved_graph(self, db) -> int:
        """Load the saved graph; returns the log position it reflects (rebuilds if absent)."""
        assert self._vectors is not None
        saved_seq = self._saved_seq()
        if self._vectors.load() and saved_seq is not None:
            return saved_seq
        self._vectors.reset()
        last = db.execute("SELECT coalesce(max(seq), 0) FROM vector_log").fetchone()[0]
        rows = db.execute("SELECT rowid, vector FROM passages WHERE vector IS NOT NULL")
        while chunk := rows.fetchmany(4096):
            self._vectors.add(
                np.array([r[0] for r in chunk]),
                from_blobs([r[1] for r in chunk], self._vectors.dim),
            )
        return last

    def _replay(self, db, after: int) -> None:
        entries = db.execute(
            "SELECT passage, op FROM vector_log WHERE seq > ? ORDER BY seq", (after,)
        ).fetchall()
        removed = [p for p, op in entries if op == "del"]
        added = [p for p, op in entries if op == "add"]
        assert self._vectors is not None  # replayed onto a loaded graph
        self._vectors.remove(np.array(removed, dtype=np.int64))
        for start in range(0, len(added), 4096):
            chunk = added[start : start + 4096]
            rows = db.execute(
                "SELECT rowid, vector FROM passages WHERE vector IS NOT NULL AND"
                " rowid IN (SELECT value FROM json_each(?))",
                (sql.json_list(chunk),),
            ).fetchall()
            if rows:
                self._vectors.add(
                    np.array([r[0] for r in rows]),
                    from_blobs([r[1] for r in rows], self._vectors.dim),
                )

    def _save_graph(self) -> None:
        if self._vectors is None:
            return
        with self._vector_lock:
            self._vectors.save()
            seq_file = self.vectors_path.with_suffix(".seq")
            tmp = seq_file.with_suffix(".seq.tmp")
            tmp.write_text(str(self._applied_seq))
            tmp.replace(seq_file)
        with self._write_lock:
            self._db.execute(
                "DELETE FROM vector_log WHERE seq <= ?", (self._applied_seq - LOG_KEEP,)
            )

    # -- writing ------------------------------------------------------------------------------
    def index(
        self, documents: Iterable[IndexDocument], progress: Optional[ProgressCallback] = None
    ) -> IndexStats:
        self._check_model()
        stats = IndexStats()
        started = time.perf_counter()
        batch: list[IndexDocument] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= INDEX_BATCH:
                self._index_batch(batch, stats)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            self._index_batch(batch, stats)
            if progress:
                progress(len(batch))
        self._save_graph()
        stats.seconds = time.perf_counter() - started
        return stats

    def _index_batch(self, batch: list[IndexDocument], stats: IndexStats) -> None:
        known = {
            row[0]: (row[1], row[2])
            for row in self._db.execute(
                "SELECT id, content_hash, revision FROM docs WHERE id IN"
                " (SELECT value FROM json_each(?))",
                (sql.json_list([d.id for d in batch]),),
            )
        }
        embed_docs, meta_docs = [], []
        for doc in batch:
            old = known.get(doc.id)
            if old and old[1] == doc.revision:
                stats.unchanged += 1
            elif old and old[0] == doc.content_hash:
                meta_docs.append(doc)
            else:
                embed_docs.append(doc)
        # Embedding is the slow part: done before the transaction, so writes stay short.
        split = {doc.id: split_passages(doc.text) for doc in embed_docs}
        inputs = [(doc.id, p) for doc in embed_docs for p in split[doc.id] if p.embed]
        vectors = {}
        if inputs:
            titles = {doc.id: doc.title for doc in embed_docs}
            encoded = self._get_embedder().embed_passages(
                [p.embedding_input(titles[doc_id]) for doc_id, p in inputs]
            )
            vectors = {(doc_id, p.ordinal): encoded[i] for i, (doc_id, p) in enumerate(inputs)}
            stats.passages += len(inputs)
        with self._write_lock, sqlite.transaction(self._db) as db:
            if vectors and not sql.get_meta(db, "dim"):
                sql.set_meta(db, "dim", str(len(next(iter(vectors.values())))))
                sql.set_meta(db, "model", self.model)
            for doc in meta_docs:
                self._write_doc(db, doc, passages=None, vectors={})
                stats.metadata_only += 1
            for doc in embed_docs:
                self._write_doc(db, doc, passages=split[doc.id], vectors=vectors)
                if doc.id in known:
                    stats.updated += 1
                else:
                    stats.added += 1
        with self._cache_lock:
            self._df_cache.clear()
        if vectors:
            with self._connection() as db:
                self._vector_index(db)  # build/catch up this process's graph; saved at the end

    def _write_doc(self, db, doc: IndexDocument, passages, vectors) -> None:
        """Upsert one document; ``passages`` None keeps its text, passages and vectors."""
        day = doc.published[:10] if doc.published and len(doc.published) >= 10 else None
        db.execute(
            "INSERT INTO docs(id, title, url, outlet, published, day, doc_type, content_hash,"
            " revision, story, text) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " title=excluded.title, url=excluded.url, outlet=excluded.outlet,"
            " published=excluded.published, day=excluded.day, doc_type=excluded.doc_type,"
            " content_hash=excluded.content_hash, revision=excluded.revision,"
            " story=excluded.story, text=excluded.text",
            (
                doc.id,
                doc.title,
                doc.url,
                doc.outlet,
                doc.published,
                day,
                doc.doc_type,
                doc.content_hash,
                doc.revision,
                doc.cluster_id or doc.id,
                doc.text,
            ),
        )
        rowid = db.execute("SELECT rowid FROM docs WHERE id=?", (doc.id,)).fetchone()[0]
        db.execute("DELETE FROM entities WHERE doc=?", (rowid,))
        for field_name, kind in sql.ENTITY_KINDS.items():
            rows, names = sql.entity_rows(kind, getattr(doc, field_name))
            db.executemany(
                "INSERT OR IGNORE INTO entities(doc, kind, key, label) VALUES (?,?,?,?)",
                [(rowid, *r) for r in rows],
            )
            db.executemany(
                "INSERT OR IGNORE INTO entity_names(kind, name, key) VALUES (?,?,?)", names
            )
        if passages is None:
            return
        self._drop_passages(db, [rowid])
        a = analyzer()
        body = " ".join(a.index_text(p.text) for p in passages)
        db.execute(
            "INSERT INTO docs_fts(rowid, title, body) VALUES (?,?,?)",
            (rowid, a.index_text(doc.title or ""), body),
        )
        for p in passages:
            vector = vectors.get((doc.id, p.ordinal))
            cursor = db.execute(
                "INSERT INTO passages(doc, ordinal, start, end, vector) VALUES (?,?,?,?,?)",
                (rowid, p.ordinal, p.start, p.end, to_blob(vector) if vector is not None else None),
            )
            if vector is not None:
                db.execute(
                    "INSERT INTO vector_log(passage, op) VALUES (?, 'add')", (cursor.lastrowid,)
                )

    def _drop_passages(self, db, doc_rowids: list[int]) -> None:
        docs = sql.json_list(doc_rowids)
        db.execute(
            "INSERT INTO vector_log(passage, op) SELECT rowid, 'del' FROM passages"
            " WHERE vector IS NOT NULL AND doc IN (SELECT value FROM json_each(?))",
            (docs,),
        )
        db.execute("DELETE FROM passages WHERE doc IN (SELECT value FROM json_each(?))", (docs,))
        db.execute("DELETE FROM docs_fts WHERE rowid IN (SELECT value FROM json_each(?))", (docs,))

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if not ids:
            return 0
        with self._write_lock, sqlite.transaction(self._db) as db:
            rowids = [
                r[0]
                for r in db.execute(
                    "SELECT rowid FROM docs WHERE id IN (SELECT value FROM json_each(?))",
                    (sql.json_list(ids),),
                )
            ]
            self._drop_passages(db, rowids)
            db.execute(
                "DELETE FROM entities WHERE doc IN (SELECT value FROM json_each(?))",
                (sql.json_list(rowids),),
            )
            db.execute(
                "DELETE FROM docs WHERE rowid IN (SELECT value FROM json_each(?))",
                (sql.json_list(rowids),),
            )
        with self._cache_lock:
            self._df_cache.clear()
        if self._vectors is not None or self.vectors_path.exists():
            with self._connection() as db:
                self._vector_index(db)
            self._save_graph()
        return len(rowids)

    def reset(self) -> None:
        """Drop everything, including which model the vectors came from."""
        # The graph goes first: it may be the damaged part, and rows deleted next must not
        # be replayed onto it.
        with self._vector_lock:
            self._vectors = None
            for path in (self.vectors_path, self.vectors_path.with_suffix(".seq")):
                path.unlink(missing_ok=True)
        self.delete([r[0] for r in self._db.execute("SELECT id FROM docs")])
        with self._write_lock:
            self._db.execute("DELETE FROM meta WHERE key IN ('model', 'dim')")
            self._db.execute("DELETE FROM entity_names")
        self.model = self._requested_model or model_name(None)

    def revisions(self) -> dict[str, str]:
        with self._connection() as db:
            return dict(db.execute("SELECT id, revision FROM docs"))

    # -- searching ----------------------------------------------------------------------------
    def search(self, request: SearchRequest) -> SearchResponse:
        started = time.perf_counter()
        offset = search_state(request).get("o", 0)
        with self._connection() as db:
            return self._search(db, request, offset, started)

    def _search(self, db, request: SearchRequest, offset: int, started: float) -> SearchResponse:
        query = parse_query(request.q)
        where, params = sql.filter_sql(request)
        if not request.q.strip():
            ranked, match = self._browse(db, request, where, params, offset)
        elif request.mode == SearchMode.keyword:
            ranked, match = self._keyword_only(db, request, query, where, params, offset)
        else:
            ranked, match = self._fused(db, request, query, where, params)
        stories = self._collapse(db, ranked, request)
        if request.sort == SortOrder.date and match.get("total") is None:
            # A ranked window (semantic, hybrid, relaxed keyword): its best, newest first.
            stories.sort(key=lambda s: s[2] or "", reverse=True)  # stable: ties keep rank
        total = match["total"] if match.get("total") is not None else len(stories)
        page = stories[offset : offset + request.limit]
        # SQLite releases the GIL: the facet queries run on another connection and core
        pending = self._workers.submit(self._facets, match) if request.facets else None
        hits = self._hits(db, page, request, query)
        facets = pending.result() if pending else None
        end = offset + len(page)
        more = end < min(total, RESULT_WINDOW) and len(page) == request.limit
        return SearchResponse(
            hits=hits,
            total=total,
            facets=facets,
            mode=request.mode,
            next_cursor=search_cursor(request, {"o": end}) if more else None,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    def _facets(self, match: dict) -> Facets:
        with self._connection() as db:
            return Facets(**sql.facets(db, match["sql"], match["params"]))

    def _browse(self, db, request, where, params, offset):
        """Empty q: every document passing the filters, newest first."""
        need = min(RESULT_WINDOW, offset + request.limit) * 3 + 50
        rows = db.execute(
            f"SELECT d.rowid FROM docs d WHERE {where} ORDER BY d.day DESC, d.rowid DESC LIMIT ?",
            [*params, need],
        )
        ranked = [_Candidate(doc=r[0], score=0.0) for r in rows]
        total = db.execute(
            f"SELECT count(DISTINCT d.story) FROM docs d WHERE {where}", params
        ).fetchone()[0]
        return ranked, {
            "total": total,
            "sql": f"SELECT d.rowid FROM docs d WHERE {where}",
            "params": params,
        }

    def _keyword_only(self, db, request, query: Query, where, params, offset):
        """Keyword mode. Plain words must all occur: every such document is a match (exact
        total and facets). When no document has them all, the query is relaxed to any of its
        words (common ones left out, as in hybrid) and the matches are the
        ``RESULT_WINDOW`` best of those, like the ranked window of semantic search."""
        need = min(RESULT_WINDOW, offset + request.limit) * 3 + 50
        order = "d.day DESC, d.rowid DESC" if request.sort == SortOrder.date else "f.rank"
        ranking_sql = (
            "SELECT f.rowid, f.rank FROM docs_fts f JOIN docs d ON d.rowid = f.rowid"
            f" WHERE docs_fts MATCH ? AND {where} ORDER BY {order} LIMIT ?"
        )
        expression = query.fts("AND")
        if not expression:
            return [], {"total": 0, "sql": "SELECT NULL WHERE 0", "params": []}
        rows = db.execute(ranking_sql, [expression, *params, need]).fetchall()
        if rows or query.has_operators:
            # Every match, once: the count and each facet reuse the list instead of running
            # the full-text query again (five times over ~10k matches at 100k documents).
            matched = (
                sql.json_list(
                    [
                        r[0]
                        for r in db.execute(
                            "SELECT f.rowid FROM docs_fts f JOIN docs d ON d.rowid = f.rowid"
                            f" WHERE docs_fts MATCH ? AND {where}",
                            [expression, *params],
                        )
                    ]
                )
                if rows
                else "[]"
            )
            total = db.execute(
                "SELECT count(DISTINCT story) FROM docs WHERE rowid IN"
                " (SELECT value FROM json_each(?))",
                (matched,),
            ).fetchone()[0]
            match = {"total": total, "sql": "SELECT value FROM json_each(?)", "params": [matched]}
        else:  # relaxed: any of the words, best RESULT_WINDOW documents
            relaxed, _ = self._keyword_side(db, query)
            rows = db.execute(
                ranking_sql.replace(f"ORDER BY {order}", "ORDER BY f.rank"),
                [relaxed.fts("OR"), *params, RESULT_WINDOW],
            ).fetchall()
            match = {
                "total": None,
                "sql": "SELECT value FROM json_each(?)",
                "params": [sql.json_list([r[0] for r in rows])],
            }
        ranked = [_Candidate(doc=r[0], keyword_rank=i, score=-r[1]) for i, r in enumerate(rows)]
        return ranked, match

    def _frequencies(self, db, stems: list[str]) -> dict[str, int]:
        """Document frequency of each stem, cached: FTS5 reads a term's whole posting list
        to count it (2 ms for a common word at 100k documents). Approximate counts are all
        ranking needs; the cache is dropped when this process changes the index."""
        with self._cache_lock:
            missing = [s for s in stems if s not in self._df_cache]
        if missing:
            found = sql.document_frequencies(db, missing)
            with self._cache_lock:
                if len(self._df_cache) > 100_000:
                    self._df_cache.clear()
                self._df_cache.update(found)
        with self._cache_lock:
            return {s: self._df_cache.get(s, 0) for s in stems}

    def _keyword_ranking(self, db, query: Query, where, params, limit: int) -> list[int]:
        expression = query.fts("AND" if query.has_operators else "OR")
        if not expression:
            return []
        return [
            r[0]
            for r in db.execute(
                "SELECT f.rowid FROM docs_fts f JOIN docs d ON d.rowid = f.rowid"
                f" WHERE docs_fts MATCH ? AND {where} ORDER BY f.rank LIMIT ?",
                [expression, *params, limit],
            )
        ]

    def _keyword_side(self, db, query: Query) -> tuple[Query, float]:
        """The query the hybrid keyword side ranks by, and the share of its words the index
        knows (low: a foreign-language query, see fusion.weights_for).

        When ranking every document holding any word would mean scoring more than
        ``OR_POSTINGS_MAX`` postings, a plain query ranks the documents holding at least two
        of its four rarest words (``Query.at_least_two``), and words in more than
        ``COMMON_FRACTION`` of a large index are left out: they weigh little in BM25 yet make
        FTS5 score most of the index (like Elasticsearch's cutoff frequency). Measured at 100k
        documents over 200 real queries: FTS5 p95 380 ms for any word, 90 ms without common
        words, 10 ms for two of the four rarest. (On FacQA, where any-word ranking is cheap,
        at-least-two would have cost 0.02 MRR@10; there it does not apply.)"""
        stems = query.stems
        if not stems:
            return query, 0.0
        frequencies = self._frequencies(db, stems)
        coverage = sum(1 for s in stems if frequencies.get(s)) / len(stems)
        if query.has_operators:
            return query, coverage
        size = db.execute("SELECT coalesce(max(rowid), 0) FROM docs").fetchone()[0]
        cutoff = max(COMMON_MIN_DOCS, COMMON_FRACTION * size)
        common = {s for s, n in frequencies.items() if n > cutoff}
        kept = query.without(common)
        if sum(n for s, n in frequencies.items() if s not in common) <= OR_POSTINGS_MAX:
            return kept, coverage  # cheap enough to rank every document with any word
        return kept.at_least_two(
            lambda term: min(frequencies.get(s, 0) for s in term.stems)
        ), coverage

    def _semantic_ranking(
        self, db, vector: np.ndarray, where, params, limit: int
    ) -> dict[int, dict[int, float]]:
        """doc -> {passage: similarity} for the ``limit`` most similar passages."""
        graph = self._vector_index(db)
        if where == "1":
            keys, sims = graph.search(vector, limit)
        else:
            allowed = db.execute(
                f"SELECT count(*) FROM passages p JOIN docs d ON d.rowid ="
                f" p.doc WHERE p.vector IS NOT NULL AND {where}",
                params,
            ).fetchone()[0]
            if allowed <= EXACT_SCAN_MAX:
                rows = db.execute(
                    f"SELECT p.rowid, p.vector FROM passages p JOIN docs d ON"
                    f" d.rowid = p.doc WHERE p.vector IS NOT NULL AND {where}",
                    params,
                ).fetchall()
                keys, sims = exact_search(
                    vector,
                    np.array([r[0] for r in rows]),
                    from_blobs([r[1] for r in rows], graph.dim),
                    limit,
                )
            else:  # broad filter: over-fetch from the graph, keep what passes
                factor = max(2, int(np.ceil(len(graph) / max(allowed, 1))) * 2)
                keys, sims = graph.search(vector, min(len(graph), limit * factor))
        found = db.execute(
            f"SELECT p.rowid, p.doc FROM passages p JOIN docs d ON d.rowid = p.doc WHERE p.rowid"
            f" IN (SELECT value FROM json_each(?)) AND {where}",
            [sql.json_list([int(k) for k in keys]), *params],
        ).fetchall()
        doc_of = dict(found)
        ranking: dict[int, dict[int, float]] = {}
        for key, sim in zip(keys, sims):
            doc = doc_of.get(int(key))
            if doc is not None and len(ranking) < limit:
                ranking.setdefault(doc, {})[int(key)] = float(sim)
        return ranking

    def _rankings(self, db, request, query: Query, where, params, limit: int):
        """(keyword doc ranking, semantic {doc: {passage: similarity}}, fusion weights, share
        of the query's words the index knows).

        The query is embedded on a worker thread while this one runs the keyword side: the
        model and SQLite both release the GIL, so the two overlap on separate cores."""
        vector = (
            self._workers.submit(self._query_vector, request.q) if sql.get_meta(db, "dim") else None
        )
        keyword_query, coverage = self._keyword_side(db, query)
        weights = self.fusion_weights(request.q, coverage)
        # Also where it does not rank (semantic mode, English queries): a document holding a
        # query word is a match below the similarity floor (lexical support).
        keyword = self._keyword_ranking(db, keyword_query, where, params, limit)
        semantic = (
            self._semantic_ranking(db, vector.result(), where, params, limit) if vector else {}
        )
        return keyword, semantic, weights, coverage

    def _fused(self, db, request, query: Query, where, params, limit: int = CANDIDATES):
        keyword_order, semantic, weights, coverage = self._rankings(
            db, request, query, where, params, limit
        )
        best = sorted(
            ((doc, max(sims.values())) for doc, sims in semantic.items()), key=lambda pair: -pair[1]
        )
        floor = semantic_floor(best, similarity_floor(request.q, coverage))
        if request.mode == SearchMode.semantic:
            scored = semantic_matches(keyword_order, best, floor)
        else:
            scored = fuse(keyword_order, best, weights, floor)
        keyword_rank = {d: i for i, d in enumerate(keyword_order)}
        ranked = []
        for doc, score in scored:
            sims = semantic.get(doc, {})
            ranked.append(
                _Candidate(
                    doc=doc,
                    keyword_rank=keyword_rank.get(doc),
                    semantic_sim=max(sims.values()) if sims else None,
                    passage_sims=sims,
                    score=score,
                )
            )
        docs = sql.json_list([c.doc for c in ranked])
        return ranked, {"total": None, "sql": "SELECT value FROM json_each(?)", "params": [docs]}

    def rankings(self, request: SearchRequest) -> tuple[list[str], list[tuple[str, float]], float]:
        """The keyword and semantic document rankings of a hybrid request before fusion:
        (ids best first, (id, best passage similarity) best first, share of the query's words
        the index knows). For evaluation and fusion tuning (benchmarks/search_quality.py)."""
        with self._connection() as db:
            return self._rankings_by_id(db, request)

    def _rankings_by_id(self, db, request: SearchRequest):
        where, params = sql.filter_sql(request)
        query = parse_query(request.q)
        keyword_query, coverage = self._keyword_side(db, query)
        keyword = self._keyword_ranking(db, keyword_query, where, params, CANDIDATES)
        semantic = (
            self._semantic_ranking(db, self._query_vector(request.q), where, params, CANDIDATES)
            if sql.get_meta(db, "dim")
            else {}
        )
        ids = dict(
            db.execute(
                "SELECT rowid, id FROM docs WHERE rowid IN (SELECT value FROM json_each(?))",
                (sql.json_list([*keyword, *semantic]),),
            )
        )
        best = sorted(
            ((ids[d], max(s.values())) for d, s in semantic.items()), key=lambda pair: -pair[1]
        )
        return [ids[d] for d in keyword], best, coverage

    def _collapse(self, db, ranked: list[_Candidate], request: SearchRequest):
        """(story, best candidate, day) per story, in ranking order."""
        if not ranked:
            return []
        info = {
            r[0]: (r[1], r[2])
            for r in db.execute(
                "SELECT rowid, story, day FROM docs"
                " WHERE rowid IN (SELECT value FROM json_each(?))",
                (sql.json_list([c.doc for c in ranked]),),
            )
        }
        stories = [(*info.get(cand.doc, (str(cand.doc), None)), cand) for cand in ranked]
        kept = top_of_each_story(
            stories, (lambda s: s[0]) if request.collapse_duplicates else (lambda s: s[2].doc)
        )
        return [(story, cand, day) for story, day, cand in kept]

    def _hits(self, db, page, request: SearchRequest, query: Query) -> list[Hit]:
        if not page:
            return []
        rowids = [cand.doc for _, cand, _ in page]
        docs = {
            r[0]: r
            for r in db.execute(
                "SELECT rowid, id, title, url, outlet, published, doc_type, story, text FROM docs"
                " WHERE rowid IN (SELECT value FROM json_each(?))",
                (sql.json_list(rowids),),
            )
        }
        copies: dict[str, list] = {}
        if request.collapse_duplicates:
            for row in db.execute(
                "SELECT rowid, id, title, url, outlet, published, doc_type, story FROM docs"
                " WHERE story IN (SELECT value FROM json_each(?)) ORDER BY day, id",
                (sql.json_list([s for s, _, _ in page]),),
            ):
                copies.setdefault(row[7], []).append(row)
        passages: dict[int, list] = {}
        for row in db.execute(
            "SELECT doc, rowid, start, end, vector FROM passages WHERE doc IN"
            " (SELECT value FROM json_each(?)) ORDER BY doc, ordinal",
            (sql.json_list(rowids),),
        ):
            passages.setdefault(row[0], []).append(row)
        stems = query.stems
        vector = None
        if request.mode != SearchMode.keyword and request.q.strip() and sql.get_meta(db, "dim"):
            vector = self._query_vector(request.q)  # cached: embedded once per search
        hits = []
        for story, cand, _ in page:
            row = docs[cand.doc]
            passage = _best_passage(
                row[8], passages.get(cand.doc, []), stems, vector, request.q.strip() != ""
            )
            hits.append(
                Hit(
                    id=row[1],
                    title=row[2],
                    url=row[3],
                    outlet=row[4],
                    published=row[5],
                    doc_type=row[6],
                    score=round(float(cand.score), 6),
                    passage=passage,
                    duplicates=[
                        Duplicate(
                            id=c[1],
                            title=c[2],
                            url=c[3],
                            outlet=c[4],
                            published=c[5],
                            doc_type=c[6],
                        )
                        for c in copies.get(story, [])
                        if c[0] != cand.doc
                    ],
                )
            )
        return hits

    # -- timeline, status -----------------------------------------------------------------------
    def timeline(
        self, request: SearchRequest, interval: Interval = Interval.month
    ) -> list[TimelineBucket]:
        with self._connection() as db:
            return self._timeline(db, request, interval)

    def _timeline(self, db, request: SearchRequest, interval: Interval) -> list[TimelineBucket]:
        query = parse_query(request.q)
        where, params = sql.filter_sql(request)
        if not request.q.strip():
            match_sql, match_params = f"SELECT d.rowid FROM docs d WHERE {where}", params
        elif request.mode == SearchMode.keyword:
            _, match = self._keyword_only(
                db, request.model_copy(update={"limit": 1}), query, where, params, 0
            )
            match_sql, match_params = match["sql"], match["params"]
        else:
            _, match = self._fused(db, request, query, where, params, limit=RESULT_WINDOW)
            match_sql, match_params = match["sql"], match["params"]
        rows = db.execute(
            f"WITH m(doc) AS MATERIALIZED ({match_sql}) SELECT d.day, d.story FROM m JOIN docs"
            " d ON d.rowid = m.doc WHERE d.day IS NOT NULL",
            match_params,
        )
        return timeline_buckets(rows.fetchall(), interval)

    def count(self) -> int:
        with self._connection() as db:
            return db.execute("SELECT count(*) FROM docs").fetchone()[0]

    def verify(self) -> None:
        """The saved graph's header against the index: readable, same dimensions, and as many
        vectors as the passages table held at the log position the graph was saved at."""
        if not self.vectors_path.exists():
            return  # built from the passages table when first needed
        with self._connection() as db:
            dim = int(sql.get_meta(db, "dim") or 0)
            try:
                held = saved_graph_count(self.vectors_path, dim)
            except DamagedGraphFile as exc:
                raise self._damaged(str(exc)) from None
            expected = self._graph_count_at(db, self._saved_seq())
        if expected is not None and held != expected:
            raise self._damaged(f"it holds {held} vectors where the index had {expected}")

    # Rows of the index that belong to no document (left by a crash the transactions should
    # make impossible, or by hand edits): what `newsintel check` counts and --repair drops.
    ORPHAN_PASSAGES = "SELECT rowid FROM passages WHERE doc NOT IN (SELECT rowid FROM docs)"
    ORPHAN_ENTITIES = "SELECT doc FROM entities WHERE doc NOT IN (SELECT rowid FROM docs)"

    def integrity_problems(self) -> list[str]:
        problems = []
        with self._connection() as db:
            pages = [r[0] for r in db.execute("PRAGMA quick_check(20)")]
            if pages != ["ok"]:
                problems.append("search/embedded.sqlite: " + "; ".join(pages[:5]))
            passages = db.execute(f"SELECT count(*) FROM ({self.ORPHAN_PASSAGES})").fetchone()[0]
            if passages:
                problems.append(f"{passages} passages belong to no indexed document")
            entities = db.execute(f"SELECT count(*) FROM ({self.ORPHAN_ENTITIES})").fetchone()[0]
            if entities:
                problems.append(f"{entities} entity rows belong to no indexed document")
            unsearchable = db.execute(
                "SELECT count(*) FROM docs WHERE rowid NOT IN (SELECT rowid FROM docs_fts)"
            ).fetchone()[0]
            if unsearchable:
                problems.append(f"{unsearchable} documents have no keyword index row")
        return problems

    def drop_orphans(self) -> int:
        with self._write_lock, sqlite.transaction(self._db) as db:
            db.execute(
                "INSERT INTO vector_log(passage, op) SELECT rowid, 'del' FROM passages"
                f" WHERE vector IS NOT NULL AND rowid IN ({self.ORPHAN_PASSAGES})"
            )
            dropped = db.execute(f"DELETE FROM passages WHERE rowid IN ({self.ORPHAN_PASSAGES})")
            count = dropped.rowcount
            count += db.execute(
                f"DELETE FROM entities WHERE doc IN ({self.ORPHAN_ENTITIES})"
            ).rowcount
        if count and (self._vectors is not None or self.vectors_path.exists()):
            with self._connection() as db:
                self._vector_index(db)
            self._save_graph()
        return count

    @staticmethod
    def _graph_count_at(db, seq: Optional[int]) -> Optional[int]:
        """Passages with a vector at log position ``seq``: today's, less the adds logged
        since, plus the deletes (passage rowids are never reused). None when the log no
        longer reaches back to ``seq``."""
        if seq is None:
            return None
        first = db.execute("SELECT min(seq) FROM vector_log").fetchone()[0]
        if first is not None and first > seq + 1:
            return None
        now = db.execute("SELECT count(*) FROM passages WHERE vector IS NOT NULL").fetchone()[0]
        adds, dels = db.execute(
            "SELECT count(*) FILTER (WHERE op = 'add'), count(*) FILTER (WHERE op = 'del')"
            " FROM vector_log WHERE seq > ?",
            (seq,),
        ).fetchone()
        return int(now - adds + dels)

    def warm_up(self) -> None:
        with self._connection() as db:
            if not sql.get_meta(db, "dim"):
                return  # nothing indexed: nothing to load
            self._vector_index(db)
        self._query_vector(WARM_UP_QUERY)

    def health(self) -> BackendHealth:
        try:
            self.verify()
            with self._connection() as db:
                docs = db.execute("SELECT count(*) FROM docs").fetchone()[0]
                passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
            return BackendHealth(
                backend=self.name,
                ok=True,
                documents=docs,
                passages=passages,
                embedding_model=self.model,
                detail=self.dir.name,  # inside the data dir; /health shows no absolute path
            )
        except Exception as exc:  # health reports, never raises
            return BackendHealth(backend=self.name, ok=False, detail=str(exc))

    def change_token(self) -> Optional[tuple[int, int]]:
        """(this object, ``PRAGMA data_version``): the latter changes after any commit to the
        index by another connection (``newsintel index`` in its own process); a rebuilt index
        is opened as a new object."""
        with self._version_lock:
            if self._closed:
                return None
            try:
                return self._serial, self._db.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return None

    def replaced(self) -> bool:
        """True once ``index --rebuild`` swapped a new index in: this one serves old files."""
        try:
            return os.stat(self.db_path).st_ino != self._inode
        except FileNotFoundError:  # between the swap's two renames: keep serving
            return False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._workers.shutdown(wait=True)
        if self._batcher is not None:
            self._batcher.close()
        self._readers.close()
        with self._version_lock:  # not while change_token asks it
            self._db.close()


def _best_passage(
    text: str, passages: list, stems: list[str], vector: Optional[np.ndarray], has_query: bool
) -> Optional[Passage]:
    """The passage to show: most similar to the query (semantic/hybrid), nudged towards
    passages holding the query's words; by query words alone in keyword mode.

    Analysing a passage's words is the costly part, so with a query vector only the passages
    within ``LEXICAL_NUDGE`` of the most similar one are analysed: no other can win; and a
    passage's analysis is kept between searches (``passage_tokens``)."""
    if not passages:
        return None
    wanted = set(stems)
    best = 0

    def tokens_of(i: int) -> PassageTokens:
        row = passages[i]
        return passage_tokens(text[row[2] : row[3]])

    if has_query:
        similarity = np.zeros(len(passages), dtype=np.float32)
        with_vectors = [i for i, row in enumerate(passages) if row[4] is not None]
        if vector is not None and with_vectors:
            similarity[with_vectors] = (
                from_blobs([passages[i][4] for i in with_vectors], len(vector)) @ vector
            )
        contenders: list[int] = (
            np.flatnonzero(similarity >= similarity.max() - LEXICAL_NUDGE).tolist()
            if wanted
            else [int(np.argmax(similarity))]
        )

        def score(i: int) -> float:
            if not wanted:
                return float(similarity[i])
            held = tokens_of(i).held(wanted)
            return passage_score(float(similarity[i]), len(held) / len(wanted))

        best = max(contenders, key=lambda i: (score(i), -i))
    start, end = passages[best][2], passages[best][3]
    marked = highlight(text[start:end], wanted, spans=tokens_of(best).spans() if wanted else ())
    return Passage(text=text[start:end], highlighted=marked, start=start, end=end)
