"""What only Elasticsearch does, on a real cluster: the template as applied, the zero-downtime
rebuild with its alias swap, reused vectors, bulk failures named by id, points in time that
expire between pages, the percolator index. Skipped without ELASTICSEARCH_URL.
"""

from __future__ import annotations

import os

import contract_corpus as corpus
import pytest

from search_api.engine.backends.elasticsearch import queries, template
from search_api.engine.backends.elasticsearch.bulk import run_bulk
from search_api.engine.backends.elasticsearch.documents import metadata_source
from search_api.engine.cursors import search_state
from search_api.engine.models import SearchMode, SearchRequest

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: these tests need a live cluster "
    "(docs/elasticsearch.md, 'Running the tests')",
)


def test_the_index_gets_the_template(es):
    es.index(corpus.documents()[:2])
    [index] = es._indices()
    assert index.startswith(f"{es.alias}-docs-")
    mapping = es.client.indices.get_mapping(index=index).body[index]["mappings"]
    assert (
        mapping["properties"]["passages"]["properties"]["vector"]["index_options"]["type"]
        == "int8_hnsw"
    )
    assert mapping["properties"]["text"]["analyzer"] == "indonesian"
    assert mapping["_meta"]["embedding_model"] == es.model
    analyzed = es.client.indices.analyze(
        index=index, field="text", text="peserta jaminan sosial"
    ).body
    assert analyzed["tokens"], "the indonesian analyzer answers"


def test_rebuild_swaps_the_alias_without_a_gap(es):
    es.index(corpus.documents())
    [old] = es._indices()
    with es.rebuilding(reembed=False) as new:
        assert new != old
        # The copy brought everything over, vectors included: nothing left to embed.
        assert es.revisions() == {d.id: d.revision for d in corpus.documents()}
        stats = es.index(corpus.documents())
        assert stats.unchanged == len(corpus.RAW) and stats.passages == 0
        es.delete(["undated-note"])
        # Searches still go to the old index while the new one is built.
        assert es._indices() == [old]
        listing = es.search(SearchRequest(q="", limit=50, collapse_duplicates=False))
        assert "undated-note" in [h.id for h in listing.hits]
    assert es._indices() == [new]
    assert not es.client.indices.exists(index=old)
    assert es.count() == len(corpus.RAW) - 1
    semantic = es.search(
        SearchRequest(q="work accident compensation claims", mode=SearchMode.semantic)
    )
    assert semantic.hits[0].id == "kecelakaan-2023"  # the copied vectors answer kNN


def test_a_failed_rebuild_leaves_the_live_index_alone(es):
    es.index(corpus.documents()[:3])
    [old] = es._indices()
    with pytest.raises(RuntimeError, match="boom"):
        with es.rebuilding(reembed=True) as new:
            es.index(corpus.documents()[:1])
            raise RuntimeError("boom")
    assert es._indices() == [old]
    assert not es.client.indices.exists(index=new)
    assert es.count() == 3


def test_bulk_names_the_documents_it_could_not_write(es):
    es.index(corpus.documents()[:1])
    [index] = es._indices()
    actions = [
        {
            "_op_type": "index",
            "_index": index,
            "_id": "fine",
            "_source": {"id": "fine", "story": "fine", "outlet": "x"},
        },
        {
            "_op_type": "index",
            "_index": index,
            "_id": "bad",
            "_source": {"id": "bad", "no_such_field": 1},
        },
        {"_op_type": "delete", "_index": index, "_id": "never-there"},
    ]
    outcome = run_bulk(es.client, actions)
    assert outcome.results == {"fine": "created", "never-there": "not_found"}
    [failure] = outcome.failures
    assert failure.doc_id == "bad" and failure.status == 400
    assert "strict" in failure.reason


def test_paging_survives_an_expired_point_in_time(es):
    es.index(corpus.documents())
    request = SearchRequest(q="", limit=3)
    first = es.search(request)
    pit = search_state(request.model_copy(update={"cursor": first.next_cursor}))["pit"]
    es.client.close_point_in_time(id=pit)
    second = es.search(request.model_copy(update={"cursor": first.next_cursor}))
    assert second.hits and not {h.id for h in second.hits} & {h.id for h in first.hits}


def test_saved_searches_percolate(es):
    es.index(corpus.documents()[:1])
    name = template.saved_search_index_name(es.alias)
    body = template.saved_search_index(es.alias, es._get_embedder().dim, es.model)
    es.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
    try:
        saved = queries.percolator_document(
            SearchRequest(q='"nota kesepahaman"', outlets=["Antara"]), "1", "MoU"
        )
        es.client.index(index=name, id="1", document=saved, refresh=True)
        doc = corpus.BY_ID["jabar-mou"]
        source = {**metadata_source(doc), "text": doc.text}
        found = es.client.search(
            index=name, query={"percolate": {"field": "query", "document": source}}
        ).body
        assert [h["_id"] for h in found["hits"]["hits"]] == ["1"]
        other = {
            **metadata_source(corpus.BY_ID["kadin-pks"]),
            "text": corpus.BY_ID["kadin-pks"].text,
        }
        found = es.client.search(
            index=name, query={"percolate": {"field": "query", "document": other}}
        ).body
        assert found["hits"]["hits"] == []
    finally:
        es.client.indices.delete(index=name)
