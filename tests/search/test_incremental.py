"""Incremental indexing: only new or changed text is embedded, extraction changes refresh
filters without embedding, deletions disappear, and the HNSW graph survives restarts and
catches up with another process's writes."""

from __future__ import annotations

from corpus.store import Document
from search_api.engine.indexing import sync
from search_api.engine.models import SearchRequest

from .conftest import build_store, seed_extraction

IDS = ["000_0deb6f47a3edc079", "detik-902", "detik-916"]


def ids_of(backend, **kwargs) -> set[str]:
    return {h.id for h in backend.search(SearchRequest(limit=50, **kwargs)).hits}


def test_only_changes_are_embedded(tmp_path, shared_dir, open_embedded):
    store = build_store(tmp_path / "corpus.sqlite", shared_dir, IDS, max_chars=500)
    backend = open_embedded(tmp_path)
    first = sync(store, backend)
    assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
    assert first.passages >= 3

    again = sync(store, backend)  # nothing changed
    assert (again.added, again.updated, again.metadata_only, again.passages) == (0, 0, 0, 0)
    assert again.unchanged == 3

    doc = store.get_document("detik-916")  # one text changes
    store.upsert_document(
        Document(
            id=doc["id"],
            url=doc["url"],
            title=doc["title"],
            source=doc["source"],
            published=doc["published"],
            text=doc["text"] + "\n\nSantunan diserahkan di Medan.",
        )
    )
    changed = sync(store, backend)
    assert (changed.updated, changed.added, changed.unchanged) == (1, 0, 2)
    assert 1 <= changed.passages <= 2
    assert "detik-916" in ids_of(backend, q="santunan Medan", mode="keyword")

    extraction = seed_extraction(shared_dir, "000_0deb6f47a3edc079")  # extraction only
    extraction["people"].append({"name": "Rosmala"})
    store.save_extractions(
        [("detik-916", store.get_document("detik-916")["content_hash"], "test", extraction)]
    )
    refreshed = sync(store, backend)
    assert (refreshed.metadata_only, refreshed.passages, refreshed.unchanged) == (1, 0, 2)
    assert ids_of(backend, q="", people=["Rosmala"]) == {"detik-916"}

    store.delete_document("detik-902")  # gone from the store
    removed = sync(store, backend)
    assert removed.deleted == 1 and backend.count() == 2
    for mode in ("keyword", "semantic", "hybrid"):
        assert "detik-902" not in ids_of(backend, q="fatwa MUI zakat BPJS", mode=mode)
    store.close()


def test_graph_persists_and_catches_up_across_instances(tmp_path, shared_dir, open_embedded):
    store = build_store(tmp_path / "corpus.sqlite", shared_dir, IDS[:2], max_chars=500)
    writer = open_embedded(tmp_path)
    sync(store, writer)
    assert (tmp_path / "search" / "vectors.usearch").exists()

    reader = open_embedded(tmp_path)  # a second process: loads the saved graph
    q = "Islamic council allows alms for workers' social security contributions"
    assert reader.search(SearchRequest(q=q, mode="semantic")).hits[0].id == "detik-902"

    more = build_store(tmp_path / "corpus.sqlite", shared_dir, IDS[2:], max_chars=500)
    sync(more, writer)  # the writer adds a document...
    hajj = "hajj officer died, family receives death benefit"
    assert reader.search(SearchRequest(q=hajj, mode="semantic")).hits[0].id == "detik-916"
    more.delete_document("detik-902")  # ...and removes one: the reader follows
    sync(more, writer)
    assert "detik-902" not in ids_of(reader, q=q, mode="semantic")
    more.close()
    store.close()


def test_rebuild_drops_everything(tmp_path, shared_dir, open_embedded):
    store = build_store(tmp_path / "corpus.sqlite", shared_dir, IDS[:1], max_chars=300)
    backend = open_embedded(tmp_path)
    sync(store, backend)
    backend.reset()
    assert backend.count() == 0 and backend.revisions() == {}
    assert backend.search(SearchRequest(q="BPJS")).hits == []
    assert sync(store, backend).added == 1
    store.close()
