"""Every request the Elasticsearch backend sends, held against Elastic's own API specification.

The backend runs with the official client against the stand-in on 127.0.0.1 (es_standin.py),
which checks each request (method, path, query parameters, JSON body, each NDJSON line) against
the OpenAPI document and answers 400 when it breaks it. Covered: the whole contract suite
(tests/backends/test_contract.py, each case run on the stand-in), every search mode with every
filter, facets, timelines, cursors, exports, saved-search matching, bulk index/update/delete,
index creation and the alias swap of a rebuild, server-side RRF and the percolator index.

The stand-in is not an engine: the contract cases run for the requests they make, and their
assertions about answers (ranking, analysis, kNN) are checked only on a live cluster
(ELASTICSEARCH_URL, see docs/elasticsearch.md).
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import uuid
from datetime import date

import contract_corpus as corpus
import es_spec
import pytest
import test_contract as contract

pytestmark = pytest.mark.skipif(
    not es_spec.spec_available(),
    reason=f"Elastic's OpenAPI document is not at {es_spec.spec_path()} (../shared/data)",
)

from search_api.engine.backends import open_backend  # noqa: E402
from search_api.engine.backends.elasticsearch import queries, template  # noqa: E402
from search_api.engine.models import EntityRef, Interval, SearchMode, SearchRequest, SortOrder  # noqa: E402
from search_api.engine.timeline import TooManyBuckets  # noqa: E402
from search_api.http.exports import stream_export  # noqa: E402
from search_api.http.hits import all_hits  # noqa: E402
from search_api.http.routes.exports import SEARCH_COLUMNS  # noqa: E402

# What the backend calls; each must be seen and validated at least once in this module.
EXPECTED_OPERATIONS = {
    "bulk",
    "close-point-in-time",
    "cluster-health",
    "count",
    "index",
    "indices-create",
    "indices-delete",
    "indices-delete-index-template",
    "indices-get-alias",
    "indices-get-mapping",
    "indices-put-index-template",
    "indices-put-settings",
    "indices-refresh",
    "indices-update-aliases",
    "mget",
    "msearch",
    "open-point-in-time",
    "reindex",
    "search",
    "tasks-get",
}


def _family(operation: str) -> str:
    head, _, tail = operation.rpartition("-")
    return head if tail.isdigit() else operation


@pytest.fixture(scope="module")
def standin():
    from es_standin import StandIn

    with StandIn() as server:
        yield server


@pytest.fixture(autouse=True)
def _own_violations(standin):
    """Each test answers for its own requests (a failed test may leave some behind)."""
    standin.take_violations()


def _open(standin, tmp_path, embedder, **options):
    return open_backend(
        "elasticsearch",
        tmp_path,
        embedder=embedder,
        url=standin.url,
        alias=f"newsintel-spec-{uuid.uuid4().hex[:8]}",
        **options,
    )


def _drop(backend) -> None:
    from elasticsearch import NotFoundError

    backend.reset()
    try:
        backend.client.indices.delete_index_template(name=backend.alias)
    except NotFoundError:
        pass  # nothing was ever indexed
    backend.close()


@pytest.fixture(scope="module")
def es_indexed(standin, tmp_path_factory, embedder):
    backend = _open(standin, tmp_path_factory.mktemp("spec"), embedder)
    assert backend.index(corpus.documents()).added == len(corpus.RAW)
    assert not standin.take_violations()
    yield backend
    _drop(backend)


@pytest.fixture()
def es_empty(standin, tmp_path, embedder):
    backend = _open(standin, tmp_path, embedder)
    yield backend
    _drop(backend)


def no_violations(standin) -> None:
    found = standin.take_violations()
    assert not found, "requests that break Elastic's specification:\n" + "\n".join(found)


# -- the contract suite, case by case, on the stand-in ------------------------------------------
def _contract_cases():
    functions = sorted(
        (
            f
            for n, f in inspect.getmembers(contract, inspect.isfunction)
            if n.startswith("test_") and f.__module__ == contract.__name__
        ),
        key=lambda f: f.__code__.co_firstlineno,
    )
    for func in functions:
        combos: list[tuple[str, dict]] = [("", {})]
        for mark in getattr(func, "pytestmark", []):
            if mark.name != "parametrize":
                continue
            names = [n.strip() for n in mark.args[0].split(",")]
            expanded = []
            for suffix, combo in combos:
                for i, value in enumerate(mark.args[1]):
                    values = value if len(names) > 1 else (value,)
                    expanded.append(
                        (f"{suffix}-{names[0]}{i}", {**combo, **dict(zip(names, values))})
                    )
            combos = expanded
        for suffix, kwargs in combos:
            yield pytest.param(func, kwargs, id=func.__name__ + suffix)


@pytest.mark.parametrize("case, kwargs", list(_contract_cases()))
def test_contract_case_sends_only_valid_requests(
    case, kwargs, standin, es_indexed, tmp_path, embedder
):
    wanted = inspect.signature(case).parameters
    fixtures = {"indexed": es_indexed, "embedder": embedder}
    fresh = _open(standin, tmp_path, embedder) if "backend" in wanted else None
    if fresh is not None:
        fixtures["backend"] = fresh
    try:
        case(**{k: v for k, v in fixtures.items() if k in wanted}, **kwargs)
    except (AssertionError, pytest.fail.Exception):
        pass  # an answer differs: the stand-in checks requests, it does not search
    finally:
        if fresh is not None:
            _drop(fresh)
    no_violations(standin)  # (a query that parses to nothing may send no request at all)


# -- what the issue names, one by one ----------------------------------------------------------
FILTERS = [
    {},
    dict(outlets=["Kompas", "ANTARA"]),
    dict(date_from=date(2022, 1, 1)),
    dict(date_to=date(2023, 12, 31)),
    dict(doc_type="regulation"),
    dict(organizations=["BPJAMSOSTEK"]),
    dict(people=["Ridwan Kamil"]),
    dict(regulations=["Inpres 2/2021"]),
    dict(
        outlets=["Kompas"],
        date_from=date(2021, 1, 1),
        date_to=date(2024, 1, 1),
        doc_type="news",
        organizations=["apeksi"],
        people=["Bima Arya Sugiarto"],
        regulations=["Permenaker No. 2/2022"],
    ),
]
QUERIES = [
    "",
    "jaminan hari tua",
    '"nota kesepahaman" -bandung',
    "(jabar OR bandung) AND inpres",
    "yang dan di",
    "NOT bpjs",
]


@pytest.mark.parametrize("mode", list(SearchMode))
def test_search_modes_filters_facets_and_timelines(es_indexed, standin, mode):
    every_filter = FILTERS[-1]
    for filters in FILTERS:  # each filter alone, then all together
        es_indexed.search(SearchRequest(q="jaminan hari tua", mode=mode, **filters))
    for q in QUERIES:  # each kind of query, both sorts, with and
        for sort in SortOrder:  # without facets and grouped copies
            es_indexed.search(SearchRequest(q=q, mode=mode, sort=sort, **every_filter))
        es_indexed.search(SearchRequest(q=q, mode=mode, facets=False, collapse_duplicates=False))
    for interval in Interval:
        for q in ("", "jaminan sosial"):
            es_indexed.timeline(SearchRequest(q=q, mode=mode, **every_filter), interval)
            es_indexed.timeline(SearchRequest(q=q, mode=mode), interval)
    no_violations(standin)


def test_a_timeline_of_too_many_buckets_is_refused_before_the_histogram(es_empty, standin):
    # Issue 16, defect 4 on Elasticsearch: documents dated 1900 and 2100 made a day histogram of
    # 73,414 buckets (a cluster refuses more than 65,536 with an error). The span is asked first.
    docs = corpus.documents()[:3]
    for doc, day in zip(docs, ("1900-01-01", "2025-06-03", "2100-01-01")):
        doc.published = day
    es_empty.index(docs)
    standin.take_violations()
    before = len(standin.checked)
    with pytest.raises(TooManyBuckets, match="choose a wider interval"):
        es_empty.timeline(SearchRequest(q=""), Interval.day)
    sent = [c.shape for c in standin.checked[before:]]  # each body's structure
    assert not any("date_histogram" in body for body in sent), "the histogram was sent anyway"
    assert any('"min"' in body and '"range"' in body for body in sent)
    assert es_empty.timeline(SearchRequest(q=""), Interval.month)
    no_violations(standin)


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(q="", limit=2),
        SearchRequest(q="", limit=3, collapse_duplicates=False),
        SearchRequest(q="pekerja OR peserta", mode=SearchMode.keyword, limit=2),
        SearchRequest(q="jaminan sosial", mode=SearchMode.hybrid, limit=2),
        SearchRequest(q="jaminan sosial", mode=SearchMode.semantic, limit=2, sort=SortOrder.date),
    ],
    ids=["browse", "browse-apart", "keyword", "hybrid", "semantic-by-date"],
)
def test_cursors_exports_and_saved_search_matching(es_indexed, standin, request_):
    pages = contract.every_page(es_indexed, request_)
    assert pages
    for fmt in ("csv", "json"):  # /export/search.{csv,json}: every hit, page after page
        rows = (
            {"rank": r, **h.model_dump(mode="json"), "outlets": h.outlets}
            for r, h in enumerate(all_hits(es_indexed, request_, 1000), 1)
        )
        assert asyncio.run(_drain(stream_export(rows, fmt, "search", SEARCH_COLUMNS)))
    # /saved-searches/{id}/new re-runs the saved search newest first.
    list(all_hits(es_indexed, request_.model_copy(update={"sort": SortOrder.date}), 2000))
    no_violations(standin)


async def _drain(response) -> str:
    return "".join([chunk async for chunk in response.body_iterator])


def test_saved_searches_percolator_index(es_indexed, standin):
    name = template.saved_search_index_name(es_indexed.alias)
    body = template.saved_search_index(es_indexed.alias, 384, es_indexed.model)
    client = es_indexed.client
    client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
    try:
        for i, request in enumerate(
            [
                SearchRequest(q='"nota kesepahaman"', outlets=["Antara"]),
                SearchRequest(q="", organizations=["apeksi"]),
                SearchRequest(q="bpjs -jabar", regulations=["Inpres 2/2021"]),
            ]
        ):
            saved = queries.percolator_document(request, str(i), f"saved {i}")
            client.index(index=name, id=str(i), document=saved, refresh=True)
        doc = corpus.BY_ID["jabar-mou"]
        from search_api.engine.backends.elasticsearch.documents import metadata_source

        client.search(
            index=name,
            query={
                "percolate": {
                    "field": "query",
                    "document": {**metadata_source(doc), "text": doc.text},
                }
            },
        )
    finally:
        client.indices.delete(index=name)
    no_violations(standin)


def test_bulk_index_update_delete_and_index_creation(es_empty, standin):
    docs = corpus.documents()
    es_empty.index(docs)  # creates template + index + alias, bulk index
    relabelled = docs[2].model_copy(
        update={
            "revision": docs[2].revision + "+orgs",
            "organizations": [EntityRef(key="apindo", label="Apindo", aliases=["APINDO"])],
        }
    )
    es_empty.index([relabelled])  # bulk partial update (metadata only)
    es_empty.index(
        [docs[3].model_copy(update={"text": "Teks baru.", "content_hash": "x", "revision": "x:1:"})]
    )
    es_empty.delete(["kadin-pks", "no-such-id"])
    es_empty.revisions()
    assert es_empty.count() == len(docs) - 1
    es_empty.health()
    no_violations(standin)
    created = [c for c in standin.checked if c.operation == "indices-put-index-template"]
    shape = json.loads(created[-1].shape)["body"]["template"]
    vector = shape["mappings"]["properties"]["passages"]["properties"]["vector"]
    assert vector["index_options"] == {"type": "str", "m": "int", "ef_construction": "int"}
    assert "analyzer" in shape["settings"]["analysis"]


def test_documents_are_held_to_the_strict_mapping(es_empty, standin):
    """Beyond the specification: a document the index's strict mapping would refuse."""
    from search_api.engine.backends.elasticsearch.bulk import run_bulk

    es_empty.index(corpus.documents()[:1])
    no_violations(standin)
    [index] = es_empty._indices()
    outcome = run_bulk(
        es_empty.client,
        [
            {
                "_op_type": "index",
                "_index": index,
                "_id": "bad",
                "_source": {"id": "bad", "no_such_field": 1},
            },
            {
                "_op_type": "index",
                "_index": index,
                "_id": "short",
                "_source": {
                    "id": "short",
                    "passages": [{"n": 0, "start": 0, "end": 1, "vector": [0.1] * 3}],
                },
            },
        ],
    )
    assert {(f.doc_id, f.status) for f in outcome.failures} == {("bad", 400), ("short", 400)}
    found = standin.take_violations()
    assert any("[no_such_field] is not mapped" in v for v in found)
    assert any("[passages.vector] has 3 dimensions" in v for v in found)


@pytest.mark.parametrize("reembed", [True, False], ids=["re-embed", "reuse-vectors"])
def test_rebuild_and_alias_swap(es_empty, standin, reembed):
    es_empty.index(corpus.documents())
    with es_empty.rebuilding(reembed=reembed):
        es_empty.index(corpus.documents())
        es_empty.delete(["undated-note"])
    with pytest.raises(RuntimeError):
        with es_empty.rebuilding(reembed=reembed):
            raise RuntimeError("a failed rebuild drops its new index")
    no_violations(standin)
    swaps = [c for c in standin.checked if c.operation == "indices-update-aliases"]
    assert swaps, "the alias swap was sent"


def test_server_side_rrf(standin, tmp_path, embedder):
    backend = _open(standin, tmp_path, embedder, server_side_rrf=True)
    try:
        backend.index(corpus.documents())
        for filters in FILTERS:
            backend.search(SearchRequest(q="jaminan sosial", mode=SearchMode.hybrid, **filters))
            backend.search(SearchRequest(q="NOT bpjs", mode=SearchMode.hybrid, **filters))
    finally:
        _drop(backend)
    no_violations(standin)
    assert any('"retriever"' in c.shape for c in standin.checked)


# -- the checker itself: a wrong field fails ------------------------------------------------------
def _bodies():
    request = SearchRequest(q="x", outlets=["Kompas"], organizations=["apeksi"])
    parsed = queries.parse_user_query('bpjs "nota kesepahaman" -jabar')
    keyword = queries.boolean_query(parsed.tree, "AND")
    match = queries.match_query(request, keyword)
    return {
        "knn": queries.semantic_candidates(request, [0.1] * 384, 100).to_dict(),
        "timeline": queries.timeline_search(match, Interval.month).to_dict(),
        "facets": queries.facets_search(match).to_dict(),
        "keyword": queries.keyword_candidates(request, keyword, 10).to_dict(),
        "page": queries.page_search(match, queries.date_sort(), 10, [1, "x"]).to_dict(),
        "hits": queries.hits_search(["a"], queries.highlight_query(parsed)).to_dict(),
        "leaders": queries.leaders_search(match, queries.relevance_sort(), ["s"]).to_dict(),
        "template": template.index_template("newsintel", 384, "m"),
    }


def _set(path: str, value):
    def mutate(body):
        *parents, last = path.split("/")
        node = body
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[int(last) if isinstance(node, list) else last] = value

    return mutate


VECTOR = "template/mappings/properties/passages/properties/vector"
WRONG = [
    ("knn", _set("knn/num_candidate", 10)),
    ("timeline", _set("aggs/timeline/date_histogram/calender_interval", "month")),
    ("facets", _set("aggs/outlets/terms/sizee", 5)),
    ("keyword", _set("query/bool/must_nott", [])),
    ("keyword", _set("query/bool/must/0/bool/must/0", {"mulit_match": {"query": "x"}})),
    ("page", _set("sort/0/day/order", "descending")),
    ("page", _set("query/bool/filter/1/nested/pathh", "organizations")),
    ("hits", _set("highlight/fields/text/number_of_fragment", 0)),
    ("leaders", _set("collapse/fieldd", "story")),
    ("leaders", _set("size", "many")),
    ("template", _set(f"{VECTOR}/type", "dense_vectr")),
    ("template", _set(f"{VECTOR}/index_options/type", "int8_hnws")),
    ("template", _set(f"{VECTOR}/similarity", "cosinus")),
    ("template", _set("template/settings/analysis/analyzer/newsintel_exact/tokeniser", "x")),
    ("template", _set("template/mappings/dynamic", "strictly")),
]


def _check(body_name: str, body: dict):
    spec = es_spec.load_spec()
    if body_name == "template":
        return spec.check_request(
            "PUT", "/_index_template/newsintel", "", json.dumps(body).encode()
        )
    return spec.check_request("POST", "/newsintel/_search", "", json.dumps(body).encode())


@pytest.mark.parametrize(
    "body_name, mutate", WRONG, ids=[f"{n}-{i}" for i, (n, _) in enumerate(WRONG)]
)
def test_a_wrong_field_breaks_the_specification(body_name, mutate):
    body = _bodies()[body_name]
    assert _check(body_name, body).errors == []
    wrong = copy.deepcopy(body)
    mutate(wrong)
    assert _check(body_name, wrong).errors


@pytest.mark.parametrize(
    "lines, query, broken",
    [
        (['{"index":{"_index":"i","_id":"1"}}', '{"id":"1"}'], "", False),
        (['{"update":{"_index":"i","_id":"1"}}', '{"docs":{"a":1}}'], "", True),
        (['{"remove":{"_index":"i","_id":"2"}}'], "", True),
        (['{"index":{"_index":"i","_ids":"1"}}', '{"id":"1"}'], "", True),
        (['{"delete":{"_index":"i","_id":"2"}}'], "refresh=maybe", True),
        (['{"delete":{"_index":"i","_id":"2"}}'], "refreshh=true", True),
        (['{"index":{"_index":"i","_id":"1"}}'], "", True),  # no source line
    ],
)
def test_each_bulk_line_is_checked(lines, query, broken):
    checked = es_spec.load_spec().check_request(
        "POST", "/_bulk", query, ("\n".join(lines) + "\n").encode()
    )
    assert bool(checked.errors) == broken, checked.errors


def test_the_body_media_type_is_checked(standin):
    """Bulk and msearch are NDJSON, every other body JSON (a raw request, not the client)."""
    import urllib.error
    import urllib.request

    line = b'{"delete":{"_index":"i","_id":"2"}}\n'
    for media, ok in [("application/x-ndjson", True), ("application/json", False)]:
        request = urllib.request.Request(
            f"{standin.url}/_bulk", data=line, method="POST", headers={"Content-Type": media}
        )
        try:
            status = urllib.request.urlopen(request).status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert (status == 200) == ok, media
    found = standin.take_violations()
    assert len(found) == 1 and "Content-Type 'application/json'" in found[0]


def test_unknown_operations_and_methods_are_violations():
    spec = es_spec.load_spec()
    assert spec.check_request("POST", "/_no_such_api", "", None).errors
    assert spec.check_request("PATCH", "/newsintel/_search", "", None).errors
    swap = b'{"actions":[{"swap":{"index":"a","alias":"b"}}]}'
    assert spec.check_request("POST", "/_aliases", "", swap).errors
    good = b'{"actions":[{"remove":{"index":"a","alias":"b"}},{"add":{"index":"c","alias":"b"}}]}'
    assert spec.check_request("POST", "/_aliases", "", good).errors == []


# -- what was covered ----------------------------------------------------------------------------
def test_every_operation_the_backend_uses_was_validated(standin, capsys):
    """Runs last in this module: the operations and request shapes seen by the stand-in."""
    seen = {_family(op) for op in standin.operations()}
    assert EXPECTED_OPERATIONS <= seen, f"never sent: {EXPECTED_OPERATIONS - seen}"
    shapes = standin.shapes()
    with capsys.disabled():
        print(
            f"\nElasticsearch spec: {len(standin.checked)} requests validated, "
            f"{len(standin.operations())} distinct operations ({len(seen)} APIs), "
            f"{len(shapes)} distinct request shapes; "
            f"{len(es_spec.EXCEPTIONS)} exceptions (es_spec.EXCEPTIONS)"
        )
        for op in sorted(standin.operations()):
            print(f"  {op}: {sum(1 for o, _ in shapes if o == op)} shapes")
