"""Request bodies for Elasticsearch, built as pure functions (no client, no I/O).

Each function turns a ``SearchRequest`` (and a parsed query or a query vector) into the body
of one search, with ``elasticsearch.dsl`` objects; the unit tests assert these bodies without a
cluster. Matching follows the embedded backend, so both backends answer the same request the
same way: boolean keyword syntax at document level over title (weight 2) and text, filters as
in ``embedded_db.filter_sql``, facets counting distinct stories, kNN over passage vectors with
each document scored by its best passage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional, Sequence, Union

import numpy as np
from elasticsearch.dsl import Q, Search
from elasticsearch.dsl.query import Query as DslQuery

from corpus.keys import person_key, regulation_key
from search_api.engine import fusion, timeline
from search_api.engine.models import Interval, SearchRequest
from search_api.engine.query import Group, Not, Term, _Parser
from search_api.engine.query import Query as ParsedQuery

# Same weights as the embedded FTS5 ranking (embedded_db.TITLE_WEIGHT / BODY_WEIGHT).
TEXT_FIELDS = ["title^2", "text"]
EXACT_FIELDS = ["title.exact^2", "text.exact"]
FACET_SIZE = 20
#: Exact distinct counts up to here (Elasticsearch's maximum); approximate (HyperLogLog++,
#: within a few percent) above, which only very broad facets reach.
CARDINALITY_PRECISION = 40000
# A query vector: the embedder's numpy array, or any sequence of floats.
Vector = Union[Sequence[float], np.ndarray]

HIT_SOURCE: list[Any] = [
    "id",
    "title",
    "url",
    "outlet",
    "published_text",
    "doc_type",
    "story",
    "day",
]
ENTITY_FIELDS = ("organizations", "people", "regulations")

# How a filter value and an indexed entity name are compared, per kind (as the embedded
# backend's entity_names table does).
NAME_KEY: dict[str, Callable[[str], str]] = {
    "organizations": person_key,
    "people": person_key,
    "regulations": regulation_key,
}


# -- the user's query, with the words as typed -------------------------------------------------
@dataclass(frozen=True)
class RawTerm(Term):
    """A parsed word or phrase that keeps what the user typed: Elasticsearch analyses it with
    the index's own ``indonesian`` analyzer rather than our stems."""

    raw: str = ""
    phrase: bool = False


class _RawParser(_Parser):
    """``search_api.engine.query``'s parser (same syntax, same forgiveness, same node limit), whose
    terms also carry their raw text."""

    def parse_atom(self):
        node = super().parse_atom()
        if isinstance(node, Term):
            kind, value = self.tokens[self.pos - 1]
            return RawTerm(node.stems, raw=value, phrase=kind == "phrase")
        return node


def parse_user_query(text: str) -> ParsedQuery:
    """Like ``search_api.engine.query.parse_query`` (never raises), with raw text on every term."""
    text = text or ""
    parser = _RawParser(text)
    tree = parser.parse()
    has_operators = any(kind in {"AND", "OR", "NOT", "phrase"} for kind, _ in parser.tokens)
    return ParsedQuery(text=text, tree=tree, has_operators=has_operators)


def term_query(term: Term) -> DslQuery:
    """One word or phrase, in the title or the text (stemmed); typed phrases score higher
    when they also match unstemmed."""
    raw = term.raw if isinstance(term, RawTerm) and term.raw else " ".join(term.stems)
    match = Q("multi_match", query=raw, type="phrase", fields=TEXT_FIELDS)
    if isinstance(term, RawTerm) and term.phrase:
        return Q(
            "bool",
            must=[match],
            should=[Q("multi_match", query=raw, type="phrase", fields=EXACT_FIELDS)],
        )
    return match


def boolean_query(node, default_op: str) -> Optional[DslQuery]:
    """The query tree as a bool query with the semantics of ``search_api.engine.query._render``:
    negated parts only subtract, an OR drops its negated children, and a query without a
    positive part is None (matches nothing)."""
    if isinstance(node, Term):
        return term_query(node)
    if isinstance(node, Not) or node is None:
        return None
    op = node.op or default_op
    if op == "OR":
        parts = [p for p in (boolean_query(c, default_op) for c in node.children) if p]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Q("bool", should=parts, minimum_should_match=1)
    positives = [
        p
        for p in (boolean_query(c, default_op) for c in node.children if not isinstance(c, Not))
        if p
    ]
    negatives = [
        p
        for p in (boolean_query(c.child, default_op) for c in node.children if isinstance(c, Not))
        if p
    ]
    if not positives:
        return None
    if len(positives) == 1 and not negatives:
        return positives[0]
    return Q("bool", must=positives, must_not=negatives)


def highlight_query(query: ParsedQuery) -> Optional[DslQuery]:
    """Every positive word or phrase of the query, on the text: what hits show marked."""
    terms: list[Term] = []

    def walk(node) -> None:
        if isinstance(node, Term):
            terms.append(node)
        elif isinstance(node, Group):
            for child in node.children:
                walk(child)

    walk(query.tree)
    if not terms:
        return None
    return Q(
        "bool",
        should=[
            Q("match_phrase", text=t.raw if isinstance(t, RawTerm) and t.raw else " ".join(t.stems))
            for t in terms
        ],
        minimum_should_match=1,
    )


# -- filters -------------------------------------------------------------------------------------
def entity_filter(field: str, values: Sequence[str]) -> DslQuery:
    """Documents mentioning any of ``values`` (ids, names, acronyms or aliases) of a kind."""
    keys = sorted({NAME_KEY[field](v) for v in values if NAME_KEY[field](v)})
    return Q("nested", path=field, query=Q("terms", **{f"{field}.names": keys}))


def filter_clauses(request: SearchRequest) -> list[DslQuery]:
    """The request's filters: AND across kinds, OR within one kind."""
    clauses: list[DslQuery] = []
    if request.date_from or request.date_to:
        day: dict[str, str] = {}
        if request.date_from:
            day["gte"] = request.date_from.isoformat()
        if request.date_to:
            day["lte"] = request.date_to.isoformat()
        clauses.append(Q("range", day=day))
    if request.outlets:
        clauses.append(Q("terms", **{"outlet.lower": sorted({o.lower() for o in request.outlets})}))
    if request.doc_type:
        clauses.append(Q("term", doc_type=request.doc_type))
    for field in ENTITY_FIELDS:
        values = getattr(request, field)
        if values:
            clauses.append(entity_filter(field, values))
    return clauses


def match_query(request: SearchRequest, keyword: Optional[DslQuery]) -> DslQuery:
    """Documents passing the filters (and matching ``keyword`` when given)."""
    return Q("bool", must=[keyword] if keyword is not None else [], filter=filter_clauses(request))


def ids_query(request: SearchRequest, ids: Sequence[str]) -> DslQuery:
    """The given documents (ranked candidates of a semantic or hybrid search)."""
    return Q("bool", filter=[Q("terms", id=list(ids)), *filter_clauses(request)])


# -- sorting and paging --------------------------------------------------------------------------
def date_sort() -> list[dict[str, Any]]:
    """Newest first; documents without a date last; ties in a fixed order (search_after)."""
    return [{"day": {"order": "desc", "missing": "_last"}}, {"id": {"order": "desc"}}]


def relevance_sort() -> list[Any]:
    return [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]


def page_search(
    query: DslQuery, sort: list, size: int, search_after: Optional[list] = None
) -> Search:
    """One batch of a ranked or dated listing, resumable with ``search_after`` (the caller
    adds the point in time)."""
    search = (
        Search()
        .query(query)
        .sort(*sort)
        .source(HIT_SOURCE)
        .extra(size=size, track_total_hits=False, track_scores=True)
    )
    if search_after:
        search = search.extra(search_after=search_after)
    return search


def leaders_search(query: DslQuery, sort: list, stories: Sequence[str]) -> Search:
    """For each story, the copy that comes first under ``query`` and ``sort``: only that copy
    is shown, so a story appears once however its copies fall across pages."""
    stories = list(dict.fromkeys(stories))
    scoped = Q("bool", must=[query], filter=[Q("terms", story=stories)])
    return (
        Search()
        .query(scoped)
        .sort(*sort)
        .source(["id", "story"])
        .extra(collapse={"field": "story"}, size=len(stories), track_total_hits=False)
    )


# -- candidates for fusion -----------------------------------------------------------------------
def keyword_candidates(request: SearchRequest, keyword: DslQuery, size: int) -> Search:
    """The ``size`` best documents by BM25 (title x2 + text) among those passing the filters."""
    return (
        Search()
        .query(match_query(request, keyword))
        .sort(*relevance_sort())
        .source(HIT_SOURCE)
        .extra(size=size, track_total_hits=False)
    )


def knn_clause(request: SearchRequest, vector: Vector, k: int, passages: int = 3) -> dict[str, Any]:
    """kNN over passage vectors: the ``k`` documents whose best passage is most similar,
    with their most similar passages as inner hits (offsets only)."""
    filters = filter_clauses(request)
    clause: dict[str, Any] = {
        "field": "passages.vector",
        "query_vector": [float(x) for x in vector],
        "k": k,
        "num_candidates": min(10000, max(2 * k, 100)),
        # Offsets are enough: a passage's ordinal is its position (``_nested.offset``).
        "inner_hits": {"size": passages, "_source": False},
    }
    if filters:
        # A list, not one bool: each filter stays on the top-level document (organisations and
        # the like are their own nested paths), as nested kNN requires of every filter.
        clause["filter"] = [f.to_dict() for f in filters]
    return clause


def semantic_candidates(request: SearchRequest, vector: Vector, k: int) -> Search:
    return Search().extra(
        knn=knn_clause(request, vector, k), size=k, track_total_hits=False, _source=HIT_SOURCE
    )


def server_rrf_search(
    request: SearchRequest,
    keyword: DslQuery,
    vector: Vector,
    k: int,
    rank_constant: int = 60,
) -> dict[str, Any]:
    """Body fusing both rankings on the server with an ``rrf`` retriever (Enterprise licence;
    enabled by NEWSINTEL_ES_SERVER_RRF). Unweighted: the per-language weights of
    ``search_api.engine.fusion`` apply only to application-side fusion."""
    knn = knn_clause(request, vector, k)
    # Server-side fusion has no application step: kNN's `similarity` (raw cosine, not the
    # score) applies the shared floor, so a hit needs a keyword match or that similarity.
    # (Application-side fusion leaves it out: documents with a keyword match keep their
    # similarity rank below the floor there, as in the embedded backend.)
    knn["similarity"] = fusion.similarity_floor(request.q)
    return {
        "retriever": {
            "rrf": {
                "retrievers": [
                    {"standard": {"query": match_query(request, keyword).to_dict()}},
                    {
                        "knn": {
                            key: knn[key]
                            for key in (
                                "field",
                                "query_vector",
                                "k",
                                "num_candidates",
                                "similarity",
                                "filter",
                            )
                            if key in knn
                        }
                    },
                ],
                "rank_window_size": k,
                "rank_constant": rank_constant,
            }
        },
        "size": k,
        "_source": HIT_SOURCE,
    }


# -- hits, copies, facets, timeline ---------------------------------------------------------------
def hits_search(ids: Sequence[str], highlight: Optional[DslQuery]) -> Search:
    """The page's documents with their text and passages' offsets; with the query's words
    marked over the whole text (passages are cut from it afterwards)."""
    search = (
        Search()
        .query(Q("terms", id=list(ids)))
        .source([*HIT_SOURCE, "text", "passages.n", "passages.start", "passages.end"])
        .extra(size=len(ids))
    )
    if highlight is not None:
        search = search.highlight(
            "text", number_of_fragments=0, highlight_query=highlight.to_dict()
        ).highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"], max_analyzed_offset=1000000
        )
    return search


def copies_search(stories: Sequence[str], size: int) -> Search:
    """Every document of the given stories, oldest first (the copies listed under a hit)."""
    return (
        Search()
        .query(Q("terms", story=list(stories)))
        .sort({"day": {"order": "asc", "missing": "_first"}}, {"id": {"order": "asc"}})
        .source(HIT_SOURCE)
        .extra(size=size)
    )


def _stories() -> dict[str, Any]:
    return {"cardinality": {"field": "story", "precision_threshold": CARDINALITY_PRECISION}}


def facet_aggs() -> dict[str, Any]:
    """Outlets, organisations, people, regulations and months, each counting distinct stories
    (syndicated copies once), most frequent first, ties by value; months in date order."""
    by_stories = [{"stories": "desc"}, {"_key": "asc"}]
    aggs: dict[str, Any] = {
        "outlets": {
            "terms": {"field": "outlet", "size": FACET_SIZE, "order": by_stories},
            "aggs": {"stories": _stories()},
        },
        "months": {
            "date_histogram": {
                "field": "day",
                "calendar_interval": "month",
                "format": "yyyy-MM",
                "min_doc_count": 1,
            },
            "aggs": {"stories": _stories()},
        },
    }
    for field in ENTITY_FIELDS:
        aggs[field] = {
            "nested": {"path": field},
            "aggs": {
                "keys": {
                    "terms": {
                        "field": f"{field}.key",
                        "size": FACET_SIZE,
                        "order": [{"docs>stories": "desc"}, {"_key": "asc"}],
                    },
                    "aggs": {
                        "label": {
                            "terms": {
                                "field": f"{field}.label",
                                "size": 1,
                                "order": {"_key": "asc"},
                            }
                        },
                        "docs": {"reverse_nested": {}, "aggs": {"stories": _stories()}},
                    },
                }
            },
        }
    return aggs


def facets_search(query: DslQuery, with_total: bool = True) -> Search:
    search = Search().query(query).extra(size=0, track_total_hits=False, aggs=facet_aggs())
    if with_total:
        search = search.extra(aggs={**facet_aggs(), "total_stories": _stories()})
    return search


def total_search(query: DslQuery) -> Search:
    """How many distinct stories match."""
    return (
        Search()
        .query(query)
        .extra(size=0, track_total_hits=False, aggs={"total_stories": _stories()})
    )


CALENDAR = {Interval.day: "day", Interval.week: "week", Interval.month: "month"}


def timeline_dated(query: DslQuery) -> DslQuery:
    """The matches dated inside the timeline's range (search_api.engine.timeline): a
    9999-12-31 placeholder must not stretch the histogram over millennia."""
    inside = {"gte": timeline.FIRST_DAY.isoformat(), "lte": timeline.LAST_DAY.isoformat()}
    return Q("bool", filter=[query, Q("range", day=inside)])


def timeline_span_search(query: DslQuery) -> Search:
    """The first and last day among the matches: how many buckets a histogram would make,
    asked before the histogram so that a refused one costs the cluster nothing."""
    span = {"field": "day", "format": "yyyy-MM-dd"}
    return (
        Search()
        .query(timeline_dated(query))
        .extra(size=0, track_total_hits=False, aggs={"first": {"min": span}, "last": {"max": span}})
    )


def timeline_search(query: DslQuery, interval: Interval) -> Search:
    """Documents and distinct stories per period; periods between the first and the last
    match are all returned (``min_doc_count: 0``), weeks starting on Monday."""
    fmt = "yyyy-MM" if interval == Interval.month else "yyyy-MM-dd"
    return (
        Search()
        .query(timeline_dated(query))
        .extra(
            size=0,
            track_total_hits=False,
            aggs={
                "timeline": {
                    "date_histogram": {
                        "field": "day",
                        "calendar_interval": CALENDAR[interval],
                        "format": fmt,
                        "min_doc_count": 0,
                    },
                    "aggs": {"stories": _stories()},
                }
            },
        )
    )


def percolator_document(
    request: SearchRequest, saved_search_id: str, name: str
) -> Optional[dict[str, Any]]:
    """A saved search as a document of the percolator index (template.saved_search_index):
    its keyword query and filters, so new documents can be matched against every saved search
    in one ``percolate`` query at index time. Its semantic part cannot be stored (kNN is not
    percolatable); a saved search without keywords percolates on its filters alone."""
    query = parse_user_query(request.q)
    keyword = boolean_query(query.tree, "AND") if request.q.strip() else None
    if request.q.strip() and keyword is None:
        return None  # nothing to match on
    return {
        "query": match_query(request, keyword).to_dict(),
        "saved_search_id": saved_search_id,
        "name": name,
    }
