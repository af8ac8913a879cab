"""The backend reads answers as Elasticsearch really gives them.

Answers are the OpenAPI document's own examples, or answers written in the shape of its
response schemas; the stand-in (es_standin.py) holds every one of them to the response schema
of its operation before the official client receives it, so an answer that Elasticsearch could
not send fails the test. Covered: search hits with inner hits, highlight and aggregations,
points in time, partial failures (``_shards.failed`` > 0, ``timed_out``), msearch items that
failed, bulk items rejected with 429 (retried) and refused with 400/404/409 (reported), and a
refused alias swap.
"""

from __future__ import annotations

import json
import logging
import uuid

import contract_corpus as corpus
import es_spec
import pytest

pytestmark = pytest.mark.skipif(
    not es_spec.spec_available(),
    reason=f"Elastic's OpenAPI document is not at {es_spec.spec_path()} (../shared/data)",
)

from search_api.engine.backends import open_backend  # noqa: E402
from search_api.engine.backends.base import SearchBackendError  # noqa: E402
from search_api.engine.backends.elasticsearch.bulk import BulkIndexingError  # noqa: E402
from search_api.engine.models import SearchMode, SearchRequest  # noqa: E402

SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}

# Examples in the document that are not whole answers of their operation, and why.
NOT_WHOLE_ANSWERS = {
    (
        "bulk-1",
        "BulkResponseExample3",
    ): "the answer to `?filter_path=items.*.error`: only the errors are kept",
    ("tasks-get", "GetTaskResponseExample1"): "an answer of GET _tasks (the task list)",
    ("tasks-get", "GetTaskResponseExample2"): "an answer of GET _tasks (the task list)",
}
OPERATIONS = [
    "bulk-1",
    "search-3",
    "msearch-1",
    "open-point-in-time",
    "close-point-in-time",
    "count-2",
    "tasks-get",
    "mget-3",
    "indices-update-aliases",
    "indices-get-alias-1",
    "reindex",
    "indices-create",
]


def _examples():
    if not es_spec.spec_available():  # collected without ../shared: the module is skipped
        return
    spec = es_spec.load_spec()
    for operation in OPERATIONS:
        for name, value in spec.response_examples(operation).items():
            yield pytest.param(operation, name, value, id=f"{operation}-{name}")


@pytest.mark.parametrize("operation, name, example", list(_examples()))
def test_the_documents_examples_fit_the_adapted_schemas(operation, name, example):
    """The closed schemas accept what Elasticsearch answers (its own examples)."""
    errors = es_spec.load_spec().check_response(operation, 200, example)
    if (operation, name) in NOT_WHOLE_ANSWERS:
        assert errors, f"listed as not a whole answer, yet it fits: {name}"
    else:
        assert errors == []


def test_a_wrong_answer_fails_its_schema():
    spec = es_spec.load_spec()
    good = {
        "took": 1,
        "timed_out": False,
        "_shards": SHARDS,
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
    }
    assert spec.check_response("search-3", 200, good) == []
    assert spec.check_response("search-3", 200, {**good, "timed_out": "no"})
    assert spec.check_response("search-3", 200, {**good, "hits": {"hits": [{"_score": 1}]}})


@pytest.fixture()
def standin():
    from es_standin import StandIn

    with StandIn() as server:
        yield server


@pytest.fixture()
def es(standin, tmp_path, embedder):
    backend = open_backend(
        "elasticsearch",
        tmp_path,
        embedder=embedder,
        url=standin.url,
        alias=f"newsintel-answers-{uuid.uuid4().hex[:8]}",
    )
    backend.index(corpus.documents())
    yield backend
    backend.close()
    assert not standin.take_violations()


def _hit(index: str, doc_id: str, score: float, **extra) -> dict:
    doc = corpus.BY_ID[doc_id]
    source = {
        "id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "outlet": doc.outlet,
        "published_text": doc.published,
        "doc_type": doc.doc_type,
        "story": doc.cluster_id or doc.id,
        "day": (doc.published or "")[:10] or None,
    }
    return {"_index": index, "_id": doc_id, "_score": score, "_source": source, **extra}


def _search_answer(hits: list[dict], **extra) -> dict:
    return {
        "took": 3,
        "timed_out": False,
        "_shards": SHARDS,
        "hits": {
            "total": {"value": len(hits), "relation": "eq"},
            "max_score": max((h["_score"] for h in hits), default=None),
            "hits": hits,
        },
        **extra,
    }


# -- search: hits, inner hits, highlight --
def test_semantic_hits_take_their_passage_and_score_from_inner_hits_and_highlight(es, standin):
    [index] = es._indices()
    doc = corpus.BY_ID["peserta-juli"]
    inner = {
        "passages": {
            "hits": {
                "total": {"value": 2, "relation": "eq"},
                "max_score": 0.95,
                "hits": [
                    {
                        "_index": index,
                        "_id": doc.id,
                        "_nested": {"field": "passages", "offset": 1},
                        "_score": 0.95,
                    },
                    {
                        "_index": index,
                        "_id": doc.id,
                        "_nested": {"field": "passages", "offset": 0},
                        "_score": 0.80,
                    },
                ],
            }
        }
    }
    candidates = _search_answer(
        [_hit(index, doc.id, 0.95, inner_hits=inner), _hit(index, "kadin-pks", 0.94)]
    )
    cut = doc.text.index("\n\n") + 2  # two passages, as the index would hold a longer text
    passages = [{"n": 0, "start": 0, "end": cut - 2}, {"n": 1, "start": cut, "end": len(doc.text)}]
    second = passages[1]
    marked_word = doc.text[second["start"] : second["end"]].split()[0]
    highlighted = doc.text[:cut] + doc.text[cut:].replace(
        marked_word, f"<mark>{marked_word}</mark>", 1
    )
    fetched = _search_answer(
        [
            {
                **_hit(index, doc.id, 1.0),
                "_source": {
                    **_hit(index, doc.id, 1.0)["_source"],
                    "text": doc.text,
                    "passages": passages,
                },
                "highlight": {"text": [highlighted]},
            },
            {
                **_hit(index, "kadin-pks", 1.0),
                "_source": {
                    **_hit(index, "kadin-pks", 1.0)["_source"],
                    "text": corpus.BY_ID["kadin-pks"].text,
                    "passages": standin.indices[index].docs["kadin-pks"]["passages"],
                },
            },
        ]
    )
    # Semantic mode asks the keyword side too (lexical support below the similarity floor).
    no_keyword_match = {**_search_answer([]), "status": 200}
    standin.script(
        "msearch",
        (200, {"took": 5, "responses": [{**candidates, "status": 200}, no_keyword_match]}),
    )
    standin.script("msearch", (200, {"took": 5, "responses": [{**fetched, "status": 200}]}))
    response = es.search(
        SearchRequest(
            q="peserta aktif", mode=SearchMode.semantic, facets=False, collapse_duplicates=False
        )
    )
    assert [h.id for h in response.hits] == ["peserta-juli", "kadin-pks"]
    top = response.hits[0]
    assert top.score == pytest.approx(2 * 0.95 - 1)  # cosine back from (1 + cos) / 2
    assert (top.passage.start, top.passage.end) == (second["start"], second["end"])
    assert f"<mark>{marked_word}</mark>" in top.passage.highlighted
    assert not standin.scripted["msearch"], "both scripted answers were read"


# -- aggregations --
def _facet_aggregations() -> dict:
    def stories(n):
        return {"value": n}

    entity = {
        "doc_count": 9,
        "keys": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [
                {
                    "key": "bpjs-ketenagakerjaan",
                    "doc_count": 7,
                    "label": {
                        "doc_count_error_upper_bound": 0,
                        "sum_other_doc_count": 0,
                        "buckets": [{"key": "BPJS Ketenagakerjaan", "doc_count": 7}],
                    },
                    "docs": {"doc_count": 7, "stories": stories(6)},
                }
            ],
        },
    }
    empty = {
        "doc_count": 0,
        "keys": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
    }
    return {
        "outlets": {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [
                {"key": "wartakerja.id", "doc_count": 2, "stories": stories(2)},
                {"key": "Kompas", "doc_count": 2, "stories": stories(2)},
            ],
        },
        "months": {
            "buckets": [
                {
                    "key_as_string": "2021-04",
                    "key": 1617235200000,
                    "doc_count": 1,
                    "stories": stories(1),
                },
                {
                    "key_as_string": "2022-08",
                    "key": 1659312000000,
                    "doc_count": 2,
                    "stories": stories(1),
                },
            ]
        },
        "organizations": entity,
        "people": empty,
        "regulations": empty,
        "total_stories": stories(8),
    }


def test_facets_and_totals_are_read_from_aggregations(es, standin):
    def summary(request):
        body = json.loads(request["body"])
        if "total_stories" not in (body.get("aggs") or {}):
            return None  # the page and leader searches: the stand-in's own answer
        return 200, _search_answer([], aggregations=_facet_aggregations())

    standin.script("search", summary)
    response = es.search(SearchRequest(q="", limit=3))
    assert response.total == 8
    facets = response.facets
    assert [(f.value, f.count) for f in facets.outlets] == [("wartakerja.id", 2), ("Kompas", 2)]
    [org] = facets.organizations
    assert (org.value, org.label, org.count) == ("bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan", 6)
    assert [(f.value, f.count) for f in facets.months] == [("2021-04", 1), ("2022-08", 1)]
    assert facets.people == [] and facets.regulations == []


def test_timeline_buckets_are_read_from_the_date_histogram(es, standin):
    span = {
        "first": {"value": 1659916800000.0, "value_as_string": "2022-08-08"},
        "last": {"value": 1660521600000.0, "value_as_string": "2022-08-15"},
    }
    standin.script("search", (200, _search_answer([], aggregations=span)))  # the span first
    standin.script(
        "search",
        (
            200,
            _search_answer(
                [],
                aggregations={
                    "timeline": {
                        "buckets": [
                            {
                                "key_as_string": "2022-08-08",
                                "key": 1659916800000,
                                "doc_count": 2,
                                "stories": {"value": 1},
                            },
                            {
                                "key_as_string": "2022-08-15",
                                "key": 1660521600000,
                                "doc_count": 0,
                                "stories": {"value": 0},
                            },
                        ]
                    }
                },
            ),
        ),
    )
    from search_api.engine.models import Interval

    buckets = es.timeline(SearchRequest(q=""), Interval.week)
    assert [(b.key, b.count, b.stories, b.start.isoformat()) for b in buckets] == [
        ("2022-08-08", 2, 1, "2022-08-08"),
        ("2022-08-15", 0, 0, "2022-08-15"),
    ]


# -- partial answers --
PARTIAL = {
    "total": 2,
    "successful": 1,
    "skipped": 0,
    "failed": 1,
    "failures": [
        {
            "shard": 1,
            "index": "newsintel-docs-x",
            "node": "n1",
            "status": "INTERNAL_SERVER_ERROR",
            "reason": {"type": "node_not_connected_exception", "reason": "[n1] Node not connected"},
        }
    ],
}


@pytest.mark.parametrize(
    "partial",
    [{"_shards": PARTIAL}, {"timed_out": True}, {"_shards": PARTIAL, "timed_out": True}],
    ids=["shard-failed", "timed-out", "both"],
)
def test_partial_answers_are_served_and_logged(es, standin, caplog, partial):
    [index] = es._indices()
    answer = {**_search_answer([_hit(index, "kadin-pks", 1.0, sort=[0, 0])]), **partial}
    standin.script(
        "search",
        lambda request: (
            (200, answer)
            if "sort" in json.loads(request["body"])
            and "collapse" not in json.loads(request["body"])
            else None
        ),
    )
    with caplog.at_level(logging.WARNING, logger="search_api.engine.backends.elasticsearch"):
        response = es.search(SearchRequest(q="", limit=5, facets=False, collapse_duplicates=False))
    assert "kadin-pks" in [h.id for h in response.hits]
    [record] = [r for r in caplog.records if "answered in part" in r.getMessage()]
    message = record.getMessage()
    if "_shards" in partial:
        assert "1 of 2 shards failed" in message and "Node not connected" in message
    if partial.get("timed_out"):
        assert "timed out" in message


def test_a_failed_msearch_item_is_an_error_naming_its_cause(es, standin):
    failed = {
        "error": {
            "type": "search_phase_execution_exception",
            "reason": "all shards failed",
            "phase": "query",
            "grouped": True,
            "root_cause": [
                {
                    "type": "illegal_argument_exception",
                    "reason": "[knn] queries cannot be provided directly",
                }
            ],
        },
        "status": 400,
    }
    standin.script("msearch", (200, {"took": 1, "responses": [failed]}))
    with pytest.raises(SearchBackendError, match="search_phase_execution_exception: all shards"):
        es.search(SearchRequest(q="peserta", mode=SearchMode.semantic))


def test_an_expired_point_in_time_falls_back_to_the_alias(es, standin):
    first = es.search(SearchRequest(q="", limit=2, facets=False, collapse_duplicates=False))
    assert first.next_cursor
    standin.pits.clear()  # the cluster forgot it: search_context_missing_exception (404)
    second = es.search(
        SearchRequest(
            q="", limit=2, facets=False, collapse_duplicates=False, cursor=first.next_cursor
        )
    )
    assert second.hits and not {h.id for h in second.hits} & {h.id for h in first.hits}
    assert any(c.operation == "search-1" for c in standin.checked)  # the pit was tried first


# -- bulk --
ERRORS = {
    429: {
        "type": "es_rejected_execution_exception",
        "reason": "rejected execution of coordinating operation [coordinating_and_primary_bytes"
        "=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=1024, "
        "max_coordinating_and_primary_bytes=0]",
    },
    400: {
        "type": "document_parsing_exception",
        "reason": "[1:42] mapping set to strict, dynamic introduction of [extra] within [_doc] "
        "is not allowed",
        "caused_by": {
            "type": "strict_dynamic_mapping_exception",
            "reason": "mapping set to strict, dynamic introduction of [extra] "
            "within [_doc] is not allowed",
        },
    },
    409: {
        "type": "version_conflict_engine_exception",
        "reason": "[jabar-mou]: version conflict, current version [3] is different than the "
        "one provided [2]",
        "index_uuid": "aAsFqTI0Tc2W0LCWgPNrOA",
        "shard": "0",
        "index": "newsintel-docs-x",
    },
}


def _bulk_answer(standin, refuse: dict[str, int]):
    """Answer a bulk request item by item: the ids in ``refuse`` with that status and the
    error Elasticsearch gives for it, every other item written by the stand-in."""

    def answer(request):
        lines = [json.loads(line) for line in request["body"].decode().splitlines() if line.strip()]
        items, i = [], 0
        while i < len(lines):
            ((kind, meta),) = lines[i].items()
            source = None if kind == "delete" else lines[i + 1]
            i += 1 if kind == "delete" else 2
            status = refuse.pop(meta["_id"], None)
            if status is None:
                items.append({kind: standin._write(kind, meta, source)})
            else:
                items.append(
                    {
                        kind: {
                            "_index": meta["_index"],
                            "_id": meta["_id"],
                            "status": status,
                            "error": ERRORS[status],
                        }
                    }
                )
        return 200, {
            "took": 2,
            "errors": any("error" in v for it in items for v in it.values()),
            "items": items,
        }

    return answer


def test_bulk_retries_429_and_names_what_was_refused(es, standin):
    docs = [
        d.model_copy(update={"revision": d.revision + "+2", "content_hash": "new"})
        for d in corpus.documents()
    ]
    standin.script(
        "bulk", _bulk_answer(standin, {"kadin-pks": 429, "apeksi-inpres": 400, "jabar-mou": 409})
    )
    standin.script("bulk", _bulk_answer(standin, {}))  # the retry of the rejected item
    with pytest.raises(BulkIndexingError) as raised:
        es.index(docs)
    failures = {f.doc_id: (f.operation, f.status) for f in raised.value.failures}
    assert failures == {"apeksi-inpres": ("index", 400), "jabar-mou": ("index", 409)}
    reasons = {f.doc_id: f.reason for f in raised.value.failures}
    assert "strict" in reasons["apeksi-inpres"] and "caused by" in reasons["apeksi-inpres"]
    assert "version conflict" in reasons["jabar-mou"]
    assert raised.value.written == len(docs) - 2
    [index] = es._indices()
    assert standin.indices[index].docs["kadin-pks"]["revision"].endswith("+2")  # resent
    assert "apeksi-inpres" in str(raised.value) and "jabar-mou" in str(raised.value)


def test_the_documents_failed_bulk_example_is_reported(standin):
    """BulkResponseExample2 of the document, read by the backend's bulk runner."""
    from elasticsearch import Elasticsearch

    from search_api.engine.backends.elasticsearch.bulk import run_bulk

    example = es_spec.load_spec().response_examples("bulk-1")["BulkResponseExample2"]
    standin.script("bulk", (200, example))
    actions = [
        {"_op_type": "update", "_index": "index1", "_id": "5", "doc": {"a": 1}},
        {"_op_type": "update", "_index": "index1", "_id": "6", "doc": {"a": 1}},
        {"_op_type": "create", "_index": "index1", "_id": "7", "_source": {"a": 1}},
    ]
    with Elasticsearch(standin.url) as client:
        outcome = run_bulk(client, actions)
    assert outcome.results == {"7": "created"}
    assert [(f.doc_id, f.operation, f.status) for f in outcome.failures] == [
        ("5", "update", 404),
        ("6", "update", 404),
    ]
    assert outcome.failures[0].reason == "[5]: document missing"
    assert not standin.take_violations()


# -- alias swap --
def test_a_refused_alias_swap_drops_the_new_index_and_keeps_the_old(es, standin):
    [old] = es._indices()
    standin.script(
        "indices-update-aliases",
        (
            404,
            {
                "error": {
                    "type": "aliases_not_found_exception",
                    "reason": f"aliases [{es.alias}] missing",
                    "resource.type": "aliases",
                    "resource.id": es.alias,
                },
                "status": 404,
            },
        ),
    )
    with pytest.raises(SearchBackendError, match="aliases_not_found_exception"):
        with es.rebuilding(reembed=False) as new:
            pass
    assert es._indices() == [old]
    assert new not in standin.indices and old in standin.indices
